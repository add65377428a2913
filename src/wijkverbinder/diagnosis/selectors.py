"""Team-scoped reads of `diagnosis`: the team's areas, assessments, safety checks and signal counts.

A wijk can be assessed by a team that works in the whole wijk; a buurt by a team that works in it
(through its wijk or as a single buurt). An assessment is visible to the members of the team that
made it; anything else raises `NotFoundError` (404), so its existence is not revealed.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar
from uuid import UUID

from django.apps import apps
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import (
    AnyUser,
    get_neighbourhood_for_user,
    neighbourhoods_for_user,
    teams_for_user,
)
from wijkverbinder.areas.models import District, Neighbourhood
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.diagnosis.models import PhaseAssessment, SafetyCheck

Area = District | Neighbourhood
Record = TypeVar("Record", PhaseAssessment, SafetyCheck)

#: the window of recent signals shown beside the questionnaire (knowledge_base/phase_evidence.yaml)
SIGNAL_WINDOW_DAYS = 90
_NOT_FOUND = "Dit gebied bestaat niet of hoort niet bij uw team."


def districts_of_teams_for_user(*, user: AnyUser) -> QuerySet[District]:
    """Wijken in which one of the user's teams works as a whole."""
    return (
        District.objects.filter(teams__in=teams_for_user(user=user))
        .distinct()
        .order_by("name", "-year")
    )


def assessable_areas_for_user(*, user: AnyUser) -> tuple[list[District], list[Neighbourhood]]:
    """The wijken and buurten the user can assess."""
    districts = list(districts_of_teams_for_user(user=user))
    neighbourhoods = list(neighbourhoods_for_user(user=user).select_related("district"))
    return districts, neighbourhoods


def get_area_for_user(*, user: AnyUser, code: str) -> Area:
    """A wijk (`WK…`) or buurt (`BU…`) of the user's teams by CBS code, or `NotFoundError`."""
    code = code.strip().upper()
    if code.startswith("BU"):
        return get_neighbourhood_for_user(user=user, code=code)
    if code.startswith("WK"):
        found = districts_of_teams_for_user(user=user).filter(code=code).first()
        if found is not None:
            return found
    raise NotFoundError(_NOT_FOUND)


def teams_for_area(*, user: AnyUser, area: Area) -> QuerySet[Team]:
    """The user's teams that work in the area."""
    teams = teams_for_user(user=user)
    if isinstance(area, District):
        return teams.filter(districts=area).order_by("name")
    return (
        teams.filter(Q(districts=area.district_id) | Q(neighbourhoods=area))
        .distinct()
        .order_by("name")
    )


def assessments_for_user(*, user: AnyUser) -> QuerySet[PhaseAssessment]:
    """All assessments of the user's teams, newest first."""
    return PhaseAssessment.objects.filter(team__in=teams_for_user(user=user)).select_related(
        "district", "neighbourhood", "assessed_by", "team"
    )


def in_area(rows: QuerySet[Record], area: Area) -> QuerySet[Record]:
    """The rows of one wijk or buurt."""
    if isinstance(area, District):
        return rows.filter(district=area)
    return rows.filter(neighbourhood=area)


def assessments_for_area(*, user: AnyUser, area: Area) -> QuerySet[PhaseAssessment]:
    """The history of one area, newest first."""
    return in_area(assessments_for_user(user=user), area)


def latest_assessment(*, user: AnyUser, area: Area) -> PhaseAssessment | None:
    """The area's most recent assessment by one of the user's teams."""
    return assessments_for_area(user=user, area=area).first()


def latest_by_area_for_user(*, user: AnyUser) -> dict[str, PhaseAssessment]:
    """The newest assessment per area code (wijk or buurt) of the user's teams."""
    latest: dict[str, PhaseAssessment] = {}
    for item in assessments_for_user(user=user).order_by("-assessed_at", "-id"):
        latest.setdefault(item.area_code, item)
    return latest


def get_assessment_for_user(*, user: AnyUser, public_id: UUID | str) -> PhaseAssessment:
    """One assessment of the user's teams by public id, or `NotFoundError`."""
    try:
        key = public_id if isinstance(public_id, UUID) else UUID(str(public_id))
    except ValueError:
        raise NotFoundError("Deze situatiebepaling bestaat niet.") from None
    found = assessments_for_user(user=user).filter(uuid=key).first()
    if found is None:
        raise NotFoundError("Deze situatiebepaling bestaat niet of hoort niet bij uw team.")
    return found


def safety_checks_for_user(*, user: AnyUser) -> QuerySet[SafetyCheck]:
    """All safety checks of the user's teams, newest first."""
    return SafetyCheck.objects.filter(team__in=teams_for_user(user=user)).select_related(
        "district", "neighbourhood", "checked_by", "team"
    )


def safety_checks_for_area(*, user: AnyUser, area: Area) -> QuerySet[SafetyCheck]:
    """The safety checks of one area, newest first."""
    return in_area(safety_checks_for_user(user=user), area)


def current_safety_check(*, user: AnyUser, area: Area) -> SafetyCheck | None:
    """The newest check made after the area's latest assessment (an older one predates it)."""
    checks = safety_checks_for_area(user=user, area=area)
    latest = latest_assessment(user=user, area=area)
    if latest is not None:
        checks = checks.filter(created_at__gte=latest.assessed_at)
    return checks.first()


def get_safety_check_for_user(*, user: AnyUser, public_id: UUID | str) -> SafetyCheck:
    """One safety check of the user's teams by public id, or `NotFoundError`."""
    try:
        key = public_id if isinstance(public_id, UUID) else UUID(str(public_id))
    except ValueError:
        raise NotFoundError("Deze veiligheidscontrole bestaat niet.") from None
    found = safety_checks_for_user(user=user).filter(uuid=key).first()
    if found is None:
        raise NotFoundError("Deze veiligheidscontrole bestaat niet of hoort niet bij uw team.")
    return found


def signals_available() -> bool:
    """True once the `intake` app (signals) is installed."""
    return apps.is_installed("wijkverbinder.intake")


def signal_counts_for_area(
    area: Area, since: dt.date | None = None, *, team: Team | None = None
) -> dict[str, int]:
    """Signals per theme code in the area since `since` (default: the last 90 days).

    Returns `{}` while the `intake` app is not installed. Deleted and theme-less signals do not
    count; with `team`, only that team's signals count.
    """
    if not signals_available():
        return {}
    signal = apps.get_model("intake", "Signal")
    start = since or timezone.localdate() - dt.timedelta(days=SIGNAL_WINDOW_DAYS)
    rows = signal.objects.filter(observed_on__gte=start, deleted_at__isnull=True).exclude(theme="")
    if isinstance(area, District):
        rows = rows.filter(neighbourhood__district=area)
    else:
        rows = rows.filter(neighbourhood=area)
    if team is not None:
        rows = rows.filter(team=team)
    counted = rows.values("theme").annotate(total=Count("id")).order_by("theme")
    return {str(row["theme"]): int(row["total"]) for row in counted}
