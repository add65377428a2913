"""API /api/v1/signalen: CRUD, filters, problem+json refusals, team scoping, redaction."""

from __future__ import annotations

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.services import create_token
from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.tests.factories import make_signal

BODY = {
    "datum": "2026-10-02",
    "tekst": "Mevrouw Pinas (06-98765432) heeft last van harde muziek.",
    "buurtcode": "BU99010102",
    "straat": "Kastanjelaan",
    "rol": "affected",
    "bron": "telefoon",
}


def _client(username: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username=username)}")
    return client


@pytest.fixture
def api(fatima: User) -> APIClient:
    return _client("fatima")


def test_create_redacts_and_returns_201(api: APIClient) -> None:
    response = api.post("/api/v1/signalen", BODY, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert "Pinas" not in data["tekst"]
    assert data["themaHerkomst"] == "suggested"
    assert data["buurtcode"] == "BU99010102"
    assert response["API-Version"] == "1.0.0"


def test_invalid_input_is_400_problem_with_all_errors(api: APIClient) -> None:
    response = api.post(
        "/api/v1/signalen", {**BODY, "datum": "morgen", "thema": "x.y", "ernst": 9}, format="json"
    )
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    names = {p["name"] for p in response.json()["invalidParams"]}
    assert names == {"datum", "thema", "ernst"}


def test_domain_refusal_is_400_problem(api: APIClient) -> None:
    response = api.post(
        "/api/v1/signalen", {**BODY, "tekst": "a" * (settings.SIGNAL_TEXT_MAX + 1)}, format="json"
    )
    assert response.status_code == 400
    assert f"het maximum is {settings.SIGNAL_TEXT_MAX}" in response.json()["detail"]
    response = api.post("/api/v1/signalen", {**BODY, "buurtcode": "BU99010201"}, format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "unknown_neighbourhood"
    assert Signal.objects.count() == 0


def test_list_filters_and_paging(fatima: User, api: APIClient) -> None:
    make_signal(fatima, theme="overlast.geluid")
    make_signal(fatima, theme="welzijn.eenzaamheid", text="Eenzame oudere in de flat.")
    assert api.get("/api/v1/signalen").json()["count"] == 2
    data = api.get("/api/v1/signalen?thema=welzijn&pageSize=1").json()
    assert data["count"] == 1
    assert data["results"][0]["thema"] == "welzijn.eenzaamheid"
    response = api.get("/api/v1/signalen?vanaf=gisteren")
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "vanaf"


def test_read_update_delete(fatima: User, api: APIClient) -> None:
    signal = make_signal(fatima)
    url = f"/api/v1/signalen/{signal.uuid}"
    assert api.get(url).json()["id"] == str(signal.uuid)
    response = api.patch(
        url, {"ernst": 2, "tekst": "Bel Kees Jansen over de muziek"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["ernst"] == 2
    assert "Kees" not in response.json()["tekst"]
    assert response.json()["straat"] == "Kastanjelaan"
    assert api.delete(url).status_code == 405  # a reason is required: POST …/_verwijder
    assert api.post(f"{url}/_verwijder", {}, format="json").status_code == 400
    response = api.post(
        f"{url}/_verwijder", {"reden": "dubbel, zie melding van Jan de Vries"}, format="json"
    )
    assert response.status_code == 204
    assert api.get(url).status_code == 404
    signal.refresh_from_db()
    assert "Jan de Vries" not in signal.deletion_reason


def test_other_team_gets_404(fatima: User, pieter: User) -> None:
    signal = make_signal(fatima)
    other = _client("pieter")
    url = f"/api/v1/signalen/{signal.uuid}"
    assert other.get(url).status_code == 404
    assert other.patch(url, {"ernst": 3}, format="json").status_code == 404
    assert other.post(f"{url}/_verwijder", {"reden": "weg"}, format="json").status_code == 404
    assert other.get("/api/v1/signalen").json()["count"] == 0
    assert Signal.objects.get().deleted_at is None


def test_unauthenticated_is_401(demo: None) -> None:
    assert APIClient().get("/api/v1/signalen").status_code == 401


def test_reading_through_the_api_is_access_logged(fatima: User, api: APIClient) -> None:
    """Every read of signals leaves one access-log entry, through the API as on the web."""
    signal = make_signal(fatima)
    before = AccessLogEntry.objects.count()
    assert api.get("/api/v1/signalen").status_code == 200
    assert api.get(f"/api/v1/signalen/{signal.uuid}").status_code == 200
    listed, viewed = AccessLogEntry.objects.order_by("id")[before:]
    assert (listed.action, listed.object_type, listed.channel, listed.count) == (
        "list", "signal", "api", 1
    )  # fmt: skip
    assert (viewed.action, viewed.object_id, viewed.username) == (
        "view",
        str(signal.uuid),
        "fatima",
    )
    assert api.get("/api/v1/signalen/00000000-0000-0000-0000-000000000000").status_code == 404
    assert AccessLogEntry.objects.count() == before + 2


def test_swapped_dates_are_a_400_problem(fatima: User, api: APIClient) -> None:
    response = api.get("/api/v1/signalen?vanaf=2026-03-01&tot=2026-02-01")
    assert response.status_code == 400
    param = response.json()["invalidParams"][0]
    assert param["name"] == "tot"
    assert "omgedraaid" in param["reason"]
