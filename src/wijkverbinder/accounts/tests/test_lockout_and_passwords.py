"""Log-in hardening: lock-out per user name and per address, Dutch password rules, idle timeout."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from wijkverbinder.accounts.middleware import LAST_SEEN
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD


def _attempt(username: str, password: str, *, agent: str, address: str) -> int:
    client = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address)
    return client.post("/inloggen/", {"username": username, "password": password}).status_code


def test_new_user_agent_per_attempt_does_not_escape_the_lock_out(demo: None) -> None:
    for attempt in range(5):
        _attempt("fatima", "fout", agent=f"browser-{attempt}", address=f"10.0.0.{attempt}")
    # the right password from yet another browser and address is still refused
    assert _attempt("fatima", DEMO_PASSWORD, agent="nieuw", address="10.0.1.1") == 429


def test_one_address_trying_many_user_names_is_locked_out(demo: None) -> None:
    for attempt in range(5):
        _attempt(f"gok{attempt}", "fout", agent=f"b{attempt}", address="10.9.9.9")
    assert _attempt("joost", DEMO_PASSWORD, agent="x", address="10.9.9.9") == 429
    assert _attempt("joost", DEMO_PASSWORD, agent="x", address="10.9.9.10") == 302


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("kort-1A!", "te kort: gebruik minstens 12 tekens"),
        ("wachtwoord1", "te kort"),
        ("wachtwoord12", "komt te vaak voor"),
        ("Welkom2025!!", "komt te vaak voor"),
        ("Feyenoord010!", "komt te vaak voor"),
        ("password1234", "komt te vaak voor"),
        ("123456789012", "alleen cijfers"),
    ],
)
def test_weak_passwords_are_refused_in_dutch(db: None, password: str, message: str) -> None:
    with translation.override("nl"), pytest.raises(ValidationError) as caught:
        validate_password(password)
    assert any(message in text for text in caught.value.messages), caught.value.messages


def test_a_long_uncommon_password_is_accepted(db: None) -> None:
    validate_password("paard-batterij-nietje-correct")


def test_idle_session_ends(fatima_client: Client, settings: object) -> None:
    assert fatima_client.get("/").status_code == 200
    session = fatima_client.session
    session[LAST_SEEN] = int(time.time()) - 31 * 60
    session.save()
    response = fatima_client.get("/")
    assert response.status_code == 302
    assert "verlopen=1" in response["Location"]
    assert fatima_client.get("/").status_code == 302  # logged out


def test_admin_logs_in_through_our_log_in_page(db: None) -> None:
    response = Client().get("/beheer/login/?next=/beheer/")
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/")
