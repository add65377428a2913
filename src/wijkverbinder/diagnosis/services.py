"""Writing `diagnosis`: record a phase assessment or a safety check of a wijk or buurt.

The phase comes from `core.diagnosis.diagnose` (the questionnaire's rules plus the evidence of the
area's recent signals, decision rule 13). Invalid answers are refused with the core's Dutch message
and its stable code (DIA001…DIA006); nothing is stored then. A safety check (decision rule 2) is
evaluated by `core.advice.assess_safety`, counting the area's recent signals of incidents; both
histories are append-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.areas.models import District
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.advice import SafetyCheck as CoreSafetyCheck
from wijkverbinder.core.advice import assess_safety, incident_signal_count
from wijkverbinder.core.advice.safety import unknown_partners
from wijkverbinder.core.diagnosis import (
    QUESTIONS,
    DiagnosisError,
    PhaseAssessmentResult,
    diagnose,
    parse_answers,
)
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.diagnosis.models import PhaseAssessment, SafetyCheck
from wijkverbinder.diagnosis.selectors import Area, signal_counts_for_area, teams_for_area
from wijkverbinder.diagnosis.snapshot import evidence_as_dict, observation_as_dict

MAX_NOTES_LENGTH = 2000
MAX_CHECK_NOTES_LENGTH = 1000
OBJECT_TYPE = "phase_assessment"
CHECK_OBJECT_TYPE = "safety_check"


def normalised_answers(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The answers as stored: a list for multiple-choice questions, a code or None otherwise."""
    parsed = parse_answers(raw)
    values: dict[str, Any] = {
        "waargenomen": list(parsed.observed),
        "hoe_vaak": parsed.frequency,
        "laatste_keer": parsed.last_seen,
        "gemeld_door": list(parsed.reported_by),
        "scheidslijnen": list(parsed.dividing_lines),
        "waar": list(parsed.locations),
    }
    return {item.code: values[item.code] for item in QUESTIONS}


@transaction.atomic
def record_assessment(
    *,
    user: AnyUser,
    area: Area,
    answers: Mapping[str, str | Sequence[str] | None],
    notes: str = "",
    team: Team | None = None,
    channel: str = "web",
) -> PhaseAssessment:
    """Assess the area's phase from the answers and the recent signals; append it to the history."""
    chosen = _team_for(user, area, team)
    notes = notes.strip()
    if len(notes) > MAX_NOTES_LENGTH:
        raise DomainError(
            f"De toelichting is te lang: hooguit {MAX_NOTES_LENGTH} tekens.", code="notes_too_long"
        )
    notes = redact_free_text(notes)[:MAX_NOTES_LENGTH]  # a placeholder may be longer
    counts = signal_counts_for_area(area, team=chosen)
    try:
        result = diagnose(answers=answers, signal_counts=counts)
        stored_answers = normalised_answers(answers)
    except DiagnosisError as error:
        raise DomainError(error.message, code=str(error.code)) from error
    assessment = _build(result, answers=stored_answers, counts=counts, notes=notes)
    assessment.team = chosen
    assessment.assessed_by_id = user.pk if user.is_authenticated else None
    _place_and_save(assessment, area=area, user=user, object_type=OBJECT_TYPE, channel=channel)
    return assessment


def _place_and_save(
    record: PhaseAssessment | SafetyCheck,
    *,
    area: Area,
    user: AnyUser,
    object_type: str,
    channel: str,
) -> None:
    """Put the record in its wijk or buurt, validate, store and log the write."""
    if isinstance(area, District):
        record.district = area
    else:
        record.neighbourhood = area
    record.full_clean()
    record.save()
    log_access(
        user=user, action="create", object_type=object_type, object_id=record.uuid, channel=channel
    )


def _build(
    result: PhaseAssessmentResult, *, answers: dict[str, Any], counts: dict[str, int], notes: str
) -> PhaseAssessment:
    return PhaseAssessment(
        answers=answers,
        phase=str(result.phase),
        phase_from_answers=str(result.phase_from_answers),
        decisive=[observation_as_dict(item) for item in result.decisive],
        confidence=str(result.confidence.level),
        confidence_score=result.confidence.score,
        confidence_reasons=list(result.confidence.reasons),
        signal_counts=counts,
        evidence=[evidence_as_dict(item) for item in result.evidence],
        raised_by_evidence=result.raised_by_evidence,
        would_move_up=list(result.would_move_up),
        would_move_down=list(result.would_move_down),
        notes=notes,
    )


def _team_for(user: AnyUser, area: Area, team: Team | None) -> Team:
    teams = teams_for_area(user=user, area=area)
    if team is not None and not teams.filter(pk=team.pk).exists():
        raise NotFoundError("Dit team bestaat niet of werkt niet in dit gebied.")
    chosen = team or teams.first()
    if chosen is None:
        raise NotFoundError("Dit gebied bestaat niet of hoort niet bij uw team.")
    return chosen


@transaction.atomic
def record_safety_check(
    *,
    user: AnyUser,
    area: Area,
    checked_on: dt.date,
    no_new_incidents: bool,
    unsafety_addressed: bool,
    residents_feel_safer: bool,
    confirmed_by: Sequence[str] = (),
    notes: str = "",
    team: Team | None = None,
    channel: str = "web",
) -> SafetyCheck:
    """Record whether safety is restored in the area (rule 2); the area's incident signals count."""
    chosen = _team_for(user, area, team)
    partners = tuple(dict.fromkeys(code.strip() for code in confirmed_by if code.strip()))
    unknown = unknown_partners(partners)
    if unknown:
        raise DomainError(f"Onbekende partner '{unknown[0]}'.", code="unknown_partner")
    today = timezone.localdate()
    if checked_on > today:
        raise DomainError("De datum van de controle ligt in de toekomst.", code="future_date")
    notes = notes.strip()
    if len(notes) > MAX_CHECK_NOTES_LENGTH:
        raise DomainError(
            f"De toelichting is te lang: hooguit {MAX_CHECK_NOTES_LENGTH} tekens.",
            code="notes_too_long",
        )
    kb = load_knowledge_base()
    since = checked_on - dt.timedelta(days=kb.safety.incident_signal_days)
    signals = incident_signal_count(signal_counts_for_area(area, since, team=chosen), kb)
    core = CoreSafetyCheck(
        checked_on=checked_on,
        no_new_incidents=no_new_incidents,
        unsafety_addressed=unsafety_addressed,
        residents_feel_safer=residents_feel_safer,
        confirmed_by=partners,
        incident_signals=signals,
    )
    result = assess_safety(core, knowledge=kb, today=today)
    check = SafetyCheck(
        team=chosen,
        checked_on=checked_on,
        no_new_incidents=no_new_incidents,
        unsafety_addressed=unsafety_addressed,
        residents_feel_safer=residents_feel_safer,
        confirmed_by=list(partners),
        incident_signals=signals,
        restored=result.restored,
        missing=list(result.missing),
        notes=redact_free_text(notes)[:MAX_CHECK_NOTES_LENGTH],  # a placeholder may be longer
        checked_by_id=user.pk if user.is_authenticated else None,
    )
    _place_and_save(check, area=area, user=user, object_type=CHECK_OBJECT_TYPE, channel=channel)
    return check


def as_core_check(check: SafetyCheck) -> CoreSafetyCheck:
    """The recorded check as the core's value, to evaluate again (it may have expired)."""
    return CoreSafetyCheck(
        checked_on=check.checked_on,
        no_new_incidents=check.no_new_incidents,
        unsafety_addressed=check.unsafety_addressed,
        residents_feel_safer=check.residents_feel_safer,
        confirmed_by=tuple(str(code) for code in check.confirmed_by),
        incident_signals=check.incident_signals,
    )
