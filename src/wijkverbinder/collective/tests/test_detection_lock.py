"""One detection run per team at a time, whoever starts it: a worker's task and `detect-questions`
in two threads with their own database connections (SQLite: a file lock; PostgreSQL: an advisory
lock) run one after the other and store every question once."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.collective import tasks
from wijkverbinder.collective.models import CollectiveQuestion, DetectionRun
from wijkverbinder.collective.services import RunSummary, run_detection
from wijkverbinder.collective.tests.factories import TODAY
from wijkverbinder.common import locks
from wijkverbinder.common.tests.threads import at_once
from wijkverbinder.intake import hooks
from wijkverbinder.intake.imports import import_signals
from wijkverbinder.portal.demo.signals import demo_csv

pytestmark = pytest.mark.django_db(transaction=True)


def _team_with_signals() -> Team:
    with hooks.paused():
        import_signals(
            user=User.objects.get(username="joost"),
            data=demo_csv(district="WK990101", end=TODAY),
            filename="w.csv",
        )
    return Team.objects.get(name="Wijkteam W")


def _in_threads(*jobs: Callable[[], Any]) -> list[Any]:
    """Run the jobs at once, each in its own thread (and so its own database connection)."""
    return at_once([(_nothing, _calling(job)) for job in jobs], timeout=300)


def _nothing() -> None:
    return None


def _calling(job: Callable[[], Any]) -> Callable[[Any], Any]:
    return lambda _prepared: job()


def test_command_and_worker_never_run_one_teams_detection_together(
    demo: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = _team_with_signals()
    spans: list[tuple[float, float]] = []

    def slow_run(**kwargs: Any) -> RunSummary:
        began = time.monotonic()
        time.sleep(0.5)  # a long run, so the other one certainly tries to start meanwhile
        summary = run_detection(**kwargs)
        spans.append((began, time.monotonic()))
        return summary

    monkeypatch.setattr(tasks, "run_detection", slow_run)
    out = StringIO()
    outcome = _in_threads(
        lambda: call_command("detect_questions", "--team", team.name, stdout=out),
        lambda: tasks.detect_for_team.call(team.pk, "test"),
        lambda: call_command("detect_questions", "--team", team.slug, stdout=out),
    )
    assert not [o for o in outcome if isinstance(o, Exception)], outcome
    assert len(spans) == 3 == DetectionRun.objects.filter(team=team).count()
    spans.sort()
    assert all(after[0] >= before[1] for before, after in itertools.pairwise(spans))
    questions = CollectiveQuestion.objects.filter(team=team)
    keys = list(questions.values_list("theme", "neighbourhood_id", "street_id", "start"))
    assert len(keys) == len(set(keys)) > 0  # every question once
    runs = DetectionRun.objects.filter(team=team).order_by("pk")
    assert [r.created for r in runs][1:] == [0, 0]
    assert questions.count() == runs[0].created


def test_a_run_that_does_not_wait_is_deferred_while_another_holds_the_lock(demo: None) -> None:
    team = Team.objects.get(name="Wijkteam W")
    with locks.held(locks.Kind.DETECTION_RUN, team.pk) as mine:
        assert mine
        (other,) = _in_threads(lambda: tasks.detect_now(team, trigger="test", wait=False))
    assert other is None
    assert not DetectionRun.objects.filter(team=team).exists()
    (after,) = _in_threads(lambda: tasks.detect_now(team, trigger="test", wait=False))
    assert isinstance(after, RunSummary)
