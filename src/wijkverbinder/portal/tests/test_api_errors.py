"""Every error under /api/v1 is a problem document (RFC 9457) in one vocabulary (issues 10, 11).

Each test names the rule it guards; it fails when an error answers in HTML, with another title for
its kind, or with an English message.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from wijkverbinder.accounts.services import create_token
from wijkverbinder.common.problems import KIND_INVALID, KIND_METHOD, KIND_REFUSED, title_for
from wijkverbinder.trajectories.tests import factories

PROBLEM = "application/problem+json"
ENGLISH = re.compile(r"\b(must|valid|field|required|ensure|expected|not allowed|invalid)\b", re.I)


@pytest.fixture
def api(demo: None) -> Client:
    """An API client with Joost's (coordinator, Wijkteam W) API key and CSRF checks on."""
    key = create_token(username="joost", name="test")
    return Client(enforce_csrf_checks=True, HTTP_AUTHORIZATION=f"Token {key}")


@pytest.fixture
def session(demo: None) -> Client:
    """A browser session (cookie) with CSRF checks on, as a browser's script would send it."""
    from wijkverbinder.accounts.models import User

    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.get(username="joost"))
    return client


def problem_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith(PROBLEM), response["Content-Type"]
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert {"type", "title", "detail", "code"} <= body.keys()
    return body


@pytest.mark.parametrize("method", ["put", "post", "patch", "delete", "get"])
@pytest.mark.parametrize(
    "path", ["/api/v1/nonexistent", "/api/v1/trajecten/x/gebeurtenissen/1", "/api/v1/signalen/"]
)
def test_unknown_route_is_a_404_problem_for_every_method(
    session: Client, method: str, path: str
) -> None:
    """Unsafe methods on unknown routes got Django's HTML CSRF page (403)."""
    body = problem_of(getattr(session, method)(path), 404)
    assert body["title"] == "Niet gevonden"
    assert body["code"] == "not_found"


def test_newline_in_a_path_is_a_404_problem(api: Client) -> None:
    problem_of(api.get("/api/v1/signalen%0A"), 404)
    problem_of(api.put("/api/v1/trajecten/%0A/x"), 404)


def test_method_not_allowed_is_a_405_problem_with_allow(api: Client) -> None:
    body = problem_of(api.put("/api/v1/signalen"), 405)
    assert body["title"] == "Methode niet toegestaan"
    assert body["code"] == "method_not_allowed"
    assert "PUT" in body["detail"]
    assert not ENGLISH.search(body["detail"])


def test_a_body_too_large_is_a_413_problem_before_it_is_read(api: Client, settings: Any) -> None:
    settings.API_MAX_BODY_BYTES = 1000
    body = problem_of(
        api.post("/api/v1/signalen", "x" * 5000, content_type="application/json"), 413
    )
    assert body["code"] == "too_large"
    problem_of(api.post("/api/v1/nergens", "x" * 5000, content_type="text/plain"), 413)


def test_a_form_body_is_a_415_problem(api: Client) -> None:
    body = problem_of(api.post("/api/v1/signalen", {"tekst": "x"}), 415)
    assert body["title"] == "Mediatype niet ondersteund"
    assert not ENGLISH.search(body["detail"])


def test_no_credentials_is_a_401_problem(demo: None) -> None:
    body = problem_of(Client().get("/api/v1/signalen"), 401)
    assert body["code"] == "not_authenticated"
    assert not ENGLISH.search(body["detail"])


def test_too_many_requests_is_a_429_problem_with_retry_after(api: Client, settings: Any) -> None:
    from django.core.cache import cache

    cache.clear()
    settings.API_RATE_TOKEN = "2/minute"
    api.get("/api/v1/buurten")
    api.get("/api/v1/buurten")
    response = api.get("/api/v1/buurten")
    body = problem_of(response, 429)
    assert body["code"] == "throttled"
    assert "Retry-After" in response
    cache.clear()


def test_a_server_error_is_a_500_problem_without_details(
    api: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wijkverbinder.portal import api as portal_api

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("Jan Jansen 06-12345678")

    monkeypatch.setattr(portal_api.NeighbourhoodViewSet, "list", broken)
    api.raise_request_exception = False
    response = api.get("/api/v1/buurten")
    body = problem_of(response, 500)
    assert body["code"] == "server_error"
    assert "Jansen" not in response.content.decode()


def test_validation_messages_are_dutch(api: Client) -> None:
    """ "Must be a valid UUID." among Dutch messages (issue 11, point 13)."""
    response = api.post(
        "/api/v1/trajecten",
        {"vraag": "geen-uuid"},
        content_type="application/json",
    )
    body = problem_of(response, 400)
    assert body["title"] == KIND_INVALID
    reasons = [item["reason"] for item in body["invalidParams"]]
    assert reasons == ["Dit is geen geldige UUID."]
    response = api.post(
        "/api/v1/signalen",
        {"datum": "gisteren", "tekst": 5, "vraag": True},
        content_type="application/json",
    )
    for item in problem_of(response, 400)["invalidParams"]:
        assert not ENGLISH.search(item["reason"]), item


def test_date_and_time_formats_are_named_in_dutch(api: Client) -> None:
    """DRF named the expected form in English codes: "gebruik YYYY-MM-DD" (review of issue 11)."""
    response = api.post(
        "/api/v1/signalen",
        {"datum": "3-12-2026", "tekst": "Geluid"},
        content_type="application/json",
    )
    reasons = {p["name"]: p["reason"] for p in problem_of(response, 400)["invalidParams"]}
    assert reasons["datum"] == (
        "De datum heeft een verkeerde vorm; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-12-03."
    )
    response = api.post(
        "/api/v1/straattafels",
        {"titel": "Geluid", "vraag": "Wat bindt ons?", "opent": "morgen", "sluit": "14:30"},
        content_type="application/json",
    )
    reasons = {p["name"]: p["reason"] for p in problem_of(response, 400)["invalidParams"]}
    for name in ("opent", "sluit"):
        assert "JJJJ-MM-DDTuu:mm:ss" in reasons[name], reasons
        assert "2026-12-03T14:30:00+01:00" in reasons[name], reasons
    for reason in reasons.values():
        assert not re.search(r"YYYY|hh:mm|\[\.uuuuuu\]", reason), reason


def test_titles_name_the_kind_of_refusal() -> None:
    """Every refusal of the method was titled "Ongeldige invoer" (issue 11, point 13)."""
    assert title_for(400, "MTH016") == KIND_METHOD
    assert title_for(400, "closed") == KIND_REFUSED
    assert title_for(400, "invalid") == KIND_INVALID
    assert title_for(400, "future_date") == KIND_INVALID
    assert title_for(405, "method_not_allowed") == "Methode niet toegestaan"


def test_a_meeting_outside_step_3_and_a_wrong_step_move_share_the_code_style(api: Client) -> None:
    trajectory = factories.started()
    base = f"/api/v1/trajecten/{trajectory.uuid}"
    meeting = {
        "vorm": "straattafel",
        "datum": "2026-01-01",
        "lastErvaren": 1,
        "lastVeroorzaken": 1,
        "andereBewoners": 0,
        "professionals": 1,
        "agenda": ["Wat bindt ons"],
    }
    early = problem_of(
        api.post(f"{base}/bijeenkomsten", meeting, content_type="application/json"), 400
    )
    jump = problem_of(api.patch(base, {"stap": "hand_over"}, content_type="application/json"), 400)
    assert early["code"] == jump["code"] == "MTH016"
    assert early["title"] == jump["title"] == KIND_METHOD


def test_a_created_record_of_a_collection_has_its_location(api: Client) -> None:
    """201 with `Location` on every collection (NL API Design Rules), not only on trajectories."""
    from wijkverbinder.intake.tests.test_api import BODY

    response = api.post("/api/v1/signalen", BODY, content_type="application/json")
    assert response.status_code == 201, response.content
    location = response["Location"]
    assert location.endswith(f"/api/v1/signalen/{response.json()['id']}")
    assert api.get(location).status_code == 200
