"""What needs the user today: the start page's worklist, team-scoped, in a fixed number of queries.

* new or grown collective questions: detected and not yet decided, or rising, without a trajectory,
  among those the question list shows by default (`collective.selectors.listed_by_default`: no
  weak hints), so the count matches the list the page links to;
* check-ins whose day has passed without an outcome (overdue) and those due within a week;
* areas whose latest phase assessment is older than six months, and areas never assessed;
* active trajectories without progress: no event for `STALLED_AFTER_DAYS` days.
Each list comes with its count; the page shows the first few items and links to the rest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Max, Q
from django.utils import timezone

from wijkverbinder.accounts.selectors import AnyUser, neighbourhoods_for_user, teams_for_user
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.selectors import listed_by_default
from wijkverbinder.diagnosis.selectors import latest_by_area_for_user
from wijkverbinder.trajectories.models import CheckIn, Trajectory
from wijkverbinder.trajectories.selectors import candidate_questions_for_user

ASSESSMENT_MAX_AGE_DAYS = 183
STALLED_AFTER_DAYS = 30
SHOWN = 5


@dataclass(frozen=True, kw_only=True)
class Worklist:
    """One kind of work: its count and the first items."""

    count: int
    items: list[Any] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Today:
    """Everything the start page lists."""

    questions: Worklist
    overdue_check_ins: Worklist
    due_check_ins: Worklist
    old_assessments: Worklist
    not_assessed: Worklist
    stalled: Worklist
    active_trajectories: int
    #: The user's buurten with their wijken, by name (read for "never assessed"; the start page
    #: lists them too, without a second query).
    neighbourhoods: list[Neighbourhood] = field(default_factory=list)

    @property
    def total(self) -> int:
        """How many things need attention."""
        return (
            self.questions.count
            + self.overdue_check_ins.count
            + self.old_assessments.count
            + self.not_assessed.count
            + self.stalled.count
        )


def _worklist(rows: list[Any]) -> Worklist:
    return Worklist(count=len(rows), items=rows[:SHOWN])


def today_for_user(*, user: AnyUser) -> Today:
    """The user's worklist for today."""
    today = timezone.localdate()
    questions = list(
        candidate_questions_for_user(user=user)
        .filter(listed_by_default())
        .filter(Q(status=CollectiveQuestion.Status.OPEN) | Q(trend=CollectiveQuestion.Trend.RISING))
        .order_by("-score", "-id")
    )
    open_check_ins = (
        CheckIn.objects.filter(trajectory__team__in=teams_for_user(user=user), held_on__isnull=True)
        .exclude(trajectory__status=Trajectory.Status.CLOSED)
        .select_related("trajectory")
        .order_by("planned_on", "id")
    )
    rows = list(open_check_ins.filter(planned_on__lte=today + dt.timedelta(days=7)))
    overdue = [item for item in rows if item.planned_on < today]
    due = [item for item in rows if item.planned_on >= today]
    latest = latest_by_area_for_user(user=user)
    cutoff = timezone.now() - dt.timedelta(days=ASSESSMENT_MAX_AGE_DAYS)
    old = sorted(
        (item for item in latest.values() if item.assessed_at < cutoff),
        key=lambda item: item.assessed_at,
    )
    buurten = list(neighbourhoods_for_user(user=user).select_related("district"))
    never = [
        buurt for buurt in buurten if buurt.code not in latest and buurt.district.code not in latest
    ]
    stalled_before = timezone.now() - dt.timedelta(days=STALLED_AFTER_DAYS)
    active = (
        Trajectory.objects.filter(
            team__in=teams_for_user(user=user), status=Trajectory.Status.ACTIVE
        )
        .annotate(last_event=Max("events__at"))
        .order_by("last_event")
    )
    active_rows = list(active)
    stalled = [
        item for item in active_rows if (item.last_event or item.created_at) < stalled_before
    ]
    return Today(
        questions=_worklist(questions),
        overdue_check_ins=_worklist(overdue),
        due_check_ins=_worklist(due),
        old_assessments=_worklist(old),
        not_assessed=_worklist(never),
        stalled=_worklist(stalled),
        active_trajectories=len(active_rows),
        neighbourhoods=buurten,
    )
