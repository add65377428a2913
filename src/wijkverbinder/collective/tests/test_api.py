"""API /api/v1/gemeenschappelijke-vragen: list, read, operations, 400 and 404 problems."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from wijkverbinder.collective.models import CollectiveQuestion, DetectionRun

pytestmark = pytest.mark.django_db
API = "/api/v1/gemeenschappelijke-vragen"


def test_list_and_read(fatima_client: Client, questions: list[CollectiveQuestion]) -> None:
    body = fatima_client.get(API, {"buurt": "BU99010102"}).json()
    assert body["count"] == 3
    first = body["results"][0]
    assert first["titel"] == questions[0].title
    assert first["scoreBetekenis"] == "sterk"
    assert first["sterkte"] == "sterk"
    detail = fatima_client.get(f"{API}/{first['id']}").json()
    assert len(detail["signalen"]) == 6
    assert detail["huishoudens"] == 6


def test_strength_filter(fatima_client: Client, questions: list[CollectiveQuestion]) -> None:
    """Scores 9.0, 3.0 (sterk) and 0.5 (zwak); the API shows all unless `sterkte` is given."""
    assert fatima_client.get(API).json()["count"] == 3
    strong = fatima_client.get(API, {"sterkte": "sterk,duidelijk"}).json()
    assert [q["sterkte"] for q in strong["results"]] == ["sterk", "sterk"]
    weak = fatima_client.get(API, {"sterkte": "zwak"}).json()
    assert [q["sterkte"] for q in weak["results"]] == ["zwak"]
    assert fatima_client.get(API, {"sterkte": "duidelijk"}).json()["count"] == 0
    response = fatima_client.get(API, {"sterkte": "sterk,heel"})
    assert response.status_code == 400
    problem = response.json()
    assert [p["name"] for p in problem["invalidParams"]] == ["sterkte"]
    assert "Onbekende sterkte 'heel'" in problem["invalidParams"][0]["reason"]


def test_bad_filter_is_a_400_problem(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    response = fatima_client.get(API, {"status": "weg", "vanaf": "gisteren"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    names = {p["name"] for p in response.json()["invalidParams"]}
    assert names == {"status", "vanaf"}


def test_other_team_gets_404(pieter_client: Client, questions: list[CollectiveQuestion]) -> None:
    url = f"{API}/{questions[0].uuid}"
    for response in (pieter_client.get(url), pieter_client.post(f"{url}/_bevestig")):
        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"
    assert pieter_client.get(API).json()["count"] == 0
    assert pieter_client.get(f"{url}/").status_code == 404  # no trailing slash


def test_operations(fatima_client: Client, questions: list[CollectiveQuestion]) -> None:
    first, second, third = (f"{API}/{q.uuid}" for q in questions)
    assert fatima_client.post(f"{first}/_bevestig").json()["status"] == "confirmed"
    response = fatima_client.post(f"{first}/_bevestig")
    assert response.status_code == 400
    assert response.json()["code"] == "already_confirmed"
    renamed = fatima_client.post(
        f"{first}/_hernoem", {"titel": "Muziek"}, content_type="application/json"
    )
    assert renamed.json()["titelDoorTeam"] is True
    merged = fatima_client.post(
        f"{first}/_samenvoegen",
        {"vragen": [str(questions[1].uuid)]},
        content_type="application/json",
    )
    assert merged.json()["aantalSignalen"] == 12
    dismissed = fatima_client.post(f"{third}/_afwijzen", {}, content_type="application/json")
    assert dismissed.status_code == 400
    assert dismissed.json()["invalidParams"][0]["name"] == "toelichting"
    ok = fatima_client.post(
        f"{third}/_afwijzen", {"toelichting": "Toeval."}, content_type="application/json"
    )
    assert ok.json()["status"] == "dismissed"
    signals = fatima_client.get(first).json()["signalen"][:3]
    split = fatima_client.post(
        f"{first}/_splitsen", {"signalen": signals}, content_type="application/json"
    )
    assert split.status_code == 201
    assert split.json()["aantalSignalen"] == 3
    wrong = fatima_client.post(
        f"{second}/_splitsen", {"signalen": signals}, content_type="application/json"
    )
    assert wrong.status_code == 400


def test_detect_operation(
    fatima_client: Client,
    questions: list[CollectiveQuestion],
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = fatima_client.post(f"{API}/_detecteer")
    assert response.status_code == 202
    assert response.json() == {"teams": 1}
    assert DetectionRun.objects.filter(trigger="api").exists()


def test_swapped_dates_are_a_400_problem(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    response = fatima_client.get(API, {"vanaf": "2026-03-01", "tot": "2026-02-01"})
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "tot"
    page = fatima_client.get("/gemeenschappelijke-vragen/?vanaf=2026-03-01&tot=2026-02-01")
    assert "de datums zijn omgedraaid" in page.content.decode()
    # no list beside the error: the team's questions unfiltered were read as the result
    assert "page" not in page.context
    assert "filter-niet-toegepast" in page.content.decode()
    assert questions[0].title not in page.content.decode()
