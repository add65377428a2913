"""`GET /api/v1/wijkanalyses/{gebiedscode}`: the page's numbers, team scope, problem documents."""

from __future__ import annotations

from django.test import Client

from wijkverbinder.analysis.tests.factories import MARKER, add_signals, rebuilt


def test_wijkanalyse_api_answers_with_hidden_cells_as_null(fatima_client: Client) -> None:
    add_signals("BU99010101", households=12)
    add_signals("BU99010103", households=9)
    add_signals("BU99010102", households=2)
    rebuilt()
    response = fatima_client.get("/api/v1/wijkanalyses/WK990101?periode=24-weken")
    assert response.status_code == 200
    assert response["API-Version"]
    data = response.json()
    assert data["gebiedscode"] == "WK990101"
    assert data["niveau"] == "wijk"
    assert data["periode"]["code"] == "24-weken"
    assert data["drempelHuishoudens"] == 5
    by_code = {row["gebiedscode"]: row for row in data["buurten"]}
    assert by_code["BU99010101"]["signalen"] == 12
    assert by_code["BU99010102"] == {**by_code["BU99010102"], "signalen": None, "verborgen": True}
    # the wijk total is shown, so the smallest other buurt is hidden too (or Rozenhof's 2 shows)
    assert by_code["BU99010103"]["verborgen"]
    assert data["totaal"]["signalen"] == 23
    assert len(data["trends"][0]["blokken"]) == 13
    assert data["_links"]["self"]["href"].endswith("/api/v1/wijkanalyses/WK990101")
    assert MARKER not in response.content.decode()


def test_wijkanalyse_api_refuses_other_teams_and_bad_filters(
    fatima_client: Client, pieter_client: Client
) -> None:
    response = pieter_client.get("/api/v1/wijkanalyses/WK990101")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    response = fatima_client.get("/api/v1/wijkanalyses/WK990101?periode=eeuw&thema=niets")
    assert response.status_code == 400
    names = {p["name"] for p in response.json()["invalidParams"]}
    assert names == {"periode", "thema"}
    assert fatima_client.get("/api/v1/wijkanalyses/WK990101/").status_code == 404
