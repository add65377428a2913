"""A write whose text cannot be redacted in time is refused (503, Retry-After, Dutch message) and
stores nothing: not the signal, not an audit entry. Never a fallback to the unredacted text."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from wijkverbinder.accounts.services import create_token
from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.intake.models import ImportFile, Signal, SignalImport
from wijkverbinder.intake.tests.test_api import BODY
from wijkverbinder.intake.tests.test_views import FORM


@pytest.fixture
def short_wait(settings):
    settings.REDACTION_WAIT_SECONDS = 0.05


def test_web_form_write_is_refused_and_stores_nothing(short_wait, fatima_client, engine_loading):
    audits = AccessLogEntry.objects.count()
    response = fatima_client.post("/signalen/nieuw/", FORM)
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "er is niets opgeslagen" in body
    assert "Bakker" not in body
    assert Signal.objects.count() == 0
    assert AccessLogEntry.objects.count() == audits


def test_api_write_is_refused_as_problem(short_wait, fatima, engine_loading):
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username='fatima')}")
    response = api.post("/api/v1/signalen", BODY, format="json")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 503
    assert "nog geladen" in problem["detail"]
    assert "Pinas" not in response.content.decode()
    assert Signal.objects.count() == 0


def test_web_import_is_refused_and_stores_nothing(short_wait, fatima_client, engine_loading):
    """Even the upload's file name is redacted before it is stored: while the engine is still
    loading the upload is refused (503) and neither the import nor its file is kept."""
    csv = b"id,date,text,neighbourhood\nk1,2026-09-01,Henk de Vries klaagt over muziek,BU99010102\n"
    response = fatima_client.post(
        "/signalen/importeren/", {"upload": SimpleUploadedFile("s.csv", csv)}
    )
    assert response.status_code == 503
    assert Signal.objects.count() == 0
    assert SignalImport.objects.count() == 0
    assert not ImportFile.objects.exists()


def test_the_theme_hint_is_refused_not_computed_on_raw_text(
    short_wait, fatima_client, engine_loading
):
    response = fatima_client.post(
        "/signalen/thema-suggestie/",
        {"text": "Henk de Vries klaagt over de muziek"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 503
    assert "Henk" not in response.content.decode()


def test_a_write_waits_when_the_engine_is_nearly_there(fatima_client, settings):
    """Loaded engine, normal wait: the same write succeeds (the refusal above is not a rule
    that fires always)."""
    settings.REDACTION_WAIT_SECONDS = 20
    response = fatima_client.post("/signalen/nieuw/", FORM)
    assert response.status_code == 302
    assert "Bakker" not in Signal.objects.get().text


def test_beheer_cannot_write_free_text_around_the_redaction(demo, rf):
    """Titles, notes and examples of collective questions are written only by the app."""
    from django.contrib import admin

    from wijkverbinder.collective.models import CollectiveQuestion, Decision

    for model, fields in (
        (CollectiveQuestion, {"title", "decision_note", "examples"}),
        (Decision, {"note"}),
    ):
        model_admin = admin.site._registry[model]
        request = rf.get("/beheer/")
        assert fields <= set(model_admin.get_readonly_fields(request))
        assert not model_admin.has_add_permission(request)
