"""Validation of questionnaire answers and signal counts; invalid input raises `DiagnosisError`.

Errors a person can cause get a Dutch message and a stable code (DIA001…DIA006).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from wijkverbinder.core.diagnosis.questionnaire import (
    DIVIDING_LINES,
    FREQUENCY,
    LAST_SEEN,
    LOCATIONS,
    OBSERVED,
    QUESTIONS,
    REPORTED_BY,
    Question,
    question,
)


class DiagnosisErrorCode(StrEnum):
    """Stable codes of invalid diagnosis input."""

    UNKNOWN_QUESTION = "DIA001"
    MISSING_ANSWER = "DIA002"
    UNKNOWN_OPTION = "DIA003"
    TOO_MANY_ANSWERS = "DIA004"
    WRONG_TYPE = "DIA005"
    INVALID_SIGNAL_COUNT = "DIA006"


class DiagnosisError(ValueError):
    """Invalid answers; `message` is Dutch and fit to show to the professional."""

    def __init__(self, code: DiagnosisErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, kw_only=True)
class DiagnosisAnswers:
    """Validated answers."""

    observed: tuple[str, ...]
    frequency: str
    last_seen: str | None
    reported_by: tuple[str, ...]
    dividing_lines: tuple[str, ...]
    locations: tuple[str, ...]


RawAnswers = Mapping[str, str | Sequence[str] | None]


def parse_answers(raw: RawAnswers) -> DiagnosisAnswers:
    """Check the answers against the questionnaire; raises `DiagnosisError` with a Dutch message."""
    for key in raw:
        if question(key) is None:
            raise DiagnosisError(
                DiagnosisErrorCode.UNKNOWN_QUESTION, f"Onbekende vraag '{key}' in de antwoorden."
            )
    values = {item.code: _answer(item, raw.get(item.code)) for item in QUESTIONS}
    return DiagnosisAnswers(
        observed=values[OBSERVED],
        frequency=values[FREQUENCY][0],
        last_seen=values[LAST_SEEN][0] if values[LAST_SEEN] else None,
        reported_by=values[REPORTED_BY],
        dividing_lines=values[DIVIDING_LINES],
        locations=values[LOCATIONS],
    )


def _answer(item: Question, value: str | Sequence[str] | None) -> tuple[str, ...]:
    codes = _as_codes(item, value)
    if not codes and item.required:
        raise DiagnosisError(
            DiagnosisErrorCode.MISSING_ANSWER, f"De vraag '{item.text}' is niet beantwoord."
        )
    if len(codes) > 1 and not item.multiple:
        raise DiagnosisError(
            DiagnosisErrorCode.TOO_MANY_ANSWERS, f"Bij de vraag '{item.text}' hoort één antwoord."
        )
    for code in codes:
        if item.option(code) is None:
            allowed = ", ".join(option.code for option in item.options)
            raise DiagnosisError(
                DiagnosisErrorCode.UNKNOWN_OPTION,
                f"'{code}' is geen geldig antwoord op de vraag '{item.text}'. Kies uit: {allowed}.",
            )
    return tuple(dict.fromkeys(codes))


def _as_codes(item: Question, value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Sequence) and all(isinstance(code, str) for code in value):
        return tuple(value)
    raise DiagnosisError(
        DiagnosisErrorCode.WRONG_TYPE,
        f"Het antwoord op de vraag '{item.text}' moet een code of een lijst met codes zijn.",
    )


def parse_signal_counts(raw: Mapping[str, int] | None) -> dict[str, int]:
    """Signal counts per theme code; each must be a whole number of 0 or more."""
    counts: dict[str, int] = {}
    for theme, count in (raw or {}).items():
        if not isinstance(theme, str) or isinstance(count, bool) or not isinstance(count, int):
            raise DiagnosisError(
                DiagnosisErrorCode.INVALID_SIGNAL_COUNT,
                f"Het aantal signalen voor thema '{theme}' moet een geheel getal zijn.",
            )
        if count < 0:
            raise DiagnosisError(
                DiagnosisErrorCode.INVALID_SIGNAL_COUNT,
                f"Het aantal signalen voor thema '{theme}' kan niet negatief zijn.",
            )
        counts[theme] = count
    return counts
