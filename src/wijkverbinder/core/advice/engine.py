"""The advice for a situation: ranked approaches, suitable meeting formats and warnings.

Combines `ranking.py` (rules 1-4, 12), `warnings.py` (rules 1-5, 9, 12) and the format fit per
phase and for sensitive themes from `knowledge_base/meeting_formats.yaml`. The web page, the API
and the CLI all call `advise` and serialise with `serialize.advice_as_dict`, so they agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from wijkverbinder.core.advice.ranking import HeldBack, RankedApproach, rank_approaches
from wijkverbinder.core.advice.request import AdviceRequest, validate_request
from wijkverbinder.core.advice.warnings import AdviceWarning, request_warnings
from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.model import MeetingFormat, PhaseInfo, Principle
from wijkverbinder.core.knowledge.vocabulary import ContactForm, Fit
from wijkverbinder.core.vocabulary import Phase


@dataclass(frozen=True, kw_only=True)
class FormatAdvice:
    """A meeting format that can be used, with how well it fits."""

    format: MeetingFormat
    fit: Fit


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


def advise(request: AdviceRequest, *, knowledge: KnowledgeBase | None = None) -> Advice:
    """Advice for the request; raises `AdviceError` (Dutch) on unknown codes."""
    kb = knowledge or load_knowledge_base()
    validate_request(request, knowledge=kb)
    ranked, held = rank_approaches(request, kb)
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
        warnings=request_warnings(request, kb),
        general_principles=kb.global_principles(),
    )


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
