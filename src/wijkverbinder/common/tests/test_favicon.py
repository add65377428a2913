"""Every page names a local favicon (no 404 for /favicon.ico in the log, no CDN)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.template.loader import get_template
from django.test import Client
from django.urls import reverse

ICON = "wijkverbinder/favicon.svg"


@pytest.mark.django_db
def test_team_pages_link_the_local_favicon(client: Client) -> None:
    body = client.get(reverse("accounts:login")).content.decode()
    assert 'rel="icon"' in body
    assert f"/static/{ICON}" in body
    found = finders.find(ICON)
    assert isinstance(found, str)
    assert Path(found).read_text(encoding="utf-8").startswith("<svg")


def test_residents_pages_link_the_local_favicon() -> None:
    template = get_template("straattafel/resident/base.html")
    source = template.template.source  # type: ignore[attr-defined]
    assert f"{{% static '{ICON}' %}}" in source
    assert 'rel="icon"' in source


@pytest.mark.django_db
def test_favicon_ico_redirects_permanently_to_the_static_icon_without_log_in(
    client: Client,
) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == f"/static/{ICON}"
