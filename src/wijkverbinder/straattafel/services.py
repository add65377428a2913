"""Writing `straattafel` for the team: create, seed statements, moderate, enter paper votes, close.

Every statement text is redacted before storage (`core.redaction`). A straattafel within a trajectory
may only start in step 3 ("connect residents") of an active trajectory; for a sensitive theme
moderation is always on. Closing stores the results on the straattafel and, for a trajectory, one
event on its timeline. Refusals raise `DomainError` with a Dutch message; nothing is stored then.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import AnyUser, teams_for_user
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.numbers import counted
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.straattafel import state
from wijkverbinder.straattafel.models import (
    STATEMENT_MAX,
    Channel,
    Participant,
    Statement,
    Straattafel,
    Vote,
    VoteEvent,
)
from wijkverbinder.trajectories.history import record_event
from wijkverbinder.trajectories.models import Step, Trajectory, TrajectoryEvent
from wijkverbinder.trajectories.selectors import theme_sensitive

OBJECT_TYPE = "straattafel"


def _check_dates(opens_at: dt.datetime, closes_at: dt.datetime) -> None:
    if closes_at <= opens_at:
        raise DomainError("De sluitdatum moet na de openingsdatum liggen.", code="dates")


@transaction.atomic
def create_straattafel(
    *,
    user: AnyUser,
    neighbourhood: Neighbourhood,
    title: str,
    question: str,
    opens_at: dt.datetime,
    closes_at: dt.datetime,
    moderated: bool = True,
    participant_cap: int | None = None,
    trajectory: Trajectory | None = None,
    channel: str = "web",
) -> Straattafel:
    """A new straattafel for a buurt of the user's team, or within a trajectory in step 3."""
    _check_dates(opens_at, closes_at)
    team: Team | None
    if trajectory is not None:
        if trajectory.status != Trajectory.Status.ACTIVE or trajectory.step != Step.CONNECT:
            raise DomainError(
                "Een straattafel hoort bij stap 3 (bewoners verbinden) van een lopend traject.",
                code="not_step3",
            )
        neighbourhood = trajectory.neighbourhood
        team = trajectory.team
        if theme_sensitive(trajectory.theme):
            moderated = True
    else:
        team = teams_for_user(user=user).filter(neighbourhoods=neighbourhood).first() or (
            teams_for_user(user=user).filter(districts=neighbourhood.district_id).first()
        )
        if team is None:
            raise DomainError("Deze buurt hoort niet bij uw team.", code="not_found")
    item = Straattafel(
        team=team,
        neighbourhood=neighbourhood,
        trajectory=trajectory,
        title=redact_free_text(title)[:120],  # a placeholder may be longer than what it replaces
        question=redact_free_text(question)[:300],
        opens_at=opens_at,
        closes_at=closes_at,
        moderated=moderated,
        participant_cap=participant_cap or settings.STRAATTAFEL_PARTICIPANT_CAP,
        created_by_id=user.pk,
    )
    item.full_clean()
    item.save()
    log_access(
        user=user, action="create", object_type=OBJECT_TYPE, object_id=item.uuid, channel=channel
    )
    return item


def clean_statement(text: str) -> str:
    """The redacted statement text, or a refusal when it is empty or too long."""
    cleaned = redact_free_text(text)
    if not cleaned:
        raise DomainError("Schrijf een stelling.", code="empty")
    if len(cleaned) > STATEMENT_MAX:
        raise DomainError(
            f"Een stelling is hoogstens {STATEMENT_MAX} tekens; deze heeft er {len(cleaned)}.",
            code="too_long",
        )
    return cleaned


def next_statement_number(straattafel: Straattafel) -> int:
    """The next free statement number (0, 1, 2, …: Polis's comment ids)."""
    top = straattafel.statements.aggregate(top=Max("number"))["top"]
    return 0 if top is None else top + 1


@transaction.atomic
def add_statement(
    *,
    user: AnyUser,
    straattafel: Straattafel,
    text: str,
    is_meta: bool = False,
    channel: str = "web",
) -> Statement:
    """A statement written by the team (shown at once; a seed statement)."""
    state.require_not_closed(state.lock(straattafel))  # numbers in turn; not closed meanwhile
    item = Statement(
        straattafel=straattafel,
        number=next_statement_number(straattafel),
        text=clean_statement(text),
        is_meta=is_meta,
        origin=Statement.Origin.TEAM,
        status=Statement.Status.ACCEPTED,
    )
    item.full_clean()
    item.save()
    log_access(
        user=user,
        action="update",
        object_type=OBJECT_TYPE,
        object_id=straattafel.uuid,
        channel=channel,
    )
    return item


@transaction.atomic
def moderate_statement(
    *,
    user: AnyUser,
    statement: Statement,
    status: str | None = None,
    is_meta: bool | None = None,
    channel: str = "web",
) -> Statement:
    """Approve or reject a statement, or mark it as a context question (meta)."""
    if status is not None:
        if status not in Statement.Status.values or status == Statement.Status.PENDING:
            raise DomainError("Kies 'tonen' of 'afwijzen'.", code="status")
        statement.status = status
    if is_meta is not None:
        statement.is_meta = is_meta
    statement.full_clean()
    statement.save(update_fields=["status", "is_meta"])
    log_access(
        user=user,
        action="update",
        object_type=OBJECT_TYPE,
        object_id=statement.straattafel.uuid,
        channel=channel,
    )
    return statement


def record_paper_votes(
    *, user: AnyUser, straattafel: Straattafel, votes: dict[int, int], channel: str = "web"
) -> Participant:
    """One paper participant's votes from the tally form: they count like online votes.

    On SQLite it takes its turn with the residents' votes (`state.writing`)."""
    with state.writing():
        return _record_paper_votes(user=user, straattafel=straattafel, votes=votes, channel=channel)


def _record_paper_votes(
    *, user: AnyUser, straattafel: Straattafel, votes: dict[int, int], channel: str
) -> Participant:
    state.require_not_closed(straattafel)
    if not votes:
        raise DomainError("Vul minstens één stem in.", code="empty")
    shown = {s.number: s for s in straattafel.statements.filter(status=Statement.Status.ACCEPTED)}
    unknown = sorted(set(votes) - set(shown))
    if unknown:
        raise DomainError(f"Onbekende stelling: {unknown[0]}.", code="unknown_statement")
    if any(value not in Vote.Value.values for value in votes.values()):
        raise DomainError("Een stem is eens (1), oneens (-1) of weet niet (0).", code="vote")
    state.require_not_closed(state.lock(straattafel))  # not closed meanwhile
    participant = state.new_participant(straattafel, channel=Channel.PAPER)
    now = timezone.now()
    Vote.objects.bulk_create(
        Vote(participant=participant, statement=shown[n], value=v, channel=Channel.PAPER, at=now)
        for n, v in votes.items()
    )
    VoteEvent.objects.bulk_create(
        VoteEvent(
            straattafel=straattafel,
            participant=participant,
            statement=shown[n],
            value=v,
            channel=Channel.PAPER,
            at=now,
        )
        for n, v in votes.items()
    )
    log_access(
        user=user,
        action="create",
        object_type=OBJECT_TYPE,
        object_id=straattafel.uuid,
        channel=channel,
    )
    return participant


def close_straattafel(
    *, user: AnyUser, straattafel: Straattafel, channel: str = "web"
) -> Straattafel:
    """Close now: store the results, forget the address hashes, add them to the trajectory.

    A vote cast meanwhile is in the stored results or refused as closed (`state.lock`); on SQLite
    the closing takes its turn with the votes (`state.writing`)."""
    with state.writing():
        return _close(user=user, straattafel=straattafel, channel=channel)


def _close(*, user: AnyUser, straattafel: Straattafel, channel: str) -> Straattafel:
    from wijkverbinder.straattafel.results import results_summary  # reads the votes

    state.require_not_closed(state.lock(straattafel))  # closed once; votes wait or are refused
    straattafel.closed_at = timezone.now()
    straattafel.results = results_summary(straattafel)
    straattafel.save(update_fields=["closed_at", "results"])
    straattafel.participants.update(address_hash="")
    if straattafel.trajectory is not None:
        summary = straattafel.results
        record_event(
            trajectory=straattafel.trajectory,
            kind=TrajectoryEvent.Kind.STRAATTAFEL,
            user=user,
            detail=f"Straattafel '{straattafel.title}': {summary['deelnemers']} deelnemers, "
            f"{counted(int(summary['groepen']), 'groep', 'groepen')}. "
            f"Wat bindt: {summary['bindt_tekst']}",
            data={"straattafel": str(straattafel.uuid), **summary},
            channel=channel,
        )
    log_access(
        user=user,
        action="update",
        object_type=OBJECT_TYPE,
        object_id=straattafel.uuid,
        channel=channel,
    )
    return straattafel
