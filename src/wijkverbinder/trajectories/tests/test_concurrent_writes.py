"""Two team members acting on one trajectory at the same moment (threads with their own database
connections, on SQLite and on PostgreSQL): every write decides on the trajectory as it is when the
write runs, not as the page showed it, so no step is taken twice, a closed trajectory stays closed,
a check-in is recorded once and the ladder's history chains without gaps."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from wijkverbinder.accounts.models import User
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.tests.threads import at_once, failures, one_refusal, same
from wijkverbinder.trajectories import checkins, escalation, records, services, services_corrections
from wijkverbinder.trajectories.models import CheckIn, Stakeholder, Trajectory, TrajectoryEvent
from wijkverbinder.trajectories.tests import factories
from wijkverbinder.trajectories.tests.helpers import TODAY

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("demo")]
Kind = TrajectoryEvent.Kind


def _reader(trajectory: Trajectory) -> Any:
    """What a request does first: read the trajectory (its own copy) and the user."""
    return lambda: (Trajectory.objects.get(pk=trajectory.pk), User.objects.get(username="joost"))


def _kinds(trajectory: Trajectory) -> list[str]:
    return list(trajectory.events.order_by("id").values_list("kind", flat=True))


def test_a_double_submitted_next_step_moves_one_step_once() -> None:
    trajectory = factories.in_step3()
    records.record_meeting(
        user=User.objects.get(username="joost"),
        trajectory=trajectory,
        format="straattafel",
        on=TODAY(),
        affected=4,
        causing=1,
        others=2,
        professionals=1,
        agenda=["Kennismaken", "Wat bindt ons in de straat?"],
    )

    def advance(read: tuple[Trajectory, User]) -> Trajectory:
        return services.advance_step(user=read[1], trajectory=read[0], target="hand_over")

    outcome = same(_reader(trajectory), advance)
    one_refusal(outcome, "MTH016")  # already in step 4: no step to take
    trajectory.refresh_from_db()
    assert trajectory.step == "hand_over"
    moves = trajectory.events.filter(kind=Kind.STEP_CHANGED, data__stap="hand_over")
    assert moves.count() == 1


def test_a_trajectory_closed_while_it_is_handed_over_stays_closed() -> None:
    trajectory = factories.in_step4()
    user = User.objects.get(username="joost")
    records.add_stakeholder(
        user=user, trajectory=trajectory, kind="household", role="kartrekker", reached="own_contact"
    )
    records.add_agreement(
        user=user, trajectory=trajectory, who="Kartrekker", what="Stiltetijden", due=TODAY()
    )
    checkins.plan_check_in(user=user, trajectory=trajectory, planned_on=TODAY())

    def hand_over(read: tuple[Trajectory, User]) -> Trajectory:
        return services.hand_over(user=read[1], trajectory=read[0])

    def close(read: tuple[Trajectory, User]) -> Trajectory:
        return services.close_trajectory(user=read[1], trajectory=read[0], reason="Gestopt.")

    outcome = at_once([(_reader(trajectory), hand_over), (_reader(trajectory), close)])
    assert all(isinstance(item, (Trajectory, DomainError)) for item in outcome), outcome
    trajectory.refresh_from_db()
    kinds = _kinds(trajectory)
    # either order is possible, but nothing follows the closing and the status says closed
    assert kinds[-1] == Kind.CLOSED
    assert kinds.count(Kind.CLOSED) == 1
    assert trajectory.status == Trajectory.Status.CLOSED


def test_one_check_in_recorded_by_two_members_at_once_is_recorded_once() -> None:
    trajectory = factories.handed_over()
    check_in = trajectory.check_ins.get()

    def read() -> tuple[CheckIn, User]:
        return CheckIn.objects.get(pk=check_in.pk), User.objects.get(username="joost")

    def record(read: tuple[CheckIn, User]) -> CheckIn:
        return checkins.record_check_in(
            user=read[1], check_in=read[0], outcome="not_improving", note="Nog steeds lawaai."
        )

    outcome = at_once([(read, record), (read, record)])
    one_refusal(outcome, "already_held")
    assert trajectory.events.filter(kind=Kind.CHECK_IN_HELD).count() == 1


def test_two_escalations_at_once_chain_on_the_ladder() -> None:
    trajectory = factories.handed_over()
    check_in = trajectory.check_ins.get()
    checkins.record_check_in(
        user=User.objects.get(username="joost"), check_in=check_in, outcome="not_improving"
    )

    def escalate(read: tuple[Trajectory, User]) -> Any:
        return escalation.escalate(user=read[1], trajectory=read[0])

    outcome = same(_reader(trajectory), escalate)
    assert all(isinstance(item, (escalation.Escalated, DomainError)) for item in outcome), outcome
    moves = list(trajectory.events.filter(kind=Kind.ESCALATED).order_by("id"))
    assert moves
    assert all(after.data["van"] == before.data["naar"] for before, after in pairwise(moves))
    trajectory.refresh_from_db()
    assert trajectory.level == moves[-1].data["naar"]


def test_two_households_added_at_once_get_their_own_labels() -> None:
    trajectory = factories.started()

    def add(read: tuple[Trajectory, User]) -> Stakeholder:
        return records.add_stakeholder(
            user=read[1],
            trajectory=read[0],
            kind="household",
            role="affected",
            reached="own_contact",
        )

    outcome = same(_reader(trajectory), add, times=3)
    assert not failures(outcome), outcome
    labels = sorted(trajectory.stakeholders.values_list("label", flat=True))
    assert labels == ["Huishouden 1", "Huishouden 2", "Huishouden 3"]


def test_a_double_submitted_start_starts_one_trajectory() -> None:
    question = factories.question()

    def read() -> tuple[CollectiveQuestion, User]:
        return CollectiveQuestion.objects.get(pk=question.pk), User.objects.get(username="joost")

    def start(read: tuple[CollectiveQuestion, User]) -> Trajectory:
        return services.start_trajectory(user=read[1], question=read[0])

    one_refusal(same(read, start), "already_running")
    assert Trajectory.objects.filter(question=question).count() == 1


def test_two_starts_at_once_at_the_limit_start_one(settings: Any) -> None:
    settings.MAX_ACTIVE_TRAJECTORIES = 1
    questions = [
        factories.question(street=street, title=f"Overlast in de {street}")
        for street in ("Kastanjelaan", "Rozenstraat")
    ]

    def reader(question: CollectiveQuestion) -> Any:
        return lambda: (question, User.objects.get(username="joost"))

    def start(read: tuple[CollectiveQuestion, User]) -> Trajectory:
        return services.start_trajectory(user=read[1], question=read[0])

    outcome = at_once([(reader(q), start) for q in questions])
    one_refusal(outcome, "MTH001")  # the wijk's limit of active trajectories
    assert Trajectory.objects.exclude(status=Trajectory.Status.CLOSED).count() == 1


def test_two_corrections_of_one_stakeholder_at_once_keep_both_changes() -> None:
    trajectory = factories.started()
    person = records.add_stakeholder(
        user=User.objects.get(username="joost"),
        trajectory=trajectory,
        kind="household",
        role="affected",
        reached="own_contact",
    )

    def correct(changes: dict[str, str]) -> Any:
        def act(read: tuple[Trajectory, User]) -> Stakeholder:
            return services_corrections.update_stakeholder(
                user=read[1], trajectory=read[0], public_id=person.uuid, changes=changes
            )

        return act

    outcome = at_once(
        [
            (_reader(trajectory), correct({"role": "key_figure"})),
            (_reader(trajectory), correct({"note": "Kent de halve straat."})),
        ]
    )
    assert not failures(outcome), outcome
    person.refresh_from_db()
    assert (person.role, person.note) == ("key_figure", "Kent de halve straat.")
    assert trajectory.events.filter(kind=Kind.CORRECTED).count() == 2
