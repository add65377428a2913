"""Settings of collective-question detection, with the reasoning behind each default."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DetectionConfig:
    """Tunable settings; the defaults suit a wijkteam's signals over one to several years."""

    #: Lengths of the sliding time windows in days (2 to 13 weeks; Signalen looks back 12).
    window_days: tuple[int, ...] = (14, 28, 42, 63, 91)
    #: A collective question needs at least this many distinct households.
    min_households: int = 3
    #: Report a group only if its uncorrected Poisson p-value is at most this ...
    max_p_value: float = 1e-3
    #: ... and its corrected score −log10(M·p) at least this (−2: M·p ≤ 100). The score is
    #: conservative (no generated town without collective questions reached 1, see
    #: docs/detection.md), so groups between −2 and 0 are listed as weak hints, below the others.
    min_score: float = -2.0
    #: Weight of the town's theme rate against a buurt's own history, in days of history (two
    #: years: a buurt's count of one theme is small, so its own past needs time to dominate).
    buurt_prior_days: float = 730.0
    #: Weight of the buurt's rate × the place's share (of all signals) against the place's own
    #: history of the theme, in days. A street's count of one theme is tiny and, after picking its
    #: busiest window, biased low; its share of all signals is the steadier estimate.
    place_prior_days: float = 1500.0
    #: Trend and season: a window's expectation is scaled by the town's volume of its theme in the
    #: window ± this many days against the theme's average (`series.SeriesTable.factor`) ...
    smooth_days: int = 45
    #: ... for themes with at least this many signals; others follow the volume of all signals.
    min_volume_signals: int = 200
    #: Grid cell size in metres for signals with coordinates but no street ("within a radius").
    cell_size_m: float = 250.0
    #: A candidate sharing at least this fraction of its signals with a higher-scoring one is dropped.
    max_overlap: float = 0.5
    #: At most this many confirmed signals of the input are used to train the classifier per run.
    max_training: int = 10_000
    #: New topics: a term must occur in this many unthemed signals ...
    new_topic_min_signals: int = 5
    #: ... and be this many times more frequent among them than among themed signals.
    new_topic_min_lift: float = 4.0
    #: Shared words (`words`): a word found in at least this many texts ...
    word_min_signals: int = 3
    #: ... and in at most this share of all texts gets series of its own (0: no word series) ...
    word_max_share: float = 0.02
    #: ... or in at most this many texts in a small run (a team's few hundred signals).
    word_min_cap: int = 50
    #: Clusters of one buurt whose periods are at most this many days apart and whose places
    #: overlap are one matter (`matters`).
    merge_gap_days: int = 21
    keywords: int = 5
    examples: int = 3
