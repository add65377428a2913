"""Team API /api/v1/straattafels and the residents' API /api/v1/deelnames (NL API Design Rules)."""

from __future__ import annotations

import pytest
from django.test import Client

from wijkverbinder.straattafel.models import Vote
from wijkverbinder.straattafel.tests import factories
from wijkverbinder.trajectories.models import TrajectoryEvent
from wijkverbinder.trajectories.tests import factories as trajectory_factories

pytestmark = pytest.mark.django_db
JSON = "application/json"


@pytest.fixture
def joost_client(demo: None) -> Client:
    client = Client()
    client.force_login(factories.joost())
    return client


def test_team_api_create_statements_paper_results_close(joost_client, settings):
    settings.STRAATTAFEL_VOTES_PER_MINUTE = 1000
    trajectory = trajectory_factories.in_step3()
    created = joost_client.post(
        "/api/v1/straattafels",
        {
            "titel": "Samen",
            "vraag": "Wat bindt ons?",
            "traject": str(trajectory.uuid),
            "opent": "2026-01-01T10:00:00Z",
            "sluit": "2036-01-01T10:00:00Z",
        },
        content_type=JSON,
    )
    assert created.status_code == 201, created.content
    assert created["API-Version"]
    body = created.json()
    assert body["status"] == "open"
    assert body["bewonersLink"].endswith("/")
    sid = body["id"]
    added = joost_client.post(
        f"/api/v1/straattafels/{sid}/stellingen",
        {"tekst": "Het is hier fijn wonen."},
        content_type=JSON,
    )
    assert added.status_code == 201
    assert added.json()["nummer"] == 0
    patched = joost_client.patch(
        f"/api/v1/straattafels/{sid}/stellingen/0", {"contextvraag": True}, content_type=JSON
    )
    assert patched.json()["contextvraag"] is True
    paper = joost_client.post(
        f"/api/v1/straattafels/{sid}/papieren-deelnemers", {"stemmen": {"0": 1}}, content_type=JSON
    )
    assert paper.status_code == 201
    assert paper.json()["kanaal"] == "paper"
    results = joost_client.get(f"/api/v1/straattafels/{sid}/uitkomsten").json()
    assert results["deelnemers"] == 1
    assert results["opPapier"] == 1
    closed = joost_client.post(f"/api/v1/straattafels/{sid}/_sluiten")
    assert closed.json()["status"] == "closed"
    assert trajectory.events.filter(kind=TrajectoryEvent.Kind.STRAATTAFEL).exists()
    again = joost_client.post(f"/api/v1/straattafels/{sid}/_sluiten")
    assert again.status_code == 400
    assert again["Content-Type"] == "application/problem+json"


def test_team_api_invalid_input_and_other_team(joost_client, pieter_client):
    bad = joost_client.post("/api/v1/straattafels", {"titel": ""}, content_type=JSON)
    assert bad.status_code == 400
    names = {p["name"] for p in bad.json()["invalidParams"]}
    assert {"titel", "vraag", "opent", "sluit"} <= names
    item = factories.straattafel()
    assert pieter_client.get(f"/api/v1/straattafels/{item.uuid}").status_code == 404
    assert pieter_client.get("/api/v1/straattafels").json()["count"] == 0
    assert joost_client.get("/api/v1/straattafels").json()["count"] == 1


def test_residents_api_vote_with_key_overwrite_and_refusals(demo, settings):
    item = factories.straattafel()
    client = Client()
    start = client.get(f"/api/v1/deelnames/{item.code}").json()
    assert start["status"] == "open"
    assert start["nogTeStemmen"][0]["nummer"] == 7  # context question first
    first = client.post(
        f"/api/v1/deelnames/{item.code}/stemmen", {"stelling": 0, "stem": 1}, content_type=JSON
    )
    assert first.status_code == 201
    key = first.json()["deelnemerSleutel"]
    assert key
    second = client.post(
        f"/api/v1/deelnames/{item.code}/stemmen",
        {"stelling": 0, "stem": -1},
        content_type=JSON,
        HTTP_DEELNEMER_SLEUTEL=key,
    )
    assert second.json()["deelnemerSleutel"] is None
    assert Vote.objects.get().value == -1
    assert (
        client.get(f"/api/v1/deelnames/{item.code}", HTTP_DEELNEMER_SLEUTEL=key).json()["gestemd"]
        == 1
    )
    outcome = client.get(f"/api/v1/deelnames/{item.code}/uitkomst", HTTP_DEELNEMER_SLEUTEL=key)
    assert outcome.status_code == 200
    assert client.get(f"/api/v1/deelnames/{item.code}/uitkomst").status_code == 403
    settings.STRAATTAFEL_VOTES_PER_MINUTE = 2
    limited = client.post(
        f"/api/v1/deelnames/{item.code}/stemmen",
        {"stelling": 1, "stem": 1},
        content_type=JSON,
        HTTP_DEELNEMER_SLEUTEL=key,
    )
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert limited["Content-Type"] == "application/problem+json"
    item.closed_at = item.opens_at
    item.save()
    closed = client.post(
        f"/api/v1/deelnames/{item.code}/stemmen", {"stelling": 1, "stem": 1}, content_type=JSON
    )
    assert closed.status_code == 403
    assert "gesloten" in closed.json()["detail"]
    assert client.get("/api/v1/deelnames/onbekend").status_code == 404
    statement = client.post(
        f"/api/v1/deelnames/{item.code}/stellingen", {"tekst": "x"}, content_type=JSON
    )
    assert statement.status_code == 403


def test_a_resident_with_a_wrong_link_hears_about_the_link_not_a_team(demo):
    """A resident has no team: a wrong code answered "… hoort niet bij uw team"."""
    response = Client().get("/api/v1/deelnames/BESTAATNIET")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"] == (
        "Deze straattafel bestaat niet. Controleer de link of de QR-code."
    )
