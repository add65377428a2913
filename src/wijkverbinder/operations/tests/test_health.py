"""Health endpoints and the readiness gate: live, gereed (with each check failing in turn), 503
with Retry-After for users until ready, and no log-in, host check or HTTPS redirect for probes."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client

from wijkverbinder.operations import readiness

pytestmark = pytest.mark.django_db


def test_live_answers_without_log_in():
    response = Client().get("/gezondheid/live")
    assert response.status_code == 200
    assert response.json() == {"status": "live"}
    assert response["Cache-Control"] == "no-store"


def test_probes_need_no_known_host_and_no_https(settings, engine_loaded):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["wijkverbinder.gemeente.nl"]
    client = Client(HTTP_HOST="10.0.0.7:8000")  # a load balancer probes the address
    assert client.get("/gezondheid/live").status_code == 200
    assert client.get("/gezondheid/gereed").status_code == 200
    assert client.get("/").status_code == 400  # everything else still checks the host


def test_ready_when_every_check_passes(engine_loaded):
    response = Client().get("/gezondheid/gereed")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "gereed"
    assert set(body["checks"]) == {"database", "migraties", "redactie"}
    assert all(check["ok"] for check in body["checks"].values())


def test_not_ready_while_a_migration_is_not_applied(gate):
    MigrationRecorder.Migration.objects.filter(app="intake").order_by("-id")[:1].get().delete()
    response = Client().get("/gezondheid/gereed")
    assert response.status_code == 503
    assert response["Retry-After"] == str(readiness.RETRY_AFTER_SECONDS)
    body = response.json()
    assert body["status"] == "niet gereed"
    assert body["checks"]["migraties"] == {"ok": False, "toelichting": "1 niet toegepast"}
    assert body["checks"]["database"]["ok"]


def test_not_ready_when_the_database_does_not_answer(monkeypatch, gate):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused by db.example:5432")

    monkeypatch.setattr(connection, "cursor", refuse)
    body = Client().get("/gezondheid/gereed").json()
    assert body["checks"]["database"] == {
        "ok": False,
        "toelichting": "niet bereikbaar (DatabaseError)",
    }
    assert "db.example" not in str(body)  # no connection details leak to the probe


def test_not_ready_while_the_redaction_engine_loads(engine_loading, gate):
    response = Client().get("/gezondheid/gereed")
    assert response.status_code == 503
    assert response.json()["checks"]["redactie"] == {"ok": False, "toelichting": "wordt geladen"}


def test_an_armed_process_keeps_users_out_until_ready(engine_loading, gate, fatima_client):
    gate.armed = True
    page = fatima_client.get("/signalen/")
    assert page.status_code == 503
    assert page["Retry-After"] == str(readiness.RETRY_AFTER_SECONDS)
    assert "wijkverbinder start op" in page.content.decode()
    api = fatima_client.get("/api/v1/signalen")
    assert api.status_code == 503
    assert api["Content-Type"] == "application/problem+json"
    assert api.json()["status"] == 503
    assert fatima_client.get("/gezondheid/live").status_code == 200


def test_the_gate_opens_once_ready_and_stays_open(engine_loaded, gate, fatima_client):
    gate.armed = True
    assert fatima_client.get("/signalen/").status_code == 200
    assert gate.open


def test_a_process_that_did_not_arm_the_gate_serves(engine_loading, gate, fatima_client):
    """Tests, `runserver` and management commands: no gate (a write would wait or be refused)."""
    assert fatima_client.get("/signalen/").status_code == 200
