"""Writing accounts: teams, members and API tokens."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.text import slugify
from rest_framework.authtoken.models import Token

from wijkverbinder.accounts.models import Membership, Team, User
from wijkverbinder.areas.models import District, Municipality, Neighbourhood
from wijkverbinder.common.errors import DomainError


@transaction.atomic
def create_team(
    *,
    name: str,
    municipality: Municipality,
    districts: Iterable[District] = (),
    neighbourhoods: Iterable[Neighbourhood] = (),
) -> Team:
    """A team working in the given areas."""
    if Team.objects.filter(name=name).exists():
        raise DomainError(f"Er bestaat al een team met de naam {name!r}.", code="team_exists")
    team = Team(name=name, slug=slugify(name)[:50], municipality=municipality)
    team.full_clean()
    team.save()
    team.districts.set(districts)
    team.neighbourhoods.set(neighbourhoods)
    return team


@transaction.atomic
def add_member(
    *,
    team: Team,
    username: str,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    role: str = Membership.Role.MEMBER,
    profession: str = "",
    password: str | None = None,
) -> User:
    """Create (or reuse) a user and make her a member of the team with a role."""
    if role not in Membership.Role.values:
        raise DomainError(
            f"Onbekende rol {role!r}; kies uit {', '.join(Membership.Role.values)}.",
            code="unknown_role",
        )
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"first_name": first_name, "last_name": last_name, "email": email},
    )
    if created:
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
    user.is_staff = user.is_staff or role == Membership.Role.ADMIN
    user.save()
    Membership.objects.update_or_create(
        user=user, team=team, defaults={"role": role, "profession": profession}
    )
    return user


def create_token(*, username: str) -> str:
    """A new API token for a user (an earlier token of that user stops working)."""
    try:
        user = User.objects.get(username=username)
    except User.DoesNotExist as exc:
        raise DomainError(f"Gebruiker {username!r} bestaat niet.", code="unknown_user") from exc
    if not user.is_active:
        raise DomainError(f"Gebruiker {username!r} is niet actief.", code="inactive_user")
    Token.objects.filter(user=user).delete()
    key: str = Token.objects.create(user=user).key
    return key
