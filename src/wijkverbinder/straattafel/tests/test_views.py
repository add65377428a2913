"""Team pages, residents' pages (no log-in, no staff navigation), printed matter, export."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.utils import translation
from weasyprint import CSS, HTML  # type: ignore[import-untyped]

from wijkverbinder.core.straattafel import AnalysisOptions, analyse
from wijkverbinder.core.straattafel.opendata import read_conversation
from wijkverbinder.straattafel import participation, printing
from wijkverbinder.straattafel.models import Statement, Vote
from wijkverbinder.straattafel.tests import factories
from wijkverbinder.trajectories.tests import factories as trajectory_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def joost_client(demo: None) -> Client:
    client = Client()
    client.force_login(factories.joost())
    return client


@pytest.fixture
def voted(demo: None, settings):
    settings.STRAATTAFEL_VOTES_PER_MINUTE = 1000
    item = factories.straattafel()
    factories.residents_vote(item, count=24)
    return item


def test_team_creates_a_straattafel_from_a_trajectory_in_step3(joost_client):
    trajectory = trajectory_factories.in_step3()
    page = joost_client.get(f"/trajecten/{trajectory.uuid}/")
    assert f"/straattafels/nieuw?traject={trajectory.uuid}" in page.content.decode()
    response = joost_client.post(
        f"/straattafels/nieuw?traject={trajectory.uuid}",
        {
            "title": "Samen in de Kastanjelaan",
            "question": "Wat maakt de straat prettiger?",
            "opens_at": "2026-01-01T10:00",
            "closes_at": "2036-01-01T10:00",
            "moderated": "on",
        },
    )
    assert response.status_code == 302
    item = trajectory.straattafels.get()
    assert item.neighbourhood == trajectory.neighbourhood
    page = joost_client.get(f"/trajecten/{trajectory.uuid}/").content.decode()
    assert f"/straattafels/{item.uuid}/" in page


def test_bad_input_changes_nothing(joost_client):
    response = joost_client.post(
        "/straattafels/nieuw",
        {
            "title": "X",
            "question": "Y",
            "opens_at": "2026-02-01T10:00",
            "closes_at": "2026-01-01T10:00",
        },
    )
    assert response.status_code == 400
    assert "buurt" in response.content.decode().lower()


def test_seed_statement_gets_b1_hints(joost_client, demo):
    item = factories.straattafel()
    response = joost_client.post(
        f"/straattafels/{item.uuid}/stellingen",
        {"text": "Indien de gemeente derhalve handhaaft wordt de straat rustiger?"},
        follow=True,
    )
    body = response.content.decode()
    assert "ambtelijk" in body
    assert item.statements.filter(text__startswith="Indien").exists()


def test_moderation_and_tally_form(joost_client, demo):
    item = factories.straattafel()
    pending = Statement.objects.create(
        straattafel=item, number=50, text="Meer bankjes", origin="resident", status="pending"
    )
    joost_client.post(f"/straattafels/{item.uuid}/stellingen/50", {"actie": "tonen"})
    pending.refresh_from_db()
    assert pending.status == "accepted"
    response = joost_client.post(
        f"/straattafels/{item.uuid}/turven", {"s0": "1", "s1": "-1", "s2": ""}
    )
    assert response.status_code == 302
    assert Vote.objects.filter(channel="paper").count() == 2
    response = joost_client.post(f"/straattafels/{item.uuid}/turven", {"s0": "7"})
    assert response.status_code == 400
    assert Vote.objects.filter(channel="paper").count() == 2


def test_another_team_gets_404(pieter_client, demo):
    item = factories.straattafel()
    for url in ("", "uitkomsten", "export", "poster.pdf"):
        assert pieter_client.get(f"/straattafels/{item.uuid}/{url}").status_code == 404
    assert pieter_client.post(f"/straattafels/{item.uuid}/sluiten").status_code == 404
    assert item.title not in pieter_client.get("/straattafels/").content.decode()


def test_results_page_shows_map_groups_common_ground(
    joost_client, voted, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        response = joost_client.get(f"/straattafels/{voted.uuid}/uitkomsten")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in body
    assert "Kaart van de deelnemers" in body
    assert "Groep A" in body
    assert "Een buurtfeest brengt ons dichter bij elkaar." in body


def test_printed_matter_is_pdf_with_a_qr_code(joost_client, voted):
    for kind in ("poster", "flyer", "stellingen"):
        html = joost_client.get(
            f"/straattafels/{voted.uuid}/{kind}.pdf?formaat=html"
        ).content.decode()
        assert voted.title in html
        if kind != "stellingen":
            assert "<svg" in html
    pdf = joost_client.get(f"/straattafels/{voted.uuid}/wat-ons-bindt")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert joost_client.get(f"/straattafels/{voted.uuid}/onzin.pdf").status_code == 404


def test_export_is_open_data_and_reads_back_the_same(joost_client, voted, tmp_path):
    archive = zipfile.ZipFile(
        io.BytesIO(joost_client.get(f"/straattafels/{voted.uuid}/export").content)
    )
    assert set(archive.namelist()) == {
        "comments.csv",
        "votes.csv",
        "participants-votes.csv",
        "summary.csv",
    }
    archive.extractall(tmp_path)
    conversation = read_conversation(tmp_path)
    assert conversation.meta == {7}
    result = analyse(
        conversation.votes, AnalysisOptions(meta=conversation.meta, split_rule=True, seed=voted.pk)
    )
    header = (tmp_path / "participants-votes.csv").read_text().splitlines()
    groups = {int(r.split(",")[0]): r.split(",")[1] for r in header[1:]}
    assert {str(g) if g is not None else "" for g in result.group_of().values()} == set(
        groups.values()
    )


def test_residents_pages_need_no_log_in_and_have_no_staff_navigation(voted):
    client = Client()
    page = client.get(f"/t/{voted.code}/")
    body = page.content.decode()
    assert page.status_code == 200
    assert voted.question in body
    assert "wv-nav" not in body
    assert "Stelling 1 van 8" in body
    response = client.post(f"/t/{voted.code}/stem", {"stelling": "7", "stem": "1"})
    assert response.status_code == 302
    assert f"wv_st_{voted.code}" in response.cookies
    body = client.get(f"/t/{voted.code}/").content.decode()
    assert "Stelling 2 van 8" in body


def test_resident_votes_then_sees_outcome_and_can_change_a_vote(voted):
    client = Client()
    for number in range(8):
        client.post(f"/t/{voted.code}/stem", {"stelling": str(number), "stem": "1"})
    body = client.get(f"/t/{voted.code}/uitkomst").content.decode()
    assert "Wat ons bindt" in body
    assert "Een buurtfeest brengt ons dichter bij elkaar." in body
    assert "wijzigen" in body
    client.post(f"/t/{voted.code}/stem", {"stelling": "0", "stem": "-1"})
    participant = voted.participants.order_by("-number").first()
    assert Vote.objects.get(participant=participant, statement__number=0).value == -1


def test_resident_refusals_are_clear(voted, settings):
    client = Client()
    assert client.get("/t/bestaatniet/").status_code == 404
    response = client.post(f"/t/{voted.code}/stem", {"stelling": "0", "stem": "9"})
    assert response.status_code == 400
    settings.STRAATTAFEL_VOTES_PER_MINUTE = 1
    client.post(f"/t/{voted.code}/stem", {"stelling": "0", "stem": "1"})
    response = client.post(f"/t/{voted.code}/stem", {"stelling": "1", "stem": "1"})
    assert response.status_code == 429
    assert "erg snel" in response.content.decode()
    voted.closed_at = voted.opens_at
    voted.save()
    response = client.post(f"/t/{voted.code}/stem", {"stelling": "2", "stem": "1"})
    assert response.status_code == 403
    assert "gesloten" in response.content.decode()


def test_resident_adds_a_statement(voted):
    client = Client()
    response = client.post(f"/t/{voted.code}/stelling", {"text": "Meer bankjes, bel 06-12345678"})
    assert response.status_code == 302
    created = voted.statements.get(origin="resident")
    assert "06-12345678" not in created.text
    assert created.status == "pending"


def test_moderation_buttons_name_their_statement(joost_client, demo):
    """Every row had buttons called just "Afwijzen" and "Contextvraag": a screen reader listing the
    buttons heard the same name once per statement. Each now names its statement."""
    item = factories.straattafel()
    Statement.objects.create(
        straattafel=item, number=50, text="Meer bankjes", origin="resident", status="pending"
    )
    with translation.override("nl"):
        page = joost_client.get(f"/straattafels/{item.uuid}/", HTTP_ACCEPT_LANGUAGE="nl")
    body = page.content.decode()
    hidden = '<span class="wv-visually-hidden">, stelling 50</span></button>'
    assert f"Tonen{hidden}" in body
    assert f"Afwijzen{hidden}" in body
    assert f"Contextvraag{hidden}" in body
    assert body.count('<span class="wv-visually-hidden">, stelling 0</span></button>') == 2


def test_four_flyers_fit_on_one_a4(joost_client, voted):
    """The flyer sheet is four flyers to cut from one A4; at width 50 % they took two pages."""
    html = joost_client.get(f"/straattafels/{voted.uuid}/flyer.pdf?formaat=html").content.decode()
    assert html.count('<div class="flyer">') == 4
    stylesheet = Path(str(finders.find(printing.PRINT_CSS))).read_text(encoding="utf-8")
    document = HTML(string=html).render(stylesheets=[CSS(string=stylesheet)])
    assert len(document.pages) == 1


def test_results_count_one_participant_and_one_vote_in_the_singular(joost_client, demo):
    """The results said "1 deelnemers (0 op papier), 1 stemmen"."""
    item = factories.straattafel()
    participation.cast_vote(
        straattafel=item, key=None, address="10.0.0.1", statement_number=0, value=1
    )
    with translation.override("nl"):
        body = joost_client.get(
            f"/straattafels/{item.uuid}/uitkomsten", HTTP_ACCEPT_LANGUAGE="nl"
        ).content.decode()
    assert "1 deelnemer (0 op papier), 1 stem." in body
