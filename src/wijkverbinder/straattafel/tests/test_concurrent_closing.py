"""Residents voting while the team closes the straattafel or rejects a statement, and two people
closing it at once (threads with their own database connections, SQLite and PostgreSQL): a vote is
either in the results stored at closing or refused as closed, a straattafel is closed (and put on
the trajectory's timeline) once, and a rejection during voting refuses votes in Dutch."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import OperationalError, connection

from wijkverbinder.accounts.models import User
from wijkverbinder.common.tests.threads import at_once, failures, one_refusal
from wijkverbinder.straattafel import participation, services
from wijkverbinder.straattafel.models import Participant, Straattafel, Vote
from wijkverbinder.straattafel.results import results_for
from wijkverbinder.straattafel.state import ClosedError
from wijkverbinder.straattafel.tests.factories import residents_vote, straattafel
from wijkverbinder.trajectories.models import TrajectoryEvent
from wijkverbinder.trajectories.tests.factories import in_step3

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("demo")]


def _artefact(error: BaseException) -> bool:
    """SQLite's in-memory test database shares one cache between the threads, where a table being
    written refuses other connections at once ("database table is locked") instead of letting
    them read the last committed state as the embedded default's database file (WAL) does. Such
    a vote is rolled back as a whole, so the results must still match the stored votes."""
    return (
        connection.vendor == "sqlite"
        and isinstance(error, OperationalError)
        and "table is locked" in str(error)
    )


def _fresh(item: Straattafel) -> Any:
    return lambda: Straattafel.objects.get(pk=item.pk)


def _close(read: Straattafel) -> Straattafel:
    return services.close_straattafel(user=User.objects.get(username="joost"), straattafel=read)


def _vote(key: str | None, address: str) -> Any:
    def vote(read: Straattafel) -> object:
        return participation.cast_vote(
            straattafel=read, key=key, address=address, statement_number=8, value=1
        )

    return vote


@pytest.mark.parametrize("round_", range(2))
def test_every_vote_cast_while_closing_is_counted_or_refused(round_: int) -> None:
    item = straattafel(moderated=False)
    keys = residents_vote(item, count=6)
    services.add_statement(
        user=User.objects.get(username="joost"), straattafel=item, text="Er is genoeg groen."
    )
    voters = [(_fresh(item), _vote(key, f"10.1.0.{n}")) for n, key in enumerate(keys)]
    newcomers = [(_fresh(item), _vote(None, f"10.2.0.{n}")) for n in range(3)]
    outcome = at_once([(_fresh(item), _close), *voters, *newcomers])
    assert isinstance(outcome[0], Straattafel), outcome[0]
    others = [e for e in failures(outcome) if not isinstance(e, ClosedError) and not _artefact(e)]
    assert not others, others
    item.refresh_from_db()
    assert item.results["stemmen"] == Vote.objects.filter(participant__straattafel=item).count()
    assert item.results["deelnemers"] == Participant.objects.filter(straattafel=item).count()


def test_a_straattafel_closed_twice_at_once_is_closed_once() -> None:
    trajectory = in_step3()
    item = straattafel(trajectory=trajectory)
    residents_vote(item, count=4)
    outcome = at_once([(_fresh(item), _close), (_fresh(item), _close)])
    one_refusal(outcome, "closed")
    kinds = trajectory.events.filter(kind=TrajectoryEvent.Kind.STRAATTAFEL)
    assert kinds.count() == 1


def test_rejecting_a_statement_while_residents_vote_on_it() -> None:
    """Moderation during voting: every vote is stored or refused with a Dutch message, no error;
    the rejected statement is not shown any more and its votes are not in the results."""
    item = straattafel(moderated=False)
    keys = residents_vote(item, count=5)
    services.add_statement(
        user=User.objects.get(username="joost"), straattafel=item, text="Er is genoeg groen."
    )

    def reject(read: Straattafel) -> object:
        statement = read.statements.get(number=8)
        return services.moderate_statement(
            user=User.objects.get(username="joost"), statement=statement, status="rejected"
        )

    voters = [(_fresh(item), _vote(key, f"10.1.0.{n}")) for n, key in enumerate(keys)]
    outcome = at_once([(_fresh(item), reject), *voters])
    refused = failures(outcome)
    assert all(getattr(error, "code", "") == "unknown_statement" for error in refused), outcome
    results = results_for(Straattafel.objects.get(pk=item.pk))
    assert 8 not in {row["statement"].number for row in results.common_ground}
