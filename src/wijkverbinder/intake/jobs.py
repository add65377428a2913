"""Imports from the web: queued with their files, run by a background task, followed on a page.

`queue_import` stores the upload as a `SignalImport` (status *queued*) with its `ImportFile`s and
enqueues `tasks.run_import` once the transaction commits; the request returns at once. The task
(`run_job`) reads the files, runs the import of their kind — signals for the user's team, or, for a
beheerder, an area GeoJSON or an address table — writes its progress (stage, rows done of all) to
the record at most twice a second, ends with *done*, *refused* (with every reason) or *failed*, and
deletes the files in every case: they hold unredacted text. Files older than `FILE_TTL` are deleted
too (a queue without a worker), and an import left *running* by a stopped process is marked failed
when the embedded worker starts (`recover_interrupted`).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Sequence
from datetime import timedelta

from django.db import OperationalError, transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.areas.address_services import import_addresses
from wijkverbinder.areas.services import import_areas
from wijkverbinder.common.busy import retry_when_busy
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.intake_formats.other_files import ADDRESSES_KIND, AREAS_KIND, file_kind
from wijkverbinder.intake.imports import ImportRefusedError, import_signals, safe_file_name
from wijkverbinder.intake.models import ImportFile, SignalImport
from wijkverbinder.intake.services import team_for

logger = logging.getLogger(__name__)
FILE_TTL = timedelta(days=1)
STAFF_ONLY = (
    "Dit is een {what}. Gebieden en adressen gelden voor de hele installatie: alleen een "
    "beheerder leest ze in."
)
FAILED = (
    "Er ging iets mis bij het inlezen; er is niets opgeslagen. Probeer het opnieuw of meld het de "
    "beheerder (tijdstip {at:%d-%m-%Y %H:%M})."
)
INTERRUPTED = (
    "Het inlezen is onderbroken doordat wijkverbinder stopte; lees het bestand opnieuw in."
)
EXPIRED = "Het bestand is na een dag niet ingelezen (draait er een worker?) en is verwijderd."


def _kind(files: Sequence[tuple[str, bytes]], user: User) -> str:
    kinds = {file_kind(data) for _name, data in files}
    kind = next(iter(kinds)) if len(kinds) == 1 else SignalImport.Kind.SIGNALS
    if kind in {AREAS_KIND, ADDRESSES_KIND}:
        if len(files) > 1:
            raise DomainError("Lees gebieden of adressen in als één bestand tegelijk.")
        if not (user.is_staff or user.is_superuser):
            what = "gebiedsbestand" if kind == AREAS_KIND else "adressenbestand"
            raise DomainError(STAFF_ONLY.format(what=what), code="staff_only")
    return kind


def _any_team(user: User) -> Team | None:
    return Team.objects.filter(memberships__user=user).order_by("pk").first()


def queue_import(
    *,
    user: User,
    files: Sequence[tuple[str, bytes]],
    skip_invalid: bool = False,
    mapping: str = "",
    year: int | None = None,
) -> SignalImport:
    """Store an upload and queue its import; refuses (DomainError) only what is clear at once."""
    from wijkverbinder.intake.tasks import run_import  # the task module imports this one

    if not files:
        raise DomainError("Kies een bestand.", code="no_file")
    kind = _kind(files, user)
    # areas and addresses belong to the installation: a beheerder needs no team for them
    team = team_for(user=user) if kind == SignalImport.Kind.SIGNALS else _any_team(user)

    def store() -> SignalImport:
        job = SignalImport.objects.create(
            team=team,
            by=user,
            filename=safe_file_name(", ".join(name for name, _ in files)),
            kind=kind,
            status=SignalImport.Status.QUEUED,
            options={"skip_invalid": skip_invalid, "mapping": mapping, "year": year},
        )
        ImportFile.objects.bulk_create(
            [ImportFile(job=job, name=safe_file_name(name), data=data) for name, data in files]
        )
        job_id = job.pk
        transaction.on_commit(lambda: run_import.enqueue(job_id))
        return job

    return retry_when_busy(store)


class _ProgressWriter:
    """Writes an import's stage and counts to its record, at most every `INTERVAL` seconds."""

    INTERVAL = 0.5

    def __init__(self, job: SignalImport) -> None:
        self.job_id = job.pk
        self.last = 0.0
        self.last_stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage == self.last_stage and now - self.last < self.INTERVAL and done < total:
            return
        self.last, self.last_stage = now, stage
        # SQLite busy with another writer: the progress is shown a moment later
        with contextlib.suppress(OperationalError):
            SignalImport.objects.filter(pk=self.job_id).update(stage=stage, done=done, total=total)


def _finish(job: SignalImport, status: str, message: str, details: Sequence[str] = ()) -> None:
    job.status, job.stage, job.message = status, "", message[:500]
    job.details = list(details[: SignalImport.MAX_DETAILS])
    job.finished_at = timezone.now()
    retry_when_busy(job.save)


def _run(job: SignalImport, files: list[tuple[str, bytes]]) -> None:
    options = job.options or {}
    if job.by is None:
        raise DomainError("De gebruiker van deze import bestaat niet meer.")
    if job.kind == SignalImport.Kind.AREAS:
        report = import_areas(data=files[0][1], default_year=options.get("year"))
        job.format = "gebieden-geojson"
        job.rows = report.municipalities + report.districts + report.neighbourhoods
        job.created, job.duplicates = report.created, report.updated
        _finish(job, SignalImport.Status.DONE, report.describe())
    elif job.kind == SignalImport.Kind.ADDRESSES:
        result = import_addresses(
            data=files[0][1],
            skip_invalid=bool(options.get("skip_invalid")),
            progress=_ProgressWriter(job),
        )
        job.format, job.rows, job.created = result.format, result.rows, result.created
        job.duplicates, job.rejected, job.notes = result.updated, len(result.rejected), result.notes
        details = [f"rij {row}: {reason}" for row, reason in result.rejected]
        _finish(job, SignalImport.Status.DONE, result.describe(), details)
    else:
        import_signals(
            user=job.by,
            files=files,
            team=job.team,
            skip_invalid=bool(options.get("skip_invalid")),
            mapping=str(options.get("mapping") or ""),
            workers=None,
            progress=_ProgressWriter(job),
            job=job,
        )


def run_job(job_id: int, *, retry: bool = False) -> str:
    """Run one queued import (the body of the background task); returns its final status.
    `retry`: a later attempt of the task, which may also take an import left *running*.

    Its writes outside the import itself (claiming, the end, deleting the files) wait and retry
    when SQLite is busy, like the import's own transaction."""
    retry_when_busy(expire_files)
    claimable = [SignalImport.Status.QUEUED]
    if retry:
        claimable.append(SignalImport.Status.RUNNING)
    claimed = retry_when_busy(
        lambda: SignalImport.objects.filter(pk=job_id, status__in=claimable).update(
            status=SignalImport.Status.RUNNING, started_at=timezone.now()
        )
    )
    job = SignalImport.objects.select_related("by", "team").filter(pk=job_id).first()
    if not claimed or job is None:
        return "skipped"
    files = [(f.name, bytes(f.data)) for f in job.files.order_by("pk")]
    try:
        _run(job, files)
    except ImportRefusedError as exc:
        job.rows, job.rejected = exc.rows, exc.bad_rows
        job.options = {**(job.options or {}), "skippable": exc.skippable}
        _finish(job, SignalImport.Status.REFUSED, exc.message, exc.details)
    except DomainError as exc:
        _finish(job, SignalImport.Status.REFUSED, exc.message, exc.details)
    except Exception:
        logger.exception("import %s mislukt", job_id)
        _finish(job, SignalImport.Status.FAILED, FAILED.format(at=timezone.localtime()))
    finally:
        retry_when_busy(ImportFile.objects.filter(job_id=job_id).delete)
    return str(job.status)


def expire_files() -> None:
    """Delete uploads that waited longer than `FILE_TTL` and mark their imports failed."""
    old = ImportFile.objects.filter(created_at__lt=timezone.now() - FILE_TTL)
    job_ids = set(old.values_list("job_id", flat=True))
    if job_ids:
        SignalImport.objects.filter(pk__in=job_ids, status=SignalImport.Status.QUEUED).update(
            status=SignalImport.Status.FAILED, message=EXPIRED, finished_at=timezone.now()
        )
        old.delete()


def recover_interrupted() -> int:
    """Mark imports left *running* by a stopped process as failed (only one embedded worker
    runs, so at its start none can be running); returns how many."""
    running = SignalImport.objects.filter(status=SignalImport.Status.RUNNING)
    ImportFile.objects.filter(job__in=running).delete()
    return running.update(
        status=SignalImport.Status.FAILED, message=INTERRUPTED, finished_at=timezone.now()
    )
