"""Issue 11: the start page tells each user what needs them today, with counts and links."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.tests.factories import ROZENHOF, SPANNING, assess
from wijkverbinder.portal.today import today_for_user
from wijkverbinder.trajectories.models import CheckIn, Trajectory, TrajectoryEvent
from wijkverbinder.trajectories.tests import factories

pytestmark = pytest.mark.usefixtures("demo")


def test_worklist_counts_each_kind() -> None:
    factories.question(title="Nieuw geluid", weighed=False)
    trajectory = factories.handed_over()
    CheckIn.objects.filter(trajectory=trajectory).update(
        planned_on=timezone.localdate() - dt.timedelta(days=3)
    )
    found = assess("fatima", ROZENHOF, SPANNING)
    PhaseAssessment.objects.filter(pk=found.pk).update(
        assessed_at=timezone.now() - dt.timedelta(days=200)
    )
    stalled = factories.started(title="Stil", code=factories.MOLENBUURT, street="Molenstraat")
    TrajectoryEvent.objects.filter(trajectory=stalled).values("id")  # events are append-only
    Trajectory.objects.filter(pk=stalled.pk).update(
        created_at=timezone.now() - dt.timedelta(days=60)
    )
    today = today_for_user(user=factories.joost())
    assert today.questions.count >= 1
    assert today.overdue_check_ins.count == 1
    assert [item.area_code for item in today.old_assessments.items] == [ROZENHOF]
    assert today.active_trajectories == 1


def test_start_page_shows_counts_and_links(fatima_client: Client, pieter_client: Client) -> None:
    question = factories.question(title="Nieuw geluid", weighed=False)
    body = fatima_client.get("/").content.decode()
    assert "Wat vraagt vandaag uw aandacht" in body
    assert f"/gemeenschappelijke-vragen/{question.uuid}/" in body
    assert "Situatie bepalen" in body  # one click from every page
    assert question.title not in pieter_client.get("/").content.decode()


def test_start_page_links_only_to_lists_it_shows_and_to_the_rest(fatima_client: Client) -> None:
    """A count of 0 linked to a list the page does not show (a dead link); a list cut at five
    items had no way to the rest (six buurten not assessed, five shown)."""
    import re

    body = fatima_client.get("/").content.decode()
    anchors = re.findall(r'href="#([^"]+)"', body)
    assert "vandaag-fase" in anchors
    missing = [name for name in anchors if f'id="{name}"' not in body]
    assert missing == []
    today = today_for_user(user=factories.joost())
    assert today.not_assessed.count > len(today.not_assessed.items)
    assert '<a class="utrecht-link" href="/situatie-bepalen/">Alle gebieden</a>' in body


def test_start_page_without_active_trajectories_says_so(fatima_client: Client) -> None:
    """Not "0 van 0 actieve trajecten zonder voortgang"."""
    body = fatima_client.get("/").content.decode()
    assert "van 0 actieve" not in body
    assert "<strong>0</strong> actieve trajecten" in body


def test_new_questions_are_counted_from_the_set_the_list_shows_by_default(
    fatima_client: Client,
) -> None:
    """The start page counted a weak hint the question list hides by default (5 counted, 4 in
    the list): it now counts the list's default set, `collective.selectors.listed_by_default`."""
    from wijkverbinder.areas.models import Neighbourhood
    from wijkverbinder.collective.forms import FilterForm
    from wijkverbinder.collective.models import CollectiveQuestion
    from wijkverbinder.collective.selectors import questions_for_user
    from wijkverbinder.trajectories.selectors import candidate_questions_for_user

    clear = factories.question(title="Duidelijk geluid", weighed=False)
    weak = factories.question(
        title="Zwakke aanwijzing", code=factories.HET_PLEIN, street="Marktplein", weighed=False
    )
    CollectiveQuestion.objects.filter(pk=weak.pk).update(score=0.5)
    gone = factories.question(
        title="Niet meer gevonden", code=factories.MOLENBUURT, street="Molenstraat", weighed=False
    )
    CollectiveQuestion.objects.filter(pk=gone.pk).update(stale=True)
    today = today_for_user(user=factories.joost())
    counted = {item.pk for item in today.questions.items}
    assert clear.pk in counted
    assert weak.pk not in counted
    assert gone.pk not in counted
    # every counted question is in the list's default set (what "all collective questions" shows)
    default = FilterForm({}, neighbourhoods=Neighbourhood.objects.all()).to_filter()
    listed = set(
        questions_for_user(user=factories.joost(), filters=default).values_list("pk", flat=True)
    )
    assert {clear.pk} <= listed
    assert weak.pk not in listed
    new_or_grown = [
        q
        for q in candidate_questions_for_user(user=factories.joost())
        if q.status == "open" or q.trend == "rising"
    ]
    assert weak in new_or_grown  # counted before: 1 more than the list showed
    assert today.questions.count == len([q for q in new_or_grown if q.pk in listed])
    assert "Zwakke aanwijzing" not in fatima_client.get("/").content.decode()
