"""Signalen (meldingen openbare ruimte) CSV export, flattened to one row per melding.

Column names are those of Signalen's datawarehouse export (Amsterdam/signals,
`app/signals/apps/reporting/csv/datawarehouse/`: `signals.py` → `signals.csv`, `categories.py` →
`categories.csv`, `locations` → `locations.csv`), joined per signal as a municipality exports
them to other systems. We read:
- `id` (else `signal_uuid`) → id; `incident_date_start` (else `created_at`) → date;
- `text` → text; `source` → source (`telefoon` when it mentions a phone, else
  `melding_openbare_ruimte`);
- `sub_slug`/`sub`/`main_slug`/`main` → theme through `signalen_mapping.yaml` (origin
  "imported"; an unknown category leaves the theme empty, so the app suggests one);
- `lat`/`lng` → lat/lon. Signalen's export fills `lat` with ST_X (the longitude) and `lng` with
  ST_Y; a pair that is only inside the Netherlands when swapped is swapped back;
- `buurt_code` → neighbourhood only when it is a CBS code (Amsterdam's own 4-character codes are
  not); `address_text` → street (house number and place dropped).
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
from wijkverbinder.core.vocabulary import Source

MARKERS = frozenset({"signal_uuid", "incident_date_start", "sub_slug", "main_slug", "sub", "main"})
CATEGORY_COLUMNS = ("sub_slug", "sub", "main_slug", "main")


def looks_like(header: list[str]) -> bool:
    """True for a header with `text` and at least one Signalen-specific column."""
    names = {name.strip().lower() for name in header}
    return "text" in names and bool(names & MARKERS)


def _swap_if_needed(lat_text: str, lon_text: str) -> tuple[str, str]:
    try:
        lat, lon = float(lat_text.replace(",", ".")), float(lon_text.replace(",", "."))
    except ValueError:
        return lat_text, lon_text
    min_lat, min_lon, max_lat, max_lon = f.NL_BBOX
    swapped = min_lat <= lon <= max_lat and min_lon <= lat <= max_lon
    return (lon_text, lat_text) if swapped else (lat_text, lon_text)


def _theme(values: dict[str, str], taxonomy: Taxonomy) -> str | None:
    for column in CATEGORY_COLUMNS:
        category = values.get(column, "").strip()
        if category:
            return taxonomy.find_signalen(category)
    return None


def _source(value: str) -> str:
    source = Source.TELEFOON if "telefoon" in value.lower() else Source.MELDING_OPENBARE_RUIMTE
    return source.value


def _record(values: dict[str, str], check: RowChecker, taxonomy: Taxonomy) -> SignalRecord | None:
    date_column = "incident_date_start" if values.get("incident_date_start") else "created_at"
    when = check.check(date_column, lambda: f.parse_date(values.get(date_column, "")))
    text = check.check("text", lambda: f.parse_text(values.get("text", "")))
    lat_text, lon_text = _swap_if_needed(values.get("lat", ""), values.get("lng", ""))
    lat, lon = check.place(lat_text, lon_text, lat_column="lat", lon_column="lng")
    code = values.get("buurt_code", "").strip()
    buurt = code if f.parse_neighbourhood_or_none(code) else None
    if lat is None and buurt is None and not check.failed:
        check.add("lat,lng", "plaats ontbreekt: geen coördinaten en geen CBS-buurtcode")
    if check.failed or when is None or text is None:
        return None
    return SignalRecord(
        id=(values.get("id") or values.get("signal_uuid") or "").strip()[: f.MAX_ID],
        date=when,
        text=text,
        neighbourhood=buurt,
        street=f.street_from_address(values.get("address_text")),
        lat=lat,
        lon=lon,
        theme=_theme(values, taxonomy),
        source=_source(values.get("source", "")),
    )


def parse_rows(
    header: list[str], rows: Iterable[list[str]], taxonomy: Taxonomy, result: ParseResult
) -> None:
    """Validate every data row (row numbers start at 2) into `result`."""
    names = [name.strip().lower() for name in header]
    if not set(CATEGORY_COLUMNS) & set(names):
        result.errors.append(RowError(1, "sub_slug", "geen categoriekolom (sub_slug, sub, main)"))
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        check = RowChecker(number, result.errors)
        if len(row) != len(names):
            check.add("", f"{len(row)} kolommen, verwacht {len(names)}")
            continue
        record = _record(dict(zip(names, row, strict=True)), check, taxonomy)
        if record is not None:
            origin = IMPORTED if record.theme else None
            result.rows.append(ParsedSignal(record=record, theme_origin=origin, row=number))
