"""The demo municipality is generated deterministically, idempotently and consistently."""

from __future__ import annotations

import pytest
from shapely.geometry import shape

from wijkverbinder.accounts.models import Membership, Team, User
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.areas.selectors import neighbourhood_at
from wijkverbinder.portal.demo import cast
from wijkverbinder.portal.demo.build import build_demo
from wijkverbinder.portal.demo.geometry import cell_polygon


def test_demo_matches_the_cast(demo: None) -> None:
    assert Neighbourhood.objects.count() == len(cast.NEIGHBOURHOODS) == 8
    assert Street.objects.count() == sum(len(b.streets) for b in cast.NEIGHBOURHOODS)
    assert set(Team.objects.values_list("name", flat=True)) == set(cast.TEAMS)
    assert Membership.objects.count() == len(cast.PERSONAS)
    assert User.objects.get(username="ingrid").is_superuser
    assert User.objects.get(username="fatima").check_password(cast.DEMO_PASSWORD)


def test_demo_is_idempotent(demo: None) -> None:
    report = build_demo()
    assert not report.created
    assert Neighbourhood.objects.count() == 8


def test_geometry_is_deterministic_valid_and_tiles_without_overlap() -> None:
    shapes = [shape(cell_polygon(*b.cell)) for b in cast.NEIGHBOURHOODS]
    assert cell_polygon(1, 1) == cell_polygon(1, 1)
    assert all(s.is_valid for s in shapes)
    for i, a in enumerate(shapes):
        for b in shapes[i + 1 :]:
            assert a.intersection(b).area == pytest.approx(0, abs=1e-12)


def test_each_centre_locates_to_its_own_neighbourhood(demo: None) -> None:
    for buurt in Neighbourhood.objects.all():
        assert buurt.centroid_lat is not None
        assert buurt.centroid_lon is not None
        found = neighbourhood_at(lat=buurt.centroid_lat, lon=buurt.centroid_lon)
        assert found is not None
        assert found.code == buurt.code
