"""Imports from the web run in the background: queued with their files, run by the worker of the
database queue (or at once), with progress, outcome and the files deleted in every case; the
command line returns when the signals are stored and says detection was queued."""

from __future__ import annotations

import time
from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from wijkverbinder.accounts.models import User
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.task_worker import EmbeddedWorker
from wijkverbinder.core.tests.test_real_exports import DATA
from wijkverbinder.intake import jobs
from wijkverbinder.intake.models import ImportFile, Signal, SignalImport
from wijkverbinder.portal.demo.build import build_demo

CSV = b"id,date,text,neighbourhood,street\nk1,2026-09-01,Harde muziek van de buren,BU99010102,Kastanjelaan\n"
BAD = CSV + b"k2,2026-99-01,x,BU99010102,Kastanjelaan\n"


def _queue(user: User, data: bytes = CSV, name: str = "s.csv", **kwargs: Any) -> SignalImport:
    return jobs.queue_import(user=user, files=[(name, data)], **kwargs)


def _worker_runs_the_queue() -> None:
    """What `db_worker` (and the worker thread of `serve`) does with each queued task."""
    worker = EmbeddedWorker().worker
    for result in DBTaskResult.objects.ready():
        result.claim(worker.worker_id)
        worker.run_task(result)


def test_upload_waits_in_the_queue_until_the_worker_runs_it(
    fatima: User, task_queue: None, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        job = _queue(fatima)
    job.refresh_from_db()
    assert job.status == SignalImport.Status.QUEUED
    assert ImportFile.objects.filter(job=job).count() == 1
    assert DBTaskResult.objects.filter(task_path__endswith="run_import").count() == 1
    assert Signal.objects.count() == 0
    _worker_runs_the_queue()
    job.refresh_from_db()
    assert (job.status, job.created, job.rows) == ("done", 1, 1)
    assert job.started_at is not None
    assert job.finished_at is not None
    assert ImportFile.objects.count() == 0
    assert Signal.objects.count() == 1


def test_refused_file_keeps_every_reason_and_nothing_else(
    fatima: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        job = _queue(fatima, BAD)
    job.refresh_from_db()
    assert job.status == SignalImport.Status.REFUSED
    assert "1 van de 2 rijen afgekeurd" in job.message
    assert job.details == [
        "rij 3, kolom date: ongeldige datum '2026-99-01': gebruik jjjj-mm-dd of dd-mm-jjjj"
    ]
    assert (job.rows, job.rejected) == (2, 1)
    assert Signal.objects.count() == 0
    assert ImportFile.objects.count() == 0


def test_skip_invalid_and_notes(fatima: User, django_capture_on_commit_callbacks: Any) -> None:
    data = BAD.decode().replace(",", ";").encode("cp1252")
    with django_capture_on_commit_callbacks(execute=True):
        job = _queue(fatima, data, skip_invalid=True)
    job.refresh_from_db()
    assert (job.status, job.created, job.rejected) == ("done", 1, 1)
    assert any("puntkomma" in note for note in job.notes)


def test_signalen_tables_uploaded_together(
    fatima: User, django_capture_on_commit_callbacks: Any
) -> None:
    files = [
        (f"{t}.csv", (DATA / f"signalen_dwh_{t}.csv").read_bytes())
        for t in ("signals", "categories", "locations")
    ]
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.queue_import(user=fatima, files=files)
    job.refresh_from_db()
    assert job.status == SignalImport.Status.REFUSED  # Amsterdam's meldingen are not Wijk W's
    assert job.format == ""
    assert "signals.csv rij 2, kolom lat,lng" in job.details[0]


def test_areas_and_addresses_only_for_a_beheerder(
    fatima: User, django_capture_on_commit_callbacks: Any
) -> None:
    areas = (DATA / "amsterdam_gebieden_buurten_cut.geojson").read_bytes()
    with pytest.raises(DomainError, match="alleen een beheerder"):
        _queue(fatima, areas, "buurten.geojson")
    ingrid = User.objects.get(username="ingrid")  # the demo's beheerder
    with django_capture_on_commit_callbacks(execute=True):
        job = _queue(ingrid, areas, "buurten.geojson", year=2024)
    job.refresh_from_db()
    assert (job.kind, job.status, job.rows) == ("areas", "done", 5)
    bag = (DATA / "nlextract_bagadres_cut.csv").read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        job = _queue(ingrid, bag, "bagadres.csv")
    job.refresh_from_db()
    assert (job.kind, job.status, job.format, job.created) == ("addresses", "done", "bagadres", 14)


def test_a_crash_is_a_failed_import_without_files(
    fatima: User, monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    def broken(**kwargs: Any) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(jobs, "import_signals", broken)
    with django_capture_on_commit_callbacks(execute=True):
        job = _queue(fatima)
    job.refresh_from_db()
    assert job.status == SignalImport.Status.FAILED
    assert "Er ging iets mis" in job.message
    assert ImportFile.objects.count() == 0


def test_interrupted_and_expired_imports(fatima: User, task_queue: None) -> None:
    running = _queue(fatima)
    SignalImport.objects.filter(pk=running.pk).update(status=SignalImport.Status.RUNNING)
    waiting = _queue(fatima)
    ImportFile.objects.filter(job=waiting).update(created_at=timezone.now() - timedelta(days=2))
    assert jobs.recover_interrupted() == 1
    jobs.expire_files()
    running.refresh_from_db()
    waiting.refresh_from_db()
    assert (running.status, waiting.status) == ("failed", "failed")
    assert "onderbroken" in running.message
    assert "verwijderd" in waiting.message
    assert ImportFile.objects.count() == 0
    assert jobs.run_job(waiting.pk) == "skipped"


def test_a_retry_takes_over_an_import_its_lost_worker_left_running(
    fatima: User, task_queue: None
) -> None:
    job = _queue(fatima)
    SignalImport.objects.filter(pk=job.pk).update(status=SignalImport.Status.RUNNING)
    assert jobs.run_job(job.pk) == "skipped"  # a first attempt never takes a running import
    assert jobs.run_job(job.pk, retry=True) == "done"
    assert Signal.objects.count() == 1
    assert jobs.run_job(job.pk, retry=True) == "skipped"  # done stays done: no duplicates


def test_progress_is_written_to_the_record(fatima: User, task_queue: None) -> None:
    job = _queue(fatima)
    writer = jobs._ProgressWriter(job)
    writer("redacting", 10, 40)
    writer("redacting", 11, 40)  # within half a second: not written
    job.refresh_from_db()
    assert (job.stage, job.done, job.total) == ("redacting", 10, 40)
    writer("saving", 40, 40)
    job.refresh_from_db()
    assert (job.stage, job.done) == ("saving", 40)


def test_command_returns_and_says_detection_is_queued(
    fatima: User, task_queue: None, tmp_path: Any, django_capture_on_commit_callbacks: Any
) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(CSV)
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_signals", str(path), "--user", "fatima", stdout=out)
    assert "staat in de wachtrij" in out.getvalue()
    assert DBTaskResult.objects.filter(task_path__endswith="detect_for_team").count() == 1


def test_command_with_detect_runs_it_here(
    fatima: User, task_queue: None, tmp_path: Any, django_capture_on_commit_callbacks: Any
) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(
        b"date,text,neighbourhood,street\n2026-09-01,Harde muziek,BU99010102,Kastanjelaan\n"
    )
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_signals", str(path), "--user", "fatima", "--detect", stdout=out)
    assert "Wijkteam W: 0 vragen gevonden" in out.getvalue()  # ran here, not queued
    assert not DBTaskResult.objects.filter(task_path__endswith="detect_for_team").exists()


@pytest.mark.django_db(transaction=True)
def test_worker_thread_of_serve_runs_a_web_import(task_queue: None) -> None:
    build_demo()
    fatima = User.objects.get(username="fatima")
    worker = EmbeddedWorker(interval=0.1).start()
    try:
        job = _queue(fatima)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            job.refresh_from_db()
            if job.finished:
                break
            time.sleep(0.2)
    finally:
        worker.stop(timeout=30)
    assert (job.status, job.created) == ("done", 1)
    assert not worker.thread.is_alive()
    assert ImportFile.objects.count() == 0
