"""Reading collective questions, always scoped to the user's teams.

A question of another team is reported as not found (404), in the UI and in the API alike. The
default list shows open and confirmed questions, hiding those the last run no longer found unless
the team decided on them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from django.db.models import Q, QuerySet

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import (
    AnyUser,
    neighbourhoods_for_teams,
    team_ids_for_user,
    teams_for_user,
)
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.collective.models import CollectiveQuestion, Decision, DetectionRun
from wijkverbinder.collective.presentation import STRENGTHS
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.intake.models import Signal

Status = CollectiveQuestion.Status
NOT_FOUND = "Deze gemeenschappelijke vraag bestaat niet of hoort niet bij uw team."


@dataclass(frozen=True)
class QuestionFilter:
    """Filters of the list (all optional). `status` "" means open and confirmed; "all" means all."""

    neighbourhood: str = ""  # CBS buurt code
    theme: str = ""  # leaf code, or a main theme code for all its leaves
    status: str = ""
    since: date | None = None  # period overlaps [since, until]
    until: date | None = None
    include_stale: bool = False
    #: Strengths to show ("strong", "clear", "weak"; `presentation.strength`); empty: all.
    strengths: tuple[str, ...] = ()


#: Lowest score of each strength (docs/detection.md, "Strength shown to users").
STRENGTH_LIMITS = {level: limit for limit, level, _odds in STRENGTHS}


def _strength_q(strengths: tuple[str, ...]) -> Q:
    """Questions whose score falls in one of the given strengths."""
    wanted = Q(pk__in=[])
    if "strong" in strengths:
        wanted |= Q(score__gte=STRENGTH_LIMITS["strong"])
    if "clear" in strengths:
        wanted |= Q(score__gte=STRENGTH_LIMITS["clear"], score__lt=STRENGTH_LIMITS["strong"])
    if "weak" in strengths:
        wanted |= Q(score__lt=STRENGTH_LIMITS["clear"])
    return wanted


#: The list's default strengths: weak hints (a group that can also be chance) are hidden.
LISTED_STRENGTHS = ("strong", "clear")


def _live_q() -> Q:
    """Questions the last detection still found, or that someone decided on."""
    return Q(stale=False) | Q(decided_at__isnull=False)


def listed_by_default() -> Q:
    """The open and confirmed questions the list shows without filters (not weak, not a stale one
    nobody decided on): the start page counts "new questions" from this same set, so its count
    matches what its link to the list shows."""
    return Q(status__in=[Status.OPEN, Status.CONFIRMED]) & _live_q() & _strength_q(LISTED_STRENGTHS)


def questions_for_user(
    *, user: AnyUser, filters: QuestionFilter | None = None
) -> QuerySet[CollectiveQuestion]:
    """The visible questions, most unusual first, with their places loaded."""
    f = filters or QuestionFilter()
    qs = CollectiveQuestion.objects.filter(team_id__in=team_ids_for_user(user=user)).select_related(
        "neighbourhood__district", "street", "team", "merged_into"
    )
    if f.status == "all":
        pass
    elif f.status:
        qs = qs.filter(status=f.status)
    else:
        qs = qs.filter(status__in=[Status.OPEN, Status.CONFIRMED])
    if not f.include_stale and f.status != Status.MERGED:
        qs = qs.filter(_live_q())
    if f.neighbourhood:
        qs = qs.filter(neighbourhood__code=f.neighbourhood.upper())
    if f.theme:
        qs = (
            qs.filter(theme=f.theme)
            if "." in f.theme
            else qs.filter(theme__startswith=f"{f.theme}.")
        )
    if f.strengths:
        qs = qs.filter(_strength_q(f.strengths))
    if f.since:
        qs = qs.filter(end__gte=f.since)
    if f.until:
        qs = qs.filter(start__lte=f.until)
    return qs.order_by("-score", "-households", "-id")


def get_question_for_user(*, user: AnyUser, question_id: uuid.UUID | str) -> CollectiveQuestion:
    """One visible question by its public id, or `NotFoundError`."""
    try:
        key = uuid.UUID(str(question_id))
    except ValueError as exc:
        raise NotFoundError(NOT_FOUND) from exc
    found = questions_for_user(user=user, filters=QuestionFilter(status="all", include_stale=True))
    question = found.filter(uuid=key).first()
    if question is None:
        raise NotFoundError(NOT_FOUND)
    return question


def signals_of(*, question: CollectiveQuestion) -> QuerySet[Signal]:
    """The question's live signals, newest first."""
    return (
        question.signals.filter(deleted_at__isnull=True)
        .select_related("street")
        .order_by("-observed_on", "-id")
    )


def decisions_of(*, question: CollectiveQuestion) -> QuerySet[Decision]:
    """The question's history of decisions, oldest first."""
    return question.decisions.select_related("by").order_by("at", "id")


def merge_candidates(*, question: CollectiveQuestion) -> QuerySet[CollectiveQuestion]:
    """Other live questions of the same team the question can be merged with."""
    return (
        CollectiveQuestion.objects.filter(team_id=question.team_id)
        .exclude(pk=question.pk)
        .exclude(status=Status.MERGED)
        .order_by("-score")
    )


def last_run(*, user: AnyUser) -> DetectionRun | None:
    """The most recent detection run of the user's teams."""
    return DetectionRun.objects.filter(team__in=teams_for_user(user=user)).first()


def neighbourhoods_around(*, question: CollectiveQuestion) -> QuerySet[Neighbourhood]:
    """The buurten of the question's team in the question's wijk (the map's context)."""
    return neighbourhoods_for_teams(Team.objects.filter(pk=question.team_id)).filter(
        district_id=question.neighbourhood.district_id
    )
