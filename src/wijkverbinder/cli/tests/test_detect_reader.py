"""The `detect` command's lean CSV reader refuses the same bad rows as the importer's parser
(`core.intake_formats.parse_file`), so one file means the same thing to both."""

from __future__ import annotations

from pathlib import Path

from wijkverbinder.cli.detect import _read_signals
from wijkverbinder.core.intake_formats import parse_file

HEADER = "id,date,text,neighbourhood,street,lat,lon,role,household,theme,source"
ROWS = [
    "a1,2024-03-05,Harde muziek,BU99010102,Kastanjelaan,,,affected,h1,,huisbezoek",  # good
    "a2,2024-13-45,Harde muziek,BU99010102,Kastanjelaan,,,affected,h2,,",  # bad date
    "a3,2024-03-05,   ,BU99010102,Kastanjelaan,,,affected,h3,,",  # no text
    "a4,2024-03-05,Harde muziek,BU99010102,,52.1,,affected,h4,,",  # lat without lon
    "a5,2024-03-05,Harde muziek,BU99010102,,40.0,5.1,affected,h5,,",  # outside NL
    "a6,2024-03-05,Harde muziek,XX123,Kastanjelaan,,,affected,h6,,",  # bad buurt code
    "a7,2024-03-05,Harde muziek,BU99010102,Kastanjelaan,,,boos,h7,,",  # unknown role
    "a8,2024-03-05,Harde muziek,BU99010102,Kastanjelaan,,,affected,h8,,fax",  # unknown source
    "a9,2099-01-01,Harde muziek,BU99010102,Kastanjelaan,,,affected,h9,,",  # in the future
    "a10,05-03-2024,Harde muziek,,,52.09,5.12,causing,h10,,",  # good: d-m-y and a point
]


def test_both_readers_refuse_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "signals.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    records, errors = _read_signals(path, skip_invalid=True)
    parsed = parse_file(path)
    assert [r.id for r in records] == [p.record.id for p in parsed.rows] == ["a1", "a10"]
    refused_here = sorted(int(e.split()[1].rstrip(":")) for e in errors)
    refused_there = sorted({e.row for e in parsed.errors})
    assert refused_here == refused_there == list(range(3, 11))
    assert records == [p.record for p in parsed.rows]


def test_remembered_values_and_fast_coordinates_keep_the_rules(tmp_path: Path) -> None:
    # The reader remembers dates, buurt codes, roles and sources it has checked and reads plain
    # coordinates without the general parser: a value seen before must still be refused when bad,
    # and decimal commas, NaN and points outside the box must meet the importer's rules.
    rows = [
        "b1,2024-03-05,Harde muziek,BU99010102,Kastanjelaan,,,affected,h1,,huisbezoek",
        'b2,2024-03-05,Harde muziek,BU99010102,,"52,09","5,12",affected,h2,,huisbezoek',
        "b3,2024-03-05,Harde muziek,BU99010102,,nan,5.12,affected,h3,,huisbezoek",  # not a number
        "b4,2024-03-05,Harde muziek,BU99010102,,52.09,9.9,affected,h4,,huisbezoek",  # outside
        "b5,2099-01-01,Harde muziek,BU99010102,Kastanjelaan,,,affected,h5,,",  # future
        "b6,2099-01-01,Harde muziek,BU99010102,Kastanjelaan,,,affected,h6,,",  # the same again
        "b7,2024-03-05,Harde muziek,XX123,Kastanjelaan,,,affected,h7,,",  # bad buurt
        "b8,2024-03-05,Harde muziek,XX123,Kastanjelaan,,,affected,h8,,",  # the same again
        "b9,2024-03-05,Harde muziek,BU99010102,Kastanjelaan,,,boos,h9,,fax",  # role first
        "b10,2024-03-05,Harde muziek,BU99010102,Kastanjelaan,,,boos,h10,,",  # the same again
        "  ,  , ,,,,,,,,",  # blank
        "b11, 2024-03-05 , Harde muziek ,BU99010102, Kastanjelaan ,,, affected , h11 , , ",
    ]
    path = tmp_path / "signals.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    records, errors = _read_signals(path, skip_invalid=True)
    parsed = parse_file(path)
    assert [r.id for r in records] == ["b1", "b2", "b11"]
    assert records == [p.record for p in parsed.rows]
    assert (records[1].lat, records[1].lon) == (52.09, 5.12)
    assert (records[2].neighbourhood, records[2].street) == ("BU99010102", "Kastanjelaan")
    refused = sorted(int(e.split()[1].rstrip(":")) for e in errors)
    assert refused == sorted({e.row for e in parsed.errors}) == list(range(4, 12))
    by_row = {int(e.split()[1].rstrip(":")): e for e in errors}
    expected = {4: "geen getal", 5: "buiten Nederland", 6: "toekomst", 7: "toekomst"}
    expected |= {8: "buurtcode", 9: "buurtcode", 10: "rol", 11: "rol"}
    assert all(word in by_row[row] for row, word in expected.items()), by_row


def test_missing_optional_columns_and_short_or_long_rows(tmp_path: Path) -> None:
    path = tmp_path / "signals.csv"
    header = "id,date,text,neighbourhood,street,lat,lon,role,household"
    rows = [
        "c1,2024-03-05,Harde muziek,BU99010102,Kastanjelaan,,,affected,h1,extra,cells",
        "c2,2024-03-05,Harde muziek,BU99010102,Kastanjelaan",
    ]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    records, errors = _read_signals(path)
    assert errors == []
    assert [(r.id, r.household, r.theme, r.source) for r in records] == [
        ("c1", "h1", None, None),
        ("c2", None, None, None),
    ]
