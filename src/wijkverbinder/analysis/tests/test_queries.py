"""The wijkanalyse page reads a constant number of queries, however many buurten the area has, and
never computes the suppressed cube (it reads the stored table)."""

from __future__ import annotations

from unittest import mock

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wijkverbinder.accounts.models import Team
from wijkverbinder.analysis.tests.factories import add_signals, rebuilt
from wijkverbinder.areas.models import District, Neighbourhood


def _queries(client: Client, path: str) -> int:
    with (
        mock.patch("wijkverbinder.analysis.tables.compute_cube", side_effect=AssertionError),
        CaptureQueriesContext(connection) as captured,
    ):
        assert client.get(path).status_code == 200
    return len(captured)


def _more_buurten(count: int) -> None:
    wijk = District.objects.get(code="WK990101")
    rozenhof = Neighbourhood.objects.get(code="BU99010102")
    for n in range(count):
        Neighbourhood.objects.create(
            district=wijk,
            code=f"BU9901019{n}",
            name=f"Extra {n}",
            year=wijk.year,
            geometry=rozenhof.geometry,
            population=1000 + n,
        )
        add_signals(f"BU9901019{n}", households=6 + n % 3)


def test_page_queries_do_not_grow_with_the_number_of_buurten(fatima_client: Client) -> None:
    add_signals("BU99010102", households=6)
    add_signals("BU99010101", households=2, per_household=3)  # needs the exact household count
    rebuilt()
    fatima_client.get("/wijkanalyse/WK990101/")  # the session is written once, on the first page
    before = _queries(fatima_client, "/wijkanalyse/WK990101/")
    _more_buurten(8)
    rebuilt()
    assert Team.objects.get(name="Wijkteam W").districts.get().neighbourhoods.count() == 14
    after = _queries(fatima_client, "/wijkanalyse/WK990101/")
    assert after == before
    assert _queries(fatima_client, "/wijkanalyse/GM9901/?periode=52-weken") == before
