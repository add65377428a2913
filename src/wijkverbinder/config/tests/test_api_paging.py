"""Paging of the API lists (`common.api.Pagination`): a `page` or `pageSize` that is no whole
number of 1 or more is a 400 problem naming the parameter (it was silently the first page or the
default size); a page past the end is a 404 that says how many pages there are."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.services import create_token
from wijkverbinder.intake.tests.factories import make_signal


@pytest.fixture
def api(fatima: User) -> APIClient:
    for index in range(3):
        make_signal(fatima, text=f"Signaal {index}")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username='fatima')}")
    return client


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page=-1", "page"),
        ("pageSize=abc", "pageSize"),
        ("pageSize=0", "pageSize"),
        ("page=1&pageSize=2,5", "pageSize"),
    ],
)
def test_a_page_or_size_that_is_no_whole_number_is_refused(
    api: APIClient, query: str, name: str
) -> None:
    response = api.get(f"/api/v1/signalen?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    (param,) = response.json()["invalidParams"]
    assert param["name"] == name
    assert param["reason"].startswith("Geef een geheel getal van 1 of hoger")


def test_a_page_past_the_end_says_how_many_pages_there_are(api: APIClient) -> None:
    assert len(api.get("/api/v1/signalen?page=3&pageSize=1").json()["results"]) == 1
    response = api.get("/api/v1/signalen?page=4&pageSize=1")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"] == (
        "Pagina 4 bestaat niet: deze lijst heeft 3 pagina's van 1 resultaat."
    )


def test_a_size_above_the_maximum_gives_the_maximum(api: APIClient) -> None:
    response = api.get("/api/v1/signalen?pageSize=100000")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 3
