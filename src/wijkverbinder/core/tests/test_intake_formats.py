"""Intake parsers: the project's own CSV, format recognition, errors and speed of shape."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wijkverbinder.core.intake_formats import DEFAULT_TEXT_MAX as MAX_TEXT
from wijkverbinder.core.intake_formats import (
    UNKNOWN,
    WIJKVERBINDER_CSV,
    ParsedSignal,
    RowError,
    parse_bytes,
    parse_file,
)

DATA = Path(__file__).parent / "data"
HEADER = "id,date,text,neighbourhood,street,lat,lon,role,household,theme,source\n"


def _parse(*rows: str):
    return parse_bytes((HEADER + "\n".join(rows) + "\n").encode("utf-8"))


def test_valid_file():
    result = parse_file(DATA / "intake_own_valid.csv")
    assert result.format == WIJKVERBINDER_CSV
    assert result.errors == []
    assert [row.row for row in result.rows] == [2, 3, 4]
    first = result.rows[0]
    assert isinstance(first, ParsedSignal)
    assert first.record.date == date(2024, 3, 5)
    assert first.record.neighbourhood == "BU0999W001"
    assert first.record.theme == "overlast.geluid"
    assert first.theme_origin == "imported"
    second = result.rows[1]
    assert (second.record.lat, second.record.lon) == (52.0907, 5.1214)
    assert second.theme_origin is None
    assert second.record.date == date(2024, 3, 5)  # dd-mm-yyyy


def test_all_errors_are_reported_with_row_and_column():
    result = parse_file(DATA / "intake_own_errors.csv")
    found = {(error.row, error.column) for error in result.errors}
    assert {
        (2, "date"),
        (2, "text"),
        (2, "neighbourhood"),
        (2, "role"),
        (2, "theme"),
        (2, "source"),
        (3, "lat"),
        (3, "lon"),
        (4, "lon"),
        (5, "neighbourhood"),
    } <= found
    assert [row.row for row in result.rows] == [6]
    assert all(isinstance(error, RowError) and error.reason for error in result.errors)


def test_reasons_are_dutch():
    result = _parse("x,2024-03-05,,BU0999W001,,,,,,,")
    assert result.errors == [RowError(2, "text", "tekst ontbreekt")]


def test_text_limit():
    ok = _parse(f"x,2024-03-05,{'a' * MAX_TEXT},BU0999W001,,,,,,,")
    too_long = _parse(f"x,2024-03-05,{'a' * (MAX_TEXT + 1)},BU0999W001,,,,,,,")
    assert ok.errors == []
    assert [error.column for error in too_long.errors] == ["text"]
    assert f"{MAX_TEXT + 1} tekens" in too_long.errors[0].reason


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2024-03-05", True),
        ("5-3-2024", True),
        ("05/03/2024", True),
        ("2024-03-05T23:59:00Z", True),
        ("2024-02-30", False),
        ("1850-01-01", False),
        ("2999-01-01", False),
        ("morgen", False),
    ],
)
def test_dates(value, ok):
    result = _parse(f"x,{value},tekst,BU0999W001,,,,,,,")
    assert (result.errors == []) is ok


@pytest.mark.parametrize(
    ("lat", "lon", "columns"),
    [
        ("52.1", "5.1", []),
        ("52,1", "5,1", []),
        ("5.1", "52.1", ["lat", "lon"]),
        ("abc", "5.1", ["lat"]),
        ("nan", "5.1", ["lat"]),
    ],
)
def test_coordinates(lat, lon, columns):
    result = _parse(f'x,2024-03-05,tekst,,,"{lat}","{lon}",,,,')
    assert [error.column for error in result.errors] == columns


def test_wrong_column_count_and_blank_lines():
    result = _parse("x,2024-03-05,tekst,BU0999W001", "", "y,2024-03-05,tekst,BU0999W001,,,,,,,")
    assert [(error.row, error.column) for error in result.errors] == [(2, "")]
    assert [row.row for row in result.rows] == [4]


def test_subset_header_and_semicolons():
    result = parse_bytes(b"date;text;lat;lon\n2024-03-05;Herrie;52,1;5,1\n")
    assert result.format == WIJKVERBINDER_CSV
    assert result.errors == []
    assert result.rows[0].record.lat == 52.1


def test_header_without_place_columns():
    result = parse_bytes(b"date,text\n2024-03-05,Herrie\n")
    assert (1, "neighbourhood") in {(error.row, error.column) for error in result.errors}


def test_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + "x,2024-03-05,t,BU0999W001,,,,,,,\n").encode())
    result = parse_file(path)
    assert result.format == WIJKVERBINDER_CSV
    assert result.errors == []


@pytest.mark.parametrize(
    "data",
    [b"", b"naam,adres\nJan,Kerkstraat\n", b"\xff\xfe\x00a", b'{"foo": 1}', b"[1, 2"],
)
def test_unrecognisable_input_gets_one_dutch_error(data):
    result = parse_bytes(data, filename="upload.bin")
    assert result.format == UNKNOWN
    assert result.rows == []
    assert len(result.errors) == 1
    assert result.errors[0].row == 0
    assert "bestand" in result.errors[0].reason.lower() or "json" in result.errors[0].reason.lower()


def test_missing_file_is_an_error_not_a_crash(tmp_path):
    result = parse_file(tmp_path / "bestaat-niet.csv")
    assert result.format == UNKNOWN
    assert "kan niet worden gelezen" in result.errors[0].reason


def test_many_rows_stream(tmp_path):
    path = tmp_path / "many.csv"
    row = "x,2024-03-05,Geluidsoverlast van de bovenburen,BU0999W001,,52.1,5.1,affected,,,\n"
    path.write_text(HEADER + row * 5000, encoding="utf-8")
    result = parse_file(path)
    assert len(result.rows) == 5000
    assert result.errors == []


@pytest.mark.parametrize(
    ("theme", "hint"),
    [
        ("geluid", "bedoelt u 'overlast.geluid'? alle codes staan in docs/themes.md"),
        ("overlast.gelud", "bedoelt u 'overlast.geluid'? alle codes staan in docs/themes.md"),
        ("tv", "thema; alle codes staan in docs/themes.md"),
    ],
)
def test_unknown_theme_suggests_the_code_meant(theme, hint):
    """A theme written as its last part or with a typo: the code it probably means, rather
    than only a file name a team member at the import page cannot open."""
    result = _parse(f"x,2024-03-05,Lawaai,BU0999W001,,,,,,{theme},")
    [error] = [e for e in result.errors if e.column == "theme"]
    assert error.reason.endswith(hint)


@pytest.mark.parametrize("data", [b"", b"\n\n  \r\n", "\ufeff\n".encode()])
def test_an_empty_file_is_called_empty(data):
    """The command line answered "Onbekend bestandsformaat …" for an empty file."""
    result = parse_bytes(data, filename="leeg.csv")
    assert result.format == UNKNOWN
    assert [error.reason for error in result.errors] == [
        "Het bestand is leeg: er staan geen signalen in."
    ]
