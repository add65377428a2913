"""Accounts services: refusals with a Dutch message and no change."""

from __future__ import annotations

import pytest

from wijkverbinder.accounts.models import Membership, Team, User
from wijkverbinder.accounts.services import add_member, create_team
from wijkverbinder.areas.models import Municipality
from wijkverbinder.common.errors import DomainError


def test_duplicate_team_refused(demo: None) -> None:
    municipality = Municipality.objects.get(code="GM9901")
    with pytest.raises(DomainError, match="bestaat al een team"):
        create_team(name="Wijkteam W", municipality=municipality)
    assert Team.objects.count() == 2


def test_unknown_role_refused_and_nothing_created(demo: None) -> None:
    team = Team.objects.get(name="Wijkteam W")
    with pytest.raises(DomainError, match="Onbekende rol"):
        add_member(team=team, username="nieuw", role="baas")
    assert not User.objects.filter(username="nieuw").exists()


def test_admin_role_gets_admin_site_access(demo: None) -> None:
    team = Team.objects.get(name="Wijkteam W")
    user = add_member(team=team, username="beheerder2", role=Membership.Role.ADMIN)
    assert user.is_staff
    assert not user.has_usable_password()
