"""API: /api/v1/diagnoses (team-scoped, problem+json), the questionnaire, and /api/v1/adviezen == CLI."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from wijkverbinder.accounts.services import create_token
from wijkverbinder.cli.advise import run as run_advise_cli
from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.tests.factories import (
    INCIDENTEN,
    NOORDERVELD,
    ROZENHOF,
    SPANNING,
    assess,
)


@pytest.fixture
def api(demo: None) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username='fatima')}")
    return client


def test_create_list_and_read(api: APIClient) -> None:
    response = api.post(
        "/api/v1/diagnoses",
        {"gebied": ROZENHOF, "antwoorden": INCIDENTEN, "toelichting": "na overleg"},
        format="json",
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["fase"] == "incidenten"
    assert created["gebied"] == {"code": ROZENHOF, "naam": "Rozenhof", "soort": "buurt"}
    assert {item["antwoord"] for item in created["doorslaggevend"]} == {"vernieling", "bedreiging"}
    assert created["zekerheid"]["niveau"] in {"laag", "midden", "hoog"}
    assert created["zekerheid"]["betekenis"]
    assert created["omhoogAls"] == ["Dit is de hoogste fase."]
    assert created["omlaagAls"]
    assert created["beoordeeldDoor"] == "Fatima El Amrani"
    assert response["API-Version"] == "1.0.0"

    listed = api.get(f"/api/v1/diagnoses?gebied={ROZENHOF}")
    assert listed.status_code == 200
    assert listed.json()["count"] == 1
    read = api.get(f"/api/v1/diagnoses/{created['id']}")
    assert read.status_code == 200
    assert read.json() == created
    actions = set(
        AccessLogEntry.objects.filter(object_type="phase_assessment", channel="api").values_list(
            "action", flat=True
        )
    )
    assert actions == {"create", "list", "view"}


def test_invalid_answers_list_every_error(api: APIClient) -> None:
    body = {
        "gebied": ROZENHOF,
        "antwoorden": {
            "waargenomen": ["vernieling", "gezellig"],
            "hoe_vaak": "altijd",
            "kleur": "x",
        },
    }
    response = api.post("/api/v1/diagnoses", body, format="json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    names = {item["name"] for item in response.json()["invalidParams"]}
    assert {"antwoorden.waargenomen.1", "antwoorden.hoe_vaak", "antwoorden.gemeld_door"} <= names
    assert not PhaseAssessment.objects.exists()


def test_unknown_question_is_refused(api: APIClient) -> None:
    body = {"gebied": ROZENHOF, "antwoorden": {**SPANNING, "kleur": "rood"}}
    response = api.post("/api/v1/diagnoses", body, format="json")
    assert response.status_code == 400
    assert "antwoorden.kleur" in {item["name"] for item in response.json()["invalidParams"]}


def test_other_teams_area_and_record(api: APIClient, pieter_client: Client) -> None:
    response = api.post(
        "/api/v1/diagnoses", {"gebied": NOORDERVELD, "antwoorden": SPANNING}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "gebied"
    item = assess("fatima", ROZENHOF, SPANNING)
    other = pieter_client.get(f"/api/v1/diagnoses/{item.uuid}")
    assert other.status_code == 404
    assert other["Content-Type"] == "application/problem+json"
    assert pieter_client.get("/api/v1/diagnoses").json()["count"] == 0
    assert (
        AccessLogEntry.objects.filter(object_type="phase_assessment", result="not_found").count()
        == 1
    )


def test_anonymous_is_401(demo: None) -> None:
    response = Client().get("/api/v1/diagnoses")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"


def test_questionnaire_definition(api: APIClient) -> None:
    response = api.get("/api/v1/diagnoses/vragenlijst")
    assert response.status_code == 200
    questions = response.json()["vragen"]
    assert questions[0]["code"] == "waargenomen"
    geweld = next(a for a in questions[0]["antwoorden"] if a["code"] == "geweld")
    assert geweld["fase"] == "incidenten"


TODAY = dt.date.today().isoformat()
CASES: list[tuple[list[str], dict[str, Any]]] = [
    (["--phase", "rust"], {"fase": "rust"}),
    (
        ["--phase", "spanning", "--format", "buurt_bbq", "--goal", "elkaar leren kennen"],
        {"fase": "spanning", "bijeenkomstvorm": "buurt_bbq", "doelen": ["elkaar leren kennen"]},
    ),
    (
        [
            "--phase", "incidenten", "--sensitive", "--large-differences",
            "--goal", "veiliger plein", "--goals-set-with", "getroffen_bewoners",
            "--goals-set-with", "gemeente",
            "--format", "social_media", "--approach", "buurtbemiddeling",
            "--exclusion", "geweld_of_kans_op_geweld",
        ],
        {
            "fase": "incidenten",
            "gevoelig": True,
            "groteVerschillen": True,
            "doelen": ["veiliger plein"],
            "doelenGesteldMet": ["getroffen_bewoners", "gemeente"],
            "bijeenkomstvorm": "social_media",
            "aanpak": "buurtbemiddeling",
            "uitsluitingscriteria": ["geweld_of_kans_op_geweld"],
        },
    ),
    (
        [
            "--phase", "incidenten", "--approach", "dialoog",
            "--safety-check", TODAY, "--no-new-incidents", "--unsafety-addressed",
            "--residents-feel-safer", "--confirmed-by", "wijkagent",
        ],
        {
            "fase": "incidenten",
            "aanpak": "dialoog",
            "veiligheidscontrole": {
                "datum": TODAY,
                "geenNieuweIncidenten": True,
                "onveiligheidAangepakt": True,
                "bewonersVoelenZichVeiliger": True,
                "bevestigdDoor": ["wijkagent"],
            },
        },
    ),
    (
        ["--phase", "ongemak", "--format", "plenaire_infoavond", "--sensitive"],
        {"fase": "ongemak", "bijeenkomstvorm": "plenaire_infoavond", "gevoelig": True},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "body"), CASES)
def test_api_advice_equals_cli_json(
    api: APIClient, capsys: pytest.CaptureFixture[str], argv: list[str], body: dict[str, Any]
) -> None:
    assert run_advise_cli([*argv, "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    response = api.post("/api/v1/adviezen", body, format="json")
    assert response.status_code == 200, response.content
    assert response.json() == cli


def test_advice_with_plan_checks(api: APIClient) -> None:
    body = {
        "fase": "spanning",
        "aanpak": "dialoog",
        "activiteitenplan": {"groepsgrootte": 40, "samenOntworpen": True},
    }
    response = api.post("/api/v1/adviezen", body, format="json")
    assert response.status_code == 200
    codes = {item["code"] for item in response.json()["plancontrole"]}
    assert "PLN002" in codes
    assert "PLN001" not in codes


def test_advice_invalid_input_lists_every_error(api: APIClient) -> None:
    body = {"fase": "chaos", "bijeenkomstvorm": "rave", "uitsluitingscriteria": ["saai"]}
    response = api.post("/api/v1/adviezen", body, format="json")
    assert response.status_code == 400
    names = {item["name"] for item in response.json()["invalidParams"]}
    assert {"fase", "bijeenkomstvorm", "uitsluitingscriteria.0"} <= names


def test_who_set_the_goals_without_a_goal_is_refused(api: APIClient) -> None:
    """Setters without goals are not silently dropped: a 400 with a Dutch message and a code."""
    body = {"fase": "ongemak", "doelenGesteldMet": ["ouders"]}
    response = api.post("/api/v1/adviezen", body, format="json")
    assert response.status_code == 400
    [param] = response.json()["invalidParams"]
    assert param["code"] == "ADE009"
    assert "geen doel" in param["reason"]
