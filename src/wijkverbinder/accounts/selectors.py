"""Team-scoped reads. Every query for data of an area goes through these, so that a team sees only
its own areas, access by need; a record outside them is reported as not found (404)."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import HttpRequest

from wijkverbinder.accounts.facts import facts_of
from wijkverbinder.accounts.models import Membership, Team, User
from wijkverbinder.areas.models import District, Neighbourhood
from wijkverbinder.common.errors import NotFoundError

AnyUser = AbstractBaseUser | AnonymousUser


def team_ids_for_user(*, user: AnyUser) -> list[int]:
    """The ids of the user's teams, as a list: a large table filtered on a literal list lets
    PostgreSQL read its team index in the list's order (a subquery on memberships does not).
    Within a request, from the facts the middleware read at its start (`accounts.facts`)."""
    if not user.is_authenticated:
        return []
    facts = facts_of(user)
    if facts is not None:
        return list(facts.team_ids)
    return sorted(set(Membership.objects.filter(user_id=user.pk).values_list("team_id", flat=True)))


def memberships_for_user(*, user: AnyUser) -> QuerySet[Membership]:
    """The user's memberships with their teams."""
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user_id=user.pk).select_related("team", "team__municipality")


def teams_for_user(*, user: AnyUser) -> QuerySet[Team]:
    """The teams the user belongs to (within a request: those of its facts, `accounts.facts`)."""
    if not user.is_authenticated:
        return Team.objects.none()
    facts = facts_of(user)
    if facts is not None:
        return Team.objects.filter(pk__in=facts.team_ids)
    return Team.objects.filter(memberships__user_id=user.pk).distinct()


def role_in_team(*, user: AnyUser, team: Team) -> str | None:
    """The user's role in a team, or None when not a member."""
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.filter(user_id=user.pk, team=team).values_list("role", flat=True).first()
    )


def neighbourhoods_for_teams(teams: QuerySet[Team]) -> QuerySet[Neighbourhood]:
    """Buurten the teams work in: the buurten of their wijken plus their single buurten."""
    return Neighbourhood.objects.filter(
        Q(district__teams__in=teams) | Q(teams__in=teams)
    ).distinct()


def neighbourhoods_for_user(*, user: AnyUser) -> QuerySet[Neighbourhood]:
    """Buurten visible to the user."""
    return neighbourhoods_for_teams(teams_for_user(user=user)).order_by("name")


def districts_for_user(*, user: AnyUser) -> QuerySet[District]:
    """Wijken with at least one buurt visible to the user."""
    ids = neighbourhoods_for_user(user=user).values("district_id")
    return District.objects.filter(id__in=ids).order_by("name")


def get_neighbourhood_for_user(*, user: AnyUser, code: str) -> Neighbourhood:
    """One visible buurt by CBS code (newest boundary year), or `NotFoundError`."""
    found = (
        neighbourhoods_for_user(user=user)
        .filter(code=code.upper())
        .select_related("district", "district__municipality")
        .order_by("-year")
        .first()
    )
    if found is None:
        raise NotFoundError("Deze buurt bestaat niet of hoort niet bij uw team.")
    return found


def user_of(request: HttpRequest) -> User:
    """The logged-in user of a request (the login middleware guarantees there is one)."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied
    return user
