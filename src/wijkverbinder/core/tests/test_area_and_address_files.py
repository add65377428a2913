"""Area GeoJSON as CBS, PDOK and Amsterdam publish it, and NLExtract's BAG address exports (real
cuts in `data/real_exports/`, licences in its SOURCES.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wijkverbinder.core.address_csv import (
    BAGADRES,
    BAGADRES_FULL,
    BAGADRESPLUS,
    parse_address_csv,
)
from wijkverbinder.core.areas_geojson import parse_area_geojson

DATA = Path(__file__).parent / "data" / "real_exports"


def _doc(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return document


def test_pdok_2024_camel_case_with_year_from_metadata():
    result = parse_area_geojson((DATA / "alkmaar_wijken_pdok2024_cut.geojson").read_bytes())
    assert result.errors == []
    zuid = result.features[0]
    assert (zuid.level, zuid.code, zuid.name, zuid.year) == ("wijk", "WK036101", "Zuid", 2024)
    assert zuid.population == 14510
    assert zuid.municipality_code == "GM0361"
    assert "metadata" in result.year_source


def test_amsterdam_gebieden_needs_a_year_and_keeps_its_own_code():
    data = (DATA / "amsterdam_gebieden_buurten_cut.geojson").read_bytes()
    refused = parse_area_geojson(data)
    assert len(refused.errors) == 1
    assert "--year" in refused.errors[0]
    result = parse_area_geojson(data, default_year=2024)
    assert result.errors == []
    codes = {(f.code, f.local_code, f.name) for f in result.features}
    assert ("BU0363AF08", "AF08", "Zuiderkerkbuurt") in codes
    assert all(f.population is None for f in result.features)
    assert {f.district_code for f in result.features} == {"WK0363AF"}


@pytest.mark.parametrize(
    ("props", "code", "population"),
    [
        ({"buurtcode": "BU03630000", "aantal_inwoners": 10}, "BU03630000", 10),
        ({"buurtCode": "BU03630000", "aantalInwoners": "12"}, "BU03630000", 12),
        ({"statcode": "WK036300", "statnaam": "Centrum"}, "WK036300", None),
        ({"cbsCode": "BU0363AA01", "code": "AA01"}, "BU0363AA01", None),
        ({"gemeenteCode": "GM0363"}, "GM0363", None),
        ({"wijk_code": "WK036300", "bevolkingsomvang": -99997}, "WK036300", None),
    ],
)
def test_property_variants(props, code, population):
    doc = _doc("alkmaar_wijken_pdok2024_cut.geojson")
    doc["features"] = doc["features"][:1]
    doc["features"][0]["properties"] = props | {"jaar": 2024}
    result = parse_area_geojson(json.dumps(doc).encode())
    assert result.errors == []
    assert (result.features[0].code, result.features[0].population) == (code, population)


def test_no_code_names_the_properties_found():
    doc = _doc("alkmaar_wijken_pdok2024_cut.geojson")
    for feature in doc["features"]:
        feature["properties"] = {"naam": "X", "gebiedId": 7}
    result = parse_area_geojson(json.dumps(doc).encode())
    assert len(result.errors) == 1
    assert "Gevonden eigenschappen: gebiedId, naam" in result.errors[0]
    assert "cbsCode" in result.errors[0]


def test_year_option_beats_metadata_but_not_the_features_own_year():
    doc = _doc("alkmaar_wijken_pdok2024_cut.geojson")
    doc["features"][1]["properties"]["jaar"] = 2023
    result = parse_area_geojson(json.dumps(doc).encode(), default_year=2022)
    assert [f.year for f in result.features] == [2022, 2023]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("nlextract_bagadres_cut.csv", BAGADRES),
        ("nlextract_bagadres-full_cut.csv", BAGADRES_FULL),
        ("nlextract_bagadresplus_cut.csv", BAGADRESPLUS),
    ],
)
def test_nlextract_formats_keep_additions_apart(name, fmt):
    result = parse_address_csv((DATA / name).read_bytes())
    assert result.format == fmt
    assert result.errors == []
    assert result.row_errors == []
    keys = {(r.postcode, r.house_number, r.addition, r.street) for r in result.rows}
    assert ("1011AB", 105, "1", "De Ruijterkade") in keys  # 105-1, never 1051
    assert ("1011AB", 105, "H", "De Ruijterkade") in keys
    assert ("1011AC", 149, "A", "De Ruijterkade") in keys
    assert all(r.house_number < 1000 for r in result.rows)
    assert len(result.rows) == 14


def test_bad_address_rows_are_listed_per_row():
    data = (DATA / "nlextract_bagadres_cut.csv").read_bytes().replace(b"1011AB", b"10AB", 1)
    result = parse_address_csv(data)
    assert result.row_errors == [(2, "postcode '10AB' is geen Nederlandse postcode")]
    assert len(result.rows) == 13


def test_unknown_address_columns_are_named():
    result = parse_address_csv(b"adres;plaats\nKerkstraat 1;Ergens\n")
    assert "gevonden: adres, plaats" in result.errors[0]
