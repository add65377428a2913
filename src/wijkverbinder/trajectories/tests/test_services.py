"""Every rule of the four steps at service level, each refusal with its code, and the history."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.test import override_settings

from wijkverbinder.accounts.models import User
from wijkverbinder.trajectories import records, services
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests import factories
from wijkverbinder.trajectories.tests.factories import joost
from wijkverbinder.trajectories.tests.helpers import TODAY, _next, _stakeholder, refused

pytestmark = pytest.mark.usefixtures("demo")


def test_start_from_question_is_step_2_with_event() -> None:
    trajectory = factories.started()
    assert trajectory.step == "map_network"
    assert trajectory.district.code == "WK990101"
    event = trajectory.events.get()
    assert event.kind == "started"
    assert event.data["huishoudens"] == 8


def test_trajectories_of_same_titled_questions_differ_by_their_period() -> None:
    first = factories.question(title="Geluid – Kastanjelaan, Rozenhof")
    second = factories.question(title="Geluid – Kastanjelaan, Rozenhof", street="Kastanjelaan")
    first.start, first.end = dt.date(2025, 9, 2), dt.date(2025, 11, 28)
    second.start, second.end = dt.date(2025, 12, 1), dt.date(2026, 2, 20)
    first.save()
    second.save()
    titles = {services.start_trajectory(user=joost(), question=q).title for q in (first, second)}
    assert titles == {
        "Geluid – Kastanjelaan, Rozenhof (sep–nov 2025)",
        "Geluid – Kastanjelaan, Rozenhof (dec 2025–feb 2026)",
    }


def test_a_long_question_title_is_shortened_to_fit_with_its_period() -> None:
    long = factories.question(title="Geluid " + "x" * 143)
    long.start, long.end = dt.date(2025, 9, 2), dt.date(2025, 11, 28)
    long.save()
    trajectory = services.start_trajectory(user=joost(), question=long)
    assert len(trajectory.title) == 150
    assert trajectory.title.endswith("… (sep–nov 2025)")


def test_third_active_trajectory_in_a_wijk_is_refused_naming_the_two() -> None:
    factories.started()
    factories.started(title="Geluid Molenstraat", code=factories.MOLENBUURT, street="Molenstraat")
    third = factories.question(title="Derde", code=factories.HET_PLEIN, street="Marktplein")
    error = refused("MTH001", services.start_trajectory, user=joost(), question=third)
    # the titles carry their question's period (the factory's questions run 90 days to today)
    assert "'Geluidsoverlast in de Kastanjelaan (" in error.message
    assert ")' en 'Geluid Molenstraat (" in error.message
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
    before = question.theme_scores.count()
    refused(
        "reason_too_long",
        services.score_question,
        user=joost(),
        question=question,
        scores=scores,
        reasons={**reasons, "impact": "x" * 201},
    )
    assert question.theme_scores.count() == before  # nothing stored
    row = services.score_question(user=joost(), question=question, scores=scores, reasons=reasons)
    assert row.annoyance == 5
    grown = services.score_question(
        user=joost(),
        question=question,
        scores=scores,
        reasons={**reasons, "impact": ("mail a@b.nl " * 20)[:200]},  # longer once redacted
    )
    assert "a@b.nl" not in grown.impact_reason
    assert len(grown.impact_reason) <= 200


# step 2 ------------------------------------------------------------------------------------------


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
