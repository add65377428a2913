"""Team scoping: a team sees only its own areas; another team's buurt is not found."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.accounts.selectors import (
    districts_for_user,
    get_neighbourhood_for_user,
    neighbourhoods_for_user,
    role_in_team,
    teams_for_user,
)
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.portal.demo import cast

W_CODES = {b.code for b in cast.NEIGHBOURHOODS if b.district == "WK990101"}
NOORD_CODES = {b.code for b in cast.NEIGHBOURHOODS if b.district == "WK990102"}


def test_member_sees_exactly_her_teams_neighbourhoods(fatima: User, pieter: User) -> None:
    assert set(neighbourhoods_for_user(user=fatima).values_list("code", flat=True)) == W_CODES
    assert set(neighbourhoods_for_user(user=pieter).values_list("code", flat=True)) == NOORD_CODES
    assert [d.code for d in districts_for_user(user=fatima)] == ["WK990101"]


def test_other_teams_neighbourhood_is_not_found(pieter: User) -> None:
    with pytest.raises(NotFoundError):
        get_neighbourhood_for_user(user=pieter, code="BU99010102")


def test_own_neighbourhood_found_case_insensitively(fatima: User) -> None:
    assert get_neighbourhood_for_user(user=fatima, code="bu99010102").name == "Rozenhof"


def test_anonymous_and_teamless_users_see_nothing(demo: None) -> None:
    assert not neighbourhoods_for_user(user=AnonymousUser()).exists()
    loner = User.objects.create_user(username="loner", password="x" * 12)
    assert not neighbourhoods_for_user(user=loner).exists()
    assert not teams_for_user(user=loner).exists()


def test_single_neighbourhood_link_extends_a_team(pieter: User) -> None:
    team = Team.objects.get(name="Wijkteam Noord")
    team.neighbourhoods.add(Neighbourhood.objects.get(code="BU99010106"))
    codes = set(neighbourhoods_for_user(user=pieter).values_list("code", flat=True))
    assert codes == NOORD_CODES | {"BU99010106"}


def test_roles(fatima: User) -> None:
    team = Team.objects.get(name="Wijkteam W")
    assert role_in_team(user=fatima, team=team) == "member"
    assert role_in_team(user=User.objects.get(username="joost"), team=team) == "coordinator"
    assert role_in_team(user=fatima, team=Team.objects.get(name="Wijkteam Noord")) is None
