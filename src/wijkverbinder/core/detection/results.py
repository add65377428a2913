"""Typed results of collective-question detection."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Trend(StrEnum):
    """Households reporting in the second half of the period against the first half."""

    RISING = "rising"
    STABLE = "stable"
    FALLING = "falling"


class PlaceLevel(StrEnum):
    """The place unit a question was found on."""

    STREET = "street"
    AREA = "area"  # a grid cell of `DetectionConfig.cell_size_m` around signals without a street
    NEIGHBOURHOOD = "neighbourhood"


@dataclass(frozen=True, slots=True)
class CollectiveQuestionResult:
    """One collective question: signals sharing theme, place and time, and how unusual they are.

    ``score`` is −log10 of the Bonferroni-corrected p-value (see `wijkverbinder.core.detection`);
    ``p_value`` is uncorrected and ``expected`` the number of households the baseline predicts.
    """

    id: str
    theme: str
    signal_ids: tuple[str, ...]
    households: int
    neighbourhood: str | None
    street: str | None
    start: date
    end: date
    score: float
    p_value: float
    expected: float
    level: PlaceLevel
    streets: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    trend: Trend = Trend.STABLE
    sides: tuple[str, ...] = ()
    role_counts: tuple[tuple[str, int], ...] = ()
    new_topic: bool = False
    #: Every theme among the question's signals, by households, most first (``theme`` is the first).
    themes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of the `detect` command (plus the extra fields)."""
        return {
            "id": self.id,
            "theme": self.theme,
            "signal_ids": list(self.signal_ids),
            "households": self.households,
            "neighbourhood": self.neighbourhood,
            "street": self.street,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "score": round(self.score, 3),
            "keywords": list(self.keywords),
            "examples": list(self.examples),
            "p_value": self.p_value,
            "expected": round(self.expected, 3),
            "level": self.level.value,
            "streets": list(self.streets),
            "trend": self.trend.value,
            "sides": list(self.sides),
            "new_topic": self.new_topic,
            "themes": list(self.themes),
        }


@dataclass(frozen=True, slots=True)
class DetectionResult:
    """All questions of one run, most urgent first, with the run's bookkeeping."""

    questions: tuple[CollectiveQuestionResult, ...]
    windows_tested: int
    suggested_themes: dict[str, str] = field(default_factory=dict)
    abstained: tuple[str, ...] = ()


def question_id(theme: str, place: str, first_signal_id: str) -> str:
    """A stable id from theme, place key and the earliest signal (identity across runs)."""
    digest = hashlib.blake2b(f"{theme}|{place}|{first_signal_id}".encode(), digest_size=6)
    return f"cq-{digest.hexdigest()}"
