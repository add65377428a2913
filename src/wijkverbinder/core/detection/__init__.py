"""Detection of collective questions: individual signals sharing theme, place and time.

Method
------
1. **Themes.** Confirmed themes are used as given; a signal without one gets the suggestion of the
   theme classifier (`wijkverbinder.core.classify`), which abstains below its threshold. Signals that
   fit no theme are grouped into new topics by shared distinctive words (`newtopics`).
2. **Reporters.** Repeat reports of one household count once. A signal without a household key
   gets a pseudo-household shared with near-identical texts and numbered series at its place
   (`reporters`), so one persistent reporter is not a street full of neighbours.
3. **Series.** Every themed signal is an event in its (theme, buurt) series and, when it has a
   street or coordinates, in its (theme, street-in-buurt) or (theme, 250 m cell) series. Every
   signal, themed or not, is also an event in the all-signals series of its buurt and place: a
   matter reported under several themes at once is scanned as one.
4. **Baseline.** Each series has a Gamma posterior of its rate of households per day from
   hierarchical shrinkage: town rate of the theme × the buurt's volume of all signals, updated by
   the buurt's own history; a street's prior is the buurt's rate × the street's share of the buurt's
   signals, updated by the street's own history. The window itself is left out of the history. The
   expectation is scaled by the town's volume of the theme around the window (trend and season).
5. **Scan.** Windows of 2, 4, 6, 9 and 13 weeks slide over every series, starting at each event.
6. **Selection.** Windows are taken greedily from most to least surprising; overlapping ones are
   dropped or trimmed, so a question sits on its street or, when spread out, on its buurt.
7. **Matters.** Clusters of one buurt with overlapping period and places become one question that
   lists its themes; signals of the matter's place around its period are attached (`matters`).

Meaning of the score
--------------------
For a window with ``k`` distinct households, the count is negative binomial given the place's
history (Poisson given the rate, Gamma posterior of the rate), with mean ``μ``. The window starts
at a household's report, so that household is given and ``p = P(X ≥ k − 1)``. Because ``M``
windows are tried in one run, the reported

    score = −log10(M · p)

is the Bonferroni-corrected surprise: under the hypothesis that no collective question exists
anywhere, the probability that *any* window scores ``s`` or more is at most ``10^−s``. On generated
towns without collective questions (homogeneous, overdispersed street × theme rates, trending
volume; see docs/detection.md) no town reached score 1. A merged question has the score of its most
surprising window. Assumptions: households report independently given the place's rate, and
Bonferroni is conservative for overlapping windows.
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
