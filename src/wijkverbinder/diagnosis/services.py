"""Writing `diagnosis`: record a phase assessment of a wijk or buurt (append-only history).

The phase comes from `core.diagnosis.diagnose` (the questionnaire's rules plus the evidence of the
area's recent signals, decision rule 13). Invalid answers are refused with the core's Dutch message
and its stable code (DIA001…DIA006); nothing is stored then.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.areas.models import District
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.diagnosis import (
    QUESTIONS,
    DiagnosisError,
    PhaseAssessmentResult,
    diagnose,
    parse_answers,
)
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.selectors import Area, signal_counts_for_area, teams_for_area
from wijkverbinder.diagnosis.snapshot import evidence_as_dict, observation_as_dict

MAX_NOTES_LENGTH = 2000
OBJECT_TYPE = "phase_assessment"


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
    teams = teams_for_area(user=user, area=area)
    if team is not None and not teams.filter(pk=team.pk).exists():
        raise NotFoundError("Dit team bestaat niet of werkt niet in dit gebied.")
    chosen = team or teams.first()
    if chosen is None:
        raise NotFoundError("Dit gebied bestaat niet of hoort niet bij uw team.")
    notes = notes.strip()
    if len(notes) > MAX_NOTES_LENGTH:
        raise DomainError(
            f"De toelichting is te lang: hooguit {MAX_NOTES_LENGTH} tekens.", code="notes_too_long"
        )
    notes = redact_free_text(notes)
    counts = signal_counts_for_area(area, team=chosen)
    try:
        result = diagnose(answers=answers, signal_counts=counts)
        stored_answers = normalised_answers(answers)
    except DiagnosisError as error:
        raise DomainError(error.message, code=str(error.code)) from error
    assessment = _build(result, answers=stored_answers, counts=counts, notes=notes)
    assessment.team = chosen
    assessment.assessed_by_id = user.pk if user.is_authenticated else None
    if isinstance(area, District):
        assessment.district = area
    else:
        assessment.neighbourhood = area
    assessment.full_clean()
    assessment.save()
    log_access(
        user=user,
        action="create",
        object_type=OBJECT_TYPE,
        object_id=assessment.uuid,
        channel=channel,
    )
    return assessment


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
