"""Importing files of signals: our own CSV, a Signalen CSV export, Open311 GeoReport v2 JSON.

The format is recognised by `core.intake_formats`. A file with any bad row is refused whole, with a
Dutch list of row, column and reason, and nothing is written; with `skip_invalid` the good rows go in
and the rejected ones are returned for a report. Re-importing creates no duplicates: a row's external
id is its `id` (or, when the file has none, a digest of its content), unique per team.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.accounts.selectors import neighbourhoods_for_teams
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.areas.selectors import neighbourhood_code_at
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core import validation
from wijkverbinder.core.intake_formats import ParsedSignal, RowError, parse_bytes
from wijkverbinder.core.pseudonym import household_pseudonym, normalise_household
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.intake import hooks
from wijkverbinder.intake.bulk import insert_signals
from wijkverbinder.intake.models import Signal, SignalImport
from wijkverbinder.intake.redaction_pool import redact_many
from wijkverbinder.intake.services import pseudonym_secret, team_for
from wijkverbinder.intake.themes import classifier_for


@dataclass
class ImportReport:
    """What an import did."""

    format: str
    rows: int
    created: int = 0
    duplicates: int = 0
    rejected: list[RowError] = field(default_factory=list)


class ImportRefusedError(DomainError):
    """The file was refused whole; `errors` lists every problem."""

    code = "import_refused"

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.errors = list(errors)
        super().__init__(
            f"Het bestand is niet ingelezen: {len(self.errors)} fout(en). Er is niets opgeslagen.",
            details=[describe(e) for e in self.errors],
        )


def describe(error: RowError) -> str:
    """`rij 3, kolom date: …` in Dutch."""
    where = "bestand" if error.row == 0 else f"rij {error.row}"
    column = f", kolom {error.column}" if error.column else ""
    return f"{where}{column}: {error.reason}"


def safe_file_name(filename: str) -> str:
    """The file name as stored with the import: control characters out, personal data redacted."""
    visible = "".join(c if c.isprintable() else " " for c in filename)
    return redact_free_text(visible)[:200]


def _external_id(record: SignalRecord) -> str:
    if record.id:
        return record.id[:100]
    content = "|".join(
        str(v)
        for v in (
            record.date,
            record.text,
            record.neighbourhood,
            record.street,
            record.lat,
            record.lon,
            record.household,
        )
    )
    return "sha256:" + hashlib.sha256(content.encode()).hexdigest()[:40]


def _place(row: ParsedSignal, allowed: dict[str, Neighbourhood]) -> Neighbourhood | RowError:
    record = row.record
    code = record.neighbourhood
    if not code and record.lat is not None and record.lon is not None:
        buurt = allowed.get(neighbourhood_code_at(lat=record.lat, lon=record.lon) or "")
        if buurt is None:  # the same words for "no buurt" and "another team's buurt"
            return RowError(
                row.row, "lat/lon", "het punt ligt niet in een buurt van het werkgebied van uw team"
            )
        return buurt
    buurt = allowed.get(code or "")
    if buurt is None:
        return RowError(
            row.row,
            "neighbourhood",
            f"buurtcode {code} is onbekend of hoort niet bij het werkgebied van uw team",
        )
    return buurt


def _validate(
    rows: list[ParsedSignal], team: Team
) -> tuple[list[tuple[ParsedSignal, Neighbourhood]], list[RowError]]:
    allowed: dict[str, Neighbourhood] = {}
    for buurt in neighbourhoods_for_teams(Team.objects.filter(pk=team.pk)).order_by("year"):
        allowed[buurt.code] = buurt
    good: list[tuple[ParsedSignal, Neighbourhood]] = []
    errors: list[RowError] = []
    today = timezone.localdate()
    for row in rows:
        problems = validation.record_problems(row.record, today=today)
        if row.record.household and not normalise_household(row.record.household):
            problems.append(("household", "het huishouden is leeg (alleen leestekens)"))
        if problems:
            errors.extend(RowError(row.row, column, reason) for column, reason in problems)
            continue
        if len(row.record.text) > settings.SIGNAL_TEXT_MAX:
            errors.append(
                RowError(
                    row.row, "text", f"de tekst is langer dan {settings.SIGNAL_TEXT_MAX} tekens"
                )
            )
            continue
        placed = _place(row, allowed)
        if isinstance(placed, RowError):
            errors.append(placed)
        else:
            good.append((row, placed))
    return good, errors


def _new_rows(
    good: list[tuple[ParsedSignal, Neighbourhood]], team: Team
) -> tuple[list[tuple[ParsedSignal, Neighbourhood, str]], int]:
    """Rows not imported before (by external id), and how many were duplicates."""
    keyed = [(row, buurt, _external_id(row.record)) for row, buurt in good]
    keys = [key for _, _, key in keyed]
    known: set[str] = set()
    for start in range(0, len(keys), 900):
        chunk = keys[start : start + 900]
        known.update(
            Signal.objects.filter(team=team, external_id__in=chunk).values_list(
                "external_id", flat=True
            )
        )
    fresh, seen = [], set()
    for row, buurt, key in keyed:
        if key in known or key in seen:
            continue
        seen.add(key)
        fresh.append((row, buurt, key))
    return fresh, len(keyed) - len(fresh)


class _Streets:
    """Street lookup per buurt with get-or-create, one query per new street."""

    def __init__(self, buurten: list[Neighbourhood]) -> None:
        self._known = {
            (s.neighbourhood_id, s.name.lower()): s
            for s in Street.objects.filter(neighbourhood__in=buurten)
        }

    def get(self, buurt: Neighbourhood, name: str | None) -> Street | None:
        """A known street by name; a new one only when, cut at the house number, the name looks
        like a street name (a file's street column may hold a name or phone number too)."""
        folded = " ".join((name or "").split())[:120]
        if not folded:
            return None
        known = self._known.get((buurt.pk, folded.lower()))
        if known is not None:
            return known
        clean = validation.street_name_candidate(folded)
        key = (buurt.pk, clean.lower())
        if key not in self._known:
            if not validation.looks_like_street_name(clean):
                return None
            self._known[key] = Street.objects.get_or_create(neighbourhood=buurt, name=clean)[0]
        return self._known[key]


def _build(
    fresh: list[tuple[ParsedSignal, Neighbourhood, str]], texts: list[str], team: Team, user: User
) -> Iterator[dict[str, Any]]:
    """The new signals as rows for `bulk.insert_signals` (theme suggested where the file has none),
    one at a time: a large import never holds all its rows as dicts at once."""
    streets = _Streets(sorted({buurt for _, buurt, _ in fresh}, key=lambda b: b.pk))
    guesses = iter(
        classifier_for(team).predict_many(
            [t for (row, _, _), t in zip(fresh, texts, strict=True) if not row.record.theme]
        )
    )
    secret = pseudonym_secret()
    for (row, buurt, key), text in zip(fresh, texts, strict=True):
        record = row.record
        theme, confidence = record.theme or "", None
        origin: str = Signal.ThemeOrigin.IMPORTED
        if not record.theme:
            guess = next(guesses)
            theme, confidence = guess.theme or "", round(guess.confidence, 3)
            origin = Signal.ThemeOrigin.SUGGESTED if guess.theme else ""
        street = streets.get(buurt, record.street)
        yield (
            {
                "team_id": team.pk,
                "observed_on": record.date,
                "neighbourhood_id": buurt.pk,
                "street_id": street.pk if street else None,
                "lat": record.lat,
                "lon": record.lon,
                "text": text,
                "role": record.role or "",
                "source": record.source or "",
                "theme": theme,
                "theme_origin": origin,
                "theme_confidence": confidence,
                "household": household_pseudonym(record.household, secret=secret)
                if record.household
                else "",
                "external_id": key,
                "created_by_id": user.pk,
            }
        )


def _stored_meanwhile(keys: list[str], team: Team) -> set[str]:
    """External ids stored since `_new_rows` looked, checked again under the team's lock: a
    simultaneous import of the same file may have stored them (no duplicates, no unique-constraint
    error)."""
    Team.objects.select_for_update(no_key=True).filter(pk=team.pk).values_list("pk").first()
    stored: set[str] = set()
    for start in range(0, len(keys), 900):
        stored.update(
            Signal.objects.filter(team=team, external_id__in=keys[start : start + 900]).values_list(
                "external_id", flat=True
            )
        )
    return stored


def import_signals(
    *,
    user: User,
    data: bytes,
    filename: str = "",
    team: Team | None = None,
    skip_invalid: bool = False,
    workers: int | None = 1,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import a file of signals for the user's team (see the module docstring)."""
    team = team_for(user=user, team=team)
    parsed = parse_bytes(data, filename=filename)
    if parsed.format == "onbekend":
        raise ImportRefusedError(parsed.errors)
    good, place_errors = _validate(parsed.rows, team)
    errors = sorted([*parsed.errors, *place_errors], key=lambda e: (e.row, e.column))
    if errors and not skip_invalid:
        raise ImportRefusedError(errors)
    fresh, duplicates = _new_rows(good, team)
    texts = redact_many(
        [row.record.text for row, _, _ in fresh], workers=workers, progress=progress
    )
    report = ImportReport(
        format=parsed.format,
        rows=len(parsed.rows) + len(parsed.errors),
        duplicates=duplicates,
        rejected=errors,
    )
    with transaction.atomic():
        stored = _stored_meanwhile([key for _, _, key in fresh], team)
        rows = _build(fresh, texts, team, user)
        report.created = insert_signals(r for r in rows if r["external_id"] not in stored)
        report.duplicates += len(fresh) - report.created
        SignalImport.objects.create(
            team=team,
            by=user,
            filename=safe_file_name(filename),
            format=parsed.format,
            rows=report.rows,
            created=report.created,
            duplicates=report.duplicates,
            rejected=len(errors),
        )
        log_access(
            user=user, action="import", object_type="signal", count=report.created, channel="import"
        )
        if report.created:
            hooks.imported(team)
    return report
