"""Meldingen as Signalen's private API returns them (`GET /signals/v1/private/signals/`), in JSON.

A list of meldingen, or a page `{"count": …, "results": [...]}`. Each melding has `signal_id` (the
uuid, our key), `id`, `text`, `incident_date_start`/`created_at`, `source`, its current `category`
(`main`, `sub`, `main_slug`, `sub_slug`) and `location` (`geometrie` as a GeoJSON point in the right
order, `buurt_code`, `address_text`). Reporter, notes and status are not read. The row rules are those
of `signalen_rows`; rows are the 1-based positions in the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wijkverbinder.core.intake_formats.signalen_rows import SignalenReader
from wijkverbinder.core.intake_formats.types import ParseOptions, ParseResult
from wijkverbinder.core.taxonomy import Taxonomy

MARKERS = frozenset({"signal_id", "location", "text"})


def meldingen_of(document: Any) -> list[Any] | None:
    """The meldingen of a parsed document, or None when it is not a Signalen API answer."""
    items = document.get("results") if isinstance(document, Mapping) else document
    if not isinstance(items, list) or not items:
        return None
    sample = [item for item in items[:20] if isinstance(item, Mapping)]
    if not sample or not all(item.keys() >= MARKERS for item in sample):
        return None
    return items


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _values(item: Mapping[str, Any]) -> dict[str, str]:
    category = _mapping(item.get("category"))
    location = _mapping(item.get("location"))
    geometry = _mapping(location.get("geometrie"))
    coordinates = geometry.get("coordinates")
    lat, lng = "", ""
    if isinstance(coordinates, list) and len(coordinates) == 2:
        lng, lat = (_text(part) for part in coordinates)
    values = {
        key: _text(item.get(key))
        for key in ("id", "signal_id", "text", "incident_date_start", "created_at", "source")
    }
    values["signal_uuid"] = values.pop("signal_id")
    values |= {key: _text(category.get(key)) for key in ("main", "sub", "main_slug", "sub_slug")}
    values |= {key: _text(location.get(key)) for key in ("buurt_code", "address_text")}
    return values | {"lat": lat, "lng": lng}


def parse_meldingen(
    items: list[Any], taxonomy: Taxonomy, result: ParseResult, options: ParseOptions
) -> None:
    """Validate every melding into `result`."""
    reader = SignalenReader(result, taxonomy, options)
    for number, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            result.data_rows += 1
            result.reject(number, "", "melding is geen JSON-object")
            continue
        reader.add(number, _values(item))
    reader.finish()
