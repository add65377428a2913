"""Later pages of the signal list read their keys first (`common/paging.py`): the same rows in the
same order as plain paging, on the page and in the API, with a fixed number of queries."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wijkverbinder.accounts.models import User
from wijkverbinder.areas.models import Street
from wijkverbinder.common.paging import KeyFirstPaginator
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.selectors import signals_for_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def joost(demo: None) -> User:
    return User.objects.get(username="joost")


def make_signals(*, count: int, days: int = 60, first: date | None = None) -> list[Signal]:
    """`count` signals of Joost's team over `days` days, on two streets of Wijk W."""
    joost = User.objects.get(username="joost")
    team = joost.memberships.get().team
    streets = list(Street.objects.filter(neighbourhood__code="BU99010102").order_by("name")[:2])
    start = first or date.today() - timedelta(days=days)
    return [
        Signal.objects.create(
            team=team,
            observed_on=start + timedelta(days=(i * days) // count),
            neighbourhood=streets[i % 2].neighbourhood,
            street=streets[i % 2],
            text="Harde muziek van de bovenburen tot diep in de nacht.",
            theme="overlast.geluid",
        )
        for i in range(count)
    ]


def _ids(rows: Any) -> list[int]:
    return [row.pk for row in rows]


@pytest.mark.parametrize(("per_page", "orphans"), [(7, 0), (7, 3), (25, 0)])
def test_every_page_holds_the_rows_of_plain_paging(
    joost: User, per_page: int, orphans: int
) -> None:
    make_signals(count=40, days=10)  # several signals per day: the order needs its tie-breaker
    rows = signals_for_user(user=joost)
    plain = Paginator(rows, per_page, orphans=orphans)
    keyed = KeyFirstPaginator(rows, per_page, orphans=orphans)
    assert keyed.num_pages == plain.num_pages
    for number in plain.page_range:
        assert _ids(keyed.page(number)) == _ids(plain.page(number)), number
    last = keyed.page(keyed.num_pages)
    assert not last.has_next()
    assert last.end_index() == rows.count()


def test_a_later_page_loads_its_rows_with_their_places(joost: User) -> None:
    make_signals(count=30)
    page = KeyFirstPaginator(signals_for_user(user=joost), 10).page(2)
    with CaptureQueriesContext(connection) as captured:
        names = [(row.neighbourhood.name, row.street.name if row.street else "") for row in page]
    assert len(names) == 10
    assert len(captured) == 0


def test_a_list_that_is_no_query_set_pages_as_before() -> None:
    page = KeyFirstPaginator(list(range(30)), 10).page(3)
    assert list(page) == list(range(20, 30))


def _page_queries(client: Client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_the_second_page_of_the_list_shows_the_next_signals(joost: User) -> None:
    made = make_signals(count=30)
    client = Client()
    client.force_login(joost)
    expected = list(signals_for_user(user=joost).values_list("uuid", flat=True))[25:50]
    client.get("/signalen/?pagina=2")  # the first request warms caches (session, taxonomy)
    count, html = _page_queries(client, "/signalen/?pagina=2")
    assert all(str(key) in html for key in expected)
    assert str(signals_for_user(user=joost).first().uuid) not in html  # type: ignore[union-attr]
    assert "Pagina 2 van" in html
    make_signals(count=30, first=made[0].observed_on)
    more, _ = _page_queries(client, "/signalen/?pagina=2")
    assert more == count


def test_the_api_pages_in_the_same_order(joost: User) -> None:
    make_signals(count=23)
    client = Client()
    client.force_login(joost)
    every = [str(key) for key in signals_for_user(user=joost).values_list("uuid", flat=True)]
    second = client.get("/api/v1/signalen?page=2&pageSize=10").json()
    third = client.get("/api/v1/signalen?page=3&pageSize=10").json()
    assert [row["id"] for row in second["results"]] == every[10:20]
    assert [row["id"] for row in third["results"]] == every[20:30]
    assert second["count"] == len(every)
    assert (third["next"] is None) == (len(every) <= 30)


@pytest.mark.parametrize("cap", [5, 20, 21, 100])
def test_a_capped_count_pages_like_an_exact_one(joost: User, cap: int) -> None:
    make_signals(count=40, days=10)
    rows = signals_for_user(user=joost)
    total = rows.count()
    plain = Paginator(rows, 7)
    for number in plain.page_range:
        capped = KeyFirstPaginator(rows, 7, count_cap=cap)
        page = capped.page(number)
        assert _ids(page) == _ids(plain.page(number)), number
        assert page.has_next() == (number < plain.num_pages)
        if capped.count_is_exact:
            assert capped.count == total
        else:  # only pages that end before the cap are served without the exact count
            assert capped.count == cap + 1
            assert number * 7 < cap + 1


def test_a_page_past_the_end_with_a_cap_is_the_last_page(joost: User) -> None:
    make_signals(count=40)
    rows = signals_for_user(user=joost)
    page = KeyFirstPaginator(rows, 7, count_cap=10).get_page(999)
    assert page.paginator.count == rows.count()
    assert not page.has_next()
    assert _ids(page) == _ids(Paginator(rows, 7).page(page.number))


def test_the_list_says_more_than_the_cap_without_counting_further(
    joost: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("wijkverbinder.intake.views.COUNT_CAP", 30)  # one page of 25 and more
    make_signals(count=60)
    client = Client()
    client.force_login(joost)
    client.get("/signalen/")
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/signalen/").content.decode()
    assert "Meer dan 30 signalen" in html
    assert "Pagina 1<" in html
    assert 'rel="next"' in html
    counts = [q["sql"] for q in captured.captured_queries if "COUNT(" in q["sql"]]
    assert len(counts) == 1, "\n".join(c[:100] + " … " + c[-60:] for c in counts)
    assert "LIMIT 31" in counts[0]
    last = client.get("/signalen/?pagina=99").content.decode()  # beyond the cap: counted exactly
    total = signals_for_user(user=joost).count()
    assert f"{total} signalen" in last
    assert f"Pagina {-(-total // 25)} van {-(-total // 25)}" in last
