"""Files that are not signals, recognised so that a refusal says what they are and what to do.

An area GeoJSON or an address table belongs to another import; Signalen's public map layer has no
text; a single table of Signalen's datawarehouse export needs the other tables; an Open311
`services.json` is a list of services, not of requests.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

AREA_KEYS = frozenset({"buurtcode", "wijkcode", "gemeentecode", "statcode", "cbscode", "cbs_code"})
AREAS = (
    "Dit is een gebiedsbestand (GeoJSON met buurten of wijken), geen signalen: een beheerder "
    "leest het in met wijkverbinder import-areas of op de importpagina."
)
ADDRESSES = (
    "Dit is een adressenbestand, geen signalen: een beheerder leest het in met wijkverbinder "
    "import-addresses of op de importpagina."
)
SIGNALEN_MAP = (
    "Dit is de openbare kaartlaag van Signalen (alleen een punt en een datum, geen tekst of "
    "categorie). Gebruik de datawarehouse-export (ZIP) of de TDO-export van Signalen."
)
SERVICES = (
    "Dit is de lijst van diensten van een Open311-server (services.json), geen meldingen. Maak "
    "er een koppeling mee (wijkverbinder open311-mapping) en lees requests.json of requests.xml in."
)
ML_TABLE = (
    "Dit is de ML-tabel van de Signalen-datawarehouse-export (tekst en categorie, geen datum of "
    "plaats). Lees de hele ZIP in."
)
ONE_TABLE = (
    "Dit is {table} uit de Signalen-datawarehouse-export. Lees de hele ZIP in, of geef "
    "signals.csv, categories.csv en locations.csv samen."
)


def _keys(props: Any) -> set[str]:
    return (
        {str(key).lower().replace("_", "") for key in props}
        if isinstance(props, Mapping)
        else set()
    )


def json_refusal(document: Any) -> str | None:
    """Why a JSON document is not a file of signals, or None when it is simply unknown."""
    if isinstance(document, Mapping) and document.get("type") == "FeatureCollection":
        features = [f for f in document.get("features") or [] if isinstance(f, Mapping)][:20]
        keys = set().union(*(_keys(f.get("properties")) for f in features)) if features else set()
        if keys & {key.replace("_", "") for key in AREA_KEYS}:
            return AREAS
        kinds = {str((f.get("geometry") or {}).get("type")) for f in features}
        if kinds == {"Point"} and "text" not in keys:
            return SIGNALEN_MAP
    items = document if isinstance(document, list) else []
    sample = [item for item in items[:20] if isinstance(item, Mapping)]
    if sample and all({"service_code", "service_name"} <= item.keys() for item in sample):
        return SERVICES
    return None


def csv_refusal(names: list[str]) -> str | None:
    """Why a CSV header is not one of a file of signals, or None when it is simply unknown."""
    keys = set(names)
    if {"postcode", "huisnummer"} <= keys:
        return ADDRESSES
    if keys == {"text", "main", "sub"}:
        return ML_TABLE
    single = "_signal_id" in keys and "signal_uuid" not in keys
    if single and {"lat", "lng"} <= keys:
        return ONE_TABLE.format(table="locations.csv")
    if single and {"main", "sub"} <= keys:
        return ONE_TABLE.format(table="categories.csv")
    return None


SIGNALS, AREAS_KIND, ADDRESSES_KIND = "signals", "areas", "addresses"


def file_kind(data: bytes) -> str:
    """Which import a file belongs to: `signals`, `areas` (area GeoJSON) or `addresses`."""
    from wijkverbinder.core.address_csv import address_format
    from wijkverbinder.core.intake_formats.text_input import csv_rows, decode

    decoded = decode(data)
    if decoded is None:
        return SIGNALS
    start = decoded.text.lstrip("\ufeff \t\r\n")[:1]
    if start == "{":
        try:
            document = json.loads(decoded.text)
        except json.JSONDecodeError:
            return SIGNALS
        return AREAS_KIND if json_refusal(document) == AREAS else SIGNALS
    if start in ("[", "<"):
        return SIGNALS
    header = {name.lower() for name in csv_rows(decoded.text[:10_000])[0]}
    return ADDRESSES_KIND if address_format(header) else SIGNALS
