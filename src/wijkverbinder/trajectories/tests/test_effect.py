"""The measured effect of a trajectory (issue 15): counts of the team's own signals, the moments,
refusals, the page's section and the line in step 4."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.common.errors import DomainError
from wijkverbinder.intake.models import Signal
from wijkverbinder.portal.demo.effect_history import effect_rows
from wijkverbinder.portal.demo.trajectory import build_demo_trajectory
from wijkverbinder.trajectories.effect import measure_effect, moments_of
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests import factories

pytestmark = pytest.mark.django_db


def _history(team: str = "Wijkteam W", only: str = "", since: dt.date | None = None) -> int:
    """The demo's noise history as signals of `team` (optionally one street, from a day on)."""
    owner = Team.objects.get(name=team)
    streets = {
        (s.neighbourhood.code, s.name): s for s in Street.objects.select_related("neighbourhood")
    }
    buurten = {b.code: b for b in Neighbourhood.objects.all()}
    rows = [
        r
        for r in effect_rows(timezone.localdate())
        if (not only or r[4] == only) and (since is None or dt.date.fromisoformat(r[1]) >= since)
    ]
    Signal.objects.bulk_create(
        Signal(
            team=owner,
            observed_on=dt.date.fromisoformat(r[1]),
            neighbourhood=buurten[r[3]],
            street=streets[(r[3], r[4])],
            theme=r[9],
            text="Geluid.",
            role="affected",
            household=f"{team}-{r[8]}",
        )
        for r in rows
    )
    return len(rows)


@pytest.fixture
def joost_client(demo: None) -> Client:
    client = Client()
    client.force_login(User.objects.get(username="joost"))
    return client


@pytest.fixture
def handed_over(demo: None) -> Trajectory:
    _history()
    return build_demo_trajectory(end=timezone.localdate())


def test_the_demo_trajectory_shows_a_drop(handed_over: Trajectory) -> None:
    moments = moments_of(handed_over)
    assert set(moments) == {"start", "eerste_bijeenkomst", "overdracht"}
    assert moments["overdracht"] == timezone.localdate() - dt.timedelta(days=182)
    result = measure_effect(trajectory=handed_over)
    assert result.moment_kind == "overdracht"
    assert result.verdict == "daling"
    assert result.high is not None
    assert result.high < 1
    assert result.signals_before > 3 * result.signals_after
    assert result.comparison_places >= 10
    assert result.wording.startswith("Daling: ongeveer")


def test_another_teams_signals_are_not_counted(handed_over: Trajectory) -> None:
    before = measure_effect(trajectory=handed_over)
    since = timezone.localdate() - dt.timedelta(days=150)
    assert _history(team="Wijkteam Noord", only="Tulpenhof", since=since) > 0
    assert measure_effect(trajectory=handed_over) == before


def test_a_moment_must_be_known_and_reached(demo: None) -> None:
    trajectory = factories.started()
    with pytest.raises(DomainError) as unknown:
        measure_effect(trajectory=trajectory, moment="gisteren")
    assert unknown.value.code == "invalid_moment"
    with pytest.raises(DomainError) as not_yet:
        measure_effect(trajectory=trajectory, moment="overdracht")
    assert not_yet.value.code == "moment_not_reached"
    assert not_yet.value.message == "Dit traject heeft nog geen overdracht."
    assert measure_effect(trajectory=trajectory).verdict == "te_korte_periode"


def test_the_page_shows_the_effect_with_chart_table_and_check_in_line(
    handed_over: Trajectory, joost_client: Client
) -> None:
    body = joost_client.get(f"/trajecten/{handed_over.uuid}/").content.decode()
    section = body[body.index('id="effect"') :]
    assert "Daling: ongeveer" in section
    assert 'role="img"' in section
    assert "<table" in section
    assert "?moment=start#effect" in section
    step4 = body[body.index('id="stap-4"') : body.index('id="effect"')]
    assert "Daling: ongeveer" in step4
    start = joost_client.get(f"/trajecten/{handed_over.uuid}/?moment=start").content.decode()
    assert '<strong aria-current="true">start' in start


def test_another_teams_trajectory_page_stays_hidden(
    handed_over: Trajectory, pieter_client: Client
) -> None:
    assert pieter_client.get(f"/trajecten/{handed_over.uuid}/?moment=start").status_code == 404


def test_without_comparison_places_the_page_says_so(joost_client: Client) -> None:
    """It said "0 plekken: 0 meldingen ervoor, 0 erna"."""
    trajectory = factories.started()
    body = joost_client.get(
        f"/trajecten/{trajectory.uuid}/", HTTP_ACCEPT_LANGUAGE="nl"
    ).content.decode()
    section = body[body.index('id="effect"') :]
    assert "nog geen gevonden: geen andere plek van het team" in section
    assert "0 plekken" not in section
