"""What a matter is: the open matter while clusters join it, and the finished `Matter` with its
rows, households and themes (a theme only one household reported left out as background)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from wijkverbinder.core.detection.frame import IntArray, SignalFrame
from wijkverbinder.core.detection.select import Cluster
from wijkverbinder.core.detection.series import ALL_SIGNALS


@dataclass(frozen=True, slots=True)
class Matter:
    """Merged clusters: the most surprising part first; rows and households of the union."""

    parts: tuple[Cluster, ...]
    rows: IntArray
    households: int
    themes: tuple[str, ...]

    @property
    def best(self) -> Cluster:
        """The part whose window gives the matter its score."""
        return self.parts[0]


@dataclass(slots=True)
class OpenMatter:
    """A matter while clusters join it: its buurt, period, places and parts (most surprising first)."""

    buurt: int
    start: int
    end: int
    places: set[int]
    parts: list[Cluster]


def family(theme: int, frame: SignalFrame) -> str | None:
    """The theme family of a series' theme ("welzijn" for "welzijn.armoede_en_schulden" and
    "welzijn.*"); None for the all-signals series, new topics and themes without a family."""
    name = frame.themes.names[theme]
    return name.split(".", 1)[0] if "." in name and ":" not in name else None


def without_strays(rows: IntArray, frame: SignalFrame) -> IntArray:
    """Leave out signals of a theme that only one household of the matter reported, when another
    theme has at least two: background that happened to fall in the window. A household that
    also reported one of the kept themes is part of the matter, so its reports under another
    theme stay (a parent who reports the broken playground, then the youths who wreck it, then a
    petition for a new one)."""
    theme = frame.column("theme")[rows]
    household = frame.column("household")[rows]
    pairs = np.unique(np.stack([theme, household]), axis=1)
    codes, per_theme = np.unique(pairs[0], return_counts=True)
    themed = codes >= 0
    if not np.any(per_theme[themed] >= 2):
        return rows
    stray = np.isin(theme, codes[themed & (per_theme == 1)])
    members = np.unique(household[~stray])
    kept: IntArray = rows[~stray | np.isin(household, members)]
    return kept


def build_matter(parts: list[Cluster], extra: IntArray, frame: SignalFrame) -> Matter:
    rows = np.unique(np.concatenate([*(p.rows for p in parts), extra]))
    rows = without_strays(rows, frame)
    households = frame.column("household")[rows]
    theme = frame.column("theme")[rows]
    per_theme: Counter[str] = Counter()
    for code in np.unique(theme[theme >= 0]):
        name = frame.themes.names[int(code)]
        if name != ALL_SIGNALS:
            per_theme[name] = len(np.unique(households[theme == code]))
    themes = tuple(name for name, _ in sorted(per_theme.items(), key=lambda kv: (-kv[1], kv[0])))
    return Matter(tuple(parts), rows, len(np.unique(households)), themes)
