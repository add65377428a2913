"""Log-in and log-out pages; every page but log-in needs a log-in."""

from __future__ import annotations

import pytest
from django.test import Client

from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

PAGES = ["/", "/buurten/BU99010101/", "/signalen/", "/kennisbank/", "/beheer/"]


def test_login_page_is_dutch_and_public(db: None) -> None:
    response = Client().get("/inloggen/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Inloggen" in body
    assert 'lang="nl"' in body


@pytest.mark.parametrize("path", PAGES)
def test_pages_need_login(demo: None, path: str) -> None:
    response = Client().get(path)
    assert response.status_code == 302
    assert "/inloggen/" in response["Location"]


def test_login_and_logout(demo: None) -> None:
    client = Client()
    response = client.post(
        "/inloggen/", {"username": "fatima", "password": DEMO_PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert "Welkom, Fatima El Amrani" in response.content.decode()
    response = client.post("/uitloggen/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/inloggen/")
    assert client.get("/").status_code == 302


def test_wrong_password_gets_dutch_message(demo: None) -> None:
    response = Client().post("/inloggen/", {"username": "fatima", "password": "fout"})
    assert response.status_code == 200
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in response.content.decode()


def test_logout_needs_post(fatima_client: Client) -> None:
    """A GET logs nobody out; it leads to the start page, not to a bare 405 (PRG, issue 11)."""
    response = fatima_client.get("/uitloggen/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert fatima_client.get("/").status_code == 200
    assert fatima_client.put("/uitloggen/").status_code == 405


@pytest.mark.parametrize("path", ["/beheer/", "/beheer/systeem/", "/beheer-api-sleutels/"])
def test_staff_page_refuses_a_logged_in_member_without_a_redirect_loop(
    fatima_client: Client, path: str
) -> None:
    """A team member who opens a beheer page gets "Geen toegang", not a log-in page that sends her
    straight back (the browser's "too many redirects")."""
    response = fatima_client.get(path, follow=True)
    assert len(response.redirect_chain) <= 3
    assert response.status_code == 403
    assert "Geen toegang" in response.content.decode()


def test_login_page_still_sends_a_logged_in_user_on(fatima_client: Client) -> None:
    response = fatima_client.get("/inloggen/?next=/signalen/")
    assert response.status_code == 302
    assert response["Location"] == "/signalen/"
