"""Writing the check-ins of step 4 ('vinger aan de pols'): schedule one, record how it went.

A check-in that records "not improving" opens the escalation ladder (decision rule 11,
`escalation.escalate`). Each change appends an event to the trajectory's history.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.validation import require_plausible_date
from wijkverbinder.core.dates import dutch_date
from wijkverbinder.core.method import ensure_check_in_held
from wijkverbinder.trajectories.history import record_event
from wijkverbinder.trajectories.models import CheckIn, Step, Trajectory, TrajectoryEvent
from wijkverbinder.trajectories.records import clean_text, require_step
from wijkverbinder.trajectories.services import method_rules, require_open

Kind = TrajectoryEvent.Kind


@transaction.atomic
def plan_check_in(
    *, user: AnyUser, trajectory: Trajectory, planned_on: dt.date, channel: str = "web"
) -> CheckIn:
    """Schedule a check-in (step 4), today or later."""
    require_open(trajectory)
    require_step(trajectory, Step.HAND_OVER, "Check-ins")
    if planned_on < timezone.localdate():
        raise DomainError("Plan een check-in vandaag of later.", code="past_date")
    require_plausible_date(planned_on, kind="plan")
    item = CheckIn(trajectory=trajectory, planned_on=planned_on)
    item.full_clean()
    item.save()
    record_event(
        trajectory=trajectory,
        kind=Kind.CHECK_IN_PLANNED,
        user=user,
        detail=f"gepland op {dutch_date(planned_on)}",
        channel=channel,
    )
    return item


@transaction.atomic
def record_check_in(
    *,
    user: AnyUser,
    check_in: CheckIn,
    outcome: str,
    held_on: dt.date | None = None,
    note: str = "",
    channel: str = "web",
) -> CheckIn:
    """Record how a check-in went: improving or not (not improving opens escalation, rule 11).

    Held today or earlier, and not before its planned day (`core.method.ensure_check_in_held`).
    """
    require_open(check_in.trajectory)  # locks the trajectory: one writer at a time
    check_in.refresh_from_db(fields=["held_on", "outcome", "note"])
    if check_in.held_on is not None:
        raise DomainError("Deze check-in is al vastgelegd.", code="already_held")
    if outcome not in CheckIn.Outcome.values:
        raise DomainError(f"Onbekende uitkomst '{outcome}'.", code="invalid_outcome")
    today = timezone.localdate()
    held = held_on or today
    with method_rules():
        ensure_check_in_held(planned_on=check_in.planned_on, held_on=held, today=today)
    check_in.held_on = require_plausible_date(held, kind="event")
    check_in.outcome = outcome
    check_in.note = clean_text(note, limit=300, what="notitie")
    check_in.full_clean()
    check_in.save(update_fields=["held_on", "outcome", "note"])
    record_event(
        trajectory=check_in.trajectory,
        kind=Kind.CHECK_IN_HELD,
        user=user,
        detail=f"{dutch_date(check_in.held_on)}: {check_in.get_outcome_display()}",
        data={"uitkomst": outcome},
        channel=channel,
    )
    return check_in
