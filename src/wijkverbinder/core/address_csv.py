"""Reading address tables (postcode + house number → street, buurt or point) into plain records.

Formats, recognised by their header (comma, semicolon or tab; UTF-8 or as Dutch Excel saves it):

* our own CSV: `postcode,huisnummer,toevoeging,straat,buurtcode[,lat,lon]`;
* NLExtract's BAG address exports (semicolon-separated): `bagadres` (`openbareruimte, huisnummer,
  huisletter, huisnummertoevoeging, postcode, …, lon, lat`), `bagadres-full` (the same with
  `nummeraanduiding`, `pandid` and more) and `bagadresplus` (`openbareruimtenaam` and many more). The
  buurt follows from the point by point-in-polygon in the app.

The house number stays a number and the BAG's house letter and addition are kept apart from it:
105 with addition 1 is house number 105, addition `1` (never 1051); 12 with letter A and addition 2
is 12, addition `A2` — the same normal form as `vocabulary.split_house_number("12A-2")`. Problems
are collected per row with a Dutch reason; the caller decides whether any problem refuses the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from wijkverbinder.core.geo import in_netherlands
from wijkverbinder.core.intake_formats.text_input import (
    NOT_TEXT,
    csv_rows,
    decode,
    delimiter_note,
)
from wijkverbinder.core.vocabulary import normalise_postcode

OWN = ("postcode", "huisnummer", "straat")
BAG = ("huisnummer", "postcode", "lon", "lat")
MAX_ADDITION = 10
MAX_STREET = 120
OWN_FORMAT, BAGADRES, BAGADRES_FULL, BAGADRESPLUS = (
    "wijkverbinder-adressen",
    "bagadres",
    "bagadres-full",
    "bagadresplus",
)


@dataclass(frozen=True)
class AddressRow:
    row: int
    postcode: str
    house_number: int
    addition: str
    street: str
    neighbourhood: str | None
    lat: float | None
    lon: float | None


@dataclass
class AddressFile:
    """Rows, problems of the file as a whole (`errors`, nothing can be read) and of single rows
    (`row_errors`, row number and Dutch reason), and what was detected (`notes`)."""

    rows: list[AddressRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    row_errors: list[tuple[int, str]] = field(default_factory=list)
    format: str = ""
    notes: list[str] = field(default_factory=list)


def _float(value: str) -> float | None:
    try:
        return float(value.replace(",", ".")) if value.strip() else None
    except ValueError:
        return None


def _addition(*parts: str) -> str:
    return "".join(c for c in "".join(parts).upper() if c.isalnum())


def _number(raw: dict[str, str], bag: bool) -> tuple[int, str] | str:
    number_text = raw.get("huisnummer", "").strip()
    if not number_text.isdigit() or not 0 < int(number_text) < 100_000:
        return f"huisnummer {number_text!r} is geen getal van 1 tot 99999"
    parts = (
        (raw.get("huisletter", ""), raw.get("huisnummertoevoeging", ""))
        if bag
        else (raw.get("toevoeging", ""),)
    )
    addition = _addition(*parts)
    if len(addition) > MAX_ADDITION:
        return f"huisletter en toevoeging {addition!r} zijn langer dan {MAX_ADDITION} tekens"
    return int(number_text), addition


def _row(number: int, raw: dict[str, str], fmt: str) -> AddressRow | str:
    bag = fmt != OWN_FORMAT
    postcode = normalise_postcode(raw.get("postcode", ""))
    if postcode is None:
        return f"postcode {raw.get('postcode', '')!r} is geen Nederlandse postcode"
    house = _number(raw, bag)
    if isinstance(house, str):
        return house
    street_key = "openbareruimtenaam" if fmt == BAGADRESPLUS else "openbareruimte"
    street = " ".join((raw.get(street_key if bag else "straat") or "").split())
    if not street or len(street) > MAX_STREET:
        return f"straatnaam ontbreekt of is langer dan {MAX_STREET} tekens"
    lat, lon = _float(raw.get("lat", "")), _float(raw.get("lon", ""))
    if (lat is None) != (lon is None) or (
        lat is not None and lon is not None and not in_netherlands(lat, lon)
    ):
        return "lat/lon ontbreken gedeeltelijk of liggen buiten Nederland"
    neighbourhood = (raw.get("buurtcode") or "").strip().upper() or None
    if neighbourhood is None and lat is None:
        return "geef een buurtcode of lat en lon"
    return AddressRow(number, postcode, house[0], house[1], street, neighbourhood, lat, lon)


def address_format(header: set[str]) -> str | None:
    """Which address format a header is, or None."""
    if "openbareruimtenaam" in header and set(BAG) <= header:
        return BAGADRESPLUS
    if "openbareruimte" in header and set(BAG) <= header:
        return BAGADRES_FULL if {"nummeraanduiding", "pandid"} & header else BAGADRES
    if set(OWN) <= header:
        return OWN_FORMAT
    return None


def parse_address_csv(data: bytes) -> AddressFile:
    """Parse an address table; never raises on bad content (see `AddressFile`)."""
    result = AddressFile()
    decoded = decode(data)
    if decoded is None:
        result.errors.append(NOT_TEXT)
        return result
    header, rows, delimiter = csv_rows(decoded.text)
    names = [name.lower() for name in header]
    fmt = address_format(set(names))
    if fmt is None:
        result.errors.append(
            "onbekende kolommen: verwacht postcode,huisnummer,toevoeging,straat,buurtcode[,lat,lon] "
            "of een BAG-adressenbestand van NLExtract (bagadres, bagadres-full, bagadresplus); "
            f"gevonden: {', '.join(names[:15]) or 'geen'}"
        )
        return result
    result.format = fmt
    result.notes = [n for n in (decoded.note, delimiter_note(delimiter)) if n]
    _read_rows(names, rows, fmt, result)
    if not result.rows and not result.row_errors:
        result.errors.append("het bestand bevat geen adressen")
    return result


def _read_rows(names: list[str], rows: Iterator[list[str]], fmt: str, result: AddressFile) -> None:
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            result.row_errors.append((number, f"{len(row)} kolommen, verwacht {len(names)}"))
            continue
        parsed = _row(number, {k: v.strip() for k, v in zip(names, row, strict=True)}, fmt)
        if isinstance(parsed, str):
            result.row_errors.append((number, parsed))
        else:
            result.rows.append(parsed)
