"""Signalen's TDO export (`app/signals/apps/reporting/csv/tdo.py`): category and point, no text.

Columns: `id`, `created_at`, `updated_at`, `geometry` (the point as hexadecimal EWKB, or WKT
`POINT(lon lat)`), `status`, `status_display`, `main_slug`, `sub_slug`. The melding's own text is not
in this export, so the stored text names the category ("Melding openbare ruimte zonder tekst
(Signalen): dode dieren"); the theme follows from the slugs. The key is `signalen:` and Signalen's
numeric `id`, since this export has no `signal_uuid`; the number is also kept as `signalen_number`,
so the app matches the same melding from the datawarehouse export (which has both) as one signal,
whichever comes first, and the later import fills in what the first lacked (`intake.import_match`).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable

from wijkverbinder.core.intake_formats.checks import data_rows
from wijkverbinder.core.intake_formats.signalen_rows import SignalenReader
from wijkverbinder.core.intake_formats.types import ParseOptions, ParseResult
from wijkverbinder.core.taxonomy import Taxonomy

WGS84 = 4326
_WKT = re.compile(r"(?:SRID=(\d+);)?\s*POINT\s*\(\s*(\S+)\s+(\S+)\s*\)", re.IGNORECASE)
_SRID_FLAG = 0x20000000
_POINT = 1


class GeometryTextError(ValueError):
    """A geometry that is not a WGS84 point; the message is Dutch."""


def looks_like(header: list[str]) -> bool:
    """True for the TDO layout: `geometry` and the slugs, without a `text` column."""
    names = {name.strip().lower() for name in header}
    return {"geometry", "main_slug", "sub_slug"} <= names and "text" not in names


def point_of(value: str) -> tuple[float, float]:
    """(lat, lon) of a point given as hexadecimal (E)WKB or as WKT."""
    text = value.strip()
    match = _WKT.fullmatch(text)
    if match:
        srid = int(match.group(1) or WGS84)
        lon, lat = float(match.group(2)), float(match.group(3))
    else:
        srid, lon, lat = _ewkb_point(text)
    if srid != WGS84:
        raise GeometryTextError(f"geometrie in SRID {srid}; verwacht WGS84 (4326)")
    return lat, lon


def _ewkb_point(text: str) -> tuple[int, float, float]:
    try:
        data = bytes.fromhex(text)
        order = "<" if data[0] == 1 else ">"
        (kind,) = struct.unpack_from(f"{order}I", data, 1)
        offset, srid = 5, WGS84
        if kind & _SRID_FLAG:
            (srid,) = struct.unpack_from(f"{order}I", data, offset)
            offset += 4
        if kind & 0xFF != _POINT:
            raise GeometryTextError("geometrie is geen punt")
        lon, lat = struct.unpack_from(f"{order}dd", data, offset)
    except (ValueError, IndexError, struct.error):
        raise GeometryTextError(f"geometrie {text[:30]!r} is geen punt (WKB of WKT)") from None
    return srid, lon, lat


#: how the stored text of a TDO melding starts: a later import with the real text replaces it
TEXT_PREFIX = "Melding openbare ruimte zonder tekst (Signalen)"


def _text(values: dict[str, str]) -> str:
    category = (values.get("sub_slug") or values.get("main_slug") or "onbekend").replace("-", " ")
    return f"{TEXT_PREFIX}: {category}"


def parse_rows(
    header: list[str],
    rows: Iterable[list[str]],
    taxonomy: Taxonomy,
    result: ParseResult,
    options: ParseOptions,
) -> None:
    """Validate every data row (row numbers start at 2) into `result`."""
    names = [name.strip().lower() for name in header]
    result.notes.append(
        "Signalen-TDO-export: zonder tekst van de melding; de tekst noemt de categorie"
    )
    reader = SignalenReader(result, taxonomy, options)
    for number, row in data_rows(rows, len(names), result):
        values = dict(zip(names, (cell.strip() for cell in row), strict=True))
        place, problem = {"lat": "", "lng": ""}, None
        try:
            if values.get("geometry"):
                lat, lon = point_of(values["geometry"])
                place = {"lat": str(lat), "lng": str(lon)}
        except GeometryTextError as error:
            problem = ("geometry", str(error))
        reader.add(
            number, values | {"text": _text(values), "source": ""} | place, place_error=problem
        )
    reader.finish()
