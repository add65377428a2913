"""Team-scoped reads of `trajectories`: the board, one trajectory, candidates, gates, due check-ins.

A trajectory is visible to the members of its team; anything else raises `NotFoundError` (404), so
its existence is not revealed. The board is built with a fixed number of queries (no N+1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import AnyUser, team_ids_for_user, teams_for_user
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.core.method import (
    GateResult,
    StakeholderContact,
    StakeholderRole,
    check_handover,
    check_step2_gate,
    check_step3_done,
)
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.diagnosis.models import PhaseAssessment, SafetyCheck
from wijkverbinder.diagnosis.presentation import theme_label as diagnosis_theme_label
from wijkverbinder.diagnosis.selectors import current_safety_check, latest_assessment
from wijkverbinder.trajectories.models import (
    Agreement,
    CheckIn,
    Meeting,
    Stakeholder,
    ThemeScore,
    Trajectory,
)

_NOT_FOUND = "Dit traject bestaat niet of hoort niet bij uw team."
DUE_WITHIN_DAYS = 7
CANDIDATE_STATUSES = (CollectiveQuestion.Status.OPEN, CollectiveQuestion.Status.CONFIRMED)


def trajectories_for_user(*, user: AnyUser) -> QuerySet[Trajectory]:
    """All trajectories of the user's teams, newest first."""
    return Trajectory.objects.filter(team_id__in=team_ids_for_user(user=user)).select_related(
        "team", "district", "neighbourhood", "question"
    )


def get_trajectory_for_user(*, user: AnyUser, public_id: UUID | str) -> Trajectory:
    """One trajectory of the user's teams by public id, or `NotFoundError`."""
    try:
        key = public_id if isinstance(public_id, UUID) else UUID(str(public_id))
    except ValueError:
        raise NotFoundError(_NOT_FOUND) from None
    found = trajectories_for_user(user=user).filter(uuid=key).first()
    if found is None:
        raise NotFoundError(_NOT_FOUND)
    return found


def board_for_user(*, user: AnyUser, neighbourhood: str = "") -> QuerySet[Trajectory]:
    """The board's rows with their counts in one query; only one buurt's (CBS code) if given."""
    found = trajectories_for_user(user=user)
    if neighbourhood:
        found = found.filter(neighbourhood__code=neighbourhood)
    return found.annotate(
        stakeholder_count=Count("stakeholders", distinct=True),
        meeting_count=Count("meetings", distinct=True),
        open_check_ins=Count("check_ins", filter=Q(check_ins__held_on__isnull=True), distinct=True),
    )


def active_trajectories(*, team: Team, district_id: int) -> QuerySet[Trajectory]:
    """The team's active trajectories in one wijk (for the limit of decision rule 7)."""
    return Trajectory.objects.filter(
        team=team, district_id=district_id, status=Trajectory.Status.ACTIVE
    ).order_by("created_at")


def candidate_questions_for_user(
    *, user: AnyUser, neighbourhood: str = ""
) -> QuerySet[CollectiveQuestion]:
    """Open or confirmed questions of the user's teams without a running or handed-over
    trajectory; only one buurt's (CBS code) if given."""
    running = Trajectory.objects.exclude(status=Trajectory.Status.CLOSED).values("question_id")
    found = CollectiveQuestion.objects.filter(
        team__in=teams_for_user(user=user), status__in=CANDIDATE_STATUSES
    )
    if neighbourhood:
        found = found.filter(neighbourhood__code=neighbourhood)
    return (
        found.exclude(id__in=running)
        .select_related("team", "neighbourhood", "neighbourhood__district", "street")
        .order_by("neighbourhood__district__name", "-score", "-id")
    )


def get_question_for_user(*, user: AnyUser, public_id: UUID | str) -> CollectiveQuestion:
    """One collective question of the user's teams, or `NotFoundError`."""
    try:
        key = public_id if isinstance(public_id, UUID) else UUID(str(public_id))
    except ValueError:
        raise NotFoundError("Deze gemeenschappelijke vraag bestaat niet.") from None
    found = (
        CollectiveQuestion.objects.filter(team__in=teams_for_user(user=user), uuid=key)
        .select_related("team", "neighbourhood", "neighbourhood__district")
        .first()
    )
    if found is None:
        raise NotFoundError("Deze gemeenschappelijke vraag bestaat niet of hoort niet bij uw team.")
    return found


def latest_scores(*, questions: list[CollectiveQuestion]) -> dict[int, ThemeScore]:
    """The newest score per question (one query)."""
    found: dict[int, ThemeScore] = {}
    rows = ThemeScore.objects.filter(question__in=questions).order_by("-scored_at", "-id")
    for row in rows:
        found.setdefault(row.question_id, row)
    return found


def theme_sensitive(code: str) -> bool:
    """Whether the theme is sensitive (taxonomy; a sub-theme inherits from its parent)."""
    taxonomy = load_taxonomy()
    theme = taxonomy.get(code)
    parent = taxonomy.get(theme.parent) if theme and theme.parent else None
    return bool((theme and theme.sensitive) or (parent and parent.sensitive))


def theme_label(code: str) -> str:
    """The Dutch label of a theme code, with its parent ('Overlast › Geluid')."""
    return diagnosis_theme_label(code)


@dataclass(frozen=True, kw_only=True)
class AreaSituation:
    """The area's latest phase assessment (buurt, else wijk) and the safety check made after it."""

    assessment: PhaseAssessment | None
    safety_check: SafetyCheck | None


def area_situation(*, user: AnyUser, trajectory: Trajectory) -> AreaSituation:
    """What the advice and the step-3 gates of this trajectory rest on."""
    for area in (trajectory.neighbourhood, trajectory.district):
        found = latest_assessment(user=user, area=area)
        if found is not None:
            return AreaSituation(
                assessment=found, safety_check=current_safety_check(user=user, area=area)
            )
    return AreaSituation(assessment=None, safety_check=None)


@dataclass(frozen=True, kw_only=True)
class GateInputs:
    """What the gates of `core.method` look at, read from the trajectory's records."""

    contacts: tuple[StakeholderContact, ...]
    impartiality_checked: bool
    causing_side: bool
    meetings: int
    kartrekkers: int
    agreements: int
    scheduled_check_ins: tuple[dt.date, ...]


@dataclass(frozen=True, kw_only=True)
class Progress:
    """What each gate still misses."""

    step2: GateResult
    step3: GateResult
    handover: GateResult
    causing_side: bool


def causing_side_exists(trajectory: Trajectory, stakeholders: Sequence[Stakeholder]) -> bool:
    """A causing side is recorded as a stakeholder or among the question's signals."""
    sides = trajectory.question.sides if trajectory.question else []
    return "causing" in (sides or []) or any(
        item.role == Stakeholder.Role.CAUSING for item in stakeholders
    )


def gate_inputs_for(trajectories: Sequence[Trajectory]) -> dict[int, GateInputs]:
    """The gates' inputs of several trajectories in four queries, whatever their number."""
    keys = [item.pk for item in trajectories]
    stakeholders: dict[int, list[Stakeholder]] = {key: [] for key in keys}
    contacted: set[int] = set()
    for person in Stakeholder.objects.filter(trajectory_id__in=keys).annotate(
        contact_count=Count("contacts")
    ):
        stakeholders[person.trajectory_id].append(person)
        if person.contact_count > 0:
            contacted.add(person.pk)
    meetings = _counts(Meeting.objects.filter(trajectory_id__in=keys))
    agreements = _counts(Agreement.objects.filter(trajectory_id__in=keys).exclude(status="dropped"))
    scheduled: dict[int, list[dt.date]] = {key: [] for key in keys}
    rows = CheckIn.objects.filter(trajectory_id__in=keys, held_on__isnull=True).order_by("id")
    for trajectory_id, planned_on in rows.values_list("trajectory_id", "planned_on"):
        scheduled[trajectory_id].append(planned_on)
    found = {}
    for trajectory in trajectories:
        people = stakeholders[trajectory.pk]
        found[trajectory.pk] = GateInputs(
            contacts=tuple(
                StakeholderContact(
                    role=StakeholderRole(item.role),
                    contacted=item.pk in contacted,
                )
                for item in people
                if item.role in {Stakeholder.Role.AFFECTED, Stakeholder.Role.CAUSING}
            ),
            impartiality_checked=trajectory.impartiality_checked_at is not None,
            causing_side=causing_side_exists(trajectory, people),
            meetings=meetings.get(trajectory.pk, 0),
            kartrekkers=sum(1 for item in people if item.role == Stakeholder.Role.KARTREKKER),
            agreements=agreements.get(trajectory.pk, 0),
            scheduled_check_ins=tuple(scheduled[trajectory.pk]),
        )
    return found


def _counts(rows: QuerySet[Any]) -> dict[int, int]:
    """Rows per trajectory id (one query)."""
    counted = rows.order_by().values("trajectory_id").annotate(n=Count("id"))
    return {row["trajectory_id"]: row["n"] for row in counted}


def gate_inputs(trajectory: Trajectory) -> GateInputs:
    """The gates' inputs of one trajectory in four queries."""
    return gate_inputs_for([trajectory])[trajectory.pk]


def _progress(given: GateInputs) -> Progress:
    return Progress(
        step2=check_step2_gate(
            stakeholders=given.contacts,
            impartiality_checked=given.impartiality_checked,
            causing_side_exists=given.causing_side,
        ),
        step3=check_step3_done(meetings=given.meetings),
        handover=check_handover(
            kartrekkers=given.kartrekkers,
            agreements=given.agreements,
            scheduled_check_ins=given.scheduled_check_ins,
            today=timezone.localdate(),
        ),
        causing_side=given.causing_side,
    )


def progress(trajectory: Trajectory) -> Progress:
    """The state of the step-2 gate, the step-3 gate and the hand-over gate."""
    return _progress(gate_inputs(trajectory))


def progress_for(trajectories: Sequence[Trajectory]) -> dict[int, Progress]:
    """`progress` of several trajectories in a fixed number of queries (no N+1)."""
    return {key: _progress(given) for key, given in gate_inputs_for(trajectories).items()}


def due_check_ins_for_user(*, user: AnyUser, within_days: int = DUE_WITHIN_DAYS) -> list[CheckIn]:
    """Check-ins of the user's teams not yet held and planned up to `within_days` from today."""
    until = timezone.localdate() + dt.timedelta(days=within_days)
    return list(
        CheckIn.objects.filter(
            trajectory__team__in=teams_for_user(user=user),
            held_on__isnull=True,
            planned_on__lte=until,
        )
        .exclude(trajectory__status=Trajectory.Status.CLOSED)
        .select_related("trajectory")
        .order_by("planned_on", "id")
    )
