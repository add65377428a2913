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
