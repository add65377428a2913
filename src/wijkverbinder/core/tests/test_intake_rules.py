"""Intake parser rules: Dutch dates and times, encodings, role words, every error of a row at
once, counts in rows, TDO geometries, ZIP limits."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest

from wijkverbinder.core.intake_formats import (
    WIJKVERBINDER_CSV,
    ParseOptions,
    archive,
    fields,
    parse_bytes,
)
from wijkverbinder.core.intake_formats.signalen_tdo import GeometryTextError, point_of

HEADER = "id,date,text,neighbourhood,street,lat,lon,role,household,theme,source\n"


def _parse(*rows: str, **options: object):
    return parse_bytes((HEADER + "\n".join(rows) + "\n").encode(), options=ParseOptions(**options))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected", "style"),
    [
        ("3-12-2018 10:41", date(2018, 12, 3), fields.DUTCH),
        ("03-12-2018 10:41:42", date(2018, 12, 3), fields.DUTCH),
        ("3/12/2018", date(2018, 12, 3), fields.DUTCH),
        ("2018-12-03 10:41:42+01", date(2018, 12, 3), fields.ISO),
        ("2018-12-02T23:30:00Z", date(2018, 12, 3), fields.ISO),  # 00:30 in Amsterdam
        ("2018-07-30T00:01:00-04:00", date(2018, 7, 30), fields.ISO),
    ],
)
def test_dutch_and_iso_date_times(value, expected, style):
    assert fields.parse_date_styled(value, today=date(2026, 1, 1)) == (expected, style)


def test_american_dates_are_named():
    with pytest.raises(fields.FieldError, match="maand-dag-jaar"):
        fields.parse_date("12/25/2024")
    with pytest.raises(fields.FieldError, match="ongeldige datum"):
        fields.parse_date("3-12-2018 25:00")


def test_dutch_dates_are_reported():
    result = _parse("x,3-12-2018 10:41,Herrie,BU0999W001,,,,,,,")
    assert result.errors == []
    assert "dag-maand-jaar" in result.notes[-1]


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("ervaart last", "affected"),
        ("Ervaart Last", "affected"),
        ("hulpvraag", "asking_help"),
        ("veroorzaakt last", "causing"),
        ("veroorzaakt", "causing"),
        ("betrokken", "involved"),
        ("asking_help", "asking_help"),
        ("asking help", "asking_help"),
    ],
)
def test_role_words_the_ui_shows(word, code):
    result = _parse(f"x,2024-03-05,Herrie,BU0999W001,,,,{word},,,")
    assert result.errors == []
    assert result.rows[0].record.role == code


def test_unknown_role_names_the_dutch_words():
    result = _parse("x,2024-03-05,Herrie,BU0999W001,,,,boos,,,")
    assert "ervaart last (affected)" in result.errors[0].reason
    assert "hulpvraag (asking_help)" in result.errors[0].reason


def test_source_words():
    result = _parse("x,2024-03-05,Herrie,BU0999W001,,,,,,,Melding openbare ruimte")
    assert result.rows[0].record.source == "melding_openbare_ruimte"


def test_every_error_of_a_row_at_once():
    result = _parse("x,morgen,,,,,,boos,,,")
    columns = [e.column for e in result.errors]
    assert columns == ["neighbourhood", "text", "date", "role"]
    assert "plaats ontbreekt" in result.errors[0].reason
    assert result.rejected_rows == 1


def test_counts_are_rows_not_errors():
    rows = [f"x{i},morgen,,BU0999W001,,,,,,," for i in range(50)]
    result = _parse(*rows)
    assert len(result.errors) == 100
    assert result.data_rows == 50
    assert result.rejected_rows == 50


def test_locator_errors_join_the_row():
    def locate(queries):
        return [(None, "buurtcode BU0999W001 is onbekend") for _ in queries]

    result = _parse(
        "x,morgen,Herrie,BU0999W001,,,,,,,", "y,2024-03-05,Herrie,BU0999W001,,,,,,,", locate=locate
    )
    assert [(e.row, e.column) for e in result.errors] == [
        (2, "date"),
        (2, "neighbourhood"),
        (3, "neighbourhood"),
    ]
    assert result.rows == []
    assert result.rejected_rows == 2


def test_utf16_excel_unicode_text_with_tabs():
    text = "date\ttext\tlat\tlon\n2024-03-05\tHerrie bij café\t52.1\t5.1\n"
    result = parse_bytes(text.encode("utf-16"))
    assert result.format == WIJKVERBINDER_CSV
    assert result.rows[0].record.text == "Herrie bij café"
    assert "UTF-16" in result.notes[0]
    assert "tab" in result.notes[1]


def test_not_text_is_refused():
    result = parse_bytes(b"\x00\x01\x02binary")
    assert "geen tekst" in result.errors[0].reason


@pytest.mark.parametrize(
    ("value", "point"),
    [
        ("0101000020E6100000000000C07796134071E3708E262F4A40", (52.3684, 4.8969)),
        ("SRID=4326;POINT(4.8969 52.3684)", (52.3684, 4.8969)),
        ("POINT (4.8969 52.3684)", (52.3684, 4.8969)),
    ],
)
def test_tdo_geometries(value, point):
    lat, lon = point_of(value)
    assert (round(lat, 4), round(lon, 4)) == point


@pytest.mark.parametrize(
    "value", ["SRID=28992;POINT(121000 487000)", "0102000020E6100000", "zomaar iets"]
)
def test_tdo_bad_geometries(value):
    with pytest.raises(GeometryTextError):
        point_of(value)


def test_zip_that_unpacks_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(archive, "MAX_UNPACKED", 1000)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("signals.csv", "a" * 5000)
    result = parse_bytes(out.getvalue())
    assert "groter dan 1 GB" in result.errors[0].reason
