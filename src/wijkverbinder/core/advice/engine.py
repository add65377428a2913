"""The advice for a situation: ranked approaches, suitable formats, warnings and next steps.

Combines `ranking.py` (rules 1-4, 12), `warnings.py` (rules 1-5, 9, 12), the format fit per phase
and for sensitive themes from `knowledge_base/meeting_formats.yaml`, the four contact conditions
whenever contact between groups is proposed (`conditions.py`, rule 6) and the next steps
(`next_steps.yaml`): ask for goals when there are none (rule 5); after incidents, record a safety
check, and once it shows safety restored offer bridging contact and propose to assess the phase
again (rules 2 and 13). The web page, the API and the CLI all call `advise` and serialise with
`serialize.advice_as_dict`, so they agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wijkverbinder.core.advice.conditions import ConditionAdvice, conditions_advice
from wijkverbinder.core.advice.ranking import HeldBack, RankedApproach, rank_approaches
from wijkverbinder.core.advice.request import AdviceRequest, validate_request
from wijkverbinder.core.advice.safety import SafetyAssessment, assess_safety
from wijkverbinder.core.advice.warnings import AdviceWarning, request_warnings
from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.model import MeetingFormat, NextStepText, PhaseInfo, Principle
from wijkverbinder.core.knowledge.vocabulary import ContactForm, Fit, NextStep
from wijkverbinder.core.vocabulary import Phase


@dataclass(frozen=True, kw_only=True)
class FormatAdvice:
    """A meeting format that can be used, with how well it fits."""

    format: MeetingFormat
    fit: Fit


@dataclass(frozen=True, kw_only=True)
class NextStepAdvice:
    """A next step the advice proposes, with details (e.g. what a safety check still misses)."""

    step: NextStepText
    details: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Advice:
    """The full advice sheet."""

    request: AdviceRequest
    phase: PhaseInfo
    approaches: tuple[RankedApproach, ...]
    held_back: tuple[HeldBack, ...]
    formats: tuple[FormatAdvice, ...]
    warnings: tuple[AdviceWarning, ...]
    general_principles: tuple[Principle, ...]
    contact_conditions: tuple[ConditionAdvice, ...] = ()
    next_steps: tuple[NextStepAdvice, ...] = ()
    safety: SafetyAssessment | None = None


def advise(request: AdviceRequest, *, knowledge: KnowledgeBase | None = None) -> Advice:
    """Advice for the request; raises `AdviceError` (Dutch) on unknown codes."""
    kb = knowledge or load_knowledge_base()
    validate_request(request, knowledge=kb)
    safety = _safety(request, kb)
    restored = safety is not None and safety.restored
    ranked, held = rank_approaches(request, kb, safety_restored=restored)
    proposed = tuple(item.approach for item in ranked)
    return Advice(
        request=request,
        phase=kb.phase(request.phase),
        approaches=ranked,
        held_back=held,
        formats=suitable_formats(
            phase=request.phase,
            sensitive=request.sensitive,
            large_differences=request.large_differences,
            knowledge=kb,
        ),
        warnings=request_warnings(request, kb, safety_restored=restored),
        general_principles=kb.global_principles(),
        contact_conditions=conditions_advice(proposed, kb),
        next_steps=_next_steps(request, safety, kb),
        safety=safety,
    )


def _safety(request: AdviceRequest, kb: KnowledgeBase) -> SafetyAssessment | None:
    if request.safety_check is None:
        return None
    return assess_safety(request.safety_check, knowledge=kb, today=request.today or date.today())


def _next_steps(
    request: AdviceRequest, safety: SafetyAssessment | None, kb: KnowledgeBase
) -> tuple[NextStepAdvice, ...]:
    steps: list[NextStepAdvice] = []
    if not request.goals:
        steps.append(NextStepAdvice(step=kb.next_step(NextStep.DOELEN_VASTLEGGEN)))
    if request.phase is Phase.INCIDENTEN:
        if safety is not None and safety.restored:
            steps.append(NextStepAdvice(step=kb.next_step(NextStep.OVERBRUGGEN_NA_VEILIGHEID)))
            steps.append(NextStepAdvice(step=kb.next_step(NextStep.FASE_OPNIEUW_BEPALEN)))
        else:
            missing = safety.missing if safety is not None else ("nog geen controle vastgelegd",)
            step = kb.next_step(NextStep.VEILIGHEID_CONTROLEREN)
            steps.append(NextStepAdvice(step=step, details=missing))
    return tuple(steps)


def suitable_formats(
    *, phase: Phase, sensitive: bool, large_differences: bool, knowledge: KnowledgeBase
) -> tuple[FormatAdvice, ...]:
    """Formats that are not advised against, good before caution; indirect first on a large gap."""
    order = list(Fit)
    usable = [
        FormatAdvice(format=fmt, fit=fmt.fit(phase, sensitive=sensitive))
        for fmt in knowledge.meeting_formats
        if fmt.fit(phase, sensitive=sensitive) is not Fit.AVOID
    ]

    def key(item: FormatAdvice) -> tuple[int, int]:
        direct = item.format.contact_form is ContactForm.DIRECT_PERSOONLIJK
        return (int(large_differences and direct), order.index(item.fit))

    return tuple(sorted(usable, key=key))
