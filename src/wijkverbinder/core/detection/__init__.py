"""Detection of collective questions: individual signals sharing theme, place and time.

Method
------
1. **Themes.** Confirmed themes are used as given; a signal without one gets the suggestion of the
   theme classifier (`wijkverbinder.core.classify`), which abstains below its threshold. Signals that
   fit no theme are grouped into new topics by shared distinctive words (`newtopics`).
2. **Series.** Every themed signal is an event in its (theme, buurt) series and, when it has a
   street or coordinates, in its (theme, street-in-buurt) or (theme, 250 m cell) series.
   Repeat reports of one household count once (a missing household counts as its own).
3. **Baseline.** Each series has an expected rate of households per day from hierarchical
   Gamma–Poisson shrinkage: town rate of the theme × the buurt's volume of all signals (its reporting
   propensity), updated by the buurt's own history; a street's rate is the buurt's rate × the street's
   share of the buurt's signals, updated by the street's own history. The window itself is left out
   of the history it is compared with (`series`).
4. **Scan.** Windows of 2, 4, 6, 9 and 13 weeks slide over every series, starting at each event.
5. **Selection.** Windows are taken greedily from most to least surprising; overlapping ones are
   dropped or trimmed, so a question sits on its street or, when spread out, on its buurt.

Meaning of the score
--------------------
For a window with ``k`` distinct households and baseline expectation ``μ``, ``p = P(X ≥ k)`` with
``X ~ Poisson(μ)``: the chance that the place's usual rate alone produces at least this many
households in that window. Because ``M`` windows are tried in one run, the reported

    score = −log10(M · p)

is the Bonferroni-corrected surprise: under the hypothesis that no collective question exists
anywhere, the probability that *any* window scores ``s`` or more is at most ``10^−s``. A score of 2
means "one in a hundred runs of pure background would show a window this unusual"; a score ≤ 0 is
not significant after correction and is a weak hint only. The score compares a place with its own
past and with the town's rate for the theme, so the same count ranks lower in a buurt that always
reports much. Assumptions: households report independently (Poisson), rates are constant apart from
the window (no season or trend model), and Bonferroni is conservative for overlapping windows.
"""

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.detector import IncrementalDetector, detect
from wijkverbinder.core.detection.results import (
    CollectiveQuestionResult,
    DetectionResult,
    PlaceLevel,
    Trend,
)

__all__ = [
    "CollectiveQuestionResult",
    "DetectionConfig",
    "DetectionResult",
    "IncrementalDetector",
    "PlaceLevel",
    "Trend",
    "detect",
]
