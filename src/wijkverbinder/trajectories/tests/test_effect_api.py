"""`/api/v1/effecten`: the effect of the team's trajectories; another team's is a 404 problem, an
unknown moment a 400 with `invalidParams`, a moment not reached a 400 with its Dutch message."""

from __future__ import annotations

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from wijkverbinder.portal.demo.trajectory import build_demo_trajectory
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests import factories
from wijkverbinder.trajectories.tests.test_api import client_for
from wijkverbinder.trajectories.tests.test_effect import _history

pytestmark = pytest.mark.django_db


@pytest.fixture
def handed_over(demo: None) -> Trajectory:
    _history()
    return build_demo_trajectory(end=timezone.localdate())


def test_one_effect_with_weeks(handed_over: Trajectory) -> None:
    response = client_for("fatima").get(f"/api/v1/effecten/{handed_over.uuid}")
    assert response.status_code == 200
    body = response.json()
    assert body["oordeel"] == "daling"
    assert body["moment"] == "overdracht"
    assert body["interval90"]["onder"] < body["verhouding"] < body["interval90"]["boven"] < 1
    assert body["weken"][0].keys() == {"week", "meldingen", "verwacht", "bandOnder", "bandBoven"}
    start = client_for("fatima").get(f"/api/v1/effecten/{handed_over.uuid}?moment=start")
    assert start.json()["moment"] == "start"


def test_the_list_without_weeks(handed_over: Trajectory) -> None:
    other = factories.started(title="Jongeren", street="Marktplein", code=factories.HET_PLEIN)
    response = client_for("joost").get("/api/v1/effecten?moment=overdracht")
    assert response.status_code == 200
    rows = {row["traject"]: row for row in response.json()["results"]}
    assert rows[str(handed_over.uuid)]["oordeel"] == "daling"
    assert "weken" not in rows[str(handed_over.uuid)]
    assert rows[str(other.uuid)]["moment"] == "start"  # no hand-over yet: its latest moment


def test_another_team_gets_404_and_an_empty_list(handed_over: Trajectory) -> None:
    pieter = client_for("pieter")
    response = pieter.get(f"/api/v1/effecten/{handed_over.uuid}")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert pieter.get("/api/v1/effecten").json()["results"] == []


def test_bad_moments_are_refused(handed_over: Trajectory, demo: None) -> None:
    api: APIClient = client_for("joost")
    unknown = api.get(f"/api/v1/effecten/{handed_over.uuid}?moment=gisteren")
    assert unknown.status_code == 400
    assert unknown.json()["invalidParams"][0]["name"] == "moment"
    started = factories.started(title="Jongeren", street="Marktplein", code=factories.HET_PLEIN)
    not_yet = api.get(f"/api/v1/effecten/{started.uuid}?moment=overdracht")
    assert not_yet.status_code == 400
    assert not_yet.json()["detail"] == "Dit traject heeft nog geen overdracht."
