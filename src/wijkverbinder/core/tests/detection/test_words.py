"""Shared words: households at one place and period who write the same rare word form a question
even when their themes and places are spread, and one household repeating a word does not."""

from __future__ import annotations

from datetime import date, timedelta

from wijkverbinder.core.detection import detect
from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.tests.detection.town import SEEDS, STREETS

_TEXTS = (
    "zorgen over de nieuwe zendmast bij de school",
    "wie heeft die zendmast goedgekeurd",
    "hoofdpijn sinds de zendmast er staat",
    "handtekeningen tegen de zendmast",
    "de zendmast is lelijk en te hoog",
    "vraag over straling van de zendmast",
)


def _mast(households: list[str]) -> list[SignalRecord]:
    """Reports about a phone mast in buurt BU00010003, four days apart, over its four streets and
    under four themes (each household chose another)."""
    streets, themes = STREETS["BU00010003"], list(SEEDS)
    return [
        SignalRecord(f"zm-{i}", date(2024, 5, 6) + timedelta(days=4 * i), _TEXTS[i], "BU00010003",
                     streets[i % 4], role="affected", household=household, theme=themes[i % 4])
        for i, household in enumerate(households)
    ]  # fmt: skip


def _best_share(golden: list[SignalRecord], mast: list[SignalRecord], config: DetectionConfig):
    found = detect([*golden, *mast], seeds=SEEDS, seed=7, config=config).questions
    ids = {r.id for r in mast}
    return max((len(ids & set(q.signal_ids)) for q in found), default=0), found


def test_households_sharing_a_rare_word_at_one_place_and_period_are_a_question(golden):
    """Six households of one buurt write about a phone mast within three weeks, on four streets
    under four themes: by counts per theme or place it is background, by its word it is not."""
    mast = _mast([f"zh{i}" for i in range(6)])
    without, _ = _best_share(golden, mast, DetectionConfig(word_max_share=0.0))
    assert without < 4
    with_words, found = _best_share(golden, mast, DetectionConfig())
    assert with_words >= 5
    question = next(q for q in found if {"zm-0", "zm-1", "zm-2"} <= set(q.signal_ids))
    assert question.theme in SEEDS  # a theme a person knows, not the pseudo-theme of a word
    assert "zendmast" in question.keywords


def test_one_household_repeating_a_rare_word_is_no_question(golden):
    """The same six reports from two households: households are counted, not reports."""
    mast = _mast(["zh0", "zh1"] * 3)
    with_words, _ = _best_share(golden, mast, DetectionConfig())
    assert with_words == 0
