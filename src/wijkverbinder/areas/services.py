"""Writing areas: the area GeoJSON import (CBS, PDOK, a municipality's own file) and streets.

`import_areas` is all-or-nothing: a file with any problem imports nothing and raises a
`DomainError` listing every problem in Dutch. Re-importing the same file updates in place; a file
without population figures keeps the population an area already has. The address import is in
`address_services`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from wijkverbinder.areas.models import District, Municipality, Neighbourhood, Street
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.areas_geojson import AreaFeature, parse_area_geojson
from wijkverbinder.core.geo import centroid
from wijkverbinder.core.numbers import counted

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
    year_source: str = ""
    with_population: int = 0
    with_local_code: int = 0

    def describe(self) -> str:
        """One Dutch sentence for the command line and the import page."""
        parts = [
            f"{counted(self.municipalities, 'gemeente', 'gemeenten')}, "
            f"{counted(self.districts, 'wijk', 'wijken')}, "
            f"{counted(self.neighbourhoods, 'buurt', 'buurten')}; "
            f"{self.created} nieuw, {self.updated} bijgewerkt"
        ]
        if self.skipped_water:
            parts.append(
                f"{counted(self.skipped_water, 'watergebied', 'watergebieden')} overgeslagen"
            )
        if self.year_source:
            parts.append(f"grensjaar uit {self.year_source}")
        total = self.municipalities + self.districts + self.neighbourhoods
        if self.with_population < total:
            parts.append(
                f"{counted(total - self.with_population, 'gebied', 'gebieden')} zonder inwonertal "
                "in het bestand "
                "(een bekend inwonertal blijft staan)"
            )
        if self.with_local_code:
            parts.append(
                f"{counted(self.with_local_code, 'buurt', 'buurten')} met een eigen code van de "
                "gemeente"
            )
        return "Ingelezen: " + "; ".join(parts) + "."


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
    population = {} if feature.population is None else {"population": feature.population}
    if feature.level == "wijk":
        _district, created = District.objects.update_or_create(
            code=feature.code,
            year=feature.year,
            defaults={
                "name": feature.name,
                "municipality": _municipality(feature),
                "geometry": dict(feature.geometry),
                **population,
            },
        )
        return created
    lat, lon = centroid(feature.geometry)
    local = {"local_code": feature.local_code} if feature.local_code else {}
    _buurt, created = Neighbourhood.objects.update_or_create(
        code=feature.code,
        year=feature.year,
        defaults={
            "name": feature.name,
            "district": _district_for(feature),
            "geometry": dict(feature.geometry),
            "centroid_lat": lat,
            "centroid_lon": lon,
            **population,
            **local,
        },
    )
    return created


def import_areas(*, data: bytes, default_year: int | None = None) -> AreaImportReport:
    """Import a CBS-style GeoJSON file of gemeenten, wijken or buurten."""
    parsed = parse_area_geojson(data, default_year=default_year)
    if parsed.errors:
        raise DomainError(
            "Het bestand is niet ingelezen: "
            f"{counted(len(parsed.errors), 'probleem', 'problemen')} gevonden.",
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
        year_source=parsed.year_source,
        with_population=parsed.with_population,
        with_local_code=sum(1 for f in parsed.features if f.local_code),
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
