"""Writing accounts: teams, members and API keys (tokens)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wijkverbinder.accounts import tokens
from wijkverbinder.accounts.models import ApiToken, Membership, Team, User
from wijkverbinder.areas.models import District, Municipality, Neighbourhood
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.validation import require_no_control_characters

MAX_TOKEN_DAYS = 730


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


def create_token(*, username: str, name: str = "API", days: int | None = None) -> str:
    """A new API key for a user, valid for `days` (default `API_TOKEN_DAYS`); returned once.

    Only its digest is stored. A key with the same name of that user is replaced (stops working).
    """
    user = User.objects.filter(username=username).first()
    if user is None:
        raise DomainError(f"Gebruiker {username!r} bestaat niet.", code="unknown_user")
    if not user.is_active:
        raise DomainError(f"Gebruiker {username!r} is niet actief.", code="inactive_user")
    name = " ".join(name.split())
    require_no_control_characters(name)
    if not 1 <= len(name) <= 100:
        raise DomainError("Geef de sleutel een naam van 1 tot 100 tekens.", code="bad_name")
    days = settings.API_TOKEN_DAYS if days is None else days
    if not 1 <= days <= MAX_TOKEN_DAYS:
        raise DomainError(
            f"Een sleutel is 1 tot {MAX_TOKEN_DAYS} dagen geldig.", code="bad_token_days"
        )
    key = tokens.new_key()
    with transaction.atomic():
        ApiToken.objects.filter(user=user, name=name).delete()
        ApiToken.objects.create(
            user=user,
            name=name,
            prefix=tokens.shown_part(key),
            digest=tokens.digest(key),
            expires_at=timezone.now() + timedelta(days=days),
        )
    return key


def revoke_token(*, token_id: int) -> None:
    """Stop an API key at once."""
    deleted, _ = ApiToken.objects.filter(pk=token_id).delete()
    if not deleted:
        raise DomainError("Deze sleutel bestaat niet (meer).", code="not_found")
