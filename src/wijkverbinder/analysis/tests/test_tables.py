"""The maintained, suppressed tables: a write queues a refresh (debounced); before it ran the page
shows the last table with its date and never an unsuppressed number; after it the new numbers; two
refreshes of one gemeente at once leave one complete table; an older computation never replaces a
newer one."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.analysis import tables, tasks
from wijkverbinder.analysis.models import AnalysisCell, AnalysisTable
from wijkverbinder.analysis.tests.factories import add_signals, rebuilt, recent
from wijkverbinder.analysis.tests.test_views import _rows
from wijkverbinder.areas.models import Municipality
from wijkverbinder.intake.placing import PlaceInput
from wijkverbinder.intake.tests.factories import make_signal

GEMEENTE = "GM9901"


def _write(user: User, households: range, capture: Any) -> None:
    with capture(execute=True):
        for n in households:
            make_signal(
                user,
                observed_on=recent(2),
                place=PlaceInput(neighbourhood_code="BU99010103"),
                theme="overlast.geluid",
                household=f"9901AC {n}",
            )


def _waiting() -> list[DBTaskResult[Any, Any]]:
    return list(
        DBTaskResult.objects.filter(
            status=TaskResultStatus.READY, task_path=tasks.refresh_tables.module_path
        )
    )


def _run_waiting() -> None:
    for job in _waiting():
        tasks.refresh_tables.call(*job.args_kwargs["args"])
        job.delete()


def test_page_shows_the_last_table_until_the_task_ran(
    fatima: User,
    fatima_client: Client,
    task_queue: None,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.ANALYSIS_REFRESH_DELAY = 30
    add_signals("BU99010102", households=6)
    rebuilt()
    built = AnalysisTable.objects.get(teams_key=str(Team.objects.get(name="Wijkteam W").pk),
                                      period_blocks=3)  # fmt: skip

    _write(fatima, range(2), django_capture_on_commit_callbacks)  # two households: "< 5"
    waiting = _waiting()
    assert len(waiting) == 1  # debounced: two writes, one refresh
    assert waiting[0].run_after is not None
    assert waiting[0].run_after >= timezone.now() + timedelta(seconds=20)

    body = fatima_client.get("/wijkanalyse/WK990101/").content.decode()
    rows = _rows(body)
    assert rows["Molenbuurt"][2] == "0"  # the last table: before the writes
    assert rows["Rozenhof"][2] == "6"
    assert "Cijfers bijgewerkt op" in body
    assert f"{timezone.localtime(built.built_at):%H:%M}" in body
    assert "worden verwerkt" in body
    assert len(_waiting()) == 1  # the page did not queue a second one

    _run_waiting()
    body = fatima_client.get("/wijkanalyse/WK990101/").content.decode()
    assert _rows(body)["Molenbuurt"][2] == "< 5"  # never "2"
    assert "worden verwerkt" not in body

    _write(fatima, range(2, 5), django_capture_on_commit_callbacks)
    body = fatima_client.get("/wijkanalyse/WK990101/").content.decode()
    assert _rows(body)["Molenbuurt"][2] == "< 5"  # still the last table
    assert "Minder dan 5 huishoudens" in fatima_client.get("/buurten/BU99010103/").content.decode()
    _run_waiting()
    body = fatima_client.get("/wijkanalyse/WK990101/").content.decode()
    assert _rows(body)["Molenbuurt"][2] == "5"
    buurt = fatima_client.get("/buurten/BU99010103/").content.decode()
    assert "(5 signalen)" in buurt


def test_without_any_table_the_page_shows_no_numbers(
    fatima_client: Client, task_queue: None
) -> None:
    add_signals("BU99010102", households=6)
    AnalysisTable.objects.all().delete()
    body = fatima_client.get("/wijkanalyse/WK990101/").content.decode()
    assert "voor het eerst berekend" in body
    assert "wv-analysis-table" not in body
    assert len(_waiting()) == 1
    api = fatima_client.get("/api/v1/wijkanalyses/WK990101").json()
    assert api["bijgewerktOp"] is None
    assert api["buurten"] == []
    assert api["actueel"] is False


def _cells(key: str) -> set[tuple[int, str, str, str]]:
    return {
        (blocks, area, theme, repr(sorted(values.items())))
        for blocks, area, theme, values in AnalysisCell.objects.filter(
            table__teams_key=key
        ).values_list("table__period_blocks", "area", "theme", "values")
    }


def test_an_older_computation_does_not_replace_a_newer_table(
    fatima: User, django_capture_on_commit_callbacks: Any
) -> None:
    team = Team.objects.get(name="Wijkteam W")
    key, gemeente = str(team.pk), Municipality.objects.get(code=GEMEENTE)
    add_signals("BU99010102", households=6)
    rebuilt()
    old_versions, old = tables.compute(team_ids=[team.pk], municipality=gemeente)
    _write(fatima, range(6), django_capture_on_commit_callbacks)  # refreshed at once (tests)
    newer = _cells(key)
    assert (
        tables.store(key=key, municipality_id=gemeente.pk, versions=old_versions, computed=old)
        is False
    )
    assert _cells(key) == newer
    assert AnalysisTable.objects.filter(teams_key=key).count() == len(tables.PERIOD_BLOCKS)


@pytest.mark.django_db(transaction=True)
def test_two_workers_refreshing_one_gemeente_leave_one_complete_table(demo: None) -> None:
    team = Team.objects.get(name="Wijkteam W")
    key, gemeente = str(team.pk), Municipality.objects.get(code=GEMEENTE)
    add_signals("BU99010102", households=6)
    add_signals("BU99010101", households=3)
    rebuilt()
    expected = _cells(key)
    AnalysisTable.objects.all().delete()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            outcomes.append(tables.refresh(key=key, municipality_id=gemeente.pk))
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(outcomes) in (["current", "done"], ["done", "done"])
    assert AnalysisTable.objects.filter(teams_key=key).count() == len(tables.PERIOD_BLOCKS)
    assert _cells(key) == expected
