"""The buurt page as the hub of its area: its phase, its open questions, its trajectories and how
many signals came in lately — team-scoped, a handful of queries.

"Lately" is the wijkanalyse's default period (the last 12 weeks up to the last complete week), so the
hub's count and the analysis paragraph under it speak of the same weeks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.analysis.cube_data import window
from wijkverbinder.analysis.selectors import DEFAULT_PERIOD, PERIODS
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.collective.selectors import QuestionFilter, questions_for_user
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.selectors import latest_assessment
from wijkverbinder.intake.selectors import SignalFilter, signals_for_user
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.selectors import trajectories_for_user

SHOWN = 5


@dataclass(frozen=True, kw_only=True)
class AreaOverview:
    """What goes on in one buurt for the user's teams."""

    assessment: PhaseAssessment | None
    assessment_of_district: bool
    questions_count: int
    questions: list[Any] = field(default_factory=list)
    trajectories: list[Trajectory] = field(default_factory=list)
    recent_signals: int = 0
    recent_since: dt.date | None = None
    recent_until: dt.date | None = None
    recent_label: str = ""


def area_overview_for_user(*, user: AnyUser, buurt: Neighbourhood) -> AreaOverview:
    """The buurt's latest phase (or its wijk's), open questions, active trajectories, recent signals."""
    assessment = latest_assessment(user=user, area=buurt)
    of_district = False
    if assessment is None:
        assessment = latest_assessment(user=user, area=buurt.district)
        of_district = assessment is not None
    questions = list(
        questions_for_user(user=user, filters=QuestionFilter(neighbourhood=buurt.code))
    )
    trajectories = list(
        trajectories_for_user(user=user)
        .filter(neighbourhood=buurt, status=Trajectory.Status.ACTIVE)
        .order_by("-created_at")
    )
    blocks, label = PERIODS[DEFAULT_PERIOD]
    span = window(blocks)
    since, until = span.period_start, span.period_end
    recent = signals_for_user(
        user=user, filters=SignalFilter(neighbourhood=buurt.code, since=since, until=until)
    ).count()
    return AreaOverview(
        assessment=assessment,
        assessment_of_district=of_district,
        questions_count=len(questions),
        questions=questions[:SHOWN],
        trajectories=trajectories,
        recent_signals=recent,
        recent_since=since,
        recent_until=until,
        recent_label=str(label),
    )
