"""Accounts services: refusals with a Dutch message and no change; API tokens."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

from wijkverbinder.accounts.models import Membership, Team, User
from wijkverbinder.accounts.services import add_member, create_team, create_token
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


def test_token_replaces_earlier_token(fatima: User) -> None:
    first = create_token(username="fatima")
    second = create_token(username="fatima")
    assert first != second
    assert list(Token.objects.filter(user=fatima).values_list("key", flat=True)) == [second]


def test_token_for_unknown_or_inactive_user_refused(fatima: User) -> None:
    with pytest.raises(DomainError, match="bestaat niet"):
        create_token(username="niemand")
    fatima.is_active = False
    fatima.save()
    with pytest.raises(DomainError, match="niet actief"):
        create_token(username="fatima")


def test_createtoken_command(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("createtoken", "joost")
    key = capsys.readouterr().out.strip()
    assert Token.objects.get(key=key).user.username == "joost"
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("createtoken", "niemand")
