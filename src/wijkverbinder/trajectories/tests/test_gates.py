"""Issue 11: step 3 follows the app's own advice, dates of what happened are not in the future, and
every change of step or rung is an event with a readable description."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from wijkverbinder.diagnosis.tests.factories import ROZENHOF, SPANNING, assess
from wijkverbinder.trajectories import checkins, escalation, records, services
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests import factories
from wijkverbinder.trajectories.tests.factories import joost
from wijkverbinder.trajectories.tests.helpers import TODAY, refused

pytestmark = pytest.mark.usefixtures("demo")

AGENDA = ["Kennismaken", "Wat bindt ons in de straat?"]


def meeting(trajectory: Trajectory, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "user": joost(),
        "trajectory": trajectory,
        "format": "portiekgesprek",
        "on": TODAY(),
        "affected": 3,
        "causing": 1,
        "others": 0,
        "professionals": 1,
        "agenda": AGENDA,
    }
    values.update(changes)
    return values


@pytest.mark.parametrize("format_code", ["buurt_bbq", "social_media", "plenaire_infoavond"])
def test_format_advised_against_in_spanning_is_refused(format_code: str) -> None:
    trajectory = factories.in_step3()
    assess("fatima", ROZENHOF, SPANNING)
    error = refused("MTH017", records.record_meeting, **meeting(trajectory, format=format_code))
    assert "reden" in error.message
    assert not trajectory.meetings.exists()
    assert "MTH" not in error.message
    assert "ADV" not in error.message


def test_festive_format_fine_without_an_assessment_and_in_spanning_a_fitting_one_passes() -> None:
    trajectory = factories.in_step3()
    records.record_meeting(**meeting(trajectory, format="buurt_bbq"))
    assess("fatima", ROZENHOF, SPANNING)
    records.record_meeting(**meeting(trajectory, format="portiekgesprek"))
    assert trajectory.meetings.count() == 2


def test_override_with_a_reason_is_recorded_on_the_timeline() -> None:
    trajectory = factories.in_step3()
    assess("fatima", ROZENHOF, SPANNING)
    made, _warnings = records.record_meeting(
        **meeting(
            trajectory,
            format="buurt_bbq",
            override_reason="Bewoners vroegen er zelf om; Jan Jansen 0612345678 belt rond.",
        )
    )
    event = trajectory.events.filter(kind="meeting").get()
    assert "Bewust afgeweken" in event.detail
    assert event.data["afwijking"]["codes"] == ["MTH017"]
    assert "0612345678" not in event.detail
    assert made.pk is not None


def test_meeting_without_the_causing_side_is_refused_unless_overridden() -> None:
    trajectory = factories.in_step3()
    error = refused(
        "MTH018",
        records.record_meeting,
        **meeting(trajectory, format="straattafel", causing=0),
    )
    assert "beide kanten" in error.message.lower()
    records.record_meeting(
        **meeting(
            trajectory,
            format="straattafel",
            causing=0,
            override_reason="De veroorzakers zijn apart gesproken.",
        )
    )
    event = trajectory.events.filter(kind="meeting").get()
    assert event.data["afwijking"]["codes"] == ["MTH018"]


def test_meeting_in_the_future_is_refused_even_with_a_reason() -> None:
    trajectory = factories.in_step3()
    refused(
        "MTH019",
        records.record_meeting,
        **meeting(trajectory, on=TODAY() + dt.timedelta(days=3), override_reason="toch"),
    )
    assert not trajectory.meetings.exists()


def test_check_in_planned_for_later_is_not_held_and_cannot_escalate() -> None:
    trajectory = factories.handed_over(check_in_in_days=30)
    check_in = trajectory.check_ins.get()
    error = refused(
        "MTH020", checkins.record_check_in, user=joost(), check_in=check_in, outcome="not_improving"
    )
    assert "nog niet gehouden" in error.message
    refused("MTH006", escalation.escalate, user=joost(), trajectory=trajectory)


def test_start_needs_the_weighing_of_step_1() -> None:
    question = factories.question(weighed=False)
    refused("MTH021", services.start_trajectory, user=joost(), question=question)
    assert not Trajectory.objects.exists()


def test_start_records_its_rung_and_steps_are_readable() -> None:
    trajectory = factories.in_step3()
    started = trajectory.events.get(kind="started")
    assert "trede" in started.detail
    assert started.data["trede"] == "professionele_ondersteuning"
    step = trajectory.events.get(kind="step_changed")
    assert step.detail.startswith("Van ")
    assert step.data["van"] == "map_network"


def test_hand_over_after_escalation_keeps_the_rung_with_an_event() -> None:
    trajectory = factories.in_step4()
    user = joost()
    records.add_stakeholder(
        user=user, trajectory=trajectory, kind="household", role="kartrekker", reached="own_contact"
    )
    records.add_agreement(
        user=user, trajectory=trajectory, who="Kartrekker", what="Stiltetijden", due=TODAY()
    )
    first = checkins.plan_check_in(user=user, trajectory=trajectory, planned_on=TODAY())
    checkins.record_check_in(user=user, check_in=first, outcome="not_improving")
    escalation.escalate(
        user=user,
        trajectory=trajectory,
        target="aanspreken_corporatie_of_wijkagent",
        skip_reason="Eerder al bemiddeling geprobeerd.",
    )
    checkins.plan_check_in(user=user, trajectory=trajectory, planned_on=TODAY())
    services.hand_over(user=user, trajectory=trajectory)
    trajectory.refresh_from_db()
    assert trajectory.level == "aanspreken_corporatie_of_wijkagent"
    event = trajectory.events.get(kind="handed_over")
    assert "blijft" in event.detail
    assert event.data == {
        "van": "aanspreken_corporatie_of_wijkagent",
        "naar": "aanspreken_corporatie_of_wijkagent",
    }


def test_hand_over_from_team_support_names_the_new_rung() -> None:
    trajectory = factories.handed_over()
    assert trajectory.level == "bewoners_zelf"
    event = trajectory.events.get(kind="handed_over")
    assert event.detail
    assert "naar" in event.detail


def test_advice_panel_gets_the_trajectorys_goals() -> None:
    from wijkverbinder.trajectories.presentation import advice_for

    trajectory = factories.in_step3()
    assess("fatima", ROZENHOF, SPANNING)
    before = advice_for(user=joost(), trajectory=trajectory)["advice"]
    assert "doelen_vastleggen" in [step["code"] for step in before["volgende_stappen"]]
    records.add_agreement(
        user=joost(), trajectory=trajectory, who="Bewoners", what="Stille uren", due=TODAY()
    )
    after = advice_for(user=joost(), trajectory=trajectory)["advice"]
    assert "doelen_vastleggen" not in [step["code"] for step in after["volgende_stappen"]]
    assert "ADV007" not in [item["code"] for item in after["waarschuwingen"]]


def test_buurtbemiddeling_intake_is_built_once_for_page_and_api() -> None:
    assert escalation.intake_checklist(target=None, answers=None) is None
    unanswered = escalation.intake_checklist(target="buurtbemiddeling", answers=None)
    assert unanswered is not None
    assert not unanswered.parties_voluntary
    given = escalation.intake_checklist(
        target=None, answers=escalation.IntakeAnswers(addressable=True)
    )
    assert given is not None
    assert given.parties_addressable
    refused(
        "MTH012",
        escalation.intake_checklist,
        target=None,
        answers=escalation.IntakeAnswers(exclusions=("onbekend",)),
    )
