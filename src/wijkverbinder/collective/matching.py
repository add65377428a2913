"""Identity of collective questions across detection runs: matching by overlap of signals.

Rule (docs/detection.md, "In the application"):

* A new result is compared with every existing question of the same team and theme by the
  **Jaccard overlap** of their signal sets, |A ∩ B| / |A ∪ B|. Pairs with an overlap of at least
  `MIN_OVERLAP` (0.3) are matched greedily, best overlap first, one result to one identity.
* A question that absorbed others by a merge is compared through its *own* signals and through
  the signals of each question merged into it; a result matching a merged question lands on the
  question it was merged into. So a merge survives the next run even when detection still sees
  two groups.
* Before matching, the windows detection found for one theme at one place (the same street in a
  buurt, or the buurt itself) are chained into one finding when they follow each other within
  `CHAIN_GAP_DAYS` (91 days, the longest window): a problem that lasts half a year is one
  question for the team, not three windows of 13 weeks.
* A dismissed question is reopened only when it has grown substantially: at least
  `REOPEN_FACTOR` (1.5) times the households it had when dismissed and at least `REOPEN_MIN_EXTRA`
  (3) more households.

Plain Python (no Django), so the rule is tested on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from wijkverbinder.core.detection import CollectiveQuestionResult, PlaceLevel

MIN_OVERLAP = 0.3
REOPEN_FACTOR = 1.5
REOPEN_MIN_EXTRA = 3
CHAIN_GAP_DAYS = 91


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclass(frozen=True)
class Identity:
    """A signal set an existing question is recognised by; `target` is the question it leads to."""

    key: int  # the question the set belongs to
    target: int  # the question a matching result updates (differs after a merge)
    theme: str
    signals: frozenset[int]


def assign(
    results: Mapping[int, tuple[str, frozenset[int]]], identities: Iterable[Identity]
) -> dict[int, int]:
    """Result index → target question id, for the results that match an existing question.

    `results` maps an index to (theme, signal ids). Greedy on overlap, best first; each result and
    each identity is used once. Ties are broken by lower result index and lower question id, so the
    outcome is deterministic.
    """
    by_theme: dict[str, list[Identity]] = {}
    for identity in identities:
        by_theme.setdefault(identity.theme, []).append(identity)
    pairs: list[tuple[float, int, int, Identity]] = []
    for index, (theme, signals) in results.items():
        for identity in by_theme.get(theme, ()):
            if not identity.signals & signals:
                continue
            overlap = jaccard(signals, identity.signals)
            if overlap >= MIN_OVERLAP:
                pairs.append((-overlap, index, identity.key, identity))
    pairs.sort(key=lambda p: (p[0], p[1], p[2]))
    taken_results: set[int] = set()
    taken_keys: set[int] = set()
    matched: dict[int, int] = {}
    for _, index, key, identity in pairs:
        if index in taken_results or key in taken_keys:
            continue
        taken_results.add(index)
        taken_keys.add(key)
        matched[index] = identity.target
    return matched


def grown_substantially(*, households_then: int | None, households_now: int) -> bool:
    """Whether a dismissed question has grown enough to be put before the team again."""
    then = households_then or 0
    return households_now >= max(then * REOPEN_FACTOR, then + REOPEN_MIN_EXTRA)


def chain_windows(
    results: Sequence[CollectiveQuestionResult],
) -> list[list[CollectiveQuestionResult]]:
    """Results grouped into findings: windows of one theme at one street or buurt that follow
    each other within `CHAIN_GAP_DAYS`; grid-cell results stay on their own. Most urgent first."""
    places: dict[tuple[str, str | None, str | None], list[CollectiveQuestionResult]] = {}
    alone: list[list[CollectiveQuestionResult]] = []
    for result in results:
        if result.level == PlaceLevel.AREA:
            alone.append([result])
            continue
        street = result.street if result.level == PlaceLevel.STREET else None
        places.setdefault((result.theme, result.neighbourhood, street), []).append(result)
    findings = alone
    for windows in places.values():
        windows.sort(key=lambda r: (r.start, r.end))
        current = [windows[0]]
        for window in windows[1:]:
            if (window.start - max(r.end for r in current)).days <= CHAIN_GAP_DAYS:
                current.append(window)
            else:
                findings.append(current)
                current = [window]
        findings.append(current)
    return sorted(findings, key=lambda f: (-max(r.score for r in f), f[0].id))
