"""Logs never contain personal data: every log record emitted while signals are written through the
form, the API and an import (and a refused one, and an address lookup with a postcode in the query)
is formatted both plain and as JSON, and scanned for the names, phone numbers and postcodes that
went in. Request lines carry the URL pattern, status and time; exceptions lose their messages."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from wijkverbinder.accounts.services import create_token
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.tests.test_api import BODY
from wijkverbinder.intake.tests.test_views import FORM
from wijkverbinder.operations.logformat import JsonFormatter, PlainFormatter

PERSONAL = ("Bakker", "06-11122233", "Pinas", "06-98765432", "Henk", "Vries", "9901AB", "4321 ZX")
LOGGERS = (
    "",
    "wijkverbinder",
    "django",
    "django.request",
    "django.server",
    "waitress",
    "py.warnings",
)


class _Both(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.plain: list[str] = []
        self.json: list[str] = []
        self._plain, self._json = PlainFormatter(), JsonFormatter()

    def emit(self, record: logging.LogRecord) -> None:
        self.plain.append(self._plain.format(record))
        self.json.append(self._json.format(record))


@pytest.fixture
def logs() -> Iterator[_Both]:
    handler = _Both()
    saved = {}
    for name in LOGGERS:
        logger = logging.getLogger(name)
        saved[name] = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
    yield handler
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(handler)
        logging.getLogger(name).setLevel(saved[name])


def _assert_clean(lines: list[str]) -> None:
    output = "\n".join(lines)
    for secret in PERSONAL:
        assert secret not in output, f"{secret!r} in the log"


@pytest.mark.django_db
def test_signal_writes_and_imports_leave_no_personal_data_in_the_log(
    logs, fatima, fatima_client, django_capture_on_commit_callbacks
):
    assert {"Bakker", "06-11122233"} <= set(
        FORM["text"].replace("(", " ").replace(")", " ").split()
    )
    assert "Pinas" in BODY["tekst"]
    assert "06-98765432" in BODY["tekst"]
    assert fatima_client.post("/signalen/nieuw/", FORM).status_code == 302
    assert (
        fatima_client.post(
            "/signalen/nieuw/", {**FORM, "text": "x" * (settings.SIGNAL_TEXT_MAX + 1)}
        ).status_code
        == 200
    )
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username='fatima')}")
    assert api.post("/api/v1/signalen", BODY, format="json").status_code == 201
    assert (
        api.post("/api/v1/signalen", {**BODY, "datum": "Pinas"}, format="json").status_code == 400
    )
    csv = (
        b"id,date,text,neighbourhood,street,lat,lon,role,household\n"
        b"k1,2026-09-01,Henk de Vries klaagt over muziek,BU99010102,,,,affected,9901AB 12\n"
    )
    upload = SimpleUploadedFile("s.csv", csv)
    with django_capture_on_commit_callbacks(execute=True):  # the import runs as a task
        assert fatima_client.post("/signalen/importeren/", {"upload": upload}).status_code == 302
    fatima_client.get("/signalen/adres/", {"postcode": "4321 ZX", "house_number": "7"})
    assert Signal.objects.count() == 3

    _assert_clean(logs.plain)
    _assert_clean(logs.json)
    requests = [json.loads(line) for line in logs.json if '"wijkverbinder.requests"' in line]
    assert {(r["method"], r["route"], r["status"]) for r in requests} >= {
        ("POST", "/signalen/nieuw/", 302),
        ("POST", "/api/v1/signalen", 201),
        ("GET", "/signalen/adres/", 200),
    }
    assert all(r["duration_ms"] >= 0 and len(r["request_id"]) == 16 for r in requests)


def test_exceptions_are_logged_without_their_message(logs):
    name, row = FORM["text"][:13], f"duplicate key (tekst)=({FORM['text']})"
    try:
        try:
            raise KeyError(name)
        except KeyError as cause:
            raise ValueError(row) from cause
    except ValueError:
        logging.getLogger("wijkverbinder.test").exception("opslaan mislukt")
    _assert_clean(logs.plain + logs.json)
    entry = json.loads(logs.json[-1])
    assert entry["message"] == "opslaan mislukt"
    assert "builtins.ValueError (melding weggelaten)" in entry["exception"]
    assert "builtins.KeyError (melding weggelaten)" in entry["exception"]
    assert "test_exceptions_are_logged_without_their_message" in entry["exception"]  # the stack
    assert "builtins.ValueError (melding weggelaten)" in logs.plain[-1]


def test_json_lines_hold_only_plain_extra_values(logs):
    class Person:
        def __str__(self) -> str:
            return "Henk de Vries"

    logging.getLogger("wijkverbinder.test").warning("klaar", extra={"who": Person(), "n": 3})
    entry = json.loads(logs.json[-1])
    assert entry["n"] == 3
    assert "who" not in entry
    assert entry["level"] == "WARNING"
    assert entry["time"].endswith("+00:00")
