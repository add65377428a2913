"""Bad input to the signal API and imports gets a Dutch 400 (or 413/429) and changes nothing:
implausible dates, control characters, personal data in ids and street names, deep or large JSON,
a household of only punctuation, a superscript house number; "not yours" and "unknown" look alike."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.test import Client
from rest_framework.test import APIClient

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.services import create_token
from wijkverbinder.areas.models import Street
from wijkverbinder.intake.imports import ImportRefusedError, import_signals
from wijkverbinder.intake.models import Signal, SignalImport

BODY = {
    "datum": "2026-01-02",
    "tekst": "Harde muziek van de bovenburen.",
    "buurtcode": "BU99010102",
    "straat": "Kastanjelaan",
}
HEADER = "id,date,text,neighbourhood,street,lat,lon,role,household,theme,source\n"


@pytest.fixture
def api(fatima: User) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username='fatima')}")
    return client


def _refused(response: object, status: int = 400) -> dict[str, object]:
    assert response.status_code == status, response.content  # type: ignore[attr-defined]
    assert response["Content-Type"] == "application/problem+json"  # type: ignore[index]
    assert Signal.objects.count() == 0
    return response.json()  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"datum": "0001-01-01"}, "vóór 01-01-2000"),
        ({"datum": "2999-01-01"}, "toekomst"),
        ({"tekst": "muziek\u0000 tot laat"}, "stuurteken"),
        ({"externId": "Jan Jansen 06-12340099"}, "extern kenmerk"),
        ({"externId": "0612340099"}, "telefoonnummer"),
        ({"huishouden": "--"}, "huishouden is leeg"),
        ({"huisnummer": "²", "postcode": "9901AB"}, "geen geldig huisnummer"),
    ],
)
def test_bad_signal_input_is_a_dutch_400(
    api: APIClient, change: dict[str, str], words: str
) -> None:
    data = {**BODY, **change}
    if "postcode" in change:
        del data["buurtcode"], data["straat"]
    body = _refused(api.post("/api/v1/signalen", data, format="json"))
    assert words in json.dumps(body, ensure_ascii=False)


def test_deep_json_is_refused_before_parsing(api: APIClient) -> None:
    deep = "[" * 50_000 + "]" * 50_000
    body = _refused(api.post("/api/v1/signalen", deep, content_type="application/json"))
    assert "dieper genest" in str(body["detail"])


def test_large_body_is_413(api: APIClient, settings: object) -> None:
    settings.API_MAX_BODY_BYTES = 1000  # type: ignore[attr-defined]
    _refused(api.post("/api/v1/signalen", {**BODY, "tekst": "x" * 2000}, format="json"), 413)


def test_throttled_per_key_with_retry_after(api: APIClient, settings: object) -> None:
    settings.API_RATE_TOKEN = "2/minute"  # type: ignore[attr-defined]
    from django.core.cache import cache

    cache.clear()
    assert [api.get("/api/v1/signalen").status_code for _ in range(2)] == [200, 200]
    response = api.get("/api/v1/signalen")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/problem+json"
    assert int(response["Retry-After"]) > 0


def test_browsable_api_is_off(fatima_client: Client) -> None:
    response = fatima_client.get("/api/v1/signalen", HTTP_ACCEPT="text/html")
    assert response["Content-Type"] != "text/html; charset=utf-8"


def test_same_refusal_for_another_teams_area_and_an_unknown_one(api: APIClient) -> None:
    point = {"datum": BODY["datum"], "tekst": BODY["tekst"]}
    foreign = _refused(
        api.post("/api/v1/signalen", {**point, "lat": 52.3090, "lon": 5.6240}, format="json")
    )
    nowhere = _refused(
        api.post("/api/v1/signalen", {**point, "lat": 52.37, "lon": 4.89}, format="json")
    )
    assert foreign["detail"] == nowhere["detail"]
    assert foreign["code"] == nowhere["code"]


def test_web_form_page_is_not_cached(fatima_client: Client) -> None:
    assert fatima_client.get("/signalen/")["Cache-Control"] == "no-store"


def _import(user: User, rows: str, filename: str = "test.csv", **kwargs: object) -> object:
    return import_signals(user=user, data=(HEADER + rows).encode(), filename=filename, **kwargs)  # type: ignore[arg-type]


def test_import_refuses_a_file_with_nul_bytes(fatima: User) -> None:
    """A NUL byte makes the file binary for the decoder: refused whole, nothing stored."""
    with pytest.raises(ImportRefusedError) as caught:
        _import(fatima, "a1,2026-01-05,muziek\x00 tot laat,BU99010102,,,,,,,\n")
    assert "geen tekst" in " | ".join(caught.value.details)
    assert Signal.objects.count() == 0


def test_import_refuses_impossible_dates_personal_ids_and_empty_households(fatima: User) -> None:
    rows = (
        "a1,2026-01-05,muziek\x07 tot laat,BU99010102,,,,,,,\n"
        "a2,0001-01-01,muziek,BU99010102,,,,,,,\n"
        "Jan Jansen 06-12340099,2026-01-05,muziek,BU99010102,,,,,,,\n"
        "a4,2026-01-05,muziek,BU99010102,,,,,--,,\n"
    )
    with pytest.raises(ImportRefusedError) as caught:
        _import(fatima, rows)
    details = " | ".join(caught.value.details)
    for expected in (
        "rij 2, kolom text",
        "rij 3, kolom date",
        "rij 4, kolom id",
        "rij 5, kolom household",
    ):
        assert expected in details
    assert Signal.objects.count() == 0


def test_import_keeps_no_personal_data_in_streets_or_file_names(fatima: User) -> None:
    rows = (
        "b1,2026-01-05,Harde muziek,BU99010104,Kerkstraat 16 Pieternella 06-12340067,,,,,,\n"
        "b2,2026-01-06,Harde muziek,BU99010102,Jan Jansen 06-12340099,,,,,,\n"
        "b3,2026-01-07,Harde muziek,BU99010102,Nieuwe Kerkstraat 5,,,,,,\n"
    )
    _import(fatima, rows, filename="klachten van Pieter Jansen.csv")
    streets = {s.external_id: (s.street.name if s.street else None) for s in Signal.objects.all()}
    assert streets == {"b1": "Kerkstraat", "b2": None, "b3": "Nieuwe Kerkstraat"}
    assert not Street.objects.filter(name__icontains="Jansen").exists()
    assert not Street.objects.filter(name__icontains="06-").exists()
    assert "Jansen" not in SignalImport.objects.get().filename


def test_today_is_fine(fatima: User) -> None:
    _import(fatima, f"c1,{date.today().isoformat()},Harde muziek,BU99010102,,,,,,,\n")
    assert Signal.objects.count() == 1
