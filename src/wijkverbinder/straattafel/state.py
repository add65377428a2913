"""Whether a straattafel takes votes, and handing out participant numbers.

A straattafel is open from `opens_at` until `closes_at`, unless the team closed it earlier
(`closed_at`). A closed or not yet opened straattafel refuses votes and statements with a clear
Dutch message (`ClosedError`). Participant numbers are handed out under a row lock on the
straattafel, which also enforces the participant cap.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format

from wijkverbinder.common.errors import DomainError
from wijkverbinder.straattafel.models import Participant, Straattafel

_SQLITE_WRITER = threading.Lock()


@contextlib.contextmanager
def writing() -> Iterator[None]:
    """A write transaction; on SQLite the threads of this process take turns first.

    SQLite has one writer at a time and lets waiting writers poll with growing sleeps, which starves
    some of them under a burst of votes (seconds of waiting). Queueing on a lock in the process
    first makes the wait short and fair; PostgreSQL needs no such lock. Votes, residents'
    statements, paper votes and closing all queue here. Never call it inside an open transaction
    (it would hold SQLite's write lock while it waits for the queue).
    """
    if connection.vendor == "sqlite":
        with _SQLITE_WRITER, transaction.atomic():
            yield
    else:
        with transaction.atomic():
            yield


class ClosedError(DomainError):
    """The straattafel does not take votes now."""

    code = "closed"


def status(straattafel: Straattafel) -> str:
    """'planned', 'open' or 'closed'."""
    now = timezone.now()
    if straattafel.closed_at is not None or now >= straattafel.closes_at:
        return "closed"
    if now < straattafel.opens_at:
        return "planned"
    return "open"


def require_open(straattafel: Straattafel) -> None:
    """Refuse when the straattafel is not open for residents."""
    current = status(straattafel)
    if current == "closed":
        raise ClosedError(
            "Deze straattafel is gesloten: stemmen en stellingen toevoegen kan niet meer. "
            "Dank voor uw belangstelling."
        )
    if current == "planned":
        when = date_format(timezone.localtime(straattafel.opens_at), "j F Y, H:i")
        raise ClosedError(f"Deze straattafel is nog niet open. U kunt stemmen vanaf {when}.")


def require_not_closed(straattafel: Straattafel) -> None:
    """The team may still prepare a planned or open straattafel, not a closed one."""
    if status(straattafel) == "closed":
        raise DomainError("Deze straattafel is gesloten.", code="closed")


#: PostgreSQL's shared row lock (Django's `select_for_update` only takes exclusive ones)
SHARED_LOCK = 'SELECT closed_at FROM "straattafel_straattafel" WHERE id = %s FOR SHARE'


def lock(straattafel: Straattafel, *, shared: bool = False) -> Straattafel:
    """Lock the straattafel's row until the transaction ends and refresh whether it is closed.

    Closing and the team's writes take the row exclusively; a resident's vote takes it shared
    (PostgreSQL `FOR SHARE`: voters do not wait for each other, only for a closing). So a vote is
    either in the results stored at closing or refused as closed, never stored after them. Take
    the shared lock after any exclusive one of the same transaction (no upgrade, no deadlock).
    SQLite's transactions are serial anyway; the refresh is what counts there.
    """
    if shared and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(SHARED_LOCK, [straattafel.pk])
            row = cursor.fetchone()
    else:
        row = (
            Straattafel.objects.select_for_update()
            .filter(pk=straattafel.pk)
            .values_list("closed_at")
            .first()
        )
    if row is None:
        raise DomainError("Deze straattafel bestaat niet (meer).", code="not_found")
    straattafel.closed_at = row[0]
    return straattafel


def new_participant(
    straattafel: Straattafel, *, channel: str, key_hash: str = "", address_hash: str = ""
) -> Participant:
    """The next participant; the caller holds a row lock on the straattafel. Enforces the cap."""
    count = straattafel.participants.count()
    if count >= straattafel.participant_cap:
        raise DomainError(
            "Het maximale aantal deelnemers van deze straattafel is bereikt.", code="cap"
        )
    top = straattafel.participants.aggregate(top=Max("number"))["top"]
    return Participant.objects.create(
        straattafel=straattafel,
        number=0 if top is None else top + 1,
        channel=channel,
        key_hash=key_hash,
        address_hash=address_hash,
    )
