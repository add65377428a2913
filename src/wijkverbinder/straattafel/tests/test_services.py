"""Team services and residents' participation: rules and refusals (each would fail if the rule broke)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.common.errors import DomainError
from wijkverbinder.straattafel import participation, services, state
from wijkverbinder.straattafel.models import Statement, Vote, VoteEvent
from wijkverbinder.straattafel.tests import factories
from wijkverbinder.trajectories.models import TrajectoryEvent
from wijkverbinder.trajectories.tests import factories as trajectory_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(demo: None):
    return factories.straattafel()


def vote(item: Any, key: str | None, number: int, value: int, address: str = "10.1.1.1") -> Any:
    return participation.cast_vote(
        straattafel=item, key=key, address=address, statement_number=number, value=value
    )


def test_statements_are_redacted_and_length_checked(item):
    created = services.add_statement(
        user=factories.joost(),
        straattafel=item,
        text="Bel Jan de Vries op 06-12345678 over de herrie",
    )
    assert "06-12345678" not in created.text
    assert "Jan de Vries" not in created.text
    with pytest.raises(DomainError, match="hoogstens"):
        services.add_statement(user=factories.joost(), straattafel=item, text="x" * 250)
    with pytest.raises(DomainError, match="Schrijf een stelling"):
        services.add_statement(user=factories.joost(), straattafel=item, text="   ")


def test_dates_must_be_in_order(demo):
    with pytest.raises(DomainError, match="sluitdatum"):
        factories.straattafel(closes_at=timezone.now() - dt.timedelta(days=1))


def test_one_vote_per_statement_a_change_overwrites_and_history_is_kept(item):
    first = vote(item, None, 0, 1)
    assert first.new_key
    again = vote(item, first.new_key, 0, -1)
    assert again.new_key is None
    assert again.participant == first.participant
    assert Vote.objects.get(participant=first.participant, statement__number=0).value == -1
    history = list(
        VoteEvent.objects.filter(participant=first.participant).values_list("value", flat=True)
    )
    assert history == [1, -1]
    with pytest.raises(PermissionError):
        VoteEvent.objects.first().save()  # type: ignore[union-attr]


def test_only_a_hash_of_the_key_and_of_the_address_is_stored(item):
    cast = vote(item, None, 0, 1, address="192.0.2.7")
    assert cast.new_key not in cast.participant.key_hash
    assert "192.0.2.7" not in cast.participant.address_hash
    assert cast.participant.address_hash == participation.address_hash("192.0.2.7")


def test_closed_and_planned_straattafels_refuse_votes(item):
    item.closed_at = timezone.now()
    item.save()
    with pytest.raises(state.ClosedError, match="gesloten"):
        vote(item, None, 0, 1)
    item.closed_at = None
    item.opens_at = timezone.now() + dt.timedelta(days=1)
    item.closes_at = timezone.now() + dt.timedelta(days=3)
    item.save()
    with pytest.raises(state.ClosedError, match="nog niet open"):
        vote(item, None, 0, 1)
    assert not Vote.objects.exists()


def test_rejected_or_pending_statements_take_no_votes(item):
    statement = item.statements.get(number=1)
    services.moderate_statement(user=factories.joost(), statement=statement, status="rejected")
    with pytest.raises(DomainError, match="bestaat niet"):
        vote(item, None, 1, 1)
    with pytest.raises(DomainError, match="eens, oneens"):
        vote(item, None, 0, 5)


def test_participant_cap(demo):
    item = factories.straattafel(participant_cap=2)
    vote(item, None, 0, 1, address="10.0.0.1")
    vote(item, None, 0, 1, address="10.0.0.2")
    with pytest.raises(DomainError, match="maximale aantal deelnemers"):
        vote(item, None, 0, 1, address="10.0.0.3")
    assert item.participants.count() == 2


def test_rate_limit_per_participant(item, settings):
    settings.STRAATTAFEL_VOTES_PER_MINUTE = 3
    key = vote(item, None, 0, 1).new_key
    vote(item, key, 1, 1)
    vote(item, key, 2, 1)
    with pytest.raises(participation.RateLimitedError, match="erg snel"):
        vote(item, key, 3, 1)
    assert VoteEvent.objects.count() == 3


def test_rate_limits_per_address(item, settings):
    settings.STRAATTAFEL_JOINS_PER_ADDRESS_HOUR = 2
    vote(item, None, 0, 1, address="10.9.9.9")
    vote(item, None, 0, 1, address="10.9.9.9")
    with pytest.raises(participation.RateLimitedError, match="netwerk"):
        vote(item, None, 0, 1, address="10.9.9.9")
    vote(item, None, 0, 1, address="10.9.9.10")  # another address is fine


def test_resident_statement_is_moderated_and_limited(item, settings):
    cast, created = participation.add_resident_statement(
        straattafel=item, key=None, address="10.1.1.1", text="Meer bankjes op het pleintje"
    )
    assert created.status == Statement.Status.PENDING
    assert created.origin == Statement.Origin.RESIDENT
    settings.STRAATTAFEL_STATEMENTS_PER_HOUR = 1
    with pytest.raises(participation.RateLimitedError):
        participation.add_resident_statement(
            straattafel=item, key=cast.new_key, address="10.1.1.1", text="Nog een"
        )


def test_unmoderated_straattafel_shows_resident_statements_at_once(demo):
    item = factories.straattafel(moderated=False)
    _, created = participation.add_resident_statement(
        straattafel=item, key=None, address="10.1.1.1", text="Meer groen in de straat"
    )
    assert created.status == Statement.Status.ACCEPTED


def test_paper_votes_count_and_are_marked_paper(item):
    participant = services.record_paper_votes(
        user=factories.joost(), straattafel=item, votes={0: 1, 1: -1, 2: 0}
    )
    assert participant.channel == "paper"
    assert set(Vote.objects.filter(participant=participant).values_list("channel", flat=True)) == {
        "paper"
    }
    assert VoteEvent.objects.filter(participant=participant).count() == 3
    with pytest.raises(DomainError, match="Onbekende stelling"):
        services.record_paper_votes(user=factories.joost(), straattafel=item, votes={99: 1})
    with pytest.raises(DomainError, match="minstens"):
        services.record_paper_votes(user=factories.joost(), straattafel=item, votes={})


def test_fair_order_puts_context_questions_and_fewest_votes_first(item):
    from wijkverbinder.straattafel.selectors import fair_order

    for address in ("10.2.0.1", "10.2.0.2"):
        vote(item, None, 0, 1, address=address)
    order = [s.number for s in fair_order(item, None)]
    assert order[0] == 7  # the context question
    assert order[-1] == 0  # the statement with the most votes


def test_straattafel_in_a_trajectory_only_in_step3_and_closing_writes_the_timeline(demo, settings):
    settings.STRAATTAFEL_VOTES_PER_MINUTE = 1000
    step2 = trajectory_factories.started(
        title="Tweede", code=trajectory_factories.MOLENBUURT, street="Molenstraat"
    )
    with pytest.raises(DomainError, match="stap 3"):
        factories.straattafel(trajectory=step2)
    trajectory = trajectory_factories.in_step3()
    item = factories.straattafel(trajectory=trajectory, moderated=False)
    assert not item.moderated  # noise is not a sensitive theme: the team may switch moderation off
    trajectory.theme = "samenleven.spanningen_tussen_groepen"
    trajectory.save()
    assert factories.straattafel(trajectory=trajectory, moderated=False).moderated  # sensitive
    factories.residents_vote(item, count=12)
    services.close_straattafel(user=factories.joost(), straattafel=item)
    event = trajectory.events.get(kind=TrajectoryEvent.Kind.STRAATTAFEL)
    assert event.data["deelnemers"] == 12
    assert "Een buurtfeest" in event.detail or "veilig" in event.detail
    assert not item.participants.exclude(address_hash="").exists()  # addresses forgotten
    with pytest.raises(state.ClosedError):
        vote(item, None, 0, 1)
    with pytest.raises(DomainError, match="gesloten"):
        services.close_straattafel(user=factories.joost(), straattafel=item)


def test_a_title_and_question_that_grow_by_redaction_still_fit(demo: Any) -> None:
    """An e-mail address is shorter than its placeholder; title and question keep their limits."""
    now = timezone.now()
    item = services.create_straattafel(
        user=factories.joost(),
        neighbourhood=Neighbourhood.objects.filter(code=factories.ROZENHOF).first(),  # type: ignore[arg-type]
        title=("mail a@b.nl " * 12)[:120],
        question=("a@b.nl " * 50)[:300],
        opens_at=now,
        closes_at=now + dt.timedelta(days=7),
    )
    item.refresh_from_db()
    assert "a@b.nl" not in item.title + item.question
    assert len(item.title) <= 120
    assert len(item.question) <= 300
