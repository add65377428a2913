"""Open311 GeoReport v2 service requests (`GET requests.json` or `requests.xml`).

JSON: a list of requests, an object with `service_requests` (a list, or `{"request": [...]}`), or a
single request object. XML (GeoReport's default): `<service_requests>` with `<request>` elements, or
one `<request>`. Documents with a DTD or entities are refused (no entity expansion). Fields (GeoReport
v2, https://wiki.open311.org/GeoReport_v2): `service_request_id` → id (a request read twice from one
file is skipped), `requested_datetime` → date (Dutch local date), `description` → text (when empty:
`service_name`), `lat`/`long` → place, `address` → street (house number dropped), `service_code`/
`service_name` → theme through the source's mapping file (`service_mapping`), else the Signalen
mapping, else the classifier. Source: `melding_openbare_ruimte`; no household. Rows are the 1-based
positions of the requests.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wijkverbinder.core.intake_formats import fields as f
from wijkverbinder.core.intake_formats.checks import RowChecker
from wijkverbinder.core.intake_formats.service_mapping import ServiceMapping
from wijkverbinder.core.intake_formats.types import (
    IMPORTED,
    ParsedSignal,
    ParseOptions,
    ParseResult,
)
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.taxonomy import Taxonomy
from wijkverbinder.core.vocabulary import Source

MARKERS = frozenset({"service_request_id", "requested_datetime"})


class Open311XmlError(ValueError):
    """XML that is not usable; the message is Dutch."""


def _is_request(item: Any) -> bool:
    return isinstance(item, Mapping) and bool(MARKERS & item.keys())


def requests_of(document: Any) -> list[Any] | None:
    """The service requests of a parsed JSON document, or None when it is not Open311."""
    if _is_request(document):
        return [document]
    items = document.get("service_requests") if isinstance(document, Mapping) else document
    if isinstance(items, Mapping):
        items = items.get("request")
        items = [items] if isinstance(items, Mapping) else items
    if not isinstance(items, list):
        return None
    if items and not any(_is_request(item) for item in items[:20]):
        return None
    return items


def requests_of_xml(text: str) -> list[dict[str, str]] | None:
    """The service requests of an XML text, or None when it is not Open311 XML."""
    head = text[:4096].upper()
    if "<!DOCTYPE" in head or "<!ENTITY" in text.upper():
        raise Open311XmlError("XML met een DTD of entiteiten wordt niet gelezen")
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))  # noqa: S314  (DTDs and entities refused above)
    except ET.ParseError as error:
        raise Open311XmlError(f"ongeldige XML: {error}") from None
    elements = [root] if root.tag == "request" else list(root.iter("request"))
    if root.tag not in {"request", "service_requests"}:
        return None
    return [{child.tag: (child.text or "").strip() for child in element} for element in elements]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass
class _Themes:
    """Theme per service: the source's mapping, then Signalen's, then none (the classifier)."""

    mapping: ServiceMapping | None
    taxonomy: Taxonomy
    unmapped: set[str] = field(default_factory=set)

    def theme(self, code: str, name: str) -> str | None:
        found = self.mapping.lookup(code, name) if self.mapping else None
        if found is None:
            found = next(
                (t for t in (self.taxonomy.find_signalen(v) for v in (code, name) if v) if t), None
            )
        if not found:
            self.unmapped.add(name or code)
        return found or None


def _record(
    item: Mapping[str, Any], check: RowChecker, themes: _Themes, options: ParseOptions
) -> SignalRecord | None:
    when = check.when("requested_datetime", _text(item.get("requested_datetime")), options)
    description = _text(item.get("description")).strip() or _text(item.get("service_name"))
    text = check.text("description", description, options)
    lat_text, lon_text = _text(item.get("lat")), _text(item.get("long"))
    lat, lon = check.place(lat_text, lon_text, lat_column="lat", lon_column="long")
    buurt = check.locate(
        code=None,
        local_code=None,
        lat=lat,
        lon=lon,
        given=bool(lat_text.strip() or lon_text.strip()),
        column="lat,long",
    )
    if check.failed or when is None or text is None:
        return None
    code, name = _text(item.get("service_code")).strip(), _text(item.get("service_name")).strip()
    return SignalRecord(
        id=_text(item.get("service_request_id")).strip()[: f.MAX_ID],
        date=when,
        text=text,
        neighbourhood=buurt,
        street=f.street_from_address(_text(item.get("address"))),
        lat=lat,
        lon=lon,
        theme=themes.theme(code, name),
        source=Source.MELDING_OPENBARE_RUIMTE.value,
    )


def _mapping(items: list[Any], options: ParseOptions, result: ParseResult) -> ServiceMapping | None:
    services = options.services
    if services is None:
        return None
    if options.service_source:
        chosen = services.get(options.service_source)
        if chosen is None:
            result.refuse(
                0,
                "",
                f"Open311-koppeling {options.service_source!r} bestaat niet; "
                f"beschikbaar: {', '.join(services.names()) or 'geen'}",
            )
        return chosen
    dicts = [item for item in items if isinstance(item, Mapping)]
    return services.choose(
        (_text(item.get("service_code")) for item in dicts),
        (_text(item.get("service_name")) for item in dicts),
    )


def parse_requests(
    items: list[Any], taxonomy: Taxonomy, result: ParseResult, options: ParseOptions
) -> None:
    """Validate every service request into `result`."""
    mapping = _mapping(items, options, result)
    if result.fatal:
        return
    themes = _Themes(mapping, taxonomy)
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        result.data_rows += 1
        if not isinstance(item, Mapping):
            result.reject(number, "", "verzoek is geen JSON-object")
            continue
        key = _text(item.get("service_request_id")).strip()
        if key and key in seen:
            result.duplicate_rows += 1
            continue
        seen.add(key)
        record = _record(item, RowChecker(number, result), themes, options)
        if record is not None:
            origin = IMPORTED if record.theme else None
            result.rows.append(ParsedSignal(record=record, theme_origin=origin, row=number))
    _notes(result, mapping, themes)
    _abroad(result)


ABROAD = (
    "geen enkel verzoek ligt in Nederland: dit is een buitenlandse Open311-bron; wijkverbinder "
    "plaatst alleen meldingen in Nederland"
)


def _abroad(result: ParseResult) -> None:
    """One clear reason when every request lies outside the Netherlands."""
    outside = {e.row for e in result.errors if "buiten Nederland" in e.reason}
    nowhere = {e.row for e in result.errors if "plaats ontbreekt" in e.reason}
    if outside and not result.rows and len(outside | nowhere) == result.data_rows:
        result.refuse(0, "", ABROAD)
        result.errors.insert(0, result.errors.pop())  # the reason first


def _notes(result: ParseResult, mapping: ServiceMapping | None, themes: _Themes) -> None:
    if mapping is not None:
        result.notes.append(f"Open311-koppeling '{mapping.name}' gebruikt ({mapping.path})")
    else:
        result.notes.append(
            "geen Open311-koppeling voor deze bron: Signalen-categorieën herkend, de rest krijgt "
            "een voorgesteld thema (maak een koppeling met wijkverbinder open311-mapping)"
        )
    if themes.unmapped:
        shown = ", ".join(sorted(themes.unmapped)[:10])
        result.notes.append(f"diensten zonder thema (thema wordt voorgesteld): {shown}")


def services_in(text: str) -> list[tuple[str, str]]:
    """(code, name) of every service named in a feed: requests (JSON or XML) or a service list
    (`services.json`/`services.xml`), in order of first appearance."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start == "<":
        if "<!DOCTYPE" in text[:4096].upper() or "<!ENTITY" in text.upper():
            raise Open311XmlError("XML met een DTD of entiteiten wordt niet gelezen")
        try:
            root = ET.fromstring(text.lstrip("\ufeff"))  # noqa: S314  (DTDs and entities refused above)
        except ET.ParseError as error:
            raise Open311XmlError(f"ongeldige XML: {error}") from None
        items: list[Any] = [
            {child.tag: (child.text or "").strip() for child in element}
            for element in root.iter()
            if element.tag in {"request", "service"}
        ]
    else:
        document = json.loads(text)
        items = requests_of(document) or (document if isinstance(document, list) else [])
    found: dict[tuple[str, str], None] = {}
    for item in items:
        if isinstance(item, Mapping):
            key = (_text(item.get("service_code")).strip(), _text(item.get("service_name")).strip())
            if any(key):
                found.setdefault(key, None)
    return list(found)
