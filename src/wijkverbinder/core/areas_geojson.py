"""Reading area GeoJSON (gemeenten, wijken, buurten) as CBS, PDOK and municipalities publish it.

Property names are matched without regard to case or underscores, so the CBS Wijk- en Buurtkaart
(`buurtcode`, `aantal_inwoners`), PDOK's WFS of 2024 (`buurtCode`, `wijkNaam`, `aantalInwoners`),
PDOK's generic `statcode`/`statnaam` and a municipality's own file with `cbsCode` (Amsterdam's
gebieden: `cbsCode` BU0363AA01 beside its own `code` AA01 and `naam`) all read:
- code (in this order): `statcode`, `cbsCode`, `buurtcode`, `wijkcode`, `gemeentecode`; the level
  follows from it (GM…, WK…, BU…);
- name: `statnaam`, `buurtnaam`/`wijknaam`/`gemeentenaam` (by level), `naam`, `name`;
- the municipality's own code (`code` beside a `cbsCode`), kept so that exports that use it
  (Signalen's `buurt_code`) can be placed;
- year: `jaar` (or `jaarcode`), else a year in the file's `name` or `metadata` ("CBS Wijken en
  Buurten 2024"), else `default_year` (`--year`);
- population: `aantal_inwoners`/`aantalInwoners`/`bevolkingsomvang`; absent or secret (negative)
  is None, and an import then keeps what it had.
When no feature has a code, the message names the properties the file does have. All problems are
collected with a Dutch message; a caller imports nothing when there is any.
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
CODE_KEYS = ("statcode", "cbscode", "buurtcode", "wijkcode", "gemeentecode")
NAME_KEYS = {
    "buurt": ("statnaam", "buurtnaam", "naam", "name"),
    "wijk": ("statnaam", "wijknaam", "naam", "name"),
    "gemeente": ("statnaam", "gemeentenaam", "naam", "name"),
}
POPULATION_KEYS = ("aantalinwoners", "bevolkingsomvang", "inwoners")
_YEAR = re.compile(r"(?<!\d)(19[9]\d|20\d\d)(?!\d)")


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
    local_code: str = ""


@dataclass
class AreaFile:
    """What a file holds: areas, skipped water areas, errors, and what was read from it."""

    features: list[AreaFeature] = field(default_factory=list)
    skipped_water: int = 0
    errors: list[str] = field(default_factory=list)
    year_source: str = ""
    with_population: int = 0


def _flat(props: Mapping[str, Any]) -> dict[str, Any]:
    """Property names lower-cased and without underscores: `aantalInwoners` = `aantal_inwoners`."""
    return {str(key).lower().replace("_", ""): value for key, value in props.items()}


def _first(props: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = props.get(key)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _year(props: Mapping[str, Any], file_year: int | None) -> int | None:
    raw = _first(props, ("jaar", "jaarcode", "jaarstatcode"))
    if not raw:
        return file_year
    match = _YEAR.search(raw)
    year = int(match.group(1)) if match else None
    return year if year is not None and MIN_YEAR <= year <= MAX_YEAR else None


def _population(props: Mapping[str, Any]) -> int | None:
    raw = _first(props, POPULATION_KEYS)
    try:
        value = int(float(raw)) if raw else None
    except ValueError:
        return None
    return value if value is not None and value >= 0 else None  # negative: "geheim" at CBS


def _parse_feature(index: int, feature: Any, file_year: int | None) -> AreaFeature | str | None:  # noqa: PLR0911
    """An `AreaFeature`, an error message, or None for a water area."""
    where = f"feature {index}"
    if not isinstance(feature, Mapping) or not isinstance(feature.get("properties"), Mapping):
        return f"{where}: geen Feature met properties"
    props = _flat(feature["properties"])
    code = _first(props, CODE_KEYS).upper()
    if not code:
        found = ", ".join(sorted(str(key) for key in feature["properties"])[:15]) or "geen"
        return f"{where}: geen gebiedscode (eigenschappen: {found})"
    level = LEVEL_BY_PREFIX.get(code[:2])
    if level is None or not CODE_PATTERNS[level].match(code):
        return f"{where}: {code!r} is geen geldige CBS-code (GM0000, WK000000 of BU00000000)"
    if str(props.get("water", "")).upper() == "JA":
        return None
    year = _year(props, file_year)
    if year is None:
        return f"{where} ({code}): geen geldig jaar; geef 'jaar' in het bestand of gebruik --year"
    try:
        to_shape(feature.get("geometry") or {})
    except GeometryError as exc:
        return f"{where} ({code}): {exc}"
    own = _first(props, ("code",)).upper() if "cbscode" in props else ""
    return AreaFeature(
        level=level,
        code=code,
        name=_first(props, NAME_KEYS[level]) or code,
        year=year,
        geometry=feature["geometry"],
        municipality_code=_first(props, ("gemeentecode",)).upper() or f"GM{code[2:6]}",
        municipality_name=_first(props, ("gemeentenaam",)),
        district_code=(
            _first(props, ("wijkcode",)) or (f"WK{code[2:8]}" if level == "buurt" else "")
        ).upper(),
        district_name=_first(props, ("wijknaam",)) if level == "buurt" else "",
        population=_population(props),
        local_code=own if own != code else "",
    )


_DATE_KEYS = ("generat", "date", "datum", "time", "created", "updated", "modified")


def _year_in(value: Any) -> int | None:
    """A boundary year in a name or metadata; dates of generation or change do not count."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not any(part in str(key).lower() for part in _DATE_KEYS):
                found = _year_in(item)
                if found:
                    return found
        return None
    if isinstance(value, str | int) and not isinstance(value, bool):
        match = _YEAR.search(str(value))
        return int(match.group(1)) if match else None
    return None


def _file_year(doc: Mapping[str, Any], default_year: int | None) -> tuple[int | None, str]:
    if default_year is not None:
        return default_year, "--year"
    for key in ("name", "title", "metadata"):
        year = _year_in(doc.get(key))
        if year is not None:
            return year, f"'{key}' van het bestand"
    return None, ""


def _no_codes_hint(features: list[Any]) -> str:
    found = sorted(
        {
            str(key)
            for f in features[:50]
            if isinstance(f, Mapping)
            for key in f.get("properties") or {}
        }
    )
    shown = ", ".join(found[:25]) or "geen"
    return (
        "geen enkel gebied heeft een CBS-code. Verwacht één van: statcode, cbsCode, buurtcode, "
        f"wijkcode, gemeentecode (ook als buurt_code, buurtCode …). Gevonden eigenschappen: {shown}"
    )


def parse_area_geojson(data: bytes, *, default_year: int | None = None) -> AreaFile:
    """Parse an area FeatureCollection. Never raises on bad content: see `AreaFile.errors`.

    `default_year` (`--year`) wins over a year in the file's name or metadata, but not over a
    feature's own `jaar`.
    """
    result = AreaFile()
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        result.errors.append("het bestand is geen geldige JSON (UTF-8): het is geen UTF-8-tekst")
        return result
    except json.JSONDecodeError as exc:
        # the parser's own words are English ("Expecting value"); the place is enough
        result.errors.append(
            f"het bestand is geen geldige JSON (UTF-8): fout in regel {exc.lineno}, kolom "
            f"{exc.colno}; import-areas leest GeoJSON, geen CSV of GeoPackage"
        )
        return result
    if not isinstance(doc, Mapping) or doc.get("type") != "FeatureCollection":
        result.errors.append("het bestand is geen GeoJSON FeatureCollection")
        return result
    features = doc.get("features")
    if not isinstance(features, list) or not features:
        result.errors.append("het bestand bevat geen gebieden (features)")
        return result
    file_year, result.year_source = _file_year(doc, default_year)
    seen: set[tuple[str, int]] = set()
    for index, feature in enumerate(features, start=1):
        parsed = _parse_feature(index, feature, file_year)
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
            result.with_population += parsed.population is not None
    _collapse(result, features)
    return result


def _collapse(result: AreaFile, features: list[Any]) -> None:
    """One clear message instead of the same one for every feature."""
    if result.features or not result.errors:
        return
    if all("geen gebiedscode" in error for error in result.errors):
        result.errors = [_no_codes_hint(features)]
    elif all("geen geldig jaar" in error for error in result.errors):
        result.errors = [
            f"geen jaar in het bestand ({len(result.errors)} gebieden): geef het grensjaar met "
            "--year (bijvoorbeeld --year 2024) of kies het op de importpagina"
        ]
