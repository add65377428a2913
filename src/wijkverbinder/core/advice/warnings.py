"""Warnings for known mistakes in a plan (decision rules 1, 2, 3, 4, 5, 9 and 12).

ADV003 (bridging before safety) is silenced only by a recorded safety check that shows safety
restored; ADV007 fires only when goals exist without a resident group (`goals.py`).

Each warning has a stable code (ADV001…ADV009) and carries the text, the decision rule and the source
url from `knowledge_base/warnings.yaml`, so editors can reword it without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass

from wijkverbinder.core.advice.goals import goals_without_residents
from wijkverbinder.core.advice.request import AdviceRequest
from wijkverbinder.core.knowledge import KnowledgeBase
from wijkverbinder.core.knowledge.model import Approach, MeetingFormat
from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    ContactForm,
    Fit,
    FormatTrait,
    WarningCode,
)
from wijkverbinder.core.vocabulary import Phase

TENSE_PHASES = frozenset({Phase.SPANNING, Phase.INCIDENTEN})
GAP_PHASES = frozenset({Phase.ONGEMAK, Phase.SPANNING})


@dataclass(frozen=True, kw_only=True)
class AdviceWarning:
    """A warning (never a block) with the rule and source it rests on."""

    code: WarningCode
    rule: int
    title: str
    message: str
    suggestion: str
    source_url: str
    verified: bool
    details: tuple[str, ...] = ()
    source_title: str = ""
    grounding: str = ""
    status: str = "bron"


def make_warning(
    code: WarningCode, knowledge: KnowledgeBase, details: tuple[str, ...] = ()
) -> AdviceWarning:
    """A warning with its editable text from the knowledge base."""
    text = knowledge.warning(code)
    return AdviceWarning(
        code=code,
        rule=text.rule,
        title=text.title,
        message=text.message,
        suggestion=text.suggestion,
        source_url=text.source_url,
        verified=text.verified,
        details=details,
        source_title=text.source_title,
        grounding=text.passage if text.verified else text.judgement,
        status=str(text.status),
    )


def request_warnings(
    request: AdviceRequest, knowledge: KnowledgeBase, *, safety_restored: bool = False
) -> tuple[AdviceWarning, ...]:
    """All warnings for an advice request, in code order."""
    fmt = knowledge.meeting_format(request.planned_format) if request.planned_format else None
    approach = knowledge.approach(request.planned_approach) if request.planned_approach else None
    codes: list[tuple[WarningCode, tuple[str, ...]]] = []
    if fmt is not None:
        codes.extend(_format_codes(request, fmt))
    if approach is not None and approach.for_phase(request.phase) is None:
        codes.append((WarningCode.APPROACH_NOT_IN_PHASE, (f"aanpak: {approach.name}",)))
    if not safety_restored and _bridging_before_safety(request, fmt, approach):
        codes.append((WarningCode.BRIDGING_BEFORE_SAFETY, ()))
    if _confrontation(request, fmt, approach):
        codes.append((WarningCode.CONFRONTATION_LARGE_GAP, ()))
    if request.exclusions:
        codes.append((WarningCode.BUURTBEMIDDELING_EXCLUDED, exclusion_details(request, knowledge)))
    goal_details = goals_without_residents(request.goals)
    if goal_details is not None:
        codes.append((WarningCode.GOALS_NOT_WITH_RESIDENTS, goal_details))
    return tuple(make_warning(code, knowledge, details) for code, details in sorted(codes))


def _format_codes(
    request: AdviceRequest, fmt: MeetingFormat
) -> list[tuple[WarningCode, tuple[str, ...]]]:
    found: list[tuple[WarningCode, tuple[str, ...]]] = []
    detail = (f"bijeenkomstvorm: {fmt.name}",)
    if FormatTrait.EENMALIG_FEESTELIJK in fmt.traits and request.phase in TENSE_PHASES:
        found.append((WarningCode.FESTIVE_IN_TENSION, detail))
    if (
        FormatTrait.PLENAIR in fmt.traits
        and request.sensitive
        and request.phase.rank >= Phase.ONGEMAK.rank
    ):
        found.append((WarningCode.PLENARY_ON_SENSITIVE, detail))
    if FormatTrait.ONLINE in fmt.traits and request.sensitive:
        found.append((WarningCode.SOCIAL_MEDIA_SENSITIVE, detail))
    if not found and fmt.fit(request.phase, sensitive=request.sensitive) is Fit.AVOID:
        found.append((WarningCode.FORMAT_AVOIDED_IN_PHASE, (*detail, fmt.note)))
    return found


def _bridging_before_safety(
    request: AdviceRequest, fmt: MeetingFormat | None, approach: Approach | None
) -> bool:
    if request.phase is not Phase.INCIDENTEN:
        return False
    bridging_format = fmt is not None and FormatTrait.OVERBRUGGEND in fmt.traits
    bridging_approach = approach is not None and approach.bridging and not approach.safety
    return bridging_format or bridging_approach


def _confrontation(
    request: AdviceRequest, fmt: MeetingFormat | None, approach: Approach | None
) -> bool:
    if not request.large_differences or request.phase not in GAP_PHASES:
        return False
    direct_format = fmt is not None and fmt.contact_form is ContactForm.DIRECT_PERSOONLIJK
    indirect = {ContactForm.INDIRECT, ContactForm.DENKBEELDIG}
    direct_approach = approach is not None and not indirect & set(approach.contact_forms)
    return direct_format or direct_approach


def exclusion_details(request: AdviceRequest, knowledge: KnowledgeBase) -> tuple[str, ...]:
    """Per exclusion criterion: its name and where to refer instead."""
    lines: list[str] = []
    for code in request.exclusions:
        criterion = knowledge.exclusion(BuurtbemiddelingExclusion(code))
        lines.append(f"{criterion.name}: verwijs naar {', '.join(criterion.referrals)}")
    return tuple(lines)
