"""Importing files of signals for a team (formats: `core.intake_formats`, `docs/intake.md`).

The file is parsed and every row placed in one of the team's buurten in one pass, so each row's
errors come together. A file with any bad row is refused whole, with a Dutch list of row, column and
reason, and nothing is written; with `skip_invalid` the good rows go in and the rejected ones are
returned for a report. A file-level problem (an unknown format, a missing column) refuses the file
in any case. Counts are rows: `rows` the rows of data in the file, `rejected_rows` those with at
least one error, `duplicates` those already imported or repeated in the file.

Re-importing creates no duplicates: a row's external id is its key (`id`, Signalen's `signal_uuid`,
Open311's `service_request_id`) or, without one, a digest of its content, unique per team. Texts
are redacted (in parallel for large files) and themes suggested before the one write transaction,
which is retried when SQLite is busy with another writer (`common.busy`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.busy import retry_when_busy
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.intake_formats import UNKNOWN, ParseOptions, RowError, parse_files
from wijkverbinder.core.intake_formats.service_mapping import (
    BUILTIN_DIR,
    MappingFileError,
    ServiceMappings,
    load_service_mappings,
)
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake import hooks
from wijkverbinder.intake.bulk import insert_signals
from wijkverbinder.intake.import_rows import Prepared, known_ids, new_rows, prepare, signal_rows
from wijkverbinder.intake.locating import TeamAreas
from wijkverbinder.intake.models import SignalImport
from wijkverbinder.intake.redaction_pool import redact_many
from wijkverbinder.intake.services import team_for

#: `progress(stage, done, total)`; stages: checking, redacting, themes, saving
Progress = Callable[[str, int, int], None]
CONCURRENT_ATTEMPTS = 3


@dataclass
class ImportReport:
    """What an import did; `rejected` lists every error (a row may have several)."""

    format: str
    rows: int
    created: int = 0
    duplicates: int = 0
    rejected_rows: int = 0
    rejected: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One Dutch sentence for the command line and the import page."""
        return (
            f"Ingelezen ({self.format}): {self.rows} rijen; {self.created} nieuwe signalen, "
            f"{self.duplicates} al aanwezig of dubbel, {self.rejected_rows} rijen afgekeurd."
        )


class ImportRefusedError(DomainError):
    """The file was refused whole; `errors` lists every problem. `skippable`: only rows were bad,
    so importing with `skip_invalid` would take the good ones (not so for a file-level problem)."""

    code = "import_refused"

    def __init__(
        self,
        errors: Sequence[RowError],
        *,
        rows: int = 0,
        bad_rows: int = 0,
        skippable: bool = False,
    ) -> None:
        self.errors = list(errors)
        self.rows, self.bad_rows, self.skippable = rows, bad_rows, skippable
        summary = (
            f"{bad_rows} van de {rows} rijen afgekeurd ({len(self.errors)} fout(en))"
            if bad_rows
            else f"{len(self.errors)} fout(en)"
        )
        super().__init__(
            f"Het bestand is niet ingelezen: {summary}. Er is niets opgeslagen.",
            details=[describe(e) for e in self.errors],
        )


def describe(error: RowError) -> str:
    """`signals.csv rij 3, kolom date: …` in Dutch."""
    where = "bestand" if error.row == 0 else f"rij {error.row}"
    if error.file:
        where = f"{error.file} {where}"
    column = f", kolom {error.column}" if error.column else ""
    return f"{where}{column}: {error.reason}"


def safe_file_name(filename: str) -> str:
    """A file name as stored with the import: control characters out, personal data redacted."""
    visible = "".join(c if c.isprintable() else " " for c in filename)
    return redact_free_text(visible)[:200]


def service_mappings() -> ServiceMappings:
    """The Open311 mapping files: shipped ones, overridden by the installation's own folder."""
    try:
        return load_service_mappings(
            [BUILTIN_DIR, Path(settings.OPEN311_MAPPINGS_DIR)], load_taxonomy()
        )
    except MappingFileError as error:
        raise DomainError(f"Open311-koppeling onbruikbaar: {error}", code="bad_mapping") from None


def _store(
    prepared: list[Prepared], planned: ImportReport, team: Team, user: User, job: SignalImport
) -> ImportReport:
    """The one write transaction: signals, the import's record, the access log, the hooks.

    The external ids are checked again inside it: an import running at the same time may have
    stored some of the same rows since they were first checked."""
    report = replace(planned)
    landed = known_ids(team, [item.key for item in prepared])
    if landed:
        report.duplicates += len(landed)
        prepared = [item for item in prepared if item.key not in landed]
    report.created = insert_signals(signal_rows(prepared, team, user))
    job.status, job.stage = SignalImport.Status.DONE, ""
    job.format, job.rows, job.created = report.format, report.rows, report.created
    job.duplicates, job.rejected = report.duplicates, report.rejected_rows
    job.done = job.total = report.rows
    job.details = [describe(e) for e in report.rejected[: SignalImport.MAX_DETAILS]]
    job.notes, job.message = report.notes, report.describe()
    job.finished_at = timezone.now()
    job.save()
    log_access(
        user=user, action="import", object_type="signal", count=report.created, channel="import"
    )
    if report.created:
        hooks.imported(team)
        hooks.signals_changed(team.pk, {(i.buurt.pk, i.theme, i.row.record.date) for i in prepared})
    return report


def import_signals(
    *,
    user: User,
    data: bytes | None = None,
    filename: str = "",
    files: Sequence[tuple[str, bytes]] | None = None,
    team: Team | None = None,
    skip_invalid: bool = False,
    workers: int | None = 1,
    mapping: str = "",
    progress: Progress | None = None,
    job: SignalImport | None = None,
) -> ImportReport:
    """Import one file (`data`) or several (`files`, e.g. the tables of a Signalen export) for the
    user's team; see the module docstring. `job` is the import's record when it was queued."""
    team = team_for(user=user, team=team)
    uploads = list(files) if files is not None else [(filename or "bestand", data or b"")]
    tell = progress or (lambda stage, done, total: None)
    tell("checking", 0, 0)
    areas = TeamAreas(team)
    options = ParseOptions(
        text_max=settings.SIGNAL_TEXT_MAX,
        locate=areas.locate_many,
        services=service_mappings(),
        service_source=mapping,
    )
    parsed = parse_files(uploads, options=options)
    errors = sorted(parsed.errors, key=lambda e: (e.file, e.row, e.column))
    if parsed.format == UNKNOWN or parsed.fatal or (errors and not skip_invalid):
        raise ImportRefusedError(
            errors,
            rows=parsed.data_rows,
            bad_rows=parsed.rejected_rows,
            skippable=not parsed.fatal and parsed.format != UNKNOWN and bool(parsed.rows),
        )
    fresh, known = new_rows(parsed.rows, team)
    total = len(fresh)
    done = 0

    def redacted(count: int) -> None:
        nonlocal done
        done += count
        tell("redacting", done, total)

    tell("redacting", 0, total)
    texts = redact_many([row.record.text for row, _ in fresh], workers=workers, progress=redacted)
    tell("themes", total, total)
    prepared = prepare(fresh, texts, team, areas)
    report = ImportReport(
        format=parsed.format,
        rows=parsed.data_rows,
        duplicates=known + parsed.duplicate_rows,
        rejected_rows=parsed.rejected_rows,
        rejected=errors,
        notes=parsed.notes,
    )
    tell("saving", total, total)
    record = job or SignalImport(
        team=team, by=user, filename=safe_file_name(", ".join(n for n, _ in uploads))
    )
    for attempt in range(CONCURRENT_ATTEMPTS):
        try:
            return retry_when_busy(lambda: _store(prepared, report, team, user, record))
        except IntegrityError:  # another import stored the same rows at this very moment
            if attempt == CONCURRENT_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover
