"""No N+1 queries: every list page and every API list makes as many queries for 30 rows as for 3.

Each case adds rows of its kind for Wijkteam W (with varied streets and buurten, so related records
differ per row), counts the queries of one request, adds 27 more rows and counts again.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.selectors import get_neighbourhood_for_user
from wijkverbinder.areas.models import Street
from wijkverbinder.collective.tests.factories import make_signals
from wijkverbinder.diagnosis.services import record_assessment, record_safety_check
from wijkverbinder.diagnosis.tests.factories import ONGEMAK
from wijkverbinder.straattafel.tests.factories import straattafel
from wijkverbinder.trajectories import services as trajectory_services
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests.factories import question

pytestmark = pytest.mark.django_db
WIJK_W_BUURTEN = ("BU99010101", "BU99010102", "BU99010103", "BU99010104")
_counter = itertools.count()


def _streets() -> itertools.cycle[Street]:
    streets = list(
        Street.objects.filter(neighbourhood__code__in=WIJK_W_BUURTEN).order_by(
            "neighbourhood", "name"
        )
    )
    return itertools.cycle(streets)


def add_signals(n: int) -> None:
    streets = _streets()
    for _ in range(n):
        make_signals(count=1, place=next(streets), prefix=f"q{next(_counter)}-")


def add_questions(n: int) -> None:
    streets = _streets()
    for _ in range(n):
        place = next(streets)
        question(
            code=place.neighbourhood.code,
            street=place.name,
            title=f"Vraag {next(_counter)}",
            households=2,
            causing=1,
        )


def add_trajectories(n: int) -> None:
    joost = User.objects.get(username="joost")
    streets = _streets()
    for _ in range(n):
        place, index = next(streets), next(_counter)
        found = question(
            code=place.neighbourhood.code, street=place.name, title=f"Traject {index}",
            households=2, causing=1,
        )  # fmt: skip
        started = trajectory_services.start_trajectory(user=joost, question=found)
        # the method allows two active trajectories per wijk: the others are handed over or done
        if Trajectory.objects.filter(status=Trajectory.Status.ACTIVE).count() > 1:
            Trajectory.objects.filter(pk=started.pk).update(
                status=Trajectory.Status.HANDED_OVER if index % 2 else Trajectory.Status.CLOSED
            )


def add_assessments(n: int) -> None:
    joost = User.objects.get(username="joost")
    for index in range(n):
        area = get_neighbourhood_for_user(user=joost, code=WIJK_W_BUURTEN[index % 4])
        record_assessment(user=joost, area=area, answers=ONGEMAK)


def add_safety_checks(n: int) -> None:
    joost = User.objects.get(username="joost")
    today = timezone.localdate()
    for index in range(n):
        area = get_neighbourhood_for_user(user=joost, code=WIJK_W_BUURTEN[index % 4])
        record_safety_check(
            user=joost, area=area, checked_on=today - dt.timedelta(days=index),
            no_new_incidents=True, unsafety_addressed=index % 2 == 0, residents_feel_safer=True,
        )  # fmt: skip


def add_straattafels(n: int) -> None:
    for _ in range(n):
        straattafel()


CASES: list[tuple[str, Callable[[int], None]]] = [
    ("/signalen/", add_signals),
    ("/gemeenschappelijke-vragen/", add_questions),
    ("/trajecten/", add_trajectories),
    ("/trajecten/?buurt=BU99010101", add_trajectories),
    ("/straattafels/", add_straattafels),
    ("/", add_questions),
    ("/api/v1/signalen", add_signals),
    ("/api/v1/gemeenschappelijke-vragen", add_questions),
    ("/api/v1/trajecten", add_trajectories),
    ("/api/v1/effecten", add_trajectories),
    ("/api/v1/diagnoses", add_assessments),
    ("/api/v1/veiligheidscontroles", add_safety_checks),
    ("/api/v1/straattafels", add_straattafels),
]


def _queries(client: Client, url: str) -> tuple[int, list[str]]:
    from django.core.cache import cache

    cache.clear()  # count the queries of a request that estimates effects (they are cached)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(
            url, HTTP_ACCEPT="text/html" if "/api/" not in url else "application/json"
        )
    assert response.status_code == 200, (url, response.status_code)
    return len(captured), [q["sql"] for q in captured.captured_queries]


@pytest.fixture
def joost_client(demo: None) -> Client:
    """Joost, coordinator of Wijkteam W (sees every list, also the straattafels)."""
    client = Client()
    client.force_login(User.objects.get(username="joost"))
    return client


@pytest.mark.parametrize(("url", "add"), CASES, ids=[url for url, _ in CASES])
def test_queries_do_not_grow_with_rows(
    joost_client: Client, url: str, add: Callable[[int], None]
) -> None:
    add(3)
    _queries(joost_client, url)  # the first request warms caches (session, taxonomy)
    few, _ = _queries(joost_client, url)
    add(27)
    many, sql = _queries(joost_client, url)
    assert many == few, "\n".join(sql)


#: Queries of one request, rows of every kind present. Each page pays a fixed part: the session,
#: the user, the user's facts (teams, two-factor devices and permissions in one query,
#: `accounts.facts`) and the access-log entry; before issue 16's tuning the fixed part alone was
#: eight queries (two device tables, memberships, two permission queries apart). Lower a budget
#: when a page gets cheaper; raising one needs a reason.
BUDGETS: list[tuple[str, Callable[[int], None], int]] = [
    ("/signalen/", add_signals, 7),
    ("/signalen/?pagina=2", add_signals, 7),
    ("/gemeenschappelijke-vragen/", add_questions, 8),
    ("/trajecten/", add_trajectories, 7),
    ("/", add_questions, 9),  # the buurten read once for the worklist and the table
    ("/api/v1/signalen", add_signals, 6),  # with its access-log entry (was missing)
    ("/api/v1/gemeenschappelijke-vragen", add_questions, 6),
    ("/api/v1/trajecten", add_trajectories, 10),
]


@pytest.mark.parametrize(("url", "add", "budget"), BUDGETS, ids=[url for url, *_ in BUDGETS])
def test_queries_per_page_stay_within_their_budget(
    joost_client: Client, url: str, add: Callable[[int], None], budget: int
) -> None:
    add(30)
    _queries(joost_client, url)  # warm: the session's once-a-minute write is not counted
    count, sql = _queries(joost_client, url)
    assert count <= budget, "\n".join(sql)
