"""Step-1 weighing: sum and product, ties, robustness thresholds and invalid input (rule 7)."""

from __future__ import annotations

import pytest

from wijkverbinder.core.method import (
    Aggregation,
    MethodCode,
    MethodRefusalError,
    ThemeScore,
    Weights,
    rank_themes,
)

NOISE = ThemeScore(
    key="geluid", label="Geluidsoverlast", annoyance=5, impact=4, chance_of_success=3
)
RUBBISH = ThemeScore(key="afval", label="Afval", annoyance=3, impact=3, chance_of_success=5)
PARKING = ThemeScore(key="parkeren", label="Parkeren", annoyance=2, impact=1, chance_of_success=2)


def test_weighted_sum_ranks_by_total():
    ranking = rank_themes(candidates=[PARKING, RUBBISH, NOISE])
    assert [(e.rank, e.key, e.score) for e in ranking.entries] == [
        (1, "geluid", 12.0),
        (2, "afval", 11.0),
        (3, "parkeren", 5.0),
    ]
    assert ranking.top is not None
    assert ranking.top.key == "geluid"


def test_weights_change_the_order():
    ranking = rank_themes(candidates=[RUBBISH, NOISE], weights=Weights(chance_of_success=3))
    assert ranking.entries[0].key == "afval"


def test_product_punishes_a_low_score():
    weak = ThemeScore(key="x", label="Zwak punt", annoyance=5, impact=5, chance_of_success=1)
    even = ThemeScore(key="y", label="Gelijkmatig", annoyance=3, impact=3, chance_of_success=3)
    assert rank_themes(candidates=[weak, even]).entries[0].key == "x"  # 11 vs 9
    product = rank_themes(candidates=[weak, even], aggregation=Aggregation.PRODUCT)
    assert product.entries[0].key == "y"  # 25 vs 27
    assert product.entries[0].score == pytest.approx(27.0)


def test_robustness_gives_exact_thresholds():
    ranking = rank_themes(candidates=[RUBBISH, NOISE])
    by_criterion = {c.criterion: c for c in ranking.changes}
    assert by_criterion["annoyance"].threshold == pytest.approx(0.5)
    assert by_criterion["chance_of_success"].threshold == pytest.approx(1.5)
    assert "impact" not in by_criterion  # would need a weight of 0: only a tie
    assert all(c.new_top == "afval" for c in ranking.changes)
    flipped = rank_themes(candidates=[RUBBISH, NOISE], weights=Weights(chance_of_success=1.51))
    assert flipped.entries[0].key == "afval"
    assert "kans van slagen" in ranking.summary


def test_robust_when_no_weight_change_flips_the_top():
    dominant = ThemeScore(key="a", label="Sterk", annoyance=5, impact=5, chance_of_success=5)
    ranking = rank_themes(candidates=[dominant, PARKING])
    assert ranking.changes == ()
    assert "blijft de eerste keuze" in ranking.summary


def test_tie_is_reported():
    twin = ThemeScore(key="b", label="Tweeling", annoyance=5, impact=4, chance_of_success=3)
    ranking = rank_themes(candidates=[NOISE, twin])
    assert ranking.tied_top
    assert "gelijk" in ranking.summary


@pytest.mark.parametrize("value", [0, 6, -1])
def test_score_outside_1_to_5_is_refused(value):
    bad = ThemeScore(key="z", label="Fout", annoyance=value, impact=3, chance_of_success=3)
    with pytest.raises(MethodRefusalError) as refused:
        rank_themes(candidates=[bad])
    assert refused.value.code is MethodCode.SCORE_OUT_OF_RANGE
    assert "tussen 1 en 5" in refused.value.message


@pytest.mark.parametrize(
    "weights",
    [Weights(annoyance=-1), Weights(annoyance=0, impact=0, chance_of_success=0)],
)
def test_invalid_weights_are_refused(weights):
    with pytest.raises(MethodRefusalError) as refused:
        rank_themes(candidates=[NOISE], weights=weights)
    assert refused.value.code is MethodCode.INVALID_WEIGHTS


def test_empty_candidates():
    ranking = rank_themes(candidates=[])
    assert ranking.entries == ()
    assert ranking.top is None
