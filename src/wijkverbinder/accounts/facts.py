"""What one request needs to know about its logged-in user, read with one query.

Every page needs the user's teams (every list is scoped to them), her confirmed two-factor devices
(is she asked for a code; is the device her session was verified with still hers and confirmed),
whether she has a strong role in a team (two-factor required) and her permissions (the menu, the
two-factor rule). Django and django-otp read these with five separate queries on each request (two
device tables, memberships, user and group permissions). `load_facts` reads them with one
`UNION ALL` query and keeps the result on the request's user object.

That object is loaded from the database by the authentication middleware for each request and
dropped after it: nothing is kept between requests, nothing is shared between threads or
processes. A removed membership, a revoked device or a withdrawn permission counts from the next
request on, in every process. Only the middleware (`accounts.middleware.OTPFactsMiddleware`) loads
facts; code that gets a user from elsewhere (an API key, a test) reads the tables as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.contrib.auth.models import Permission
from django.db import connection
from django.db.models import CharField, IntegerField, QuerySet, Value
from django.db.models.functions import Concat
from django_otp import device_classes

from wijkverbinder.accounts.models import Membership, User

FACTS_ATTRIBUTE = "_wv_facts"
_SOMEONE = -734_019_251  # stands for the user's id in the SQL built once (no user has it)
TEAM, DEVICE, USER_PERMISSION, GROUP_PERMISSION = "team", "device", "user_perm", "group_perm"


@dataclass(frozen=True)
class UserFacts:
    """The user's teams, roles, confirmed devices and permissions at the start of this request."""

    team_ids: tuple[int, ...]
    roles: frozenset[str]
    devices: frozenset[str]  # persistent ids of confirmed devices ("otp_totp.totpdevice/7")
    user_permissions: frozenset[str]  # "app_label.codename", as Django's ModelBackend keeps them
    group_permissions: frozenset[str]

    @property
    def has_device(self) -> bool:
        """Whether she has a confirmed authenticator app or recovery codes."""
        return bool(self.devices)


def _text(value: str) -> Value:
    return Value(value, output_field=CharField())


def _rows(user_id: int) -> QuerySet[Membership, tuple[str, int, str]]:
    teams = (
        Membership.objects.filter(user_id=user_id)
        .order_by()
        .values_list(_text(TEAM), "team_id", "role")
    )
    label = Concat("content_type__app_label", _text("."), "codename", output_field=CharField())
    zero = Value(0, output_field=IntegerField())
    parts: list[QuerySet[Any, tuple[str, int, str]]] = [
        model.objects.filter(user_id=user_id, confirmed=True)
        .order_by()
        .values_list(_text(DEVICE), "id", _text(model.model_label()))
        for model in device_classes()
    ]
    parts.append(
        Permission.objects.filter(user=user_id)
        .order_by()
        .values_list(_text(USER_PERMISSION), zero, label)
    )
    parts.append(
        Permission.objects.filter(group__user=user_id)
        .order_by()
        .values_list(_text(GROUP_PERMISSION), zero, label)
    )
    return teams.union(*parts, all=True)


@lru_cache(maxsize=4)
def _compiled(vendor: str) -> tuple[str, tuple[Any, ...]]:
    """The query's SQL and parameters, built once per process: putting five query sets together
    and compiling their union costs more time than the database needs to answer it. The user's
    id is the one parameter that changes; `_SOMEONE` marks its places."""
    sql, params = _rows(_SOMEONE).query.sql_with_params()
    assert params.count(_SOMEONE) >= 3, "the user's id is a parameter of every part"
    return sql, tuple(params)


def load_facts(user: User) -> UserFacts:
    """Read the facts of this user (one query) and keep them on this user object: its permission
    caches are filled the way Django's `ModelBackend` fills them, so `has_perm` asks nothing more."""
    sql, params = _compiled(connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk if value == _SOMEONE else value for value in params])
        rows = cursor.fetchall()
    found: dict[str, list[tuple[int, str]]] = {}
    for kind, number, text in rows:
        found.setdefault(kind, []).append((number, text))
    facts = UserFacts(
        team_ids=tuple(sorted({team for team, _role in found.get(TEAM, [])})),
        roles=frozenset(role for _team, role in found.get(TEAM, [])),
        devices=frozenset(f"{label}/{pk}" for pk, label in found.get(DEVICE, [])),
        user_permissions=frozenset(text for _n, text in found.get(USER_PERMISSION, [])),
        group_permissions=frozenset(text for _n, text in found.get(GROUP_PERMISSION, [])),
    )
    setattr(user, FACTS_ATTRIBUTE, facts)
    if user.is_active and not user.is_superuser:  # a superuser has every permission anyway
        user._user_perm_cache = set(facts.user_permissions)  # type: ignore[attr-defined]
        user._group_perm_cache = set(facts.group_permissions)  # type: ignore[attr-defined]
    return facts


def facts_of(user: object) -> UserFacts | None:
    """The facts the middleware loaded for this request's user, or None (then read the tables)."""
    facts = getattr(user, FACTS_ATTRIBUTE, None)
    return facts if isinstance(facts, UserFacts) else None
