"""`/api/v1/effecten`: the effect of the team's trajectories; another team's is a 404 problem, an
unknown moment a 400 with `invalidParams`, a moment not reached a 400 with its Dutch message."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
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


PLACES = [
    (factories.HET_PLEIN, "Marktplein"),
    (factories.MOLENBUURT, "Molenstraat"),
    (factories.ROZENHOF, "Nergens"),  # no such street: measured on the buurt
]


def _more(n: int) -> None:
    """`n` handed-over trajectories over two themes, three buurten, streets and a buurt (the
    method allows two active trajectories per wijk)."""
    for index in range(n):
        code, street = PLACES[index % len(PLACES)]
        theme = ("overlast.geluid", "leefbaarheid.afval")[index % 2]
        item = factories.started(title=f"Traject {index}", theme=theme, code=code, street=street)
        Trajectory.objects.filter(pk=item.pk).update(status=Trajectory.Status.HANDED_OVER)


def test_the_list_measures_like_one_by_one(handed_over: Trajectory) -> None:
    """The page is measured in one go (`measure_effects`): each row must equal the trajectory's
    own effect, also with other themes, buurten, streets and levels on the same page."""
    _more(4)
    api = client_for("joost")
    rows = api.get("/api/v1/effecten").json()["results"]
    assert len(rows) == 5
    assert {row["plek"]["niveau"] for row in rows} == {"straat", "buurt"}
    for row in rows:
        one = api.get(f"/api/v1/effecten/{row['traject']}").json()
        one.pop("weken")
        assert row == one


def _list_queries(page_size: int, *, cold: bool = True) -> int:
    api = client_for("joost")
    if cold:
        _forget_estimates()
    with CaptureQueriesContext(connection) as captured:
        response = api.get(f"/api/v1/effecten?pageSize={page_size}")
    assert response.status_code == 200
    assert len(response.json()["results"]) == page_size
    return len(captured)


def test_the_list_does_not_read_per_trajectory(handed_over: Trajectory) -> None:
    """The list read about ten queries per trajectory of its page (review of issue 15)."""
    _more(11)
    _list_queries(2)  # warms the caches (session, taxonomy)
    assert _list_queries(12) == _list_queries(2)


def _forget_estimates() -> None:
    from django.core.cache import cache

    cache.clear()


def test_an_estimate_is_kept_until_the_signals_change(handed_over: Trajectory) -> None:
    """A second read estimates nothing again (no query of the daily signals); a new signal of the
    theme does."""
    from unittest import mock

    from wijkverbinder.trajectories import effect

    api = client_for("fatima")
    path = f"/api/v1/effecten/{handed_over.uuid}"
    first = api.get(path).json()
    with mock.patch.object(effect, "_one", side_effect=AssertionError("estimated again")):
        assert api.get(path).json() == first
    _one_more(handed_over)
    with mock.patch.object(effect, "_one", wraps=effect._one) as estimated:
        api.get(path)
    assert estimated.call_count == 1


def _one_more(trajectory: Trajectory) -> None:
    from wijkverbinder.intake.models import Signal

    Signal.objects.create(
        team=trajectory.team,
        neighbourhood=trajectory.neighbourhood,
        theme=trajectory.theme,
        observed_on=timezone.localdate(),
        text="nog een melding",
    )
