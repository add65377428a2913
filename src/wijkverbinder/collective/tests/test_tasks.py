"""Detection runs as a background task after an import and after a new signal (intake hooks),
and on demand with `wijkverbinder detect-questions`."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from wijkverbinder.accounts.models import User
from wijkverbinder.collective.models import CollectiveQuestion, DetectionRun
from wijkverbinder.collective.tests.factories import TODAY, make_signals
from wijkverbinder.intake import hooks
from wijkverbinder.intake.imports import import_signals
from wijkverbinder.portal.demo.signals import demo_csv

pytestmark = pytest.mark.django_db


def test_import_triggers_detection(demo: None, django_capture_on_commit_callbacks: Any) -> None:
    joost = User.objects.get(username="joost")
    with django_capture_on_commit_callbacks(execute=True):
        import_signals(user=joost, data=demo_csv(district="WK990101", end=TODAY), filename="w.csv")
    run = DetectionRun.objects.get()
    assert run.trigger == "import"
    assert run.signals > 700
    titles = list(CollectiveQuestion.objects.order_by("-score").values_list("title", flat=True)[:5])
    assert "Geluid – Kastanjelaan, Rozenhof" in titles


def test_new_signal_triggers_detection_and_paused_hooks_do_not(
    demo: None, django_capture_on_commit_callbacks: Any
) -> None:
    from datetime import date

    from wijkverbinder.intake.placing import PlaceInput
    from wijkverbinder.intake.services import SignalInput, create_signal

    fatima = User.objects.get(username="fatima")
    data = SignalInput(
        observed_on=date.today(),
        text="Harde muziek tot diep in de nacht.",
        place=PlaceInput(neighbourhood_code="BU99010102", street_name="Kastanjelaan"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        create_signal(user=fatima, data=data)
    assert DetectionRun.objects.get().trigger == "signal"
    with hooks.paused(), django_capture_on_commit_callbacks(execute=True):
        create_signal(user=fatima, data=data)
    assert DetectionRun.objects.count() == 1


def test_command(demo: None) -> None:
    make_signals(count=12)
    out = StringIO()
    call_command("detect_questions", "--team", "Wijkteam W", stdout=out)
    assert "Wijkteam W:" in out.getvalue()
    assert "vragen gevonden" in out.getvalue()
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("detect_questions", "--team", "Wijkteam X")


def test_at_most_one_detection_waits_per_team(demo: None, task_queue: None) -> None:
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from wijkverbinder.accounts.models import Team
    from wijkverbinder.collective.tasks import enqueue_detection

    w, noord = Team.objects.get(name="Wijkteam W"), Team.objects.get(name="Wijkteam Noord")
    assert enqueue_detection(w.pk, "signal") is True
    assert enqueue_detection(w.pk, "signal") is False  # one waits already: it will see this signal
    assert enqueue_detection(noord.pk, "signal") is True  # another team has its own
    DBTaskResult.objects.filter(args_kwargs__args__0=w.pk).update(status=TaskResultStatus.RUNNING)
    assert enqueue_detection(w.pk, "signal") is True  # one runs, one may wait
    assert enqueue_detection(w.pk, "signal") is False
    assert DBTaskResult.objects.filter(args_kwargs__args__0=w.pk).count() == 2
