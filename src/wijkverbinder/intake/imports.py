"""Importing files of signals for a team (formats: `core.intake_formats`, `docs/intake.md`).

The file is parsed and every row placed in one of the team's buurten in one pass, so each row's
errors come together. A file with any bad row is refused whole, with a Dutch list of row, column and
reason, and nothing is written; with `skip_invalid` the good rows go in and the rejected ones are
returned for a report. A file-level problem (an unknown format, a missing column) refuses the file
in any case. Counts are rows: `rows` the rows of data in the file, `rejected_rows` those with at
least one error, `duplicates` those already imported or repeated in the file, `enriched` those that
filled in a stored signal of the same melding from another export (`import_match`).

Re-importing creates no duplicates: a row's external id is its key (`id`, Signalen's `signal_uuid`,
Open311's `service_request_id`) or, without one, a digest of its content, unique per team; a
Signalen melding is also matched on its number, unique per team too, so the TDO export and the
datawarehouse export of the same meldingen give one signal each. Texts
are redacted (in parallel for large files) and themes suggested before the one write transaction,
which is retried when SQLite is busy with another writer (`common.busy`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.busy import retry_when_busy
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.intake_formats import (
    UNKNOWN,
    ParsedSignal,
    ParseOptions,
    RowError,
    parse_files,
)
from wijkverbinder.core.intake_formats.service_mapping import (
    BUILTIN_DIR,
    MappingFileError,
    ServiceMappings,
    load_service_mappings,
)
from wijkverbinder.core.numbers import counted
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake import hooks
from wijkverbinder.intake.bulk import insert_signals
from wijkverbinder.intake.import_match import Stored, enrichment, number_of, stored_matches
from wijkverbinder.intake.import_match import apply as apply_fills
from wijkverbinder.intake.import_rows import (
    Candidate,
    Prepared,
    Streets,
    candidates,
    prepare,
    signal_rows,
)
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
    enriched: int = 0
    rejected_rows: int = 0
    rejected: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One Dutch sentence for the command line and the import page."""
        filled = (
            f"{self.enriched} bestaande aangevuld (zelfde melding uit een andere export), "
            if self.enriched
            else ""
        )
        return (
            f"Ingelezen ({self.format}): {counted(self.rows, 'rij', 'rijen')}; "
            f"{counted(self.created, 'nieuw signaal', 'nieuwe signalen')}, "
            f"{filled}{self.duplicates} al aanwezig of dubbel, "
            f"{counted(self.rejected_rows, 'rij', 'rijen')} afgekeurd."
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
            f"{bad_rows} van de {counted(rows, 'rij', 'rijen')} afgekeurd "
            f"({counted(len(self.errors), 'fout', 'fouten')})"
            if bad_rows
            else counted(len(self.errors), "fout", "fouten")
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


def _sort(
    prepared: list[Prepared], known: list[tuple[Candidate, str | None]], team: Team
) -> tuple[list[Prepared], list[tuple[Stored, dict[str, Any]]], int]:
    """Inside the transaction, against what is stored now (an import running at the same time may
    have stored some of the same meldingen since they were first looked up): the rows to insert,
    the stored signals to fill in, and how many rows add nothing."""
    keys = [item.key for item in prepared] + [c.key for c, _ in known]
    numbers = [number_of(item.row, item.key) for item in prepared]
    numbers += [number_of(c.row, c.key) for c, _ in known]
    matches = stored_matches(team, keys, numbers)
    rows: list[tuple[ParsedSignal, str, str | None, Prepared | None]] = [
        (item.row, item.key, item.text, item) for item in prepared
    ]
    rows += [(c.row, c.key, text, None) for c, text in known]
    inserts: list[Prepared] = []
    fills: list[tuple[Stored, dict[str, Any]]] = []
    numbers_now: set[str | None] = set(matches.by_number)
    filled: set[int] = set()
    nothing = 0
    for row, key, text, item in rows:
        number = number_of(row, key)
        stored = matches.find(key, number)
        if stored is None and item is not None and not (number and number in numbers_now):
            inserts.append(item)
            numbers_now.add(number)
            continue
        free = bool(number) and number not in numbers_now
        changes = (
            enrichment(stored, row, key, text=text, number_free=free) if stored is not None else {}
        )
        if stored is None or not changes or stored.pk in filled:
            nothing += 1
            continue
        filled.add(stored.pk)
        numbers_now.add(changes.get("signalen_number"))
        fills.append((stored, changes))
    return inserts, fills, nothing


def _store(  # noqa: PLR0917
    prepared: list[Prepared],
    known: list[tuple[Candidate, str | None]],
    planned: ImportReport,
    team: Team,
    user: User,
    job: SignalImport,
) -> ImportReport:
    """The one write transaction: signals, fill-ins, the import's record, the access log, the
    hooks."""
    report = replace(planned)
    inserts, fills, nothing = _sort(prepared, known, team)
    report.duplicates += nothing
    buurten = {item.buurt for item in inserts}
    streets = Streets(sorted(buurten, key=lambda b: b.pk))
    report.created = insert_signals(signal_rows(inserts, team, user, streets))
    changed = apply_fills(fills, user, streets)
    report.enriched = len(fills)
    job.status, job.stage = SignalImport.Status.DONE, ""
    job.format, job.rows, job.created = report.format, report.rows, report.created
    job.duplicates, job.rejected = report.duplicates + report.enriched, report.rejected_rows
    job.done = job.total = report.rows
    job.details = [describe(e) for e in report.rejected[: SignalImport.MAX_DETAILS]]
    job.notes, job.message = report.notes, report.describe()
    job.finished_at = timezone.now()
    job.save()
    log_access(
        user=user,
        action="import",
        object_type="signal",
        count=report.created + report.enriched,
        channel="import",
    )
    if report.created or report.enriched:
        hooks.imported(team)
        cells = {(i.buurt.pk, i.theme, i.row.record.date) for i in inserts}
        hooks.signals_changed(team.pk, cells | changed)
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
    found, nothing = candidates(parsed.rows, team)
    wanted = [c for c in found if c.redact]
    total = len(wanted)
    done = 0

    def redacted(count: int) -> None:
        nonlocal done
        done += count
        tell("redacting", done, total)

    tell("redacting", 0, total)
    texts = redact_many([c.row.record.text for c in wanted], workers=workers, progress=redacted)
    by_key = {c.key: text for c, text in zip(wanted, texts, strict=True)}
    tell("themes", total, total)
    fresh = [(c.row, c.key) for c in found if not c.known]
    prepared = prepare(fresh, [by_key[key] for _, key in fresh], team, areas)
    known = [(c, by_key.get(c.key)) for c in found if c.known]
    report = ImportReport(
        format=parsed.format,
        rows=parsed.data_rows,
        duplicates=nothing + parsed.duplicate_rows,
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
            return retry_when_busy(lambda: _store(prepared, known, report, team, user, record))
        except IntegrityError:  # another import stored the same rows at this very moment
            if attempt == CONCURRENT_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover
