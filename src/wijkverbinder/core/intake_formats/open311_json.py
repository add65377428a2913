"""Open311 GeoReport v2 service requests (JSON), as returned by `GET requests.json`.

A JSON list of service requests (or an object with a `service_requests` list). Fields used
(GeoReport v2 spec, https://wiki.open311.org/GeoReport_v2): `service_request_id` → id,
`requested_datetime` (ISO 8601) → date, `description` → text (when empty: `service_name`),
`lat`/`long` → place, `address` → street (house number dropped), `service_code`/`service_name`
→ theme via the Signalen mapping when they name a Signalen category (origin "imported"), source
`melding_openbare_ruimte`. `status`, `agency_responsible`, `media_url` and the rest are ignored.
Row numbers are the 1-based position of a request in the list.
"""

from __future__ import annotations

from typing import Any

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

MARKERS = frozenset({"service_request_id", "service_code", "requested_datetime"})


def requests_of(document: Any) -> list[Any] | None:
    """The list of service requests in a parsed JSON document, or None when it is not Open311."""
    items = document.get("service_requests") if isinstance(document, dict) else document
    if not isinstance(items, list):
        return None
    if items and not any(isinstance(item, dict) and MARKERS & item.keys() for item in items[:20]):
        return None
    return items


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _theme(item: dict[str, Any], taxonomy: Taxonomy) -> str | None:
    for key in ("service_code", "service_name"):
        theme = taxonomy.find_signalen(_text(item.get(key))) if item.get(key) else None
        if theme:
            return theme
    return None


def _record(item: dict[str, Any], check: RowChecker, taxonomy: Taxonomy) -> SignalRecord | None:
    when = check.check(
        "requested_datetime", lambda: f.parse_date(_text(item.get("requested_datetime")))
    )
    description = _text(item.get("description")).strip() or _text(item.get("service_name"))
    text = check.check("description", lambda: f.parse_text(description))
    lat, lon = check.place(
        _text(item.get("lat")), _text(item.get("long")), lat_column="lat", lon_column="long"
    )
    if lat is None and not check.failed:
        check.add("lat,long", "plaats ontbreekt: geen coördinaten")
    if check.failed or when is None or text is None:
        return None
    return SignalRecord(
        id=_text(item.get("service_request_id")).strip()[: f.MAX_ID],
        date=when,
        text=text,
        street=f.street_from_address(_text(item.get("address"))),
        lat=lat,
        lon=lon,
        theme=_theme(item, taxonomy),
        source=Source.MELDING_OPENBARE_RUIMTE.value,
    )


def parse_requests(items: list[Any], taxonomy: Taxonomy, result: ParseResult) -> None:
    """Validate every service request into `result`."""
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            result.errors.append(RowError(number, "", "verzoek is geen JSON-object"))
            continue
        check = RowChecker(number, result.errors)
        record = _record(item, check, taxonomy)
        if record is not None:
            origin = IMPORTED if record.theme else None
            result.rows.append(ParsedSignal(record=record, theme_origin=origin, row=number))
