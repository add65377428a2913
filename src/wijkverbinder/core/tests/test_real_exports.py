"""Parsers on real export files (small cuts in `data/real_exports/`, licences in its SOURCES.md).

One test per file type: what a municipality gets out of Signalen (datawarehouse ZIP or its tables,
joined CSV by SQL or pandas, the same re-saved by Dutch Excel, TDO, the private API) and out of
Open311 servers (JSON list, single JSON object, XML), and the files that are not signals.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from wijkverbinder.core.intake_formats import (
    OPEN311_JSON,
    OPEN311_XML,
    SIGNALEN_API,
    SIGNALEN_CSV,
    SIGNALEN_DWH,
    SIGNALEN_TDO,
    UNKNOWN,
    ParseOptions,
    ParseResult,
    parse_bytes,
    parse_files,
)
from wijkverbinder.core.records import SignalRecord

DATA = Path(__file__).parent / "data" / "real_exports"
TABLES = ("signals", "categories", "locations", "ml")
GROFVUIL = "84c8125c-6162-4504-9932-d2eec88d4053"
POEP = "323c11d0-a196-432d-96aa-a07895d81ace"


def _read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def datawarehouse_zip() -> bytes:
    """The datawarehouse tables in a ZIP, named as Signalen names them."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in TABLES:
            archive.writestr(f"export/{table}.csv", _read(f"signalen_dwh_{table}.csv"))
    return out.getvalue()


def _by_id(result: ParseResult) -> dict[str, SignalRecord]:
    return {row.record.id: row.record for row in result.rows}


def _assert_the_two_meldingen(result: ParseResult) -> None:
    """Both meldingen once, with their current category and location, coordinates put right."""
    records = _by_id(result)
    assert set(records) == {GROFVUIL, POEP}
    grofvuil, poep = records[GROFVUIL], records[POEP]
    assert (grofvuil.lat, grofvuil.lon) == (52.368364148255644, 4.896941184997559)
    assert grofvuil.street == "Staalstraat"
    assert grofvuil.theme == "leefbaarheid.verkeer_en_parkeren"  # Wegsleep
    assert grofvuil.date == date(2018, 12, 3)
    assert grofvuil.source == "telefoon"
    assert grofvuil.household is None
    assert poep.street == "Raamgracht"
    assert poep.theme == "overlast.dieren"  # Dode dieren
    assert result.duplicate_rows == result.data_rows - 2
    assert any("omgedraaid" in note for note in result.notes)


def test_datawarehouse_zip_is_joined_on_the_current_category_and_location():
    result = parse_bytes(datawarehouse_zip(), filename="signalen.zip")
    assert result.format == SIGNALEN_DWH
    assert result.errors == []
    assert result.data_rows == 3
    _assert_the_two_meldingen(result)
    assert any("ml.csv" in note for note in result.notes)  # not needed, said so


def test_datawarehouse_tables_given_together():
    files = [(f"{table}.csv", _read(f"signalen_dwh_{table}.csv")) for table in TABLES[:3]]
    result = parse_files(files)
    assert result.format == SIGNALEN_DWH
    _assert_the_two_meldingen(result)


def test_location_of_another_melding_with_the_same_id_is_not_taken():
    """locations.csv has id 1638 twice (for 1668 and 1667): the pair (id, _signal_id) decides."""
    result = parse_bytes(datawarehouse_zip())
    assert _by_id(result)[GROFVUIL].street == "Staalstraat"  # not Raamgracht of melding 1667


@pytest.mark.parametrize(
    "name", ["signalen_joined_sql_style.csv", "signalen_joined_pandas_style.csv"]
)
def test_joined_csv_is_keyed_on_signal_uuid(name):
    result = parse_bytes(_read(name))
    assert result.format == SIGNALEN_CSV
    assert result.errors == []
    _assert_the_two_meldingen(result)


def test_pandas_join_skips_the_history_rows():
    result = parse_bytes(_read("signalen_joined_pandas_style.csv"))
    assert result.data_rows == 9
    assert any("historie" in note for note in result.notes)


def test_excel_nl_csv_is_detected_and_reported():
    data = _read("signalen_joined_sql_style_excel_nl.csv")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    result = parse_bytes(data)
    assert result.format == SIGNALEN_CSV
    _assert_the_two_meldingen(result)
    assert "Windows-1252" in result.notes[0]
    assert "puntkomma" in result.notes[1]


def test_tdo_export_has_category_and_point_but_no_text():
    result = parse_bytes(_read("signalen_tdo_export_layout.csv"))
    assert result.format == SIGNALEN_TDO
    assert result.errors == []
    records = _by_id(result)
    assert set(records) == {"signalen:1668", "signalen:1667"}
    assert records["signalen:1668"].theme == "leefbaarheid.verkeer_en_parkeren"
    point = (records["signalen:1668"].lat or 0.0, records["signalen:1668"].lon or 0.0)
    assert (round(point[0], 4), round(point[1], 4)) == (52.3684, 4.8969)
    assert "wegsleep" in records["signalen:1668"].text


def test_private_api_answer():
    result = parse_bytes(_read("signalen_private_api_incidents_frontend_fixture.json"))
    assert result.format == SIGNALEN_API
    assert result.errors == []
    records = _by_id(result)
    assert set(records) == {GROFVUIL, POEP}
    assert records[GROFVUIL].street == "Staalstraat"
    assert records[GROFVUIL].lat == 52.368364148255644  # the API's point is in the right order


def test_own_area_code_is_passed_to_the_locator():
    seen: list[tuple[str | None, str | None]] = []

    def locate(queries):
        seen.extend((code, local) for code, local, _lat, _lon in queries)
        return [("BU0363AF08", None) for _ in queries]

    result = parse_bytes(datawarehouse_zip(), options=ParseOptions(locate=locate))
    assert seen == [(None, "A04h"), (None, "A04h")]
    assert {row.record.neighbourhood for row in result.rows} == {"BU0363AF08"}


@pytest.mark.parametrize(
    ("name", "fmt", "rows"),
    [
        ("chicago_srtracker_requests_cut.json", OPEN311_JSON, 6),
        ("chicago_open311status_service_requests.json", OPEN311_JSON, 2),
        ("toronto_open311status_requests_many.xml", OPEN311_XML, 2),
        ("helsinki_taskful_request_6aika.json", OPEN311_JSON, 1),
    ],
)
def test_open311_abroad_is_read_and_refused_for_its_place(name, fmt, rows):
    result = parse_bytes(_read(name))
    assert result.format == fmt
    assert result.data_rows == rows
    assert result.rows == []
    assert result.fatal
    assert "buitenlandse Open311-bron" in result.errors[0].reason
    assert all("buiten Nederland" in e.reason or "ontbreekt" in e.reason for e in result.errors[1:])


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("signalen_public_geography_cut.json", "openbare kaartlaag van Signalen"),
        ("signalen_dwh_ml.csv", "ML-tabel"),
        ("signalen_dwh_categories.csv", "categories.csv uit de Signalen"),
        ("signalen_dwh_locations.csv", "locations.csv uit de Signalen"),
        ("signalen_dwh_signals.csv", "locations.csv ontbreekt"),
        ("nlextract_bagadres_cut.csv", "adressenbestand"),
        ("alkmaar_wijken_pdok2024_cut.geojson", "gebiedsbestand"),
        ("amsterdam_gebieden_buurten_cut.geojson", "gebiedsbestand"),
    ],
)
def test_files_that_are_not_signals_say_what_to_do(name, says):
    result = parse_bytes(_read(name))
    assert result.rows == []
    assert result.fatal
    assert says in result.errors[0].reason


def test_text_limit_comes_from_the_options():
    text = "x" * 2500
    csv = f"date,text,lat,lon\n2024-03-05,{text},52.1,5.1\n".encode()
    assert parse_bytes(csv, options=ParseOptions(text_max=3000)).errors == []
    refused = parse_bytes(csv, options=ParseOptions(text_max=2000))
    assert "2500 tekens, het maximum is 2000" in refused.errors[0].reason
    signalen = _read("signalen_joined_sql_style.csv").replace(b"Grofvuil gedumpt", text.encode())
    assert parse_bytes(signalen, options=ParseOptions(text_max=2000)).rejected_rows == 1


def test_excel_zip_workbook_is_refused_with_advice():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    result = parse_bytes(out.getvalue(), filename="meldingen.xlsx")
    assert result.format == UNKNOWN
    assert "Excel-werkmap" in result.errors[0].reason


def test_broken_row_of_signals_csv_is_named_with_its_table():
    signals = _read("signalen_dwh_signals.csv") + b"1669,kapot\n"
    files = [("signals.csv", signals)] + [
        (f"{t}.csv", _read(f"signalen_dwh_{t}.csv")) for t in ("categories", "locations")
    ]
    result = parse_files(files)
    assert [(e.file, e.row) for e in result.errors] == [("signals.csv", 5)]
    assert "2 kolommen, verwacht 24" in result.errors[0].reason
    assert (result.data_rows, result.rejected_rows, len(result.rows)) == (4, 1, 2)
