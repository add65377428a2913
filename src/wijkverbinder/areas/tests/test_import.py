"""CBS GeoJSON import: real property names, all-or-nothing, Dutch errors, re-import updates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from wijkverbinder.areas.models import District, Municipality, Neighbourhood
from wijkverbinder.areas.selectors import neighbourhood_at
from wijkverbinder.areas.services import add_street, import_areas
from wijkverbinder.common.errors import DomainError

DATA = Path(__file__).parent / "data"
ERMELO = DATA / "ermelo_two_buurten_2021.geojson"


def _ermelo() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(ERMELO.read_text())
    return loaded


def _import(doc: dict[str, Any], **kwargs: Any) -> Any:
    return import_areas(data=json.dumps(doc).encode(), **kwargs)


def test_imports_cbs_buurten_with_parents(db: None) -> None:
    report = import_areas(data=ERMELO.read_bytes())
    assert (report.neighbourhoods, report.created, report.updated) == (2, 2, 0)
    buurt = Neighbourhood.objects.get(code="BU02330001")
    assert buurt.name == "Ermelo-Oost"
    assert buurt.year == 2021
    assert buurt.district.code == "WK023300"
    assert buurt.district.municipality.name == "Ermelo"
    assert buurt.centroid_lat is not None


def test_reimport_updates_in_place(db: None) -> None:
    import_areas(data=ERMELO.read_bytes())
    doc = _ermelo()
    doc["features"][0]["properties"]["buurtnaam"] = "Ermelo-Centrum"
    report = _import(doc)
    assert (report.created, report.updated) == (0, 2)
    assert Neighbourhood.objects.count() == 2
    assert Neighbourhood.objects.get(code="BU02330000").name == "Ermelo-Centrum"


def test_point_in_polygon(db: None) -> None:
    import_areas(data=ERMELO.read_bytes())
    found = neighbourhood_at(lat=52.3016, lon=5.6234)
    assert found is not None
    assert found.code == "BU02330000"
    assert neighbourhood_at(lat=52.37, lon=4.89) is None  # Amsterdam Dam


def _broken(mutate: Any) -> dict[str, Any]:
    doc = _ermelo()
    mutate(doc)
    return doc


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["features"][1]["properties"].update(buurtcode="BUXX"),
            "geen geldige CBS-code",
        ),
        (lambda d: d["features"][1]["properties"].update(jaar="later"), "geen geldig jaar"),
        (
            lambda d: d["features"][1]["geometry"].update(
                coordinates=[
                    [[[155000, 463000], [156000, 463000], [156000, 464000], [155000, 463000]]]
                ]
            ),
            "buiten Nederland",
        ),
        (lambda d: d["features"][1]["geometry"].update(type="Point"), "wordt niet ondersteund"),
        (lambda d: d["features"].append(d["features"][0]), "komt twee keer voor"),
        (lambda d: d["features"][1]["properties"].clear(), "geen gebiedscode"),
    ],
)
def test_bad_file_imports_nothing(db: None, mutate: Any, message: str) -> None:
    with pytest.raises(DomainError) as info:
        _import(_broken(mutate))
    assert any(message in detail for detail in info.value.details)
    assert Neighbourhood.objects.count() == 0
    assert Municipality.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe nonsense", "geen geldige JSON (UTF-8): het is geen UTF-8-tekst"),
        (b"buurtcode,naam\nBU1,Oost\n", "geen geldige JSON (UTF-8): fout in regel 1, kolom 1;"),
        (b'{"type": "Feature"}', "geen GeoJSON FeatureCollection"),
        (b'{"type": "FeatureCollection", "features": []}', "geen gebieden"),
    ],
)
def test_unreadable_files(db: None, data: bytes, message: str) -> None:
    with pytest.raises(DomainError) as info:
        import_areas(data=data)
    assert message in info.value.details[0]
    assert "Expecting" not in info.value.details[0]  # no English from the JSON parser


def test_year_option_fills_missing_year(db: None) -> None:
    doc = _ermelo()
    for feature in doc["features"]:
        feature["properties"].pop("jaar")
    _import(doc, default_year=2024)
    assert set(Neighbourhood.objects.values_list("year", flat=True)) == {2024}


def test_water_areas_are_skipped(db: None) -> None:
    doc = _ermelo()
    doc["features"][1]["properties"]["water"] = "JA"
    report = _import(doc)
    assert (report.neighbourhoods, report.skipped_water) == (1, 1)


def test_wijken_file_with_population(db: None) -> None:
    doc = _ermelo()
    feature = doc["features"][0]
    feature["properties"] = {
        "wijkcode": "WK023300",
        "wijknaam": "Ermelo",
        "gemeentecode": "GM0233",
        "gemeentenaam": "Ermelo",
        "jaar": 2021,
        "aantal_inwoners": 26000,
    }
    _import({"type": "FeatureCollection", "features": [feature]})
    district = District.objects.get(code="WK023300")
    assert (district.name, district.population) == ("Ermelo", 26000)


def test_command_success_and_refusal(
    db: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    call_command("import_areas", str(ERMELO))
    assert "2 buurten; 2 nieuw" in capsys.readouterr().out
    bad = tmp_path / "bad.geojson"
    bad.write_text(
        json.dumps(_broken(lambda d: d["features"][0]["properties"].update(buurtcode="XX")))
    )
    with pytest.raises(CommandError, match="niet ingelezen"):
        call_command("import_areas", str(bad))
    with pytest.raises(CommandError, match=r"Kan .* niet lezen"):
        call_command("import_areas", str(tmp_path / "missing.geojson"))


def test_street_names_are_cleaned_and_checked(db: None) -> None:
    import_areas(data=ERMELO.read_bytes())
    buurt = Neighbourhood.objects.get(code="BU02330000")
    street = add_street(neighbourhood=buurt, name="  Stationsstraat ")
    assert street.name == "Stationsstraat"
    assert add_street(neighbourhood=buurt, name="Stationsstraat") == street
    with pytest.raises(DomainError):
        add_street(neighbourhood=buurt, name="  ")
    with pytest.raises(DomainError):
        add_street(neighbourhood=buurt, name="x" * 121)
