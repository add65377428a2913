"""Start page, sections to come, and a buurt's page (another team's buurt is a 404)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.common.navigation import SECTIONS


def test_start_page_shows_team_and_neighbourhoods(fatima_client: Client) -> None:
    body = fatima_client.get("/").content.decode()
    assert "Wijkteam W" in body
    assert "maatschappelijk werker" in body
    for name in ("Havenkwartier", "Rozenhof", "Parkzicht"):
        assert name in body
    assert "Noorderveld" not in body


def test_navigation_is_dutch_and_admin_only_for_staff(fatima_client: Client) -> None:
    body = fatima_client.get("/").content.decode()
    for label in (
        "Signalen",
        "Gemeenschappelijke vragen",
        "Trajecten",
        "Wijkanalyse",
        "Kennisbank",
    ):
        assert label in body
    assert "Beheer" not in body


def test_admin_sees_beheer(demo: None) -> None:
    from wijkverbinder.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username="ingrid"))
    assert "Beheer" in client.get("/").content.decode()
    assert client.get("/beheer/").status_code == 200


def test_wijkanalyse_in_the_menu_is_the_analysis(fatima_client: Client) -> None:
    """The menu's "Wijkanalyse" no longer says "Binnenkort": it opens the list of areas."""
    assert [s.url_name for s in SECTIONS if s.slug == "wijkanalyse"] == ["analysis:index"]
    body = fatima_client.get("/wijkanalyse/").content.decode()
    assert "Binnenkort." not in body
    assert "/wijkanalyse/WK990101/" in body


def test_unknown_section_is_404(fatima_client: Client) -> None:
    assert fatima_client.get("/bestaat-niet/").status_code == 404


def test_own_neighbourhood_page_with_map(fatima_client: Client) -> None:
    response = fatima_client.get("/buurten/BU99010102/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Rozenhof" in body
    assert "Kastanjelaan" in body
    assert "<svg" in body
    # the hub of its area: its signals and questions, filtered to this buurt
    assert "/signalen/?buurt=BU99010102" in body
    assert "/gemeenschappelijke-vragen/?buurt=BU99010102" in body


def test_other_teams_neighbourhood_is_404(pieter_client: Client) -> None:
    response = pieter_client.get("/buurten/BU99010102/")
    assert response.status_code == 404
    assert "Rozenhof" not in response.content.decode()


def test_access_log_is_append_only(fatima_client: Client) -> None:
    from wijkverbinder.common.audit import log_access

    log_access(user=None, action="view", object_type="signal", object_id=1)
    entry = AccessLogEntry.objects.get()
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()


def test_neighbourhood_page_is_the_hub_of_its_area(fatima_client: Client) -> None:
    """Issue 11 point 6: the buurt page shows its phase, open questions, active trajectories and
    recent signals, each linked; before an assessment it offers to assess."""
    from wijkverbinder.diagnosis.tests.factories import ONGEMAK, ROZENHOF, assess
    from wijkverbinder.trajectories.tests import factories

    before = fatima_client.get(f"/buurten/{ROZENHOF}/").content.decode()
    assert 'data-testid="buurt-overzicht"' in before
    assert "nog niet bepaald" in before
    trajectory = factories.started()
    assessment = assess("fatima", ROZENHOF, ONGEMAK)
    body = fatima_client.get(f"/buurten/{ROZENHOF}/").content.decode()
    assert f"Fase: <strong>{assessment.get_phase_display()}</strong>" in body
    assert f"/situatie-bepalen/uitkomst/{assessment.uuid}/" in body
    assert f"/trajecten/{trajectory.uuid}/" in body
    assert "1 actief traject" in body
    assert "/gemeenschappelijke-vragen/" in body
    # one window on the page: the hub's count and the wijkanalyse paragraph both say "12 weken"
    assert "in de laatste 90 dagen" not in body
    assert body.count("in de laatste 12 weken") >= 2
    # both ends of the window carry their year (12 weeks can cross New Year)
    assert re.search(r"12 weken \(\d{1,2} [a-z]+ \d{4} t/m \d{1,2} [a-z]+ \d{4}\)", body)
