"""A double click: one browser session sends the same form twice at the same moment (two threads,
two database connections, SQLite and PostgreSQL). The action is carried out once and both requests
lead to the page; the same form sent again after the window, or another form, is carried out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from wijkverbinder.accounts.models import User
from wijkverbinder.common import submissions
from wijkverbinder.common.models import Submission
from wijkverbinder.common.tests.threads import at_once, failures
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.tests.factories import ROZENHOF, SPANNING
from wijkverbinder.intake.models import Signal
from wijkverbinder.trajectories.models import Contact, Trajectory
from wijkverbinder.trajectories.tests import factories

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("demo")]


def _twin_clients() -> list[Client]:
    """Two clients with one session cookie: the two clicks of one browser."""
    first = Client()
    first.force_login(User.objects.get(username="joost"))
    second = Client()
    second.cookies = first.cookies
    return [first, second]


def _given(client: Client) -> Callable[[], Client]:
    return lambda: client


def _contact_form(trajectory: Trajectory) -> dict[str, str]:
    person = trajectory.stakeholders.first()
    assert person is not None
    return {
        "stakeholder": str(person.pk),
        "on": timezone.localdate().isoformat(),
        "format": "huisbezoek",
        "summary": "Gesprek over de muziek in de avond.",
    }


def test_a_double_clicked_action_logs_one_contact() -> None:
    trajectory = factories.in_step3()
    path = f"/trajecten/{trajectory.uuid}/contact/"
    form = _contact_form(trajectory)
    before = Contact.objects.count()

    def post(client: Client) -> Any:
        return client.post(path, form)

    outcome = at_once([(_given(c), post) for c in _twin_clients()])
    assert not failures(outcome), outcome
    assert [response.status_code for response in outcome] == [302, 302]
    assert Contact.objects.count() == before + 1


def test_a_double_clicked_new_signal_is_recorded_once() -> None:
    form = {
        "observed_on": timezone.localdate().isoformat(),
        "text": "Harde muziek van de bovenburen, elke nacht.",
        "neighbourhood": "BU99010102",
        "street": "Kastanjelaan",
        "role": "affected",
        "source": "huisbezoek",
        "severity": "1",
    }

    def post(client: Client) -> Any:
        return client.post("/signalen/nieuw/", form)

    outcome = at_once([(_given(c), post) for c in _twin_clients()])
    assert not failures(outcome), outcome
    assert sorted(response.status_code for response in outcome) == [302, 302], [
        response.content[:300] for response in outcome
    ]
    assert Signal.objects.filter(text__startswith="Harde muziek van de bovenburen").count() == 1


def test_the_same_form_after_another_one_or_after_the_window_is_carried_out() -> None:
    """Refused, made possible, sent again: another form in between makes the same form new."""
    trajectory = factories.in_step3()
    path = f"/trajecten/{trajectory.uuid}/contact/"
    client = _twin_clients()[0]
    form = _contact_form(trajectory)
    before = Contact.objects.count()
    client.post(path, form)
    client.post(path, form)  # right after: the repeat
    assert Contact.objects.count() == before + 1
    client.post(path, {**form, "summary": "Een tweede, ander gesprek."})
    client.post(path, form)  # the first form again, after another one: new
    assert Contact.objects.count() == before + 3
    Submission.objects.update(at=timezone.now() - submissions.WINDOW * 2)
    client.post(path, form)  # the same form again, later: new
    assert Contact.objects.count() == before + 4
    assert Submission.objects.count() == 1  # the session's last form, as keyed hashes only
    stored = Submission.objects.get()
    assert "muziek" not in stored.session + stored.digest


def test_a_double_clicked_phase_assessment_is_saved_once() -> None:
    form = {**SPANNING, "toelichting": "Na overleg met de corporatie."}

    def post(client: Client) -> Any:
        return client.post(f"/situatie-bepalen/{ROZENHOF}/", form)

    outcome = at_once([(_given(c), post) for c in _twin_clients()])
    assert not failures(outcome), outcome
    assert sorted(response.status_code for response in outcome) == [302, 302]
    assert PhaseAssessment.objects.count() == 1
