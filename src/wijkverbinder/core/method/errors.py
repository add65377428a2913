"""Refusals of the four-step method: a domain exception with a stable code and a Dutch message.

Codes MTH001…MTH021 are refusals (the action is not allowed); MTH017 and MTH018 may be overridden
by a professional with a recorded reason. MTH101 and up are warnings that never block. The Django services turn a `MethodRefusalError` into a form error or an API problem response.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MethodCode(StrEnum):
    """Stable codes of method refusals and warnings."""

    TOO_MANY_TRAJECTORIES = "MTH001"
    STEP2_INCOMPLETE = "MTH002"
    SOCIAL_MEDIA_SENSITIVE = "MTH003"
    AGENDA_WITHOUT_BINDING_ITEM = "MTH004"
    HANDOVER_INCOMPLETE = "MTH005"
    ESCALATION_WITHOUT_FAILED_CHECK_IN = "MTH006"
    SKIP_WITHOUT_REASON = "MTH007"
    BUURTBEMIDDELING_EXCLUDED = "MTH008"
    BUURTBEMIDDELING_INTAKE_MISSING = "MTH009"
    SCORE_OUT_OF_RANGE = "MTH010"
    INVALID_WEIGHTS = "MTH011"
    INVALID_INPUT = "MTH012"
    SAME_LEVEL = "MTH013"
    TOP_OF_LADDER = "MTH014"
    STEP3_INCOMPLETE = "MTH015"
    STEP_OUT_OF_ORDER = "MTH016"
    FORMAT_ADVISED_AGAINST = "MTH017"
    CAUSING_SIDE_ABSENT = "MTH018"
    DATE_IN_FUTURE = "MTH019"
    CHECK_IN_NOT_DUE = "MTH020"
    NOT_WEIGHED = "MTH021"
    TOO_MANY_PROFESSIONALS = "MTH101"


class MethodRefusalError(Exception):
    """An action the method does not allow; `message` is Dutch and says what is missing."""

    def __init__(self, code: MethodCode, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True, kw_only=True)
class Problem:
    """A refusal or warning as a value (for checks that report instead of raise)."""

    code: MethodCode
    message: str


@dataclass(frozen=True, kw_only=True)
class GateResult:
    """Whether a gate is open, and in Dutch what is still missing."""

    passed: bool
    missing: tuple[str, ...]

    @property
    def message(self) -> str:
        """All missing items in one sentence list."""
        return " ".join(self.missing)
