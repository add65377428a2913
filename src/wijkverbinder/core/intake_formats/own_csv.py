"""The project's own CSV: `id,date,text,neighbourhood,street,lat,lon,role,household,theme,source`.

UTF-8, one header row. Required per row: `date`, `text`, and `neighbourhood` (CBS buurt code) or
`lat`+`lon`. `role` ∈ Role, `source` ∈ Source (`wijkverbinder.core.vocabulary`), `theme` a leaf
code of the taxonomy. The same format is the input of the core `detect` command.
"""

from __future__ import annotations

from collections.abc import Iterable

from wijkverbinder.core.intake_formats import fields as f
from wijkverbinder.core.intake_formats.checks import RowChecker
from wijkverbinder.core.intake_formats.types import (
    IMPORTED,
    ParsedSignal,
    ParseResult,
    RowError,
)
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.taxonomy import Taxonomy
from wijkverbinder.core.vocabulary import Role, Source

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
_ROLES = frozenset(role.value for role in Role)
_SOURCES = frozenset(source.value for source in Source)


def looks_like(header: list[str]) -> bool:
    """True when every column is one of ours and `date` and `text` are present."""
    names = {name.strip().lower() for name in header}
    return {"date", "text"} <= names <= set(COLUMNS)


def header_errors(header: list[str]) -> list[RowError]:
    """File-level problems of the header (row 1)."""
    names = [name.strip().lower() for name in header]
    errors = [
        RowError(1, name, "kolom komt twee keer voor")
        for name in set(names)
        if names.count(name) > 1
    ]
    if "neighbourhood" not in names and not {"lat", "lon"} <= set(names):
        errors.append(RowError(1, "neighbourhood", "kolom neighbourhood of lat en lon ontbreekt"))
    return errors


def _record(
    values: dict[str, str], check: RowChecker, leaves: frozenset[str]
) -> SignalRecord | None:
    lat, lon = check.place(values["lat"], values["lon"], lat_column="lat", lon_column="lon")
    buurt = check.check("neighbourhood", lambda: f.parse_neighbourhood(values["neighbourhood"]))
    if not buurt and lat is None and not check.failed:
        check.add("neighbourhood", "geef een buurtcode of lat en lon")
    text = check.check("text", lambda: f.parse_text(values["text"]))
    when = check.check("date", lambda: f.parse_date(values["date"]))
    optional = {
        "id": check.check("id", lambda: _optional(values, "id", f.MAX_ID)),
        "street": check.check("street", lambda: _optional(values, "street", f.MAX_STREET)),
        "household": check.check(
            "household", lambda: _optional(values, "household", f.MAX_HOUSEHOLD)
        ),
    }
    role = check.check("role", lambda: f.parse_choice(values["role"], allowed=_ROLES, what="rol"))
    theme = check.check(
        "theme", lambda: f.parse_choice(values["theme"], allowed=leaves, what="thema")
    )
    source = check.check(
        "source", lambda: f.parse_choice(values["source"], allowed=_SOURCES, what="bron")
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
    header: list[str], rows: Iterable[list[str]], taxonomy: Taxonomy, result: ParseResult
) -> None:
    """Validate every data row (row numbers start at 2) into `result`."""
    names = [name.strip().lower() for name in header]
    result.errors.extend(header_errors(header))
    leaves = frozenset(taxonomy.leaf_codes())
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        check = RowChecker(number, result.errors)
        if len(row) != len(names):
            check.add("", f"{len(row)} kolommen, verwacht {len(names)}")
            continue
        values = dict.fromkeys(COLUMNS, "") | dict(zip(names, row, strict=True))
        record = _record(values, check, leaves)
        if record is not None:
            origin = IMPORTED if record.theme else None
            result.rows.append(ParsedSignal(record=record, theme_origin=origin, row=number))
