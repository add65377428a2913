"""Fixtures of intake: a team in Amsterdam for the real Signalen exports (their meldingen lie in
Amsterdam's Centrum), with the municipality's own area file imported."""

from __future__ import annotations

from typing import Any

import pytest

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.services import add_member, create_team
from wijkverbinder.areas.models import District, Municipality
from wijkverbinder.areas.services import import_areas
from wijkverbinder.core.tests.test_real_exports import DATA


@pytest.fixture
def anna(db: Any) -> User:
    """Member of a team working in five Amsterdam buurten (cut of Amsterdam's gebieden file)."""
    import_areas(
        data=(DATA / "amsterdam_gebieden_buurten_cut.geojson").read_bytes(), default_year=2024
    )
    municipality = Municipality.objects.get(code="GM0363")
    team = create_team(
        name="Wijkteam Centrum-Oost",
        municipality=municipality,
        districts=District.objects.filter(municipality=municipality),
    )
    return add_member(
        team=team,
        username="anna",
        first_name="Anna",
        last_name="de Wit",
        email="anna@amsterdam.example",
        role="admin",
        profession="sociaal makelaar",
        password="een-lang-wachtwoord-2025",
    )
