"""The API follows the NL API Design Rules and the team scoping of the UI."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from rest_framework.test import APIClient

from wijkverbinder.accounts.services import create_token


@pytest.fixture
def token_client(demo: None) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username='fatima')}")
    return client


def test_anonymous_gets_401_problem(demo: None) -> None:
    response = Client().get("/api/v1/buurten")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    problem = json.loads(response.content)
    assert problem["status"] == 401
    assert problem["title"] == "Niet ingelogd"
    assert response["API-Version"] == "1.0.0"


def test_token_lists_only_own_team(token_client: APIClient) -> None:
    response = token_client.get("/api/v1/buurten")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 6
    assert {row["wijkcode"] for row in data["results"]} == {"WK990101"}
    assert response["Cache-Control"] == "no-store"


def test_paging_with_link_header(token_client: APIClient) -> None:
    response = token_client.get("/api/v1/buurten?pageSize=2&page=2")
    assert len(response.json()["results"]) == 2
    assert 'rel="next"' in response["Link"]
    assert 'rel="prev"' in response["Link"]


def test_session_auth_and_other_teams_record_is_404(pieter_client: Client) -> None:
    assert pieter_client.get("/api/v1/buurten/BU99010201").status_code == 200
    response = pieter_client.get("/api/v1/buurten/BU99010102")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_trailing_slash_is_404_not_redirect(token_client: APIClient) -> None:
    response = token_client.get("/api/v1/buurten/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_read_only_resource_answers_405_with_allow(token_client: APIClient) -> None:
    response = token_client.post("/api/v1/buurten", {}, format="json")
    assert response.status_code == 405
    assert "GET" in response["Allow"]


def test_openapi_is_public_and_dutch(db: None) -> None:
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = json.loads(response.content)
    assert spec["openapi"].startswith("3.")
    assert "/buurten" in spec["paths"]
    assert spec["info"]["contact"]["email"]
