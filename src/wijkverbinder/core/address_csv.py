"""Reading address tables (postcode + house number → street, buurt or point) into plain records.

Two formats, recognised by their header:

* our own CSV, comma- or semicolon-separated: `postcode,huisnummer,toevoeging,straat,buurtcode[,lat,lon]`;
* the BAG address export of NLExtract (`bag-adressen`, semicolon-separated) with the columns
  `openbareruimte, huisnummer, huisletter, huisnummertoevoeging, postcode, lon, lat`; its buurt follows
  from the point by point-in-polygon in the app.

All problems are collected per row with a Dutch reason; the caller imports nothing when there is any.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from wijkverbinder.core.geo import in_netherlands
from wijkverbinder.core.vocabulary import normalise_postcode, split_house_number

OWN = ("postcode", "huisnummer", "straat")
BAG = ("openbareruimte", "huisnummer", "postcode", "lon", "lat")


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
    rows: list[AddressRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    format: str = ""


def _float(value: str) -> float | None:
    try:
        return float(value.replace(",", ".")) if value.strip() else None
    except ValueError:
        return None


def _row(number: int, raw: dict[str, str], bag: bool) -> AddressRow | str:
    postcode = normalise_postcode(raw.get("postcode", ""))
    if postcode is None:
        return f"rij {number}: postcode {raw.get('postcode', '')!r} is geen Nederlandse postcode"
    addition_raw = (
        (raw.get("huisletter", "") + raw.get("huisnummertoevoeging", ""))
        if bag
        else raw.get("toevoeging", "")
    )
    parsed = split_house_number(raw.get("huisnummer", "") + addition_raw)
    if parsed is None:
        return f"rij {number}: huisnummer {raw.get('huisnummer', '')!r} is geen getal"
    street = " ".join((raw.get("openbareruimte" if bag else "straat") or "").split())
    if not street or len(street) > 120:
        return f"rij {number}: straatnaam ontbreekt of is langer dan 120 tekens"
    lat, lon = _float(raw.get("lat", "")), _float(raw.get("lon", ""))
    if (lat is None) != (lon is None) or (
        lat is not None and lon is not None and not in_netherlands(lat, lon)
    ):
        return f"rij {number}: lat/lon ontbreken gedeeltelijk of liggen buiten Nederland"
    neighbourhood = (raw.get("buurtcode") or "").strip().upper() or None
    if neighbourhood is None and lat is None:
        return f"rij {number}: geef een buurtcode of lat en lon"
    return AddressRow(number, postcode, parsed[0], parsed[1], street, neighbourhood, lat, lon)


def parse_address_csv(data: bytes) -> AddressFile:
    """Parse an address table; never raises on bad content (see `AddressFile.errors`)."""
    result = AddressFile()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append("het bestand is geen UTF-8-tekst")
        return result
    first = text.split("\n", 1)[0]
    dialect = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=dialect)
    header = {h.strip().lower() for h in (reader.fieldnames or [])}
    bag = all(column in header for column in BAG)
    if not bag and not all(column in header for column in OWN):
        result.errors.append(
            "onbekende kolommen: verwacht postcode,huisnummer,toevoeging,straat,buurtcode[,lat,lon] "
            "of een BAG-adressenbestand (NLExtract)"
        )
        return result
    result.format = "bag-nlextract" if bag else "wijkverbinder-adressen"
    for number, raw in enumerate(reader, start=2):
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        parsed = _row(number, clean, bag)
        if isinstance(parsed, str):
            result.errors.append(parsed)
        else:
            result.rows.append(parsed)
    if not result.rows and not result.errors:
        result.errors.append("het bestand bevat geen adressen")
    return result
