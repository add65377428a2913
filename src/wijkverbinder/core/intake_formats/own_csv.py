"""The project's own CSV: `id,date,text,neighbourhood,street,lat,lon,role,household,theme,source`.

One header row; UTF-8, or as Dutch Excel saves it (Windows-1252, `;`). Required per row: `date`,
`text`, and `neighbourhood` (CBS buurt code) or `lat`+`lon`. `role` and `source` as code or as the
word the UI shows (`ervaart last`, `hulpvraag`, `melding openbare ruimte`, see
`fields.ROLE_WORDS`/`SOURCE_WORDS`), `theme` a leaf code of the taxonomy. The same format is the
input of the core `detect` command.
"""

from __future__ import annotations

from collections.abc import Iterable

from wijkverbinder.core.intake_formats import fields as f
from wijkverbinder.core.intake_formats.checks import RowChecker, data_rows
from wijkverbinder.core.intake_formats.types import (
    IMPORTED,
    ParsedSignal,
    ParseOptions,
    ParseResult,
)
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.taxonomy import Taxonomy

COLUMNS = (
    "id",
    "date",
    "text",
    "neighbourhood",
    "street",
    "lat",
    "lon",
    "role",
    "household",
    "theme",
    "source",
)


def looks_like(header: list[str]) -> bool:
    """True when every column is one of ours and `date` and `text` are present."""
    names = {name.strip().lower() for name in header}
    return {"date", "text"} <= names <= set(COLUMNS)


def header_errors(header: list[str], result: ParseResult) -> None:
    """File-level problems of the header (row 1)."""
    names = [name.strip().lower() for name in header]
    for name in sorted(set(names)):
        if names.count(name) > 1:
            result.refuse(1, name, "kolom komt twee keer voor")
    if "neighbourhood" not in names and not {"lat", "lon"} <= set(names):
        result.refuse(1, "neighbourhood", "kolom neighbourhood of lat en lon ontbreekt")


def _record(
    values: dict[str, str], check: RowChecker, leaves: frozenset[str], options: ParseOptions
) -> SignalRecord | None:
    lat, lon = check.place(values["lat"], values["lon"], lat_column="lat", lon_column="lon")
    code = check.check("neighbourhood", lambda: f.parse_neighbourhood(values["neighbourhood"]))
    given = bool(values["neighbourhood"].strip() or values["lat"].strip() or values["lon"].strip())
    buurt = check.locate(
        code=code,
        local_code=None,
        lat=lat,
        lon=lon,
        given=given,
        column="neighbourhood" if values["neighbourhood"].strip() or not given else "lat,lon",
    )
    text = check.text("text", values["text"], options)
    when = check.when("date", values["date"], options)
    optional = {
        "id": check.check("id", lambda: _optional(values, "id", f.MAX_ID)),
        "street": check.check("street", lambda: _optional(values, "street", f.MAX_STREET)),
        "household": check.check(
            "household", lambda: _optional(values, "household", f.MAX_HOUSEHOLD)
        ),
    }
    role = check.check(
        "role",
        lambda: f.parse_word(values["role"], words=f.ROLE_WORDS, what="rol", hint=f.ROLE_HINT),
    )
    theme = check.check(
        "theme", lambda: f.parse_choice(values["theme"], allowed=leaves, what="thema")
    )
    source = check.check(
        "source",
        lambda: f.parse_word(
            values["source"], words=f.SOURCE_WORDS, what="bron", hint=f.SOURCE_HINT
        ),
    )
    if check.failed or when is None or text is None:
        return None
    return SignalRecord(
        id=optional["id"] or "",
        date=when,
        text=text,
        neighbourhood=buurt,
        street=optional["street"],
        lat=lat,
        lon=lon,
        role=role,
        household=optional["household"],
        theme=theme,
        source=source,
    )


def _optional(values: dict[str, str], name: str, limit: int) -> str | None:
    return f.parse_optional(values[name], limit=limit, what=name)


def parse_rows(
    header: list[str],
    rows: Iterable[list[str]],
    taxonomy: Taxonomy,
    result: ParseResult,
    options: ParseOptions,
) -> None:
    """Validate every data row (row numbers start at 2) into `result`."""
    names = [name.strip().lower() for name in header]
    header_errors(header, result)
    leaves = frozenset(taxonomy.leaf_codes())
    for number, row in data_rows(rows, len(names), result):
        result.data_rows += 1
        check = RowChecker(number, result)
        values = dict.fromkeys(COLUMNS, "") | dict(zip(names, row, strict=True))
        record = _record(values, check, leaves, options)
        if record is not None:
            origin = IMPORTED if record.theme else None
            result.rows.append(ParsedSignal(record=record, theme_origin=origin, row=number))
