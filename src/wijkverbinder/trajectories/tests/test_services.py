"""Every rule of the four steps at service level, each refusal with its code, and the history."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.test import override_settings
from django.utils import timezone

from wijkverbinder.accounts.models import User
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.knowledge.vocabulary import BuurtbemiddelingExclusion
from wijkverbinder.core.method import BuurtbemiddelingIntake, Problem
from wijkverbinder.trajectories import checkins, records, selectors, services
from wijkverbinder.trajectories.models import Meeting, Trajectory, TrajectoryEvent
from wijkverbinder.trajectories.tests import factories
from wijkverbinder.trajectories.tests.factories import joost

pytestmark = pytest.mark.usefixtures("demo")
TODAY = timezone.localdate


def refused(code: str, call: object, **kwargs: object) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(**kwargs)  # type: ignore[operator]
    assert caught.value.code == code, caught.value.message
    return caught.value


# step 1 ------------------------------------------------------------------------------------------


def test_start_from_question_is_step_2_with_event() -> None:
    trajectory = factories.started()
    assert trajectory.step == "map_network"
    assert trajectory.district.code == "WK990101"
    event = trajectory.events.get()
    assert event.kind == "started"
    assert event.data["huishoudens"] == 8


def test_third_active_trajectory_in_a_wijk_is_refused_naming_the_two() -> None:
    factories.started()
    factories.started(title="Geluid Molenstraat", code=factories.MOLENBUURT, street="Molenstraat")
    third = factories.question(title="Derde", code=factories.HET_PLEIN, street="Marktplein")
    error = refused("MTH001", services.start_trajectory, user=joost(), question=third)
    assert "'Geluidsoverlast in de Kastanjelaan' en 'Geluid Molenstraat'" in error.message
    assert Trajectory.objects.count() == 2


@override_settings(MAX_ACTIVE_TRAJECTORIES=1)
def test_limit_is_configurable_and_closing_frees_a_place() -> None:
    first = factories.started()
    second = factories.question(title="Tweede", code=factories.MOLENBUURT, street="Molenstraat")
    refused("MTH001", services.start_trajectory, user=joost(), question=second)
    services.close_trajectory(user=joost(), trajectory=first, reason="Bewoners lossen het op")
    assert services.start_trajectory(user=joost(), question=second).status == "active"


def test_only_a_coordinator_starts() -> None:
    question = factories.question()
    with pytest.raises(PermissionDenied):
        services.start_trajectory(user=User.objects.get(username="fatima"), question=question)


def test_same_question_twice_is_refused() -> None:
    trajectory = factories.started()
    assert trajectory.question is not None
    refused(
        "already_running", services.start_trajectory, user=joost(), question=trajectory.question
    )


def test_scores_need_reasons_and_range() -> None:
    question = factories.question()
    scores = {"annoyance": 5, "impact": 4, "chance_of_success": 3}
    reasons = {"annoyance": "veel", "impact": "straat", "chance_of_success": "actief"}
    refused(
        "reason_missing",
        services.score_question,
        user=joost(),
        question=question,
        scores=scores,
        reasons={**reasons, "impact": " "},
    )
    refused(
        "MTH010",
        services.score_question,
        user=joost(),
        question=question,
        scores={**scores, "impact": 6},
        reasons=reasons,
    )
    row = services.score_question(user=joost(), question=question, scores=scores, reasons=reasons)
    assert row.annoyance == 5


# step 2 ------------------------------------------------------------------------------------------


def _stakeholder(trajectory: Trajectory, role: str, contact: bool = True) -> None:
    person = records.add_stakeholder(
        user=joost(), trajectory=trajectory, kind="household", role=role, reached="own_contact"
    )
    if contact:
        records.log_contact(
            user=joost(),
            trajectory=trajectory,
            stakeholder=person,
            on=TODAY(),
            format="huisbezoek",
            summary="Gesprek.",
        )


def _next(trajectory: Trajectory, target: str) -> DomainError:
    return refused(
        "MTH002" if target == "connect" else "MTH015",
        services.advance_step,
        user=joost(),
        trajectory=trajectory,
        target=target,
    )


def test_step2_gate_without_anything_lists_all_three() -> None:
    trajectory = factories.started()
    error = _next(trajectory, "connect")
    assert "last ervaren" in error.message
    assert "veroorzaakt" in error.message  # the question's signals have a causing side
    assert "onpartijdigheid" in error.message


def test_step2_gate_missing_causing_side_contact() -> None:
    trajectory = factories.started()
    _stakeholder(trajectory, "affected")
    _stakeholder(trajectory, "causing", contact=False)
    records.record_impartiality(user=joost(), trajectory=trajectory, note="Neutraal gebleven.")
    error = _next(trajectory, "connect")
    assert "veroorzaakt" in error.message
    assert "last ervaren" not in error.message


def test_step2_gate_missing_affected_contact() -> None:
    trajectory = factories.started()
    _stakeholder(trajectory, "affected", contact=False)
    _stakeholder(trajectory, "causing")
    records.record_impartiality(user=joost(), trajectory=trajectory, note="Neutraal gebleven.")
    assert "last ervaren" in _next(trajectory, "connect").message


def test_step2_gate_missing_impartiality_only() -> None:
    trajectory = factories.started()
    _stakeholder(trajectory, "affected")
    _stakeholder(trajectory, "causing")
    error = _next(trajectory, "connect")
    assert error.message.endswith("De toets op onpartijdigheid is nog niet vastgelegd.")


def test_step2_gate_without_causing_side_needs_only_affected() -> None:
    trajectory = factories.started(causing=0)
    _stakeholder(trajectory, "affected")
    records.record_impartiality(user=joost(), trajectory=trajectory, note="Neutraal gebleven.")
    assert (
        services.advance_step(user=joost(), trajectory=trajectory, target="connect").step
        == "connect"
    )


def test_steps_go_one_at_a_time() -> None:
    trajectory = factories.started()
    refused(
        "MTH016", services.advance_step, user=joost(), trajectory=trajectory, target="hand_over"
    )


def test_resident_is_a_household_never_a_name_and_texts_are_redacted() -> None:
    trajectory = factories.started()
    person = records.add_stakeholder(
        user=joost(),
        trajectory=trajectory,
        kind="household",
        role="affected",
        reached="via_partner",
        partner="corporatie",
        note="Mevrouw Jansen, 06-12345678",
    )
    assert person.label == "Huishouden 1"
    assert "06-12345678" not in person.note
    contact = records.log_contact(
        user=joost(),
        trajectory=trajectory,
        stakeholder=person,
        on=TODAY(),
        format="telefoon",
        summary="Gebeld met Piet de Boer op 0612345678.",
    )
    assert "0612345678" not in contact.summary
    refused(
        "required",
        records.add_stakeholder,
        user=joost(),
        trajectory=trajectory,
        kind="professional",
        role="professional",
        reached="own_contact",
    )
    refused(
        "invalid_role",
        records.add_stakeholder,
        user=joost(),
        trajectory=trajectory,
        kind="professional",
        role="kartrekker",
        reached="own_contact",
        profession="x",
    )
    refused(
        "required",
        records.add_stakeholder,
        user=joost(),
        trajectory=trajectory,
        kind="household",
        role="affected",
        reached="via_partner",
    )


def test_contact_in_the_future_is_refused() -> None:
    trajectory = factories.started()
    person = records.add_stakeholder(
        user=joost(),
        trajectory=trajectory,
        kind="household",
        role="affected",
        reached="own_contact",
    )
    refused(
        "future_date",
        records.log_contact,
        user=joost(),
        trajectory=trajectory,
        stakeholder=person,
        on=TODAY() + dt.timedelta(days=1),
        format="telefoon",
        summary="x",
    )


# step 3 ------------------------------------------------------------------------------------------


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
    refused("wrong_step", _meeting, trajectory=factories.started())


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
    refused("MTH006", services.escalate, user=joost(), trajectory=trajectory)
    _held(trajectory, "improving")
    refused("MTH006", services.escalate, user=joost(), trajectory=trajectory)


def test_not_improving_proposes_the_next_rung_lightest_first() -> None:
    trajectory = factories.handed_over()
    _held(trajectory, "not_improving")
    proposal = services.escalate(user=joost(), trajectory=trajectory)
    assert str(proposal.to_level) == "professionele_ondersteuning"
    assert trajectory.events.first().kind == "escalated"  # type: ignore[union-attr]


def test_skipping_a_rung_needs_a_reason() -> None:
    trajectory = factories.handed_over()
    _held(trajectory, "not_improving")
    refused(
        "MTH007",
        services.escalate,
        user=joost(),
        trajectory=trajectory,
        target="aanspreken_corporatie_of_wijkagent",
    )
    proposal = services.escalate(
        user=joost(),
        trajectory=trajectory,
        target="aanspreken_corporatie_of_wijkagent",
        skip_reason="Corporatie is al betrokken.",
    )
    assert len(proposal.skipped) == 2


def test_buurtbemiddeling_needs_the_intake_and_no_exclusion() -> None:
    trajectory = factories.in_step4()  # level: professionele_ondersteuning
    _held(trajectory, "not_improving")
    refused("MTH009", services.escalate, user=joost(), trajectory=trajectory)
    excluded = BuurtbemiddelingIntake(
        parties_voluntary=True,
        parties_addressable=True,
        exclusions=frozenset({BuurtbemiddelingExclusion.BUITENSPORIGE_AGRESSIE}),
    )
    error = refused(
        "MTH008", services.escalate, user=joost(), trajectory=trajectory, intake=excluded
    )
    assert "Verwijs naar" in error.message
    fine = BuurtbemiddelingIntake(parties_voluntary=True, parties_addressable=True)
    proposal = services.escalate(user=joost(), trajectory=trajectory, intake=fine)
    assert str(proposal.to_level) == "buurtbemiddeling"


def test_acute_danger_goes_to_the_police_directly() -> None:
    trajectory = factories.started()
    proposal = services.escalate(user=joost(), trajectory=trajectory, acute_danger=True)
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
    proposal = services.escalate(
        user=joost(),
        trajectory=trajectory,
        target="aanspreken_corporatie_of_wijkagent",
        skip_reason=PERSONAL,
    )
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
        question = factories.question(title=f"Vraag {status}")
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
        "future_date",
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
