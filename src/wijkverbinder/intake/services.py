"""Writing signals: create, update, delete (soft, with a reason) and confirm a theme.

Every write redacts the free text before it is stored (`core.redaction`), turns what identifies a
household into a keyed pseudonym (`core.pseudonym`), keeps the signal inside the team's areas,
records the edit in `SignalEdit`, and writes the access log. Refusals raise `DomainError` with a
Dutch message and change nothing.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.accounts.selectors import neighbourhoods_for_teams, teams_for_user
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.validation import require_no_control_characters, require_plausible_date
from wijkverbinder.core import validation
from wijkverbinder.core.pseudonym import household_pseudonym, normalise_household
from wijkverbinder.core.redaction import redact, redact_free_text
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake import hooks
from wijkverbinder.intake.models import Signal, SignalEdit
from wijkverbinder.intake.placing import PlaceInput, resolve_place
from wijkverbinder.intake.themes import Suggestion, learn_theme, suggest_theme

TRACKED_FIELDS = (
    "observed_on",
    "neighbourhood_id",
    "street_id",
    "theme",
    "text",
    "role",
    "source",
    "severity",
    "household",
)


@dataclass(frozen=True)
class SignalInput:
    """A signal as entered: raw text (redacted here), place, and the rest."""

    observed_on: date
    text: str
    place: PlaceInput
    role: str = ""
    source: str = ""
    theme: str = ""
    severity: int = 1
    household: str = (
        ""  # what identifies the household (e.g. postcode + number); pseudonymised here
    )
    external_id: str = ""


def pseudonym_secret() -> bytes:
    """The key of household pseudonyms: `PSEUDONYM_SECRET`, or one derived from `SECRET_KEY`."""
    if settings.PSEUDONYM_SECRET:
        return settings.PSEUDONYM_SECRET.encode()
    return hmac.new(
        settings.SECRET_KEY.encode(), b"wijkverbinder-household", hashlib.sha256
    ).digest()


def team_for(*, user: User, team: Team | None = None) -> Team:
    """The team a user records for: the given one (she must be a member) or her only team."""
    teams = teams_for_user(user=user)
    if team is not None:
        if not teams.filter(pk=team.pk).exists():
            raise DomainError("U bent geen lid van dit team.", code="not_a_member")
        return team
    first_two = list(teams[:2])
    if not first_two:
        raise DomainError(
            "U bent nog geen lid van een team; vraag een beheerder u toe te voegen.", code="no_team"
        )
    if len(first_two) > 1:
        raise DomainError("U bent lid van meer teams: kies het team.", code="choose_team")
    return first_two[0]


def clean_text(text: str) -> str:
    """The text, checked for length and redacted; refuses empty or too long text."""
    stripped = text.strip()
    require_no_control_characters(stripped, multiline=True)
    if not stripped:
        raise DomainError("Vul de tekst van het signaal in.", code="text_empty")
    limit = settings.SIGNAL_TEXT_MAX
    if len(stripped) > limit:
        raise DomainError(
            f"De tekst is {len(stripped)} tekens lang; het maximum is {limit}. Maak hem korter.",
            code="text_too_long",
        )
    return redact(stripped).text


def check_choices(data: SignalInput) -> None:
    """Role, source, theme and severity must be known values."""
    if data.role and data.role not in Signal.Role.values:
        raise DomainError(f"Onbekende rol {data.role!r}.", code="unknown_role")
    if data.source and data.source not in Signal.Source.values:
        raise DomainError(f"Onbekende bron {data.source!r}.", code="unknown_source")
    if data.theme and data.theme not in load_taxonomy().leaf_codes():
        raise DomainError(f"Onbekend thema {data.theme!r}.", code="unknown_theme")
    if not 1 <= data.severity <= 3:
        raise DomainError("De ernst is 1, 2 of 3.", code="bad_severity")
    require_plausible_date(data.observed_on, kind="signal")
    require_no_control_characters(
        data.household, data.place.street_name, data.place.neighbourhood_code, data.external_id
    )
    id_problem = validation.identifier_problem(data.external_id)
    if id_problem:
        raise DomainError(id_problem, code="bad_external_id")


def _household(data: SignalInput, household_key: str) -> str:
    raw = data.household.strip() or household_key
    if raw and not normalise_household(raw):
        raise DomainError(
            "Het huishouden is leeg: vul bijvoorbeeld postcode en huisnummer in.",
            code="empty_household",
        )
    return household_pseudonym(raw, secret=pseudonym_secret()) if raw else ""


def create_signal(
    *, user: User, data: SignalInput, team: Team | None = None, channel: str = "web"
) -> Signal:
    """Record one signal for the user's team.

    The text is redacted before the transaction starts: redaction is the slow part, and on SQLite a
    transaction holds the one write lock from its start (docs/concurrency.md).
    """
    team = team_for(user=user, team=team)
    check_choices(data)
    text = clean_text(data.text)
    suggestion = None if data.theme else suggest_theme(team=team, text=text)
    with transaction.atomic():
        signal = _new_signal(user=user, data=data, team=team, text=text)
        _set_theme(signal, chosen=data.theme, suggestion=suggestion)
        return _store_signal(signal, user=user, data=data, team=team, channel=channel)


def _new_signal(*, user: User, data: SignalInput, team: Team, text: str) -> Signal:
    place = resolve_place(
        place=data.place, allowed=neighbourhoods_for_teams(Team.objects.filter(pk=team.pk))
    )
    signal = Signal(
        team=team,
        observed_on=data.observed_on,
        neighbourhood=place.neighbourhood,
        street=place.street,
        house_number=place.house_number if settings.STORE_HOUSE_NUMBERS else "",
        lat=place.lat,
        lon=place.lon,
        text=text,
        role=data.role,
        source=data.source,
        severity=data.severity,
        household=_household(data, place.household_key),
        external_id=data.external_id,
        created_by=user,
    )
    return signal


def _store_signal(
    signal: Signal, *, user: User, data: SignalInput, team: Team, channel: str
) -> Signal:
    duplicate = DomainError(
        f"Er is al een signaal met extern kenmerk {data.external_id!r}.",
        code="duplicate_external_id",
    )
    if data.external_id and Signal.objects.filter(team=team, external_id=data.external_id).exists():
        raise duplicate
    try:
        signal.full_clean()
        signal.save()
    except ValidationError as exc:
        raise DomainError(" ".join(exc.messages), code="invalid") from exc
    except IntegrityError as exc:  # the same external id posted twice at the same moment
        raise duplicate from exc
    if data.theme:  # a theme the professional chose is a confirmed theme: the classifier learns it
        learn_theme(team=team, text=signal.text, theme=data.theme)
    SignalEdit.objects.create(signal=signal, by=user, action="create", changes={})
    hooks.signals_changed(team.pk, [hooks.cell_of(signal)])
    log_access(
        user=user, action="create", object_type="signal", object_id=signal.uuid, channel=channel
    )
    hooks.signal_saved(signal)
    return signal


def _set_theme(signal: Signal, *, chosen: str, suggestion: Suggestion | None) -> None:
    if suggestion is None:  # the professional chose the theme
        signal.theme, signal.theme_origin, signal.theme_confidence = (
            chosen,
            Signal.ThemeOrigin.CONFIRMED,
            None,
        )
        return
    signal.theme = suggestion.theme or ""
    signal.theme_origin = Signal.ThemeOrigin.SUGGESTED if suggestion.theme else ""
    signal.theme_confidence = suggestion.confidence


def _snapshot(signal: Signal) -> dict[str, Any]:
    return {name: getattr(signal, name) for name in TRACKED_FIELDS}


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {k: [str(before[k]), str(after[k])] for k in TRACKED_FIELDS if before[k] != after[k]}


def lock(signal: Signal) -> Signal:
    """Lock the signal's row until the transaction ends and bring this copy up to date.

    Two people changing one signal at once take turns here, and each writes on the signal as it
    is stored now: an edit never brings back a signal that was deleted or erased meanwhile (its
    text, its household) and never writes back a theme that was just confirmed. Call it inside
    the service's transaction, before any check (docs/concurrency.md).
    """
    found = Signal.objects.select_for_update().filter(pk=signal.pk, deleted_at__isnull=True)
    if not found.values_list("pk").first():
        raise NotFoundError("Dit signaal bestaat niet (meer): het is intussen verwijderd.")
    signal.refresh_from_db()
    return signal


def _on_top_of(data: SignalInput, *, base: SignalInput, stored: SignalInput) -> SignalInput:
    """The caller's changes (where `data` differs from the `base` it started from) on top of the
    signal as stored now: a field the caller did not change keeps what someone else just stored."""
    changed = {
        item.name: getattr(data, item.name)
        for item in fields(data)
        if getattr(data, item.name) != getattr(base, item.name)
    }
    return replace(stored, **changed)


@transaction.atomic
def update_signal(
    *,
    user: User,
    signal: Signal,
    data: SignalInput,
    base: SignalInput | None = None,
    channel: str = "web",
) -> Signal:
    """Change a signal; the text is redacted again and the change recorded.

    `base`: the signal as the caller read it (`as_input`) before making `data` from it; then only
    the fields that differ from it are written, on top of the signal as stored now.
    """
    check_choices(data)
    lock(signal)
    if base is not None:
        data = _on_top_of(data, base=base, stored=as_input(signal))
    before = _snapshot(signal)
    before_cell = hooks.cell_of(signal)
    allowed = neighbourhoods_for_teams(Team.objects.filter(pk=signal.team_id))
    place = resolve_place(place=data.place, allowed=allowed)
    signal.observed_on = data.observed_on
    signal.neighbourhood, signal.street = place.neighbourhood, place.street
    signal.text = clean_text(data.text)
    signal.role, signal.source, signal.severity = data.role, data.source, data.severity
    if data.household.strip() or place.household_key:
        signal.household = _household(data, place.household_key)
    if data.theme and data.theme != signal.theme:
        signal.theme, signal.theme_origin, signal.theme_confidence = (
            data.theme,
            Signal.ThemeOrigin.CONFIRMED,
            None,
        )
    signal.full_clean()
    signal.save()
    changes = _diff(before, _snapshot(signal))
    if changes:
        SignalEdit.objects.create(signal=signal, by=user, action="update", changes=changes)
        hooks.signal_saved(signal)
        hooks.signals_changed(signal.team_id, [before_cell, hooks.cell_of(signal)])
    log_access(
        user=user, action="update", object_type="signal", object_id=signal.uuid, channel=channel
    )
    return signal


@transaction.atomic
def delete_signal(*, user: User, signal: Signal, reason: str, channel: str = "web") -> None:
    """Soft-delete a signal with a reason (kept for the audit trail, hidden everywhere else)."""
    reason = " ".join(reason.split())
    if len(reason) > 200:
        raise DomainError("De reden is hoogstens 200 tekens.", code="reason_too_long")
    reason = redact_free_text(reason)[:200]  # a placeholder may be longer than what it replaces
    if len(reason) < 3:
        raise DomainError("Geef een reden voor het verwijderen.", code="reason_required")
    lock(signal)
    signal.deleted_at, signal.deleted_by, signal.deletion_reason = timezone.now(), user, reason
    # a deleted signal keeps no text and no household: only who deleted it, when and why
    signal.text, signal.household, signal.house_number = "", "", ""
    signal.lat = signal.lon = None
    signal.save(
        update_fields=[
            *("deleted_at", "deleted_by", "deletion_reason", "updated_at"),
            *("text", "household", "house_number", "lat", "lon"),
        ]
    )
    SignalEdit.objects.filter(signal=signal).exclude(changes={}).update(changes={})
    SignalEdit.objects.create(signal=signal, by=user, action="delete", changes={"reason": reason})
    hooks.signal_saved(signal)
    hooks.signals_changed(signal.team_id, [hooks.cell_of(signal)])
    log_access(
        user=user, action="delete", object_type="signal", object_id=signal.uuid, channel=channel
    )


@transaction.atomic
def confirm_theme(*, user: User, signal: Signal, theme: str, channel: str = "web") -> Signal:
    """Confirm (or correct) a signal's theme; the team's classifier learns from it."""
    if theme not in load_taxonomy().leaf_codes():
        raise DomainError(f"Onbekend thema {theme!r}.", code="unknown_theme")
    lock(signal)
    before = _snapshot(signal)
    before_cell = hooks.cell_of(signal)
    signal.theme, signal.theme_origin, signal.theme_confidence = (
        theme,
        Signal.ThemeOrigin.CONFIRMED,
        None,
    )
    signal.save(update_fields=["theme", "theme_origin", "theme_confidence", "updated_at"])
    learn_theme(team=signal.team, text=signal.text, theme=theme)
    changes = _diff(before, _snapshot(signal))
    SignalEdit.objects.create(signal=signal, by=user, action="theme", changes=changes)
    hooks.signal_saved(signal)
    hooks.signals_changed(signal.team_id, [before_cell, hooks.cell_of(signal)])
    log_access(
        user=user, action="update", object_type="signal", object_id=signal.uuid, channel=channel
    )
    return signal


def as_input(signal: Signal) -> SignalInput:
    """The stored signal as input for an edit form (place by buurt and street)."""
    return SignalInput(
        observed_on=signal.observed_on,
        text=signal.text,
        place=PlaceInput(
            neighbourhood_code=signal.neighbourhood.code,
            street_name=signal.street.name if signal.street else "",
        ),
        role=signal.role,
        source=signal.source,
        theme=signal.theme,
        severity=signal.severity,
    )
