"""Writing `straattafel` for residents: vote and add a statement, without an account.

A resident is known only by a random key (kept in a cookie by the page, or by the API client); only
its SHA-256 hash is stored. The first vote or statement creates the participant. Limits against
abuse, each with a Dutch refusal: votes per participant per minute, votes per network address per
minute (bounded through the new participants per address per hour), new participants per address per hour,
statements per participant per hour, and the straattafel's participant cap. The address itself is
never stored, only a keyed hash, blanked when the straattafel closes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from wijkverbinder.common.errors import DomainError
from wijkverbinder.straattafel import state
from wijkverbinder.straattafel.models import (
    Channel,
    Participant,
    Statement,
    Straattafel,
    Vote,
    VoteEvent,
)
from wijkverbinder.straattafel.services import clean_statement, next_statement_number


class RateLimitedError(DomainError):
    """Too many actions in a short time (HTTP 429)."""

    code = "rate_limited"


def key_hash(key: str) -> str:
    """The stored form of a participant key."""
    return hashlib.sha256(key.encode()).hexdigest()


def address_hash(address: str) -> str:
    """A keyed hash of a network address (the address itself is never stored)."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"straattafel:{address}".encode(), "sha256")
    return digest.hexdigest()[:32]


def find_participant(straattafel: Straattafel, key: str | None) -> Participant | None:
    """The participant with this key in this straattafel, if any."""
    if not key:
        return None
    return Participant.objects.filter(straattafel=straattafel, key_hash=key_hash(key)).first()


@dataclass(frozen=True)
class Cast:
    """The participant who acted and, when the action created them, their new key."""

    participant: Participant
    new_key: str | None


def _participant(straattafel: Straattafel, key: str | None, address: str) -> Cast:
    found = find_participant(straattafel, key)
    if found is not None:
        return Cast(found, None)
    hashed_address = address_hash(address)
    since = timezone.now() - dt.timedelta(hours=1)
    joined = Participant.objects.filter(
        straattafel=straattafel, address_hash=hashed_address, created_at__gte=since
    ).count()
    if joined >= settings.STRAATTAFEL_JOINS_PER_ADDRESS_HOUR:
        raise RateLimitedError(
            "Vanaf dit netwerk doen al veel bewoners mee. Probeer het over een uur opnieuw."
        )
    fresh = key or secrets.token_urlsafe(24)
    locked = Straattafel.objects.select_for_update().get(pk=straattafel.pk)
    created = state.new_participant(
        locked, channel=Channel.ONLINE, key_hash=key_hash(fresh), address_hash=hashed_address
    )
    return Cast(created, fresh)


def _check_vote_rate(participant: Participant) -> None:
    """Votes per participant per minute. The limit per address follows from the joins per address
    per hour (each of those participants has this limit), so no extra query per vote is needed."""
    since = timezone.now() - dt.timedelta(minutes=1)
    recent = VoteEvent.objects.filter(participant=participant, at__gte=since).count()
    if recent >= settings.STRAATTAFEL_VOTES_PER_MINUTE:
        raise RateLimitedError("U stemt erg snel. Wacht een minuut en probeer het opnieuw.")


def cast_vote(
    *, straattafel: Straattafel, key: str | None, address: str, statement_number: int, value: int
) -> Cast:
    """Vote on a shown statement; a later vote replaces the earlier one (the history keeps both).

    The checks read outside the transaction; the transaction holds only the writes, so concurrent
    voters wait as briefly as possible for SQLite's single writer.
    """
    state.require_open(straattafel)
    if value not in Vote.Value.values:
        raise DomainError("Kies eens, oneens of weet niet.", code="vote")
    statement = Statement.objects.filter(
        straattafel=straattafel, number=statement_number, status=Statement.Status.ACCEPTED
    ).first()
    if statement is None:
        raise DomainError("Deze stelling bestaat niet (meer).", code="unknown_statement")
    found = find_participant(straattafel, key)
    if found is not None:
        _check_vote_rate(found)
    now = timezone.now()
    with state.writing():
        cast = Cast(found, None) if found is not None else _participant(straattafel, key, address)
        state.require_open(state.lock(straattafel, shared=True))  # not closed meanwhile
        changed = Vote.objects.filter(participant=cast.participant, statement=statement).update(
            value=value, channel=Channel.ONLINE, at=now
        )
        if not changed and connection.vendor == "sqlite":  # the writer lock excludes a race
            Vote.objects.create(
                participant=cast.participant,
                statement=statement,
                value=value,
                channel=Channel.ONLINE,
                at=now,
            )
        elif not changed:
            try:
                with transaction.atomic():  # a double click on PostgreSQL: the other one won
                    Vote.objects.create(
                        participant=cast.participant,
                        statement=statement,
                        value=value,
                        channel=Channel.ONLINE,
                        at=now,
                    )
            except IntegrityError:
                Vote.objects.filter(participant=cast.participant, statement=statement).update(
                    value=value, channel=Channel.ONLINE, at=now
                )
        VoteEvent.objects.create(
            straattafel=straattafel,
            participant=cast.participant,
            statement=statement,
            value=value,
            channel=Channel.ONLINE,
            at=now,
        )
    return cast


def add_resident_statement(
    *, straattafel: Straattafel, key: str | None, address: str, text: str
) -> tuple[Cast, Statement]:
    """A resident's own statement: redacted, and shown only after approval when moderated."""
    state.require_open(straattafel)
    cleaned = clean_statement(text)
    with state.writing():
        return _add_statement(straattafel, key, address, cleaned)


def _add_statement(
    straattafel: Straattafel, key: str | None, address: str, cleaned: str
) -> tuple[Cast, Statement]:
    cast = _participant(straattafel, key, address)
    since = timezone.now() - dt.timedelta(hours=1)
    written = Statement.objects.filter(author=cast.participant, created_at__gte=since).count()
    if written >= settings.STRAATTAFEL_STATEMENTS_PER_HOUR:
        raise RateLimitedError("U heeft al veel stellingen toegevoegd. Probeer het later opnieuw.")
    state.require_open(state.lock(straattafel))  # numbers in turn; not closed meanwhile
    statement = Statement(
        straattafel=straattafel,
        number=next_statement_number(straattafel),
        text=cleaned,
        origin=Statement.Origin.RESIDENT,
        status=Statement.Status.PENDING if straattafel.moderated else Statement.Status.ACCEPTED,
        author=cast.participant,
    )
    statement.full_clean()
    statement.save()
    return cast, statement
