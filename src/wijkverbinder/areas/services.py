"""Writing areas: the CBS GeoJSON import and streets.

`import_areas` is all-or-nothing: a file with any problem imports nothing and raises a
`DomainError` listing every problem in Dutch. Re-importing the same file updates in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from wijkverbinder.areas.models import Address, District, Municipality, Neighbourhood, Street
from wijkverbinder.areas.selectors import neighbourhood_code_at
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.address_csv import AddressRow, parse_address_csv
from wijkverbinder.core.areas_geojson import AreaFeature, parse_area_geojson
from wijkverbinder.core.geo import centroid

MAX_STREET_NAME = 120


@dataclass(frozen=True)
class AreaImportReport:
    """Counts of an import."""

    municipalities: int
    districts: int
    neighbourhoods: int
    created: int
    updated: int
    skipped_water: int


def _municipality(feature: AreaFeature) -> Municipality:
    obj, _created = Municipality.objects.get_or_create(
        code=feature.municipality_code,
        year=feature.year,
        defaults={"name": feature.municipality_name or feature.municipality_code},
    )
    if feature.municipality_name and obj.name != feature.municipality_name:
        obj.name = feature.municipality_name
        obj.save(update_fields=["name"])
    return obj


def _district_for(feature: AreaFeature) -> District:
    municipality = _municipality(feature)
    district, _created = District.objects.get_or_create(
        code=feature.district_code,
        year=feature.year,
        defaults={
            "name": feature.district_name or feature.district_code,
            "municipality": municipality,
        },
    )
    return district


def _save_feature(feature: AreaFeature) -> bool:
    """Create or update one area; True when created."""
    if feature.level == "gemeente":
        _obj, created = Municipality.objects.update_or_create(
            code=feature.code, year=feature.year, defaults={"name": feature.name}
        )
        return created
    if feature.level == "wijk":
        _district, created = District.objects.update_or_create(
            code=feature.code,
            year=feature.year,
            defaults={
                "name": feature.name,
                "municipality": _municipality(feature),
                "geometry": dict(feature.geometry),
                "population": feature.population,
            },
        )
        return created
    lat, lon = centroid(feature.geometry)
    _buurt, created = Neighbourhood.objects.update_or_create(
        code=feature.code,
        year=feature.year,
        defaults={
            "name": feature.name,
            "district": _district_for(feature),
            "geometry": dict(feature.geometry),
            "population": feature.population,
            "centroid_lat": lat,
            "centroid_lon": lon,
        },
    )
    return created


def import_areas(*, data: bytes, default_year: int | None = None) -> AreaImportReport:
    """Import a CBS-style GeoJSON file of gemeenten, wijken or buurten."""
    parsed = parse_area_geojson(data, default_year=default_year)
    if parsed.errors:
        raise DomainError(
            f"Het bestand is niet ingelezen: {len(parsed.errors)} probleem/problemen gevonden.",
            code="invalid_area_file",
            details=parsed.errors,
        )
    order = {"gemeente": 0, "wijk": 1, "buurt": 2}
    created = 0
    with transaction.atomic():
        for feature in sorted(parsed.features, key=lambda f: order[f.level]):
            created += _save_feature(feature)
    levels = [f.level for f in parsed.features]
    return AreaImportReport(
        municipalities=levels.count("gemeente"),
        districts=levels.count("wijk"),
        neighbourhoods=levels.count("buurt"),
        created=created,
        updated=len(parsed.features) - created,
        skipped_water=parsed.skipped_water,
    )


def add_street(*, neighbourhood: Neighbourhood, name: str) -> Street:
    """A street in a buurt (returns the existing one when the name is known)."""
    clean = " ".join(name.split())
    if not clean:
        raise DomainError("Geef een straatnaam.", code="street_name_empty")
    if len(clean) > MAX_STREET_NAME:
        raise DomainError(
            f"Een straatnaam is hoogstens {MAX_STREET_NAME} tekens.", code="street_name_too_long"
        )
    street, _created = Street.objects.get_or_create(neighbourhood=neighbourhood, name=clean)
    return street


@dataclass(frozen=True)
class AddressImportReport:
    """Counts of an address import."""

    format: str
    created: int
    updated: int


def _neighbourhood_for(row: AddressRow, by_code: dict[str, Neighbourhood]) -> Neighbourhood | str:
    if row.neighbourhood:
        found = by_code.get(row.neighbourhood)
        return found or f"rij {row.row}: buurtcode {row.neighbourhood} is onbekend"
    code = neighbourhood_code_at(lat=row.lat or 0.0, lon=row.lon or 0.0)
    located = by_code.get(code) if code else None
    return located or f"rij {row.row}: het punt ligt in geen enkele bekende buurt"


def import_addresses(*, data: bytes) -> AddressImportReport:
    """Import an address table (all or nothing); streets are created as needed."""
    parsed = parse_address_csv(data)
    by_code = {b.code: b for b in Neighbourhood.objects.order_by("year")}
    placed: list[tuple[AddressRow, Neighbourhood]] = []
    errors = list(parsed.errors)
    for row in parsed.rows:
        buurt = _neighbourhood_for(row, by_code)
        if isinstance(buurt, str):
            errors.append(buurt)
        else:
            placed.append((row, buurt))
    if errors:
        raise DomainError(
            f"Het adressenbestand is niet ingelezen: {len(errors)} probleem/problemen gevonden.",
            code="invalid_address_file",
            details=errors,
        )
    created = 0
    streets: dict[tuple[int, str], Street] = {}
    with transaction.atomic():
        for row, buurt in placed:
            key = (buurt.pk, row.street)
            if key not in streets:
                streets[key] = add_street(neighbourhood=buurt, name=row.street)
            _address, was_created = Address.objects.update_or_create(
                postcode=row.postcode,
                house_number=row.house_number,
                addition=row.addition,
                defaults={"street": streets[key], "lat": row.lat, "lon": row.lon},
            )
            created += was_created
    return AddressImportReport(format=parsed.format, created=created, updated=len(placed) - created)
