"""Reading CBS-style area GeoJSON (gemeenten, wijken, buurten) into plain records.

Property names follow the CBS Wijk- en Buurtkaart as published on PDOK and in `shared/data/cbs/`:
`gemeentecode`/`gemeentenaam`, `wijkcode`/`wijknaam`, `buurtcode`/`buurtnaam`, `jaar`, `water`,
`aantal_inwoners`; PDOK's generic `statcode`/`statnaam` are accepted too. The level of each feature
follows from its code (GM…, WK…, BU…). All problems are collected with a Dutch message; a caller
imports nothing when there is any.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wijkverbinder.core.geo import GeometryError, to_shape

CODE_PATTERNS = {
    "gemeente": re.compile(r"^GM\d{4}$"),
    "wijk": re.compile(r"^WK\d{4}[0-9A-Z]{2}$"),
    "buurt": re.compile(r"^BU\d{4}[0-9A-Z]{4}$"),
}
LEVEL_BY_PREFIX = {"GM": "gemeente", "WK": "wijk", "BU": "buurt"}
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class AreaFeature:
    """One area from the file."""

    level: str
    code: str
    name: str
    year: int
    geometry: Mapping[str, Any]
    municipality_code: str
    municipality_name: str = ""
    district_code: str = ""
    district_name: str = ""
    population: int | None = None


@dataclass
class AreaFile:
    """What a file holds: areas, skipped water areas, and errors (`feature N: reason`)."""

    features: list[AreaFeature] = field(default_factory=list)
    skipped_water: int = 0
    errors: list[str] = field(default_factory=list)


def _code_of(props: Mapping[str, Any]) -> str:
    for key in ("buurtcode", "wijkcode", "gemeentecode", "statcode"):
        value = props.get(key)
        if value:
            return str(value).strip().upper()
    return ""


def _name_of(props: Mapping[str, Any], level: str) -> str:
    keys = {"buurt": "buurtnaam", "wijk": "wijknaam", "gemeente": "gemeentenaam"}
    return str(props.get(keys[level]) or props.get("statnaam") or "").strip()


def _year_of(props: Mapping[str, Any], default_year: int | None) -> int | None:
    raw = props.get("jaar", default_year)
    if raw is None or raw == "":
        return None
    try:
        year = int(str(raw)[:4])
    except ValueError:
        return None
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _population_of(props: Mapping[str, Any]) -> int | None:
    raw = props.get("aantal_inwoners")
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return None
    return value if value >= 0 else None  # CBS uses negative numbers for "geheim"


def _parse_feature(  # noqa: PLR0911  (one return per refusal reads best)
    index: int, feature: Any, default_year: int | None
) -> AreaFeature | str | None:
    """An `AreaFeature`, an error message, or None for a water area."""
    where = f"feature {index}"
    if not isinstance(feature, Mapping) or not isinstance(feature.get("properties"), Mapping):
        return f"{where}: geen Feature met properties"
    props = feature["properties"]
    code = _code_of(props)
    if not code:
        return f"{where}: geen gebiedscode (buurtcode, wijkcode, gemeentecode of statcode)"
    level = LEVEL_BY_PREFIX.get(code[:2])
    if level is None or not CODE_PATTERNS[level].match(code):
        return f"{where}: {code!r} is geen geldige CBS-code (GM0000, WK000000 of BU00000000)"
    if str(props.get("water", "")).upper() == "JA":
        return None
    year = _year_of(props, default_year)
    if year is None:
        return f"{where} ({code}): geen geldig jaar; geef 'jaar' in het bestand of gebruik --year"
    try:
        to_shape(feature.get("geometry") or {})
    except GeometryError as exc:
        return f"{where} ({code}): {exc}"
    municipality = str(props.get("gemeentecode") or "").upper() or f"GM{code[2:6]}"
    return AreaFeature(
        level=level,
        code=code,
        name=_name_of(props, level) or code,
        year=year,
        geometry=feature["geometry"],
        municipality_code=municipality,
        municipality_name=str(props.get("gemeentenaam") or "").strip(),
        district_code=str(
            props.get("wijkcode") or (f"WK{code[2:8]}" if level == "buurt" else "")
        ).upper(),
        district_name=str(props.get("wijknaam") or "").strip() if level == "buurt" else "",
        population=_population_of(props),
    )


def parse_area_geojson(data: bytes, *, default_year: int | None = None) -> AreaFile:
    """Parse a CBS-style FeatureCollection. Never raises on bad content: see `AreaFile.errors`."""
    result = AreaFile()
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        result.errors.append(f"het bestand is geen geldige JSON (UTF-8): {exc}")
        return result
    if not isinstance(doc, Mapping) or doc.get("type") != "FeatureCollection":
        result.errors.append("het bestand is geen GeoJSON FeatureCollection")
        return result
    features = doc.get("features")
    if not isinstance(features, list) or not features:
        result.errors.append("het bestand bevat geen gebieden (features)")
        return result
    seen: set[tuple[str, int]] = set()
    for index, feature in enumerate(features, start=1):
        parsed = _parse_feature(index, feature, default_year)
        if parsed is None:
            result.skipped_water += 1
        elif isinstance(parsed, str):
            result.errors.append(parsed)
        elif (parsed.code, parsed.year) in seen:
            result.errors.append(
                f"feature {index} ({parsed.code}): komt twee keer voor in het bestand"
            )
        else:
            seen.add((parsed.code, parsed.year))
            result.features.append(parsed)
    return result
