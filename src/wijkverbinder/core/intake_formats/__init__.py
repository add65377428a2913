"""Parsers for imported signals, with the format recognised from the content.

Formats (`docs/intake.md`): the project's own CSV (`own_csv`); Signalen's datawarehouse export, a
ZIP of tables or the tables given together (`signalen_dwh`); a joined Signalen CSV
(`signalen_csv`); Signalen's TDO export (`signalen_tdo`); meldingen from Signalen's API in JSON
(`signalen_api`); Open311 GeoReport v2 in JSON or XML, a list or one request (`open311`). CSV may be
UTF-8 or as Dutch Excel saves it; what was detected is in `ParseResult.notes`. The parsers check
shape, types, ranges, dates, closed lists and lengths (text up to `ParseOptions.text_max`), place a
row through `ParseOptions.locate` when given, and report *all* errors (row, column, Dutch reason);
they do not redact. Files that are not signals (an area or address file, Signalen's public map
layer, a single table of the datawarehouse export) are refused with a reason saying what to do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from wijkverbinder.core.intake_formats import (
    open311,
    own_csv,
    signalen_api,
    signalen_csv,
    signalen_dwh,
    signalen_tdo,
)
from wijkverbinder.core.intake_formats.archive import ArchiveError, expand
from wijkverbinder.core.intake_formats.checks import check_records, place_rows
from wijkverbinder.core.intake_formats.fields import DUTCH
from wijkverbinder.core.intake_formats.other_files import csv_refusal, json_refusal
from wijkverbinder.core.intake_formats.text_input import (
    NOT_TEXT,
    csv_rows,
    decode,
    delimiter_note,
)
from wijkverbinder.core.intake_formats.types import (
    DEFAULT_TEXT_MAX,
    OPEN311_JSON,
    OPEN311_XML,
    SIGNALEN_API,
    SIGNALEN_CSV,
    SIGNALEN_DWH,
    SIGNALEN_TDO,
    UNKNOWN,
    WIJKVERBINDER_CSV,
    FormatName,
    ParsedSignal,
    ParseOptions,
    ParseResult,
    RowError,
)
from wijkverbinder.core.taxonomy import Taxonomy, load_taxonomy

__all__ = [
    "DEFAULT_TEXT_MAX",
    "OPEN311_JSON",
    "OPEN311_XML",
    "SIGNALEN_API",
    "SIGNALEN_CSV",
    "SIGNALEN_DWH",
    "SIGNALEN_TDO",
    "UNKNOWN",
    "WIJKVERBINDER_CSV",
    "FormatName",
    "ParseOptions",
    "ParseResult",
    "ParsedSignal",
    "RowError",
    "parse_bytes",
    "parse_file",
    "parse_files",
]

UNRECOGNISED = (
    "Onbekend bestandsformaat: verwacht een wijkverbinder-CSV (kolommen id,date,text,"
    "neighbourhood,street,lat,lon,role,household,theme,source), een Signalen-export "
    "(datawarehouse-ZIP, TDO-CSV of gekoppelde CSV), meldingen uit de Signalen-API (JSON) of "
    "Open311 GeoReport v2-verzoeken (JSON of XML). Zie docs/onboarding.md."
)


EMPTY = "Het bestand is leeg: er staan geen signalen in."


def _unknown(reason: str = UNRECOGNISED) -> ParseResult:
    result = ParseResult(format=UNKNOWN)
    result.refuse(0, "", reason)
    return result


def _parse_json(text: str, taxonomy: Taxonomy, options: ParseOptions) -> ParseResult:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return _unknown(f"Ongeldige JSON (regel {error.lineno}): {error.msg}. {UNRECOGNISED}")
    meldingen = signalen_api.meldingen_of(document)
    if meldingen is not None:
        result = ParseResult(format=SIGNALEN_API)
        signalen_api.parse_meldingen(meldingen, taxonomy, result, options)
        return result
    items = open311.requests_of(document)
    if items is not None:
        result = ParseResult(format=OPEN311_JSON)
        open311.parse_requests(items, taxonomy, result, options)
        return result
    return _unknown(json_refusal(document) or UNRECOGNISED)


def _parse_xml(text: str, taxonomy: Taxonomy, options: ParseOptions) -> ParseResult:
    try:
        items = open311.requests_of_xml(text)
    except open311.Open311XmlError as error:
        return _unknown(f"{error}. {UNRECOGNISED}")
    if items is None:
        return _unknown()
    result = ParseResult(format=OPEN311_XML)
    open311.parse_requests(list(items), taxonomy, result, options)
    return result


def _parse_csv(text: str, taxonomy: Taxonomy, options: ParseOptions) -> ParseResult:
    header, rows, delimiter = csv_rows(text)
    names = [name.lower() for name in header]
    refusal = csv_refusal(names)
    if own_csv.looks_like(names):
        result = ParseResult(format=WIJKVERBINDER_CSV)
        own_csv.parse_rows(header, rows, taxonomy, result, options)
    elif signalen_tdo.looks_like(names):
        result = ParseResult(format=SIGNALEN_TDO)
        signalen_tdo.parse_rows(header, rows, taxonomy, result, options)
    elif signalen_dwh.table_kind(names) == signalen_dwh.SIGNALS:
        result = ParseResult(format=SIGNALEN_DWH)
        table = signalen_dwh.Table("signals.csv", header, rows)
        signalen_dwh.parse_tables([table], taxonomy, result, options)
    elif refusal:
        return _unknown(refusal)
    elif signalen_csv.looks_like(names):
        result = ParseResult(format=SIGNALEN_CSV)
        signalen_csv.parse_rows(header, rows, taxonomy, result, options)
    else:
        return _unknown()
    note = delimiter_note(delimiter)
    if note:
        result.notes.insert(0, note)
    return result


def _parse_text(text: str, taxonomy: Taxonomy, options: ParseOptions) -> ParseResult:
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start in ("[", "{"):
        return _parse_json(text, taxonomy, options)
    if start == "<":
        return _parse_xml(text, taxonomy, options)
    return _parse_csv(text, taxonomy, options)


def _tables(files: Sequence[tuple[str, bytes]]) -> list[signalen_dwh.Table] | str:
    tables = []
    for name, data in files:
        decoded = decode(data)
        if decoded is None:
            return f"{name}: {NOT_TEXT}"
        header, rows, _delimiter = csv_rows(decoded.text)
        tables.append(signalen_dwh.Table(name, header, rows))
    return tables


def _finish(result: ParseResult, encoding_note: str | None, options: ParseOptions) -> ParseResult:
    check_records(result, options)
    place_rows(result, options)
    if encoding_note:
        result.notes.insert(0, encoding_note)
    if DUTCH in result.date_styles:
        result.notes.append("datums herkend als dag-maand-jaar (Nederlands)")
    return result


def parse_files(
    files: Sequence[tuple[str, bytes]],
    *,
    taxonomy: Taxonomy | None = None,
    options: ParseOptions | None = None,
) -> ParseResult:
    """Recognise and parse one file, a ZIP, or the tables of one Signalen export given together."""
    taxonomy = taxonomy or load_taxonomy()
    options = options or ParseOptions()
    try:
        expanded = expand(files)
    except ArchiveError as error:
        return _unknown(str(error))
    if not expanded:
        return _unknown("Geen bestand ontvangen.")
    if len(expanded) > 1:
        tables = _tables(expanded)
        if isinstance(tables, str):
            return _unknown(tables)
        result = ParseResult(format=SIGNALEN_DWH)
        signalen_dwh.parse_tables(tables, taxonomy, result, options)
        return _finish(result, None, options)
    return _parse_one(expanded[0][1], taxonomy, options)


def _parse_one(data: bytes, taxonomy: Taxonomy, options: ParseOptions) -> ParseResult:
    """One file that is not an archive: text, not empty, in a format we know."""
    decoded = decode(data)
    if decoded is None:
        return _unknown(NOT_TEXT)
    if not decoded.text.strip():  # was "Onbekend bestandsformaat" on the command line
        return _unknown(EMPTY)
    return _finish(_parse_text(decoded.text, taxonomy, options), decoded.note, options)


def parse_bytes(
    data: bytes,
    *,
    filename: str = "",
    taxonomy: Taxonomy | None = None,
    options: ParseOptions | None = None,
) -> ParseResult:
    """Recognise and parse one uploaded file held in memory (a ZIP is opened)."""
    return parse_files([(filename or "bestand", data)], taxonomy=taxonomy, options=options)


def parse_file(
    path: Path, *, taxonomy: Taxonomy | None = None, options: ParseOptions | None = None
) -> ParseResult:
    """Recognise and parse a file on disk."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return _unknown(f"Het bestand kan niet worden gelezen: {error.strerror or error}.")
    return parse_bytes(data, filename=path.name, taxonomy=taxonomy, options=options)
