"""Whether a straattafel takes votes, and handing out participant numbers.

A straattafel is open from `opens_at` until `closes_at`, unless the team closed it earlier
(`closed_at`). A closed or not yet opened straattafel refuses votes and statements with a clear
Dutch message (`ClosedError`). Participant numbers are handed out under a row lock on the
straattafel, which also enforces the participant cap.
"""

from __future__ import annotations

from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format

from wijkverbinder.common.errors import DomainError
from wijkverbinder.straattafel.models import Participant, Straattafel


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
