"""Area and address imports with the real files (cuts in `core/tests/data/real_exports/`):
PDOK 2024, Amsterdam's gebieden with its own codes, NLExtract's three BAG exports, population
kept, --skip-invalid with a report, and the demo's address table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from wijkverbinder.areas.address_services import import_addresses
from wijkverbinder.areas.models import Address, District, Neighbourhood
from wijkverbinder.areas.selectors import address_lookup
from wijkverbinder.areas.services import import_areas
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.tests.test_real_exports import DATA

AMSTERDAM = DATA / "amsterdam_gebieden_buurten_cut.geojson"
ALKMAAR = DATA / "alkmaar_wijken_pdok2024_cut.geojson"


def test_pdok_2024_wijken(db: Any) -> None:
    report = import_areas(data=ALKMAAR.read_bytes())
    assert (report.districts, report.created) == (2, 2)
    zuid = District.objects.get(code="WK036101")
    assert (zuid.name, zuid.year, zuid.population) == ("Zuid", 2024, 14510)
    assert "grensjaar uit 'metadata'" in report.describe()


def test_population_is_kept_when_a_file_has_none(db: Any) -> None:
    import_areas(data=ALKMAAR.read_bytes())
    doc = json.loads(ALKMAAR.read_text())
    for feature in doc["features"]:
        feature["properties"].pop("aantalInwoners")
        feature["properties"]["wijkNaam"] += " (nieuw)"
    report = import_areas(data=json.dumps(doc).encode())
    zuid = District.objects.get(code="WK036101")
    assert (zuid.name, zuid.population) == ("Zuid (nieuw)", 14510)
    assert "zonder inwonertal in het bestand" in report.describe()


def test_amsterdam_gebieden_with_year_and_own_codes(db: Any) -> None:
    with pytest.raises(DomainError) as info:
        import_areas(data=AMSTERDAM.read_bytes())
    assert "--year" in info.value.details[0]
    report = import_areas(data=AMSTERDAM.read_bytes(), default_year=2024)
    assert (report.neighbourhoods, report.with_local_code) == (5, 5)
    buurt = Neighbourhood.objects.get(code="BU0363AF08")
    assert (buurt.local_code, buurt.name, buurt.year) == ("AF08", "Zuiderkerkbuurt", 2024)


@pytest.mark.parametrize(
    "name",
    [
        "nlextract_bagadres_cut.csv",
        "nlextract_bagadres-full_cut.csv",
        "nlextract_bagadresplus_cut.csv",
    ],
)
def test_nlextract_addresses(db: Any, name: str) -> None:
    import_areas(data=AMSTERDAM.read_bytes(), default_year=2024)
    report = import_addresses(data=(DATA / name).read_bytes())
    assert (report.rows, report.created) == (14, 14)
    found = address_lookup(postcode="1011 AB", house_number="105-1")
    assert found is not None
    assert (found.house_number, found.addition, found.street.name) == (105, "1", "De Ruijterkade")
    assert str(found) == "De Ruijterkade 105-1, 1011AB"
    assert not Address.objects.filter(house_number__gte=1000).exists()
    again = import_addresses(data=(DATA / name).read_bytes())
    assert (again.created, again.unchanged) == (0, 14)


def test_addresses_outside_the_areas_refuse_or_skip_with_report(
    db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_areas(data=AMSTERDAM.read_bytes(), default_year=2024)
    text = (DATA / "nlextract_bagadres_cut.csv").read_text()
    text += "Damrak;1;;;1012LG;Amsterdam;Amsterdam;Noord-Holland;x;VBO;f;1;1;5.12;52.09\n"
    path = tmp_path / "bag.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError, match="1 rij met een probleem") as info:
        call_command("import_addresses", str(path))
    assert "rij 16: het punt ligt in geen enkele bekende buurt" in str(info.value)
    assert "--skip-invalid" in str(info.value)
    assert Address.objects.count() == 0
    call_command("import_addresses", str(path), "--skip-invalid")
    assert Address.objects.count() == 14
    report = (tmp_path / "bag.csv.afgekeurd.csv").read_text(encoding="utf-8").splitlines()
    assert report[0] == "rij,reden"
    assert report[1].startswith("16,het punt ligt in geen enkele bekende buurt")
    assert "14 nieuw" in capsys.readouterr().out


def test_demo_has_an_address_table_for_the_postcode_lookup(demo: None) -> None:
    assert Address.objects.count() > 500
    found = address_lookup(postcode="9910 AB", house_number="1")
    assert found is not None
    assert (found.street.name, found.street.neighbourhood.code) == ("Havenstraat", "BU99010101")
    flat = address_lookup(postcode="9910 AB", house_number="7-2")
    assert flat is not None
    assert flat.addition == "2"


def test_a_file_with_other_columns_is_named_once_without_the_skip_hint(
    db: Any, tmp_path: Path
) -> None:
    """A signals CSV given to import-addresses: the reason once, and no advice to skip rows
    (--skip-invalid would not import anything from it)."""
    path = tmp_path / "signalen.csv"
    path.write_text("id,date,text,neighbourhood\n1,2026-01-01,Afval,BU99010101\n", encoding="utf-8")
    with pytest.raises(CommandError) as info:
        call_command("import_addresses", str(path))
    message = str(info.value)
    assert message.count("onbekende kolommen") == 1
    assert "--skip-invalid" not in message
