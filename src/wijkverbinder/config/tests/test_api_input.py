"""Every request body of the API refuses a field it does not know (`common.api_input`): a misspelt
name is a 400 problem that names it, never a 201 without the value the client meant to send."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from rest_framework import serializers
from rest_framework.test import APIClient

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.services import create_token
from wijkverbinder.collective import serializers as collective_serializers
from wijkverbinder.common.api_input import InputSerializer
from wijkverbinder.diagnosis import safety_api
from wijkverbinder.diagnosis import serializers as diagnosis_serializers
from wijkverbinder.intake import api as intake_api
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.tests.factories import make_signal
from wijkverbinder.straattafel import serializers as straattafel_serializers
from wijkverbinder.trajectories import serializers as trajectory_serializers
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests import factories as trajectory_factories

PACKAGE = Path(__file__).resolve().parents[2]
MODULES = [
    collective_serializers,
    diagnosis_serializers,
    safety_api,
    intake_api,
    straattafel_serializers,
    trajectory_serializers,
]
BODY = {
    "datum": "2026-10-02",
    "tekst": "Harde muziek in de nacht.",
    "buurtcode": "BU99010102",
    "rol": "affected",
}


def _client(username: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username=username)}")
    return client


def _serializer_classes() -> dict[str, type[serializers.Serializer]]:  # type: ignore[type-arg]
    found = {}
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, serializers.Serializer):
                found[name] = value
    return found


def test_every_serializer_that_reads_a_body_refuses_unknown_fields() -> None:
    """The classes given `data=request.data` in the API modules, and every `…Input…`/`…Patch…`
    serializer (the trajectory records pass theirs through one helper), are `InputSerializer`s."""
    used = set()
    for path in PACKAGE.glob("*/**/*.py"):
        if "tests" not in path.parts:
            text = path.read_text(encoding="utf-8")
            used |= set(re.findall(r"(\w+Serializer)\(\s*data=request\.data", text))
    classes = _serializer_classes()
    named = {name for name in classes if re.search(r"Input|Patch", name)}
    assert len(used) >= 15
    assert used <= set(classes), used - set(classes)
    lax = sorted(name for name in used | named if not issubclass(classes[name], InputSerializer))
    assert lax == []


@pytest.mark.django_db
def test_a_signal_with_a_misspelt_field_is_refused_and_not_stored(fatima: User) -> None:
    api = _client("fatima")
    response = api.post("/api/v1/signalen", {**BODY, "tekts": "typo", "bronn": "x"}, format="json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    params = response.json()["invalidParams"]
    assert [(p["name"], p["code"]) for p in params] == [
        ("bronn", "unknown_field"),
        ("tekts", "unknown_field"),
    ]
    assert "Onbekend veld 'tekts'" in params[1]["reason"]
    assert "tekst" in params[1]["reason"]  # it names what can be sent
    assert "id" not in params[1]["reason"].split(": ", 1)[1].split(", ")  # not a read-only one
    assert not Signal.objects.filter(text__contains="muziek").exists()


@pytest.mark.django_db
def test_what_the_api_showed_may_be_sent_back(fatima: User) -> None:
    """Read-only fields (`id`, `aangemaaktOp`, …) are accepted and ignored: a client may PUT what
    it read, with one value changed."""
    api = _client("fatima")
    signal = make_signal(fatima, text="Eerste tekst")
    shown = api.get(f"/api/v1/signalen/{signal.uuid}").json()
    response = api.put(
        f"/api/v1/signalen/{signal.uuid}", {**shown, "tekst": "Tweede tekst"}, format="json"
    )
    assert response.status_code == 200, response.json()
    signal.refresh_from_db()
    assert signal.text == "Tweede tekst"
    response = api.patch(f"/api/v1/signalen/{signal.uuid}", {"ernstt": 2}, format="json")
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "ernstt"


@pytest.mark.django_db
def test_trajectory_bodies_refuse_unknown_fields(demo: None) -> None:
    api = _client("joost")
    question = trajectory_factories.question()
    response = api.post(
        "/api/v1/trajecten", {"vraag": str(question.uuid), "stap": "connect"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "stap"
    assert not Trajectory.objects.exists()
    trajectory = trajectory_factories.started()
    response = api.post(
        f"/api/v1/trajecten/{trajectory.uuid}/afspraken",
        {
            "wie": "Bewoners",
            "wat": "Buurtfeest",
            "uiterlijk": str(dt.date.today() + dt.timedelta(days=30)),
            "door": "x",
        },
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"] == [
        {
            "name": "door",
            "code": "unknown_field",
            "reason": response.json()["invalidParams"][0]["reason"],
        }
    ]
    assert not trajectory.agreements.exists()


@pytest.mark.django_db
def test_unknown_fields_and_invalid_known_ones_are_reported_together(fatima: User) -> None:
    api = _client("fatima")
    response = api.post(
        "/api/v1/signalen", {**BODY, "datum": "gisteren", "tekts": "x"}, format="json"
    )
    assert response.status_code == 400
    names = {(p["name"], p["code"]) for p in response.json()["invalidParams"]}
    assert names == {("datum", "invalid"), ("tekts", "unknown_field")}
