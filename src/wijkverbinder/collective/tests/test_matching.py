"""The identity rule on its own: overlap, greedy assignment, merge redirect, regrowth, chaining."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from wijkverbinder.collective.matching import (
    Identity,
    assign,
    chain_windows,
    grown_substantially,
    jaccard,
)
from wijkverbinder.core.detection import CollectiveQuestionResult, PlaceLevel


def test_jaccard() -> None:
    assert jaccard(frozenset({1, 2, 3}), frozenset({2, 3, 4})) == 0.5
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_assign_matches_best_overlap_above_threshold_only() -> None:
    identities = [
        Identity(10, 10, "a", frozenset(range(10))),
        Identity(11, 11, "a", frozenset(range(100, 110))),
        Identity(12, 12, "b", frozenset(range(10))),  # other theme: never matched
    ]
    results = {
        0: ("a", frozenset(range(2, 12))),  # 8/12 with 10
        1: ("a", frozenset(range(107, 130))),  # 3/30 with 11: below 0.3
    }
    assert assign(results, identities) == {0: 10}


def test_assign_is_one_to_one_best_first() -> None:
    identities = [Identity(1, 1, "a", frozenset(range(10)))]
    results = {0: ("a", frozenset(range(5))), 1: ("a", frozenset(range(9)))}
    assert assign(results, identities) == {1: 1}


def test_merged_identity_leads_to_its_target() -> None:
    identities = [
        Identity(1, 1, "a", frozenset(range(10))),
        Identity(2, 1, "a", frozenset(range(20, 30))),  # merged into 1
    ]
    results = {0: ("a", frozenset(range(10))), 1: ("a", frozenset(range(20, 31)))}
    assert assign(results, identities) == {0: 1, 1: 1}


def test_grown_substantially() -> None:
    assert not grown_substantially(households_then=10, households_now=14)
    assert grown_substantially(households_then=10, households_now=15)
    assert not grown_substantially(households_then=2, households_now=4)  # +3 needed
    assert grown_substantially(households_then=2, households_now=5)


def _window(
    start: date, days: int, score: float, street: str | None = "Kastanjelaan"
) -> CollectiveQuestionResult:
    return CollectiveQuestionResult(
        id=f"cq-{start}-{street}",
        theme="overlast.geluid",
        signal_ids=(f"{start}",),
        households=3,
        neighbourhood="BU99010102",
        street=street,
        start=start,
        end=start + timedelta(days=days),
        score=score,
        p_value=0.001,
        expected=1.0,
        level=PlaceLevel.STREET if street else PlaceLevel.NEIGHBOURHOOD,
    )


def test_chain_windows_joins_consecutive_windows_of_one_place() -> None:
    a = _window(date(2025, 1, 1), 90, 3.0)
    b = _window(date(2025, 4, 15), 60, 5.0)  # 14 days after a: same finding
    c = _window(date(2026, 1, 1), 30, 1.0)  # long after: its own finding
    other = _window(date(2025, 1, 1), 30, 2.0, street="Rozenstraat")
    cell = replace(_window(date(2025, 1, 1), 30, 9.0, street=None), level=PlaceLevel.AREA)
    findings = chain_windows([a, b, c, other, cell])
    assert [[r.id for r in f] for f in findings] == [
        [cell.id],
        [a.id, b.id],
        [other.id],
        [c.id],
    ]
