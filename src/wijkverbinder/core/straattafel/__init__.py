"""Straattafel maths: Polis's opinion-group analysis, restated in docs/straattafel.md (plain Python).

Residents vote agree (+1), disagree (−1) or pass (0) on short statements. `analyse` places everybody
on a two-dimensional map (mean-imputed PCA with a sparsity-aware projection), groups the clustered
residents (base clusters, then k-means groups with k chosen by silhouette), and computes what each
group stands for (representative statements with z-tests), what the whole room agrees on (majority
consensus) and what binds every group (group-informed consensus, GIC). `opendata` reads and writes
Polis's openData CSV layout. See `docs/straattafel.md` for the method, the deviations and the
validation against Polis's own outputs.
"""

from wijkverbinder.core.straattafel.analysis import (
    Analysis,
    AnalysisOptions,
    analyse,
    analyse_matrix,
)
from wijkverbinder.core.straattafel.matrix import (
    AGREE,
    DISAGREE,
    PASS,
    Vote,
    VoteMatrix,
    build_matrix,
)
from wijkverbinder.core.straattafel.split import SplitVerdict

__all__ = [
    "AGREE",
    "DISAGREE",
    "PASS",
    "Analysis",
    "AnalysisOptions",
    "SplitVerdict",
    "Vote",
    "VoteMatrix",
    "analyse",
    "analyse_matrix",
    "build_matrix",
]
