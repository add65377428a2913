"""Trajectory services, steps 3 and 4: meetings, agreements, hand-over, check-ins, escalation,
the append-only history and redaction of reasons."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings

from wijkverbinder.accounts.models import User
from wijkverbinder.core.knowledge.vocabulary import BuurtbemiddelingExclusion
from wijkverbinder.core.method import Problem
from wijkverbinder.trajectories import checkins, escalation, records, selectors, services
from wijkverbinder.trajectories.models import Meeting, Trajectory, TrajectoryEvent
from wijkverbinder.trajectories.tests import factories
from wijkverbinder.trajectories.tests.factories import joost
from wijkverbinder.trajectories.tests.helpers import TODAY, _next, refused

pytestmark = pytest.mark.usefixtures("demo")


def _meeting(trajectory: Trajectory, **changes: object) -> tuple[Meeting, tuple[Problem, ...]]:
    values: dict[str, object] = {
        "user": joost(),
        "trajectory": trajectory,
        "format": "straattafel",
        "on": TODAY(),
        "affected": 4,
        "causing": 1,
        "others": 2,
        "professionals": 1,
        "agenda": ["Kennismaken", "Wat bindt ons?"],
    }
    values.update(changes)
    return records.record_meeting(**values)  # type: ignore[arg-type]


def test_meeting_before_step_3_is_refused() -> None:
    refused("MTH016", _meeting, trajectory=factories.started())


def test_social_media_refused_for_sensitive_theme_allowed_otherwise() -> None:
    trajectory = factories.in_step3()
    meeting, _warnings = _meeting(trajectory, format="social_media")
    assert meeting.pk
    Trajectory.objects.filter(pk=trajectory.pk).update(theme="samenleven.discriminatie")
    trajectory.refresh_from_db()
    refused("MTH003", _meeting, trajectory=trajectory, format="social_media")


def test_agenda_without_what_binds_us_is_refused() -> None:
    trajectory = factories.in_step3()
    error = refused("MTH004", _meeting, trajectory=trajectory, agenda=["Klachten bespreken"])
    assert "wat bindt ons" in error.message
    assert not trajectory.meetings.exists()


@override_settings(MEETING_MAX_PROFESSIONALS=2)
def test_many_professionals_is_a_warning_not_a_refusal() -> None:
    trajectory = factories.in_step3()
    meeting, warnings = _meeting(trajectory, professionals=3)
    assert [str(w.code) for w in warnings] == ["MTH101"]
    assert meeting.warnings[0]["code"] == "MTH101"
    _meeting_b, none = _meeting(trajectory, professionals=2)
    assert none == ()


def test_unknown_format_is_refused() -> None:
    refused("MTH012", _meeting, trajectory=factories.in_step3(), format="barbecue")


def test_step4_needs_a_meeting() -> None:
    trajectory = factories.in_step3()
    _next(trajectory, "hand_over")
    _meeting(trajectory)
    assert (
        services.advance_step(user=joost(), trajectory=trajectory, target="hand_over").step
        == "hand_over"
    )


def test_agreement_status_changes_are_in_the_history() -> None:
    trajectory = factories.in_step3()
    agreement = records.add_agreement(
        user=joost(), trajectory=trajectory, who="Kartrekker", what="Stiltetijden", due=TODAY()
    )
    records.set_agreement_status(user=joost(), agreement=agreement, status="done")
    assert list(trajectory.events.values_list("kind", flat=True)[:2]) == [
        "agreement_status",
        "agreement",
    ]


# step 4 ------------------------------------------------------------------------------------------


def test_hand_over_refused_without_each_part() -> None:
    trajectory = factories.in_step4()
    error = refused("MTH005", services.hand_over, user=joost(), trajectory=trajectory)
    assert "kartrekker" in error.message
    assert "afspraak" in error.message
    assert "check-in" in error.message
    records.add_stakeholder(
        user=joost(),
        trajectory=trajectory,
        kind="household",
        role="kartrekker",
        reached="own_contact",
    )
    error = refused("MTH005", services.hand_over, user=joost(), trajectory=trajectory)
    assert "kartrekker" not in error.message
    records.add_agreement(
        user=joost(),
        trajectory=trajectory,
        who="Kartrekker",
        what="Borrel",
        due=TODAY() + dt.timedelta(days=30),
        support=True,
    )
    error = refused("MTH005", services.hand_over, user=joost(), trajectory=trajectory)
    assert error.message.endswith("Er is nog geen check-in gepland (vandaag of later).")
    checkins.plan_check_in(user=joost(), trajectory=trajectory, planned_on=TODAY())
    assert services.hand_over(user=joost(), trajectory=trajectory).status == "handed_over"
    assert trajectory.level == "bewoners_zelf"


def test_check_in_in_the_past_is_refused_and_due_check_ins_are_listed() -> None:
    trajectory = factories.in_step4()
    refused(
        "past_date",
        checkins.plan_check_in,
        user=joost(),
        trajectory=trajectory,
        planned_on=TODAY() - dt.timedelta(days=1),
    )
    checkins.plan_check_in(
        user=joost(), trajectory=trajectory, planned_on=TODAY() + dt.timedelta(days=3)
    )
    checkins.plan_check_in(
        user=joost(), trajectory=trajectory, planned_on=TODAY() + dt.timedelta(days=30)
    )
    due = selectors.due_check_ins_for_user(user=User.objects.get(username="fatima"))
    assert [item.planned_on for item in due] == [TODAY() + dt.timedelta(days=3)]
    assert selectors.due_check_ins_for_user(user=User.objects.get(username="pieter")) == []


# escalation --------------------------------------------------------------------------------------


def _held(trajectory: Trajectory, outcome: str) -> None:
    check_in = checkins.plan_check_in(user=joost(), trajectory=trajectory, planned_on=TODAY())
    checkins.record_check_in(user=joost(), check_in=check_in, outcome=outcome)


def test_escalation_without_failed_check_in_is_refused() -> None:
    trajectory = factories.handed_over()
    refused("MTH006", escalation.escalate, user=joost(), trajectory=trajectory)
    _held(trajectory, "improving")
    refused("MTH006", escalation.escalate, user=joost(), trajectory=trajectory)


def test_not_improving_proposes_the_next_rung_lightest_first() -> None:
    trajectory = factories.handed_over()
    _held(trajectory, "not_improving")
    proposal = escalation.escalate(user=joost(), trajectory=trajectory).proposal
    assert str(proposal.to_level) == "professionele_ondersteuning"
    assert trajectory.events.first().kind == "escalated"  # type: ignore[union-attr]


def test_skipping_a_rung_needs_a_reason() -> None:
    trajectory = factories.handed_over()
    _held(trajectory, "not_improving")
    refused(
        "MTH007",
        escalation.escalate,
        user=joost(),
        trajectory=trajectory,
        target="aanspreken_corporatie_of_wijkagent",
    )
    proposal = escalation.escalate(
        user=joost(),
        trajectory=trajectory,
        target="aanspreken_corporatie_of_wijkagent",
        skip_reason="Corporatie is al betrokken.",
    ).proposal
    assert len(proposal.skipped) == 2


def test_buurtbemiddeling_needs_the_intake_and_no_exclusion() -> None:
    trajectory = factories.in_step4()  # level: professionele_ondersteuning
    _held(trajectory, "not_improving")
    refused("MTH009", escalation.escalate, user=joost(), trajectory=trajectory)
    excluded = escalation.IntakeAnswers(
        voluntary=True,
        addressable=True,
        exclusions=(str(BuurtbemiddelingExclusion.BUITENSPORIGE_AGRESSIE),),
    )
    error = refused(
        "MTH008", escalation.escalate, user=joost(), trajectory=trajectory, intake=excluded
    )
    assert "Verwijs naar" in error.message
    fine = escalation.IntakeAnswers(voluntary=True, addressable=True)
    proposal = escalation.escalate(user=joost(), trajectory=trajectory, intake=fine).proposal
    assert str(proposal.to_level) == "buurtbemiddeling"


def test_acute_danger_goes_to_the_police_directly() -> None:
    trajectory = factories.started()
    proposal = escalation.escalate(user=joost(), trajectory=trajectory, acute_danger=True).proposal
    assert proposal.contact_police_directly
    assert trajectory.level == "aanspreken_corporatie_of_wijkagent"


# history -----------------------------------------------------------------------------------------


def test_history_is_append_only() -> None:
    trajectory = factories.handed_over()
    kinds = list(trajectory.events.values_list("kind", flat=True))
    assert kinds[0] == "handed_over"
    assert kinds[-1] == "started"
    assert len(kinds) == 13
    event = trajectory.events.first()
    assert event is not None
    event.detail = "anders"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        TrajectoryEvent.objects.filter(trajectory=trajectory).update(detail="x")
    with pytest.raises(PermissionError):
        TrajectoryEvent.objects.filter(trajectory=trajectory).delete()
    assert trajectory.events.count() == 13


def test_closed_trajectory_takes_no_records() -> None:
    trajectory = factories.started()
    refused(
        "reason_missing", services.close_trajectory, user=joost(), trajectory=trajectory, reason=" "
    )
    services.close_trajectory(user=joost(), trajectory=trajectory, reason="Opgelost")
    refused("closed", records.record_impartiality, user=joost(), trajectory=trajectory, note="x")


# review fixes ------------------------------------------------------------------------------------

PERSONAL = "Mevrouw Jansen belt 06-12345678 elke dag."


def test_weighing_reasons_are_redacted_before_storage() -> None:
    question = factories.question()
    row = services.score_question(
        user=joost(),
        question=question,
        scores={"annoyance": 5, "impact": 4, "chance_of_success": 3},
        reasons={"annoyance": PERSONAL, "impact": "straat", "chance_of_success": PERSONAL},
    )
    row.refresh_from_db()
    for stored in (row.annoyance_reason, row.chance_of_success_reason):
        assert "Jansen" not in stored
        assert "12345678" not in stored
        assert "[TELEFOON]" in stored


def test_close_reason_is_redacted_before_storage() -> None:
    trajectory = factories.started()
    services.close_trajectory(user=joost(), trajectory=trajectory, reason=PERSONAL)
    event = trajectory.events.get(kind="closed")
    assert "Jansen" not in event.detail
    assert "12345678" not in event.detail
    assert "[NAAM]" in event.detail


def test_skip_reason_is_redacted_before_storage() -> None:
    trajectory = factories.handed_over()
    _held(trajectory, "not_improving")
    proposal = escalation.escalate(
        user=joost(),
        trajectory=trajectory,
        target="aanspreken_corporatie_of_wijkagent",
        skip_reason=PERSONAL,
    ).proposal
    event = trajectory.events.get(kind="escalated")
    for stored in (proposal.reason, event.data["reden"]):
        assert "Jansen" not in stored
        assert "12345678" not in stored
        assert "[TELEFOON]" in stored


def test_merged_or_dismissed_question_cannot_be_weighed() -> None:
    from wijkverbinder.collective.models import CollectiveQuestion

    scores = {"annoyance": 5, "impact": 4, "chance_of_success": 3}
    reasons = {"annoyance": "veel", "impact": "straat", "chance_of_success": "actief"}
    for status in (CollectiveQuestion.Status.MERGED, CollectiveQuestion.Status.DISMISSED):
        question = factories.question(title=f"Vraag {status}", weighed=False)
        question.status = status
        question.save(update_fields=["status"])
        refused(
            "question_closed",
            services.score_question,
            user=joost(),
            question=question,
            scores=scores,
            reasons=reasons,
        )
        assert not question.theme_scores.exists()


def test_question_with_a_running_trajectory_cannot_be_merged_or_dismissed() -> None:
    from wijkverbinder.collective import decisions

    trajectory = factories.started()
    question = trajectory.question
    assert question is not None
    other = factories.question(
        title="Andere vraag", code=factories.MOLENBUURT, street="Molenstraat"
    )
    refused(
        "trajectory_running",
        decisions.merge_questions,
        user=joost(),
        target=other,
        others=[question],
    )
    refused(
        "trajectory_running",
        decisions.dismiss_question,
        user=joost(),
        question=question,
        note="Geen echte vraag.",
    )
    question.refresh_from_db()
    assert question.status == "confirmed"
    assert question.merged_into_id is None
    services.close_trajectory(user=joost(), trajectory=trajectory, reason="Opgelost.")
    decisions.dismiss_question(user=joost(), question=question, note="Opgelost.")
    question.refresh_from_db()
    assert question.status == "dismissed"


def test_check_in_held_in_the_future_is_refused() -> None:
    trajectory = factories.handed_over()
    check_in = trajectory.check_ins.get()
    refused(
        "MTH019",
        checkins.record_check_in,
        user=joost(),
        check_in=check_in,
        outcome="not_improving",
        held_on=TODAY() + dt.timedelta(days=400),
    )
    check_in.refresh_from_db()
    assert check_in.held_on is None
    done = checkins.record_check_in(
        user=joost(), check_in=check_in, outcome="improving", held_on=TODAY()
    )
    assert done.held_on == TODAY()
