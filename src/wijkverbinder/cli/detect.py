"""`wijkverbinder detect INPUT.csv --output OUT.json`: collective questions from a CSV, no database.

Reads the intake CSV (``id,date,text,neighbourhood,street,lat,lon,role,household`` and optionally
``theme``, ``source``), runs `wijkverbinder.core.detection.detect` and writes
``{"collective_questions": [...]}`` sorted by score, most urgent first. Seeds for the theme
classifier come from ``--seeds`` (JSON: theme code → words) or, when available, from the knowledge
base's taxonomy. Errors in the file are reported in Dutch with exit code 2 and nothing is written.

`_read_signals` is a lean reader of the same format. It checks each field with the intake
parser's own rules (`core.intake_formats.fields`: dates, text length, buurt code shape, both or no
coordinates inside the Netherlands, closed lists of role and source), so a row the importer refuses
is refused here too. It stays separate from `core.intake_formats.parse_file` for speed — on a
1,000,000-row synthetic town `parse_file` took 42 s against 15 s here, which alone would break the
60 s end-to-end budget (docs/detection.md) — and because detection needs two things the importer
does not: an `id` on every row (unique) and free theme codes (`--seeds` may define other themes).

The examples in the output quote input texts; they are redacted before they are written, as the
input file need not be (nothing unredacted is printed; when the redaction engine cannot be loaded
the command stops with exit code 2 and writes nothing).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from wijkverbinder.core.detection import detect
from wijkverbinder.core.intake_formats import fields
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.redaction import RedactionUnavailableError, redact_free_text
from wijkverbinder.core.vocabulary import Role, Source

_STAGES = ("lezen", "thema's", "nieuwe onderwerpen", "reeksen", "vensters", "klaar", "schrijven")
_MAX_SHOWN = 20

REQUIRED = ("id", "date", "text", "neighbourhood", "street", "lat", "lon", "role", "household")
OPTIONAL = ("theme", "source")
_MAX_ERRORS = 20


class CsvError(Exception):
    """The file cannot be used; the message is in Dutch."""


_ROLES = frozenset(role.value for role in Role)
_SOURCES = frozenset(source.value for source in Source)


def _coordinates(lat: str, lon: str) -> tuple[float | None, float | None]:
    """Both or none; inside the Netherlands (the importer's rule)."""
    if not lat and not lon:
        return None, None
    if not lat or not lon:
        raise ValueError("geef zowel lat als lon, of geen van beide")
    lat_value = fields.parse_coordinate(lat, what="breedtegraad")
    lon_value = fields.parse_coordinate(lon, what="lengtegraad")
    fields.check_latitude(lat_value)
    fields.check_longitude(lon_value)
    return lat_value, lon_value


_FIELDS = (*REQUIRED, *OPTIONAL)
_MIN_LAT, _MIN_LON, _MAX_LAT, _MAX_LON = fields.NL_BBOX


class _Rows:
    """CSV rows to records with the importer's field rules, in the order it checks them.

    A row's first error is the one reported, as `_coordinates` and the `fields` checks would
    raise it. For speed on large files (1,000,000 rows), values that repeat — dates, buurt codes,
    roles, sources — are checked once and remembered (only values that passed), and plain
    decimal coordinates inside the box skip the general parser.
    """

    def __init__(self, positions: tuple[int, ...]) -> None:
        self.width = max(positions) + 1
        # a column the file lacks reads the blank cell added after the row's own
        self.pick = itemgetter(*(p if p >= 0 else self.width for p in positions))
        self.blank = [""] * (self.width + 1)
        self.complete = min(positions) >= 0  # every column present: a full row is read as is
        self.streets: dict[str, str] = {}  # one string per street name, not one per row
        self.dates: dict[str, date] = {}
        self.buurten: dict[str, str | None] = {}
        self.roles: dict[str, str | None] = {}
        self.sources: dict[str, str | None] = {}

    def record(self, cells: list[str]) -> SignalRecord:
        (ident, day, text, buurt, street, lat, lon, role, household, theme, source) = self.pick(
            self._cells(cells)
        )
        ident = ident.strip()
        if not ident:
            raise ValueError("id ontbreekt")
        point = self._point(lat.strip(), lon.strip())
        if buurt in self.buurten:
            code = self.buurten[buurt]
        else:
            code = self.buurten[buurt] = fields.parse_neighbourhood(buurt)
        if code is None and point[0] is None:
            raise ValueError("geef een buurtcode of lat en lon")
        when = self.dates.get(day)
        if when is None:
            when = self.dates[day] = fields.parse_date(day)
        text = fields.parse_text(text)
        street = street.strip()
        if len(street) > fields.MAX_STREET:
            fields.parse_optional(street, limit=fields.MAX_STREET, what="street")
        if role in self.roles:
            role_value = self.roles[role]
        else:
            role_value = self.roles[role] = fields.parse_choice(role, allowed=_ROLES, what="rol")
        household = household.strip()
        if len(household) > fields.MAX_HOUSEHOLD:
            fields.parse_optional(household, limit=fields.MAX_HOUSEHOLD, what="household")
        if source in self.sources:
            source_value = self.sources[source]
        else:
            source_value = self.sources[source] = fields.parse_choice(
                source, allowed=_SOURCES, what="bron"
            )
        return SignalRecord(
            ident,
            when,
            text,
            code,
            self.streets.setdefault(street, street) or None,
            *point,
            role_value,
            household or None,
            theme.strip() or None,
            source_value,
        )

    def _cells(self, cells: list[str]) -> list[str]:
        if self.complete and len(cells) >= self.width:
            return cells
        row = cells[: self.width]
        row += self.blank[len(row) :]
        return row

    @staticmethod
    def _point(lat: str, lon: str) -> tuple[float | None, float | None]:
        if lat and lon:
            try:
                lat_value, lon_value = float(lat), float(lon)
            except ValueError:
                return _coordinates(lat, lon)  # decimal comma, or its error message
            if _MIN_LAT <= lat_value <= _MAX_LAT and _MIN_LON <= lon_value <= _MAX_LON:
                return lat_value, lon_value
        return _coordinates(lat, lon)


def _read_signals(
    path: Path, *, skip_invalid: bool = False
) -> tuple[list[SignalRecord], list[str]]:
    """Records of the file and messages for rows skipped; raises `CsvError` on a bad file.

    Swap point: replace with `wijkverbinder.core.intake_formats.parse_file` when it exists.
    """
    if not path.is_file():
        raise CsvError(f"bestand '{path}' bestaat niet.")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [name.strip() for name in next(reader, [])]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise CsvError(f"{path.name}: kolommen ontbreken: {', '.join(missing)}.")
            positions = tuple(header.index(n) if n in header else -1 for n in _FIELDS)
            rows = _Rows(positions)
            records, errors, seen = [], [], set()
            for number, row in enumerate(reader, start=2):
                if not (row and (row[0].strip() or "".join(row).strip())):
                    continue  # a blank row
                try:
                    record = rows.record(row)
                    if record.id in seen:
                        raise ValueError(f"id '{record.id}' komt dubbel voor")
                except ValueError as error:
                    errors.append(f"regel {number}: {error}")
                    continue
                seen.add(record.id)
                records.append(record)
    except UnicodeDecodeError:
        raise CsvError(f"{path.name}: het bestand is geen UTF-8-tekst.") from None
    except csv.Error as error:
        raise CsvError(f"{path.name}: geen geldige CSV ({error}).") from None
    if errors and not skip_invalid:
        shown = "\n  ".join(errors[:_MAX_ERRORS])
        more = (
            f"\n  … en nog {len(errors) - _MAX_ERRORS} fouten" if len(errors) > _MAX_ERRORS else ""
        )
        raise CsvError(f"{path.name}: {len(errors)} foute regel(s):\n  {shown}{more}")
    return records, errors


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wijkverbinder detect",
        description="Zoek gemeenschappelijke vragen in een CSV met signalen (zonder database).",
    )
    parser.add_argument("input", type=Path, help="CSV met signalen (intake-formaat)")
    parser.add_argument("--output", type=Path, required=True, help="JSON-bestand voor de uitkomst")
    parser.add_argument("--seed", type=int, default=0, help="startwaarde voor herhaalbaarheid")
    parser.add_argument("--seeds", type=Path, help="JSON met zaadwoorden per thema")
    parser.add_argument(
        "--skip-invalid", action="store_true", help="sla foute regels over in plaats van te stoppen"
    )
    return parser


def _load_seeds(path: Path | None) -> Mapping[str, Sequence[str]] | None:
    if path is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise CsvError(f"{path}: geen geldige JSON (regel {error.lineno}).") from None
        except UnicodeDecodeError:
            raise CsvError(f"{path}: geen tekst in UTF-8; sla het bestand op als UTF-8.") from None
        if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
            raise CsvError(f"{path}: verwacht een JSON-object met per thema een lijst woorden.")
        return {str(k): [str(w) for w in v] for k, v in data.items()}
    try:
        taxonomy = importlib.import_module("wijkverbinder.core.taxonomy")
        seeds: Mapping[str, Sequence[str]] = taxonomy.load_taxonomy().seeds()
    except (ImportError, AttributeError, OSError, ValueError):
        return None
    return seeds


def _progress() -> tuple[Callable[[str], None], Callable[[], None]]:
    if not sys.stderr.isatty():
        return (lambda stage: None), (lambda: None)
    from tqdm import tqdm

    bar = tqdm(total=len(_STAGES), desc="detectie", unit="stap", file=sys.stderr)

    def step(stage: str) -> None:
        bar.set_postfix_str(stage)
        bar.update(1)

    return step, bar.close


def _redacted(question: dict[str, Any]) -> dict[str, Any]:
    """Examples quote the input, which may not be redacted yet: redact them before writing."""
    return {**question, "examples": [redact_free_text(text) for text in question["examples"]]}


def _refuse(message: str) -> None:
    """A refusal in the voice of the other commands: "wijkverbinder detect: <melding>"."""
    print(f"wijkverbinder detect: {message}", file=sys.stderr)


def _dutch(error: OSError) -> str:
    """A file that cannot be read, in Dutch (the system's own text is English)."""
    name = error.filename or ""
    if isinstance(error, FileNotFoundError):
        return f"bestand '{name}' bestaat niet."
    if isinstance(error, IsADirectoryError):
        return f"'{name}' is een map, geen bestand."
    if isinstance(error, PermissionError):
        return f"u mag '{name}' niet lezen (rechten)."
    return f"kan '{name}' niet lezen (systeemfout {error.errno})."


def run(argv: list[str]) -> int:
    """Run the command; 0 on success, 2 on a bad file or bad arguments."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    step, close = _progress()
    try:
        step("lezen")
        signals, skipped = _read_signals(args.input, skip_invalid=args.skip_invalid)
        seeds = _load_seeds(args.seeds)
    except (CsvError, OSError) as error:
        close()
        _refuse(_dutch(error) if isinstance(error, OSError) else str(error))
        return 2
    for message in skipped[:_MAX_SHOWN]:
        print(f"Overgeslagen: {message}", file=sys.stderr)
    result = detect(signals, seeds=seeds, seed=args.seed, progress=step)
    step("schrijven")
    try:
        payload = {"collective_questions": [_redacted(q.to_json()) for q in result.questions]}
    except RedactionUnavailableError as error:
        close()
        _refuse(str(error))
        return 2
    args.output.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    close()
    return 0
