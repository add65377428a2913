"""Reading `straattafel`: the team's straattafels (team-scoped) and what a resident sees next.

A straattafel is visible to the members of its team; anything else raises `NotFoundError` (404).
Residents reach a straattafel only by its code. Statements are offered in a fair order: context
questions first, then the statements with the fewest votes (as Polis's routing favours new
statements), ties broken per participant so that not everybody sees the same order.
"""

from __future__ import annotations

import hashlib
from uuid import UUID

from django.db.models import Count, Q, QuerySet

from wijkverbinder.accounts.selectors import AnyUser, teams_for_user
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.straattafel.models import Participant, Statement, Straattafel, Vote

_NOT_FOUND = "Deze straattafel bestaat niet of hoort niet bij uw team."


def straattafels_for_user(*, user: AnyUser) -> QuerySet[Straattafel]:
    """The straattafels of the user's teams, with participant and statement counts."""
    return (
        Straattafel.objects.filter(team__in=teams_for_user(user=user))
        .select_related("team", "neighbourhood", "trajectory")
        .annotate(
            participant_count=Count("participants", distinct=True),
            pending_count=Count(
                "statements", filter=Q(statements__status=Statement.Status.PENDING), distinct=True
            ),
        )
        .order_by("-opens_at", "-id")
    )


def get_straattafel_for_user(*, user: AnyUser, public_id: UUID | str) -> Straattafel:
    """One straattafel of the user's teams, or `NotFoundError`."""
    try:
        key = public_id if isinstance(public_id, UUID) else UUID(str(public_id))
    except ValueError:
        raise NotFoundError(_NOT_FOUND) from None
    found = straattafels_for_user(user=user).filter(uuid=key).first()
    if found is None:
        raise NotFoundError(_NOT_FOUND)
    return found


def get_statement_for_user(*, user: AnyUser, straattafel: Straattafel, number: int) -> Statement:
    """One statement of a visible straattafel by number, or `NotFoundError`."""
    found = straattafel.statements.filter(number=number).first()
    if found is None:
        raise NotFoundError("Deze stelling bestaat niet.")
    return found


def straattafels_of_trajectory(trajectory_id: int) -> QuerySet[Straattafel]:
    """The straattafels started within one trajectory (the trajectory page's panel)."""
    return Straattafel.objects.filter(trajectory_id=trajectory_id).annotate(
        participant_count=Count("participants", distinct=True)
    )


def get_by_code(code: str) -> Straattafel:
    """The straattafel of a residents' link, or `NotFoundError`."""
    found = Straattafel.objects.select_related("neighbourhood").filter(code=code).first()
    if found is None:
        raise NotFoundError("Deze straattafel bestaat niet. Controleer de link of de QR-code.")
    return found


def shown_statements(straattafel: Straattafel) -> QuerySet[Statement]:
    """The statements residents vote on, with their number of votes."""
    return straattafel.statements.filter(status=Statement.Status.ACCEPTED).annotate(
        vote_count=Count("votes")
    )


def _tie_break(participant: Participant | None, number: int) -> str:
    seed = f"{participant.pk if participant else 0}:{number}".encode()
    return hashlib.sha256(seed).hexdigest()


def fair_order(straattafel: Straattafel, participant: Participant | None) -> list[Statement]:
    """Statements this participant has not voted on, in the fair order."""
    voted: set[int] = set()
    if participant is not None:
        voted = set(participant.votes.values_list("statement_id", flat=True))
    todo = [s for s in shown_statements(straattafel) if s.pk not in voted]
    todo.sort(key=lambda s: (not s.is_meta, s.vote_count, _tie_break(participant, s.number)))  # type: ignore[attr-defined]
    return todo


def my_votes(participant: Participant | None) -> list[Vote]:
    """A participant's current votes, by statement number."""
    if participant is None:
        return []
    return list(participant.votes.select_related("statement").order_by("statement__number"))
