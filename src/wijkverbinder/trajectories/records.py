"""Writing the records of steps 2-3: stakeholders, contacts, impartiality, meetings, agreements
(check-ins of step 4: `checkins.py`). Each appends an event to the trajectory's history.

Privacy: a resident is a pseudonymous household ("Huishouden 3"), never a name; every free text
(contact summary, notes, agenda items, agreements) is redacted with `core.redaction` before storage.
Meetings follow decision rule 9 (`core.method.ensure_meeting_allowed`): social media is refused for
a sensitive theme, the agenda needs a "wat bindt ons" item, many professionals give a warning; and
the gates of `core.method.ensure_meeting_gates`: held (not in the future), the advice for the
area's phase, both sides present, the last two open to a professional's recorded override.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.validation import require_no_control_characters, require_plausible_date
from wijkverbinder.core.dates import dutch_date
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.core.method import (
    MeetingFacts,
    MethodCode,
    Problem,
    ensure_meeting_allowed,
    ensure_meeting_gates,
)
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.core.vocabulary import Phase
from wijkverbinder.diagnosis.services import as_core_check
from wijkverbinder.trajectories.history import record_event
from wijkverbinder.trajectories.models import (
    Agreement,
    Contact,
    Meeting,
    Stakeholder,
    Step,
    Trajectory,
    TrajectoryEvent,
)
from wijkverbinder.trajectories.selectors import area_situation, gate_inputs, theme_sensitive
from wijkverbinder.trajectories.services import method_rules, require_open

Kind = TrajectoryEvent.Kind
RESIDENT_ROLES = {"affected", "causing", "key_figure", "kartrekker"}
ROLES_BY_KIND = {
    Stakeholder.Kind.HOUSEHOLD: RESIDENT_ROLES,
    Stakeholder.Kind.PROFESSIONAL: {"professional"},
    Stakeholder.Kind.ORGANISATION: {"professional", "affected", "causing"},
}
STEP_ORDER = [str(step) for step in Step]


def clean_text(text: str, *, limit: int, required: bool = False, what: str = "tekst") -> str:
    """Whitespace folded, length checked, personal data redacted."""
    require_no_control_characters(text, multiline=True)
    folded = " ".join(text.split())
    if required and not folded:
        raise DomainError(f"Vul {what} in.", code="required")
    if len(folded) > limit:
        raise DomainError(f"De {what} is te lang: hooguit {limit} tekens.", code="too_long")
    return redact_free_text(folded)[:limit]


def require_step(trajectory: Trajectory, first: Step, what: str) -> None:
    """Refuse records of a later step (e.g. a meeting in step 2)."""
    if STEP_ORDER.index(trajectory.step) < STEP_ORDER.index(first):
        raise DomainError(
            f"{what} horen bij {first.label}; dit traject is in {Step(trajectory.step).label}.",
            code=str(MethodCode.STEP_OUT_OF_ORDER),
        )


@transaction.atomic
def add_stakeholder(
    *,
    user: AnyUser,
    trajectory: Trajectory,
    kind: str,
    role: str,
    reached: str,
    profession: str = "",
    organisation: str = "",
    partner: str = "",
    note: str = "",
    channel: str = "web",
) -> Stakeholder:
    """Add someone to the network; a resident gets the label 'Huishouden n', never a name."""
    require_open(trajectory)
    allowed = ROLES_BY_KIND.get(kind)  # type: ignore[call-overload]
    if allowed is None or role not in allowed:
        raise DomainError("Deze rol past niet bij deze soort belanghebbende.", code="invalid_role")
    if kind == Stakeholder.Kind.HOUSEHOLD:
        count = trajectory.stakeholders.filter(kind=kind).count()
        label = f"Huishouden {count + 1}"
    elif kind == Stakeholder.Kind.PROFESSIONAL:
        label = clean_text(profession, limit=100, required=True, what="het beroep")
    else:
        label = clean_text(organisation, limit=100, required=True, what="de organisatie")
    if reached == Stakeholder.Reached.PARTNER and not partner.strip():
        raise DomainError("Noem de partner via wie u deze persoon bereikte.", code="required")
    item = Stakeholder(
        trajectory=trajectory,
        kind=kind,
        role=role,
        label=label,
        profession=label if kind == Stakeholder.Kind.PROFESSIONAL else "",
        reached=reached,
        partner=clean_text(partner, limit=100, what="partner"),
        note=clean_text(note, limit=300, what="notitie"),
    )
    item.full_clean()
    item.save()
    detail = f"{label} ({Stakeholder.Role(role).label})"
    record_event(
        trajectory=trajectory, kind=Kind.STAKEHOLDER, user=user, detail=detail, channel=channel
    )
    return item


@transaction.atomic
def log_contact(
    *,
    user: AnyUser,
    trajectory: Trajectory,
    stakeholder: Stakeholder,
    on: dt.date,
    format: str,
    summary: str,
    channel: str = "web",
) -> Contact:
    """Log a contact; the summary is redacted before storage."""
    require_open(trajectory)
    if stakeholder.trajectory_id != trajectory.pk:
        raise DomainError("Deze belanghebbende hoort niet bij dit traject.", code="not_found")
    if on > timezone.localdate():
        raise DomainError("Een contact ligt niet in de toekomst.", code="future_date")
    require_plausible_date(on, kind="event")
    item = Contact(
        trajectory=trajectory,
        stakeholder=stakeholder,
        on=on,
        format=format,
        summary=clean_text(summary, limit=500, required=True, what="de samenvatting"),
        by_id=user.pk,
    )
    item.full_clean()
    item.save()
    record_event(
        trajectory=trajectory,
        kind=Kind.CONTACT,
        user=user,
        detail=f"{stakeholder.label}, {dutch_date(on)} ({item.get_format_display()})",
        channel=channel,
    )
    return item


@transaction.atomic
def record_impartiality(
    *, user: AnyUser, trajectory: Trajectory, note: str, channel: str = "web"
) -> Trajectory:
    """Record that the team checked its impartiality (both sides heard, no side taken)."""
    require_open(trajectory)
    trajectory.impartiality_note = clean_text(
        note, limit=300, required=True, what="de toelichting bij de toets"
    )
    trajectory.impartiality_checked_at = timezone.now()
    trajectory.save(update_fields=["impartiality_note", "impartiality_checked_at", "updated_at"])
    record_event(
        trajectory=trajectory,
        kind=Kind.IMPARTIALITY,
        user=user,
        detail=trajectory.impartiality_note,
        channel=channel,
    )
    return trajectory


@transaction.atomic
def record_meeting(
    *,
    user: AnyUser,
    trajectory: Trajectory,
    format: str,
    on: dt.date,
    affected: int,
    causing: int,
    others: int,
    professionals: int,
    agenda: Sequence[str],
    override_reason: str = "",
    channel: str = "web",
) -> tuple[Meeting, tuple[Problem, ...]]:
    """Record a meeting that was held; returns it with its warnings (too many professionals).

    Refused: decision rule 9 (`ensure_meeting_allowed`), a date in the future, a format the advice
    for the area's phase warns against and a meeting without the causing side
    (`ensure_meeting_gates`). The last two a professional may override with a reason, which is
    recorded with the meeting's event and shown on the timeline.
    """
    require_open(trajectory)
    require_step(trajectory, Step.CONNECT, "Bijeenkomsten")
    require_plausible_date(on, kind="plan")
    items = [clean_text(item, limit=200, what="agendapunt") for item in agenda if item.strip()]
    reason = clean_text(override_reason, limit=300, what="reden om af te wijken")
    situation = area_situation(user=user, trajectory=trajectory)
    sensitive = theme_sensitive(trajectory.theme)
    with method_rules():
        warnings = ensure_meeting_allowed(
            format_code=format,
            theme_sensitive=sensitive,
            professionals_present=professionals,
            agenda=items,
            max_professionals=settings.MEETING_MAX_PROFESSIONALS,
        )
        overridden = ensure_meeting_gates(
            MeetingFacts(
                format_code=format,
                held_on=on,
                today=timezone.localdate(),
                phase=Phase(situation.assessment.phase) if situation.assessment else None,
                sensitive=sensitive,
                causing_side=gate_inputs(trajectory).causing_side,
                causing_present=causing,
                safety_check=as_core_check(situation.safety_check)
                if situation.safety_check
                else None,
            ),
            override_reason=reason,
        )
    meeting = Meeting(
        trajectory=trajectory,
        format=format,
        on=on,
        affected=affected,
        causing=causing,
        others=others,
        professionals=professionals,
        agenda=items,
        warnings=[{"code": str(w.code), "melding": w.message} for w in warnings],
    )
    meeting.full_clean()
    meeting.save()
    found = load_knowledge_base().meeting_format(format)
    detail = f"{found.name if found else format}, {dutch_date(on)}"
    data: dict[str, Any] = {"bewoners": affected + causing + others, "professionals": professionals}
    if overridden:
        detail += (
            f". Bewust afgeweken ({'; '.join(_first_sentence(p) for p in overridden)}): {reason}"
        )
        data["afwijking"] = {"codes": [str(p.code) for p in overridden], "reden": reason}
    record_event(
        trajectory=trajectory,
        kind=Kind.MEETING,
        user=user,
        detail=detail,
        data=data,
        channel=channel,
    )
    return meeting, warnings


def _first_sentence(problem: Problem) -> str:
    return problem.message.split(". ")[0].rstrip(".")


@transaction.atomic
def add_agreement(
    *,
    user: AnyUser,
    trajectory: Trajectory,
    who: str,
    what: str,
    due: dt.date,
    support: bool = False,
    channel: str = "web",
) -> Agreement:
    """Who does what by when; a support agreement (step 4) ends on `due`."""
    require_open(trajectory)
    require_step(trajectory, Step.CONNECT, "Afspraken")
    require_plausible_date(due, kind="plan")
    item = Agreement(
        trajectory=trajectory,
        who=clean_text(who, limit=100, required=True, what="wie"),
        what=clean_text(what, limit=300, required=True, what="wat"),
        due=due,
        support=support,
    )
    item.full_clean()
    item.save()
    record_event(
        trajectory=trajectory,
        kind=Kind.AGREEMENT,
        user=user,
        detail=f"{item.who}: {item.what} (uiterlijk {dutch_date(due)})",
        channel=channel,
    )
    return item


@transaction.atomic
def set_agreement_status(
    *, user: AnyUser, agreement: Agreement, status: str, channel: str = "web"
) -> Agreement:
    """Mark an agreement done, dropped or open again."""
    require_open(agreement.trajectory)  # locks the trajectory: one writer at a time
    agreement.refresh_from_db(fields=["status", "who", "what"])
    if status not in Agreement.Status.values:
        raise DomainError(f"Onbekende status '{status}'.", code="invalid_status")
    agreement.status = status
    agreement.save(update_fields=["status"])
    record_event(
        trajectory=agreement.trajectory,
        kind=Kind.AGREEMENT_STATUS,
        user=user,
        detail=f"{agreement.what}: {agreement.get_status_display()}",
        channel=channel,
    )
    return agreement
