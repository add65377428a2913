"""What the advice is asked for: the situation, the goals and the plan, as plain frozen records.

`validate_request` checks codes against the knowledge base and raises `AdviceError` with a Dutch
message and a stable code (ADE001…ADE009) for input a person can get wrong. Goals are structured
(`goals.Goal`: who set them are codes); after incidents a recorded `safety.SafetyCheck` (not a bare
flag) decides whether safety is restored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from wijkverbinder.core.advice.goals import Goal, setter_choices, unknown_setters
from wijkverbinder.core.advice.safety import SafetyCheck, unknown_partners
from wijkverbinder.core.knowledge import KnowledgeBase
from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    ContactCondition,
    Scheidslijn,
)
from wijkverbinder.core.vocabulary import Phase


class AdviceErrorCode(StrEnum):
    """Stable codes of invalid advice input."""

    UNKNOWN_FORMAT = "ADE001"
    UNKNOWN_APPROACH = "ADE002"
    UNKNOWN_EXCLUSION = "ADE003"
    UNKNOWN_DIVIDING_LINE = "ADE004"
    UNKNOWN_PHASE = "ADE005"
    UNKNOWN_GOAL_SETTER = "ADE006"
    UNKNOWN_PARTNER = "ADE007"
    INVALID_DATE = "ADE008"
    SETTERS_WITHOUT_GOAL = "ADE009"


class AdviceError(ValueError):
    """Invalid advice input; `message` is Dutch."""

    def __init__(self, code: AdviceErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, kw_only=True)
class AdviceRequest:
    """The situation and plan the advice is for."""

    phase: Phase
    goals: tuple[Goal, ...] = ()
    groups: tuple[str, ...] = ()
    dividing_lines: tuple[str, ...] = ()
    large_differences: bool = False
    theme: str | None = None
    sensitive: bool = False
    planned_format: str | None = None
    planned_approach: str | None = None
    exclusions: tuple[str, ...] = ()
    safety_check: SafetyCheck | None = None
    today: date | None = None


@dataclass(frozen=True, kw_only=True)
class ActivityPlan:
    """An activity as planned, for the design checks of decision rules 5 and 6."""

    phase: Phase
    approach: str | None = None
    format: str | None = None
    goals: tuple[Goal, ...] = ()
    co_designed_with_residents: bool = False
    group_size: int | None = None
    competition_between_groups: bool = False
    focuses_on_differences: bool = False
    rules_imposed_top_down: bool = False
    recurring: bool = False
    planned_months: int | None = None
    key_figures: tuple[str, ...] = ()
    ground_rules_agreed: bool = False
    facilitator_neutral: bool = False
    facilitator_culture_sensitive: bool = False
    contact_conditions: frozenset[ContactCondition] = frozenset()


def parse_phase(value: str) -> Phase:
    """A phase from its code, or `AdviceError` in Dutch."""
    try:
        return Phase(value.strip().lower())
    except ValueError:
        allowed = ", ".join(phase.value for phase in Phase)
        raise AdviceError(
            AdviceErrorCode.UNKNOWN_PHASE, f"Onbekende fase '{value}'. Kies uit: {allowed}."
        ) from None


def validate_codes(
    *,
    knowledge: KnowledgeBase,
    formats: tuple[str | None, ...] = (),
    approaches: tuple[str | None, ...] = (),
    exclusions: tuple[str, ...] = (),
    dividing_lines: tuple[str, ...] = (),
) -> None:
    """Raise `AdviceError` for the first unknown code."""
    for code in formats:
        if code is not None and knowledge.meeting_format(code) is None:
            allowed = ", ".join(item.code for item in knowledge.meeting_formats)
            raise AdviceError(
                AdviceErrorCode.UNKNOWN_FORMAT,
                f"Onbekende bijeenkomstvorm '{code}'. Kies uit: {allowed}.",
            )
    for code in approaches:
        if code is not None and knowledge.approach(code) is None:
            allowed = ", ".join(item.code for item in knowledge.approaches)
            raise AdviceError(
                AdviceErrorCode.UNKNOWN_APPROACH, f"Onbekende aanpak '{code}'. Kies uit: {allowed}."
            )
    _check_enum(
        exclusions, BuurtbemiddelingExclusion, AdviceErrorCode.UNKNOWN_EXCLUSION, "criterium"
    )
    _check_enum(dividing_lines, Scheidslijn, AdviceErrorCode.UNKNOWN_DIVIDING_LINE, "scheidslijn")


def _check_enum(
    codes: tuple[str, ...], enum: type[StrEnum], error: AdviceErrorCode, noun: str
) -> None:
    values = [str(member.value) for member in enum]
    for code in codes:
        if code not in values:
            raise AdviceError(error, f"Onbekend {noun} '{code}'. Kies uit: {', '.join(values)}.")


def validate_request(request: AdviceRequest, *, knowledge: KnowledgeBase) -> None:
    """Check every code in the request."""
    validate_codes(
        knowledge=knowledge,
        formats=(request.planned_format,),
        approaches=(request.planned_approach,),
        exclusions=request.exclusions,
        dividing_lines=request.dividing_lines,
    )
    validate_goals(request.goals)
    if request.safety_check is not None:
        unknown = unknown_partners(request.safety_check.confirmed_by)
        if unknown:
            raise AdviceError(
                AdviceErrorCode.UNKNOWN_PARTNER,
                f"Onbekende partner '{unknown[0]}' bij de veiligheidscontrole. "
                "Kies uit: gemeente, wijkagent, woningcorporatie, handhaving, wijkteam, opbouwwerk, "
                "jongerenwerk, buurtbemiddeling.",
            )


def goals_from(texts: Sequence[str], set_with: Sequence[str]) -> tuple[Goal, ...]:
    """One `Goal` per text, each set with the same codes; codes without a goal are refused (ADE009).

    Who set the goals only means something for goals that exist; silently dropping it would let a
    user believe the advice took it into account.
    """
    if set_with and not texts:
        raise AdviceError(
            AdviceErrorCode.SETTERS_WITHOUT_GOAL,
            "U gaf op met wie de doelen zijn bepaald, maar geen doel. Vul ook de doelen in, of "
            "laat weg met wie ze zijn bepaald.",
        )
    return tuple(Goal(text=text, set_with=tuple(set_with)) for text in texts)


def validate_goals(goals: tuple[Goal, ...]) -> None:
    """Who set a goal must be a named resident group or partner, not free text (ADE006)."""
    for goal in goals:
        unknown = unknown_setters(goal.set_with)
        if unknown:
            allowed = ", ".join(code for code, _label in setter_choices())
            raise AdviceError(
                AdviceErrorCode.UNKNOWN_GOAL_SETTER,
                f"Onbekende bewonersgroep of partner '{unknown[0]}' bij doel '{goal.text}'. "
                f"Kies uit: {allowed}.",
            )
