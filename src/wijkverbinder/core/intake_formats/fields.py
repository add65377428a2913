"""Field checks shared by the intake parsers; each raises `FieldError` with a Dutch reason.

Rules: dates ISO 8601 (`2024-03-05`, also with a time) or `dd-mm-yyyy` (also `/` and `.`), not
before `MIN_YEAR` and not in the future; coordinates WGS84 inside the Netherlands' bounding box
(`NL_BBOX`, land and territorial waters, Caribbean Netherlands excluded); CBS buurt code `BU` + 8
letters or digits (the parsers do not know which codes exist); text 1–`MAX_TEXT` characters.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

MAX_TEXT = 2000
MAX_ID = 100
MAX_STREET = 200
MAX_HOUSEHOLD = 128
MIN_YEAR = 1990
#: (min_lat, min_lon, max_lat, max_lon)
NL_BBOX = (50.70, 3.20, 53.70, 7.30)
_BUURT = re.compile(r"BU[0-9A-Za-z]{8}")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


class FieldError(ValueError):
    """A value that does not pass its check; the message is the Dutch reason."""


def parse_date(value: str, *, today: date | None = None) -> date:
    """ISO or dd-mm-yyyy; a time part and time zone of an ISO datetime are ignored."""
    value = value.strip()
    if not value:
        raise FieldError("datum ontbreekt")
    parsed = _parse_date_text(value)
    if parsed is None:
        raise FieldError(f"ongeldige datum {value[:30]!r}: gebruik jjjj-mm-dd of dd-mm-jjjj")
    if parsed.year < MIN_YEAR:
        raise FieldError(f"datum {parsed.isoformat()} ligt voor {MIN_YEAR}")
    if parsed > (today or date.today()):
        raise FieldError(f"datum {parsed.isoformat()} ligt in de toekomst")
    return parsed


def _parse_date_text(value: str) -> date | None:
    match = _DMY.fullmatch(value)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def parse_text(value: str) -> str:
    """Non-empty free text of at most `MAX_TEXT` characters (surrounding space removed)."""
    text = value.strip()
    if not text:
        raise FieldError("tekst ontbreekt")
    if len(text) > MAX_TEXT:
        raise FieldError(f"tekst is {len(text)} tekens, het maximum is {MAX_TEXT}")
    return text


def parse_optional(value: str | None, *, limit: int, what: str) -> str | None:
    """An optional string of at most `limit` characters; empty becomes None."""
    text = (value or "").strip()
    if len(text) > limit:
        raise FieldError(f"{what} is langer dan {limit} tekens")
    return text or None


def parse_neighbourhood(value: str | None) -> str | None:
    """An optional CBS buurt code (shape only)."""
    code = (value or "").strip()
    if code and not _BUURT.fullmatch(code):
        raise FieldError(f"ongeldige buurtcode {code[:20]!r}: verwacht BU gevolgd door 8 tekens")
    return code.upper() if code else None


def parse_neighbourhood_or_none(value: str | None) -> str | None:
    """A CBS buurt code when `value` is one, else None (for foreign area codes)."""
    code = (value or "").strip()
    return code.upper() if _BUURT.fullmatch(code) else None


def parse_coordinate(value: str, *, what: str) -> float:
    """A decimal number (point or comma as decimal sign)."""
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise FieldError(f"{what} is geen getal: {value[:30]!r}") from None
    if not math.isfinite(number):
        raise FieldError(f"{what} is geen getal")
    return number


def check_latitude(lat: float) -> None:
    """Raise when the latitude lies outside the Netherlands' bounding box."""
    min_lat, _, max_lat, _ = NL_BBOX
    if not min_lat <= lat <= max_lat:
        raise FieldError(f"breedtegraad {lat} ligt buiten Nederland ({min_lat}–{max_lat})")


def check_longitude(lon: float) -> None:
    """Raise when the longitude lies outside the Netherlands' bounding box."""
    _, min_lon, _, max_lon = NL_BBOX
    if not min_lon <= lon <= max_lon:
        raise FieldError(f"lengtegraad {lon} ligt buiten Nederland ({min_lon}–{max_lon})")


def parse_choice(value: str | None, *, allowed: frozenset[str], what: str) -> str | None:
    """An optional value out of a closed list."""
    text = (value or "").strip()
    if text and text not in allowed:
        hint = ", ".join(sorted(allowed)) if len(allowed) <= 10 else "zie docs/themes.md"
        raise FieldError(f"onbekende waarde {text[:40]!r} voor {what}; toegestaan: {hint}")
    return text or None


def street_from_address(address: str | None) -> str | None:
    """The street name of an address text, without house number, postcode or place."""
    text = (address or "").split(",")[0].strip()
    street = re.split(r"\s\d", text, maxsplit=1)[0].strip()
    return street[:MAX_STREET] or None
