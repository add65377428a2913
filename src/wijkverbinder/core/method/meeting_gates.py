"""Step 3 follows the app's own advice: gates on a meeting beyond decision rule 9.

* The format is checked against the advice for the area's latest phase with the advice engine's
  own warnings (`core.advice.advise`): a format the advice warns against in this phase (a festive
  one-off in tension, a plenary evening or social media on a sensitive theme, bridging contact
  before safety is restored, a format advised against in the phase) is refused (MTH017).
* Both sides: when the question has a causing side, a meeting without a resident of that side is
  refused (MTH018); talking about residents instead of with them hardens the divide.
* What has happened cannot lie in the future: a meeting dated after today is refused (MTH019).

MTH017 and MTH018 are a professional's call: with a reason (recorded, shown on the timeline) the
meeting is accepted and the overridden refusals are returned. MTH019 cannot be overridden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wijkverbinder.core.advice import AdviceRequest, SafetyCheck, advise
from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import WarningCode
from wijkverbinder.core.method.errors import MethodCode, MethodRefusalError, Problem
from wijkverbinder.core.vocabulary import Phase

#: advice warnings about the chosen format itself; each one refuses the meeting (MTH017)
FORMAT_WARNINGS = frozenset(
    {
        WarningCode.FESTIVE_IN_TENSION,
        WarningCode.PLENARY_ON_SENSITIVE,
        WarningCode.BRIDGING_BEFORE_SAFETY,
        WarningCode.CONFRONTATION_LARGE_GAP,
        WarningCode.SOCIAL_MEDIA_SENSITIVE,
        WarningCode.FORMAT_AVOIDED_IN_PHASE,
    }
)


@dataclass(frozen=True, kw_only=True)
class MeetingFacts:
    """What the gates look at: the meeting as recorded and the area's situation."""

    format_code: str
    held_on: date
    today: date
    phase: Phase | None
    sensitive: bool
    causing_side: bool
    causing_present: int
    safety_check: SafetyCheck | None = None


def advice_refusals(
    facts: MeetingFacts, *, knowledge: KnowledgeBase | None = None
) -> tuple[Problem, ...]:
    """The advice's warnings against this format in the area's phase, as refusals (MTH017)."""
    if facts.phase is None:
        return ()
    advice = advise(
        AdviceRequest(
            phase=facts.phase,
            sensitive=facts.sensitive,
            planned_format=facts.format_code,
            safety_check=facts.safety_check,
            today=facts.today,
        ),
        knowledge=knowledge or load_knowledge_base(),
    )
    return tuple(
        Problem(
            code=MethodCode.FORMAT_ADVISED_AGAINST,
            message=f"{item.title}. {item.message} {item.suggestion}",
        )
        for item in advice.warnings
        if item.code in FORMAT_WARNINGS
    )


def both_sides_refusals(facts: MeetingFacts) -> tuple[Problem, ...]:
    """A meeting without a resident of the causing side, while there is one (MTH018)."""
    if not facts.causing_side or facts.causing_present > 0:
        return ()
    return (
        Problem(
            code=MethodCode.CAUSING_SIDE_ABSENT,
            message="Bij deze bijeenkomst was geen bewoner van de kant die de last veroorzaakt. "
            "Praat met beide kanten, niet over de een met de ander; nodig ook hen uit.",
        ),
    )


def ensure_meeting_gates(
    facts: MeetingFacts, *, override_reason: str = "", knowledge: KnowledgeBase | None = None
) -> tuple[Problem, ...]:
    """Raise on a refusal; with an override reason, return the refusals that were overridden."""
    if facts.held_on > facts.today:
        raise MethodRefusalError(
            MethodCode.DATE_IN_FUTURE,
            "Een bijeenkomst wordt vastgelegd als ze is gehouden; de datum ligt nog in de "
            "toekomst. Kies vandaag of eerder.",
        )
    refusals = advice_refusals(facts, knowledge=knowledge) + both_sides_refusals(facts)
    if refusals and not override_reason.strip():
        message = " ".join(item.message for item in refusals)
        raise MethodRefusalError(
            refusals[0].code,
            f"{message} Kiest u hier als professional bewust anders voor, geef dan de reden.",
        )
    return refusals
