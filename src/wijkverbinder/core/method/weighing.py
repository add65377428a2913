"""Step 1: weigh candidate themes on ergernis, impact and kans van slagen (decision rule 7).

Each criterion is scored 1-5. Priority is a weighted sum, or a weighted product (Π score^weight,
which punishes a low score on any criterion). Robustness: for each criterion, the smallest change of
its weight (others fixed) that would change the top choice. Both aggregations are linear in the
weights (the product in log space), so the thresholds are exact. Criteria and weighing are the
project specification, not confirmed by a public source (closest: CCV veiligheidsanalyse 5c,
https://hetccv.nl/onderwerpen/veiligheidsanalyse/stappenplan/5-rapportage/5c-verantwoording/).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from wijkverbinder.core.method.errors import MethodCode, MethodRefusalError
from wijkverbinder.core.numbers import dutch_number

CRITERIA: tuple[str, ...] = ("annoyance", "impact", "chance_of_success")
CRITERION_LABELS = {
    "annoyance": "ergernis",
    "impact": "impact",
    "chance_of_success": "kans van slagen",
}
MIN_SCORE, MAX_SCORE = 1, 5


class Aggregation(StrEnum):
    """Weighted sum or weighted product."""

    SUM = "sum"
    PRODUCT = "product"


@dataclass(frozen=True, kw_only=True)
class ThemeScore:
    """A candidate theme with its three scores (1-5)."""

    key: str
    label: str
    annoyance: int
    impact: int
    chance_of_success: int

    def value(self, criterion: str) -> int:
        """The score on one criterion."""
        return int(getattr(self, criterion))


@dataclass(frozen=True, kw_only=True)
class Weights:
    """The weight of each criterion (≥ 0, not all zero)."""

    annoyance: float = 1.0
    impact: float = 1.0
    chance_of_success: float = 1.0

    def value(self, criterion: str) -> float:
        """The weight of one criterion."""
        return float(getattr(self, criterion))


@dataclass(frozen=True, kw_only=True)
class RankedTheme:
    """A theme's place in the ranking."""

    rank: int
    key: str
    label: str
    score: float


@dataclass(frozen=True, kw_only=True)
class WeightChange:
    """Changing one weight to `threshold` (or beyond) makes `new_top` the first choice."""

    criterion: str
    current: float
    threshold: float
    new_top: str
    message: str


@dataclass(frozen=True, kw_only=True)
class Ranking:
    """The ranking with its robustness."""

    entries: tuple[RankedTheme, ...]
    aggregation: Aggregation
    weights: Weights
    tied_top: bool
    changes: tuple[WeightChange, ...]
    summary: str

    @property
    def top(self) -> RankedTheme | None:
        """The first choice, if any."""
        return self.entries[0] if self.entries else None


def validate(candidates: Sequence[ThemeScore], weights: Weights) -> None:
    """Scores 1-5 and sensible weights, else `MethodRefusalError`."""
    for theme in candidates:
        for criterion in CRITERIA:
            value = theme.value(criterion)
            if not MIN_SCORE <= value <= MAX_SCORE:
                raise MethodRefusalError(
                    MethodCode.SCORE_OUT_OF_RANGE,
                    f"De score voor {CRITERION_LABELS[criterion]} van '{theme.label}' moet tussen "
                    f"{MIN_SCORE} en {MAX_SCORE} liggen (nu {value}).",
                )
    values = [weights.value(criterion) for criterion in CRITERIA]
    if any(value < 0 or math.isnan(value) for value in values) or not any(values):
        raise MethodRefusalError(
            MethodCode.INVALID_WEIGHTS,
            "Gewichten moeten 0 of groter zijn en er moet minstens één gewicht boven 0 liggen.",
        )


def _coefficient(value: int, aggregation: Aggregation) -> float:
    return math.log(value) if aggregation is Aggregation.PRODUCT else float(value)


def _linear(theme: ThemeScore, weights: Weights, aggregation: Aggregation) -> float:
    return sum(weights.value(c) * _coefficient(theme.value(c), aggregation) for c in CRITERIA)


def rank_themes(
    *,
    candidates: Sequence[ThemeScore],
    weights: Weights | None = None,
    aggregation: Aggregation = Aggregation.SUM,
) -> Ranking:
    """Rank the candidates and say how robust the first choice is."""
    used = weights or Weights()
    validate(candidates, used)
    linear = {theme.key: _linear(theme, used, aggregation) for theme in candidates}
    ordered = sorted(candidates, key=lambda theme: (-linear[theme.key], theme.label))
    entries = tuple(
        RankedTheme(
            rank=rank,
            key=theme.key,
            label=theme.label,
            score=round(
                math.exp(linear[theme.key])
                if aggregation is Aggregation.PRODUCT
                else linear[theme.key],
                3,
            ),
        )
        for rank, theme in enumerate(ordered, start=1)
    )
    tied = len(ordered) > 1 and math.isclose(linear[ordered[0].key], linear[ordered[1].key])
    changes = _changes(ordered, used, aggregation, linear) if len(ordered) > 1 and not tied else ()
    return Ranking(
        entries=entries,
        aggregation=aggregation,
        weights=used,
        tied_top=tied,
        changes=changes,
        summary=_summary(entries, tied, changes),
    )


def _changes(
    ordered: Sequence[ThemeScore],
    weights: Weights,
    aggregation: Aggregation,
    linear: dict[str, float],
) -> tuple[WeightChange, ...]:
    top = ordered[0]
    found: list[WeightChange] = []
    for criterion in CRITERIA:
        best: tuple[float, ThemeScore] | None = None
        top_c = _coefficient(top.value(criterion), aggregation)
        for other in ordered[1:]:
            slope = top_c - _coefficient(other.value(criterion), aggregation)
            if math.isclose(slope, 0.0, abs_tol=1e-12):
                continue
            delta = -(linear[top.key] - linear[other.key]) / slope
            if weights.value(criterion) + delta <= 1e-9:
                continue
            if best is None or abs(delta) < abs(best[0]):
                best = (delta, other)
        if best is not None:
            found.append(_change(criterion, weights.value(criterion), best[0], best[1]))
    return tuple(found)


def _change(criterion: str, current: float, delta: float, other: ThemeScore) -> WeightChange:
    threshold = round(current + delta, 3)
    direction = "stijgt tot boven" if delta > 0 else "daalt tot onder"
    message = (
        f"Als het gewicht van {CRITERION_LABELS[criterion]} {direction} "
        f"{dutch_number(threshold)} (nu {dutch_number(current)}), wordt '{other.label}' de eerste keuze."
    )
    return WeightChange(
        criterion=criterion,
        current=current,
        threshold=threshold,
        new_top=other.key,
        message=message,
    )


def _summary(
    entries: tuple[RankedTheme, ...], tied: bool, changes: tuple[WeightChange, ...]
) -> str:
    if not entries:
        return "Er zijn geen thema's om te wegen."
    if tied:
        return f"'{entries[0].label}' en '{entries[1].label}' staan gelijk: kies samen op inhoud."
    if not changes:
        return f"'{entries[0].label}' blijft de eerste keuze, hoe u de gewichten ook verandert."
    return " ".join(change.message for change in changes)
