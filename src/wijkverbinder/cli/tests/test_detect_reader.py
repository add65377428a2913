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
