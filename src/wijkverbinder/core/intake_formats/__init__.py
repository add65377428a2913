"""Parsers for imported signals, with the format recognised from the content (issue 3).

Formats: the project's own CSV (`own_csv`), a Signalen CSV export (`signalen_csv`) and Open311
GeoReport v2 service requests in JSON (`open311_json`). The parsers check shape, types, ranges,
dates, closed lists and lengths and report *all* errors (row, column, Dutch reason); they do not
redact and do not know which buurt codes exist (the app checks both). CSV is read row by row.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from wijkverbinder.core.intake_formats import open311_json, own_csv, signalen_csv
from wijkverbinder.core.intake_formats.types import (
    OPEN311_JSON,
    SIGNALEN_CSV,
    UNKNOWN,
    WIJKVERBINDER_CSV,
    ParsedSignal,
    ParseResult,
    RowError,
)
from wijkverbinder.core.taxonomy import Taxonomy, load_taxonomy

__all__ = [
    "OPEN311_JSON",
    "SIGNALEN_CSV",
    "UNKNOWN",
    "WIJKVERBINDER_CSV",
    "ParseResult",
    "ParsedSignal",
    "RowError",
    "parse_bytes",
    "parse_file",
]

UNRECOGNISED = (
    "Onbekend bestandsformaat: verwacht een wijkverbinder-CSV (kolommen id,date,text,"
    "neighbourhood,street,lat,lon,role,household,theme,source), een Signalen-CSV-export of "
    "Open311 GeoReport v2-verzoeken in JSON."
)
NOT_UTF8 = "Het bestand is geen geldige UTF-8-tekst; sla het op als CSV UTF-8 of JSON."
csv.field_size_limit(1_000_000)


def _unknown(reason: str = UNRECOGNISED) -> ParseResult:
    return ParseResult(format=UNKNOWN, errors=[RowError(0, "", reason)])


def _parse_json(text: str, taxonomy: Taxonomy) -> ParseResult:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return _unknown(f"Ongeldige JSON (regel {error.lineno}): {error.msg}. {UNRECOGNISED}")
    items = open311_json.requests_of(document)
    if items is None:
        return _unknown()
    result = ParseResult(format=OPEN311_JSON)
    open311_json.parse_requests(items, taxonomy, result)
    return result


def _parse_csv(lines: Iterator[str], taxonomy: Taxonomy) -> ParseResult:
    first = next(lines, "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = next(csv.reader([first], delimiter=delimiter), [])
    rows = csv.reader(lines, delimiter=delimiter)
    if own_csv.looks_like(header):
        result = ParseResult(format=WIJKVERBINDER_CSV)
        own_csv.parse_rows(header, rows, taxonomy, result)
    elif signalen_csv.looks_like(header):
        result = ParseResult(format=SIGNALEN_CSV)
        signalen_csv.parse_rows(header, rows, taxonomy, result)
    else:
        return _unknown()
    return result


def _is_json(start: str) -> bool:
    return start.lstrip("\ufeff \t\r\n")[:1] in ("[", "{")


def parse_bytes(
    data: bytes, *, filename: str = "", taxonomy: Taxonomy | None = None
) -> ParseResult:
    """Recognise and parse an uploaded file held in memory (`filename` is informative only)."""
    taxonomy = taxonomy or load_taxonomy()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _unknown(NOT_UTF8)
    if _is_json(text[:64]):
        return _parse_json(text, taxonomy)
    return _parse_csv(iter(io.StringIO(text, newline="")), taxonomy)


def parse_file(path: Path, *, taxonomy: Taxonomy | None = None) -> ParseResult:
    """Recognise and parse a file on disk; CSV is streamed row by row."""
    taxonomy = taxonomy or load_taxonomy()
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            if _is_json(handle.read(64)):
                handle.seek(0)
                return _parse_json(handle.read(), taxonomy)
            handle.seek(0)
            return _parse_csv(iter(handle), taxonomy)
    except UnicodeDecodeError:
        return _unknown(NOT_UTF8)
    except OSError as error:
        return _unknown(f"Het bestand kan niet worden gelezen: {error.strerror or error}.")
