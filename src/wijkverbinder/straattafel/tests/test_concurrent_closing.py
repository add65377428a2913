"""Residents voting while the team closes the straattafel, and two people closing it at once
(threads with their own database connections, SQLite and PostgreSQL): a vote is either in the
results stored at closing or refused as closed, and a straattafel is closed (and put on the
trajectory's timeline) once."""

from __future__ import annotations

from typing import Any

import pytest

from wijkverbinder.accounts.models import User
from wijkverbinder.common.tests.threads import at_once, failures, one_refusal
from wijkverbinder.straattafel import participation, services
from wijkverbinder.straattafel.models import Participant, Straattafel, Vote
from wijkverbinder.straattafel.state import ClosedError
from wijkverbinder.straattafel.tests.factories import residents_vote, straattafel
from wijkverbinder.trajectories.models import TrajectoryEvent
from wijkverbinder.trajectories.tests.factories import in_step3

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("demo")]


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
    assert all(isinstance(error, ClosedError) for error in failures(outcome)), outcome
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
