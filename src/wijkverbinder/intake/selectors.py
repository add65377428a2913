"""Reading signals, always scoped to the user's teams; deleted signals are hidden.

A signal of another team is reported as not found (404), in the UI and in the API alike.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from django.db.models import Q, QuerySet

from wijkverbinder.accounts.selectors import (
    AnyUser,
    neighbourhoods_for_user,
    team_ids_for_user,
    teams_for_user,
)
from wijkverbinder.areas.models import Street
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.intake.models import Signal, SignalEdit, SignalImport


@dataclass(frozen=True)
class SignalFilter:
    """Filters of the signal list (all optional)."""

    neighbourhood: str = ""  # CBS buurt code
    street: str = ""  # street name
    theme: str = ""  # leaf code, or a main theme code to include all its leaves
    since: date | None = None
    until: date | None = None
    role: str = ""
    source: str = ""
    without_theme: bool = False


def signals_for_user(*, user: AnyUser, filters: SignalFilter | None = None) -> QuerySet[Signal]:
    """The visible, not deleted signals, newest first, with their places loaded."""
    qs = Signal.objects.filter(
        team_id__in=team_ids_for_user(user=user), deleted_at__isnull=True
    ).select_related("neighbourhood", "street", "team")
    f = filters or SignalFilter()
    if f.neighbourhood:
        qs = qs.filter(neighbourhood__code=f.neighbourhood.upper())
    if f.street:
        qs = qs.filter(street__name__iexact=f.street)
    if f.theme:
        qs = (
            qs.filter(theme=f.theme)
            if "." in f.theme
            else qs.filter(theme__startswith=f"{f.theme}.")
        )
    if f.without_theme:
        qs = qs.filter(theme="")
    if f.since:
        qs = qs.filter(observed_on__gte=f.since)
    if f.until:
        qs = qs.filter(observed_on__lte=f.until)
    if f.role:
        qs = qs.filter(role=f.role)
    if f.source:
        qs = qs.filter(source=f.source)
    return qs.order_by("-observed_on", "-id")


def get_signal_for_user(*, user: AnyUser, signal_id: uuid.UUID | str) -> Signal:
    """One visible signal by its public id, or `NotFoundError`."""
    try:
        key = uuid.UUID(str(signal_id))
    except ValueError as exc:
        raise NotFoundError("Dit signaal bestaat niet of hoort niet bij uw team.") from exc
    found = signals_for_user(user=user).select_related("created_by").filter(uuid=key).first()
    if found is None:
        raise NotFoundError("Dit signaal bestaat niet of hoort niet bij uw team.")
    return found


def edits_of(*, signal: Signal) -> QuerySet[SignalEdit]:
    """The history of a signal, oldest first."""
    return signal.edits.select_related("by").order_by("at", "id")


def imports_for_user(*, user: AnyUser) -> QuerySet[SignalImport]:
    """The imports of the user's teams and the user's own (areas and addresses of a beheerder
    without a team), newest first, with who did them."""
    mine = Q(by_id=user.pk) if user.is_authenticated else Q(pk__in=[])
    return (
        SignalImport.objects.filter(Q(team__in=teams_for_user(user=user)) | mine)
        .select_related("by")
        .order_by("-at", "-id")
    )


def get_import_for_user(*, user: AnyUser, import_id: uuid.UUID | str) -> SignalImport:
    """One import of the user's teams by its public id, or `NotFoundError`."""
    found = imports_for_user(user=user).filter(uuid=import_id).first()
    if found is None:
        raise NotFoundError("Deze import bestaat niet of hoort niet bij uw team.")
    return found


def street_names_for_user(*, user: AnyUser) -> list[str]:
    """The street names of the user's buurten, sorted, each once (the form's suggestions)."""
    rows = Street.objects.filter(neighbourhood__in=neighbourhoods_for_user(user=user))
    return sorted(set(rows.values_list("name", flat=True)))


def buurt_visible_to_user(*, user: AnyUser, neighbourhood_id: int) -> bool:
    """Whether the buurt is one of the user's (an address elsewhere is not shown)."""
    return neighbourhoods_for_user(user=user).filter(pk=neighbourhood_id).exists()
