"""Imports: three formats, all-or-nothing by default, --skip-invalid, idempotent re-import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from wijkverbinder.accounts.models import User
from wijkverbinder.intake.imports import ImportRefusedError, import_signals
from wijkverbinder.intake.models import Signal, SignalImport

HEADER = "id,date,text,neighbourhood,street,lat,lon,role,household,theme,source\n"
GOOD = (
    HEADER
    + "a1,2026-09-01,Harde muziek van de buren tot 2 uur,BU99010102,Kastanjelaan,,,affected,9901AB 12,,huisbezoek\n"
    + "a2,2026-09-03,Jongeren hangen rond bij het plein en laten afval achter,BU99010104,Marktplein,,,affected,,overlast.jongeren,politie\n"
    + "a3,03-09-2026,Mevrouw de Graaf voelt zich eenzaam sinds haar man overleed,,,52.303,5.6142,asking_help,,,\n"
)
BAD = (
    GOOD
    + "a4,2026-13-01,tekst,BU99010102,,,,affected,,,\n"
    + "a5,2026-09-04,ander,BU12345678,,,,,,,\n"
)


def _import(user: User, text: str, **kwargs: object) -> object:
    return import_signals(user=user, data=text.encode(), filename="test.csv", **kwargs)  # type: ignore[arg-type]


def test_own_csv_imports_and_redacts(fatima: User) -> None:
    report = _import(fatima, GOOD)
    assert report.created == 3  # type: ignore[attr-defined]
    by_id = {s.external_id: s for s in Signal.objects.all()}
    assert by_id["a2"].theme_origin == "imported"
    assert by_id["a1"].theme == "overlast.geluid"
    assert by_id["a1"].theme_origin == "suggested"
    assert by_id["a3"].neighbourhood.code == "BU99010102"  # placed by its point
    assert "de Graaf" not in by_id["a3"].text
    assert len(by_id["a1"].household) == 20
    assert "9901" not in by_id["a1"].household
    assert SignalImport.objects.get().created == 3


def test_reimport_creates_no_duplicates(fatima: User) -> None:
    _import(fatima, GOOD)
    report = _import(fatima, GOOD)
    assert (report.created, report.duplicates) == (0, 3)  # type: ignore[attr-defined]
    assert Signal.objects.count() == 3


def test_rows_without_id_are_idempotent_too(fatima: User) -> None:
    text = HEADER + ",2026-09-01,Harde muziek van de buren,BU99010102,,,,,,,\n"
    _import(fatima, text)
    _import(fatima, text)
    assert Signal.objects.count() == 1


def test_bad_rows_refuse_the_whole_file(fatima: User) -> None:
    with pytest.raises(ImportRefusedError) as info:
        _import(fatima, BAD)
    details = "\n".join(info.value.details)
    assert "rij 5, kolom date" in details
    assert "rij 6, kolom neighbourhood: buurtcode BU12345678 is onbekend" in details
    assert Signal.objects.count() == 0
    assert SignalImport.objects.count() == 0


def test_skip_invalid_imports_good_rows(fatima: User) -> None:
    report = _import(fatima, BAD, skip_invalid=True)
    assert report.created == 3  # type: ignore[attr-defined]
    assert [(e.row, e.column) for e in report.rejected] == [(5, "date"), (6, "neighbourhood")]  # type: ignore[attr-defined]


def test_other_teams_buurt_is_rejected(pieter: User) -> None:
    with pytest.raises(ImportRefusedError, match="3 fout"):
        _import(pieter, GOOD)


def test_too_long_text_is_rejected(fatima: User) -> None:
    with pytest.raises(ImportRefusedError) as info:
        _import(fatima, HEADER + f"x1,2026-09-01,{'a' * 3001},BU99010102,,,,,,,\n")
    assert "text" in info.value.details[0]


def test_unknown_format_is_refused(fatima: User) -> None:
    with pytest.raises(ImportRefusedError) as info:
        import_signals(user=fatima, data=b"kolom1;kolom2\n1;2\n")
    assert info.value.details[0].startswith("bestand")


def test_signalen_csv_export(fatima: User) -> None:
    text = (
        "id,signal_uuid,source,text,text_extra,incident_date_start,created_at,main,sub,main_slug,sub_slug,lat,lng,stadsdeel,buurt_code,address_text\n"
        "7,0d5c0e8e-0000-4000-8000-000000000007,online,Container puilt uit bij de kade,,2026-08-01T08:00:00+02:00,"
        "2026-08-01T08:10:00+02:00,Afval,Container is vol,afval,container-is-vol,5.6050,52.3030,,,Havenstraat 3\n"
    )
    report = import_signals(user=fatima, data=text.encode(), filename="signalen.csv")
    assert report.format == "signalen-csv"
    signal = Signal.objects.get()
    assert signal.neighbourhood.code == "BU99010101"
    assert signal.theme.startswith("leefbaarheid.afval")


def test_open311_json(fatima: User) -> None:
    requests = [
        {
            "service_request_id": "638344",
            "status": "open",
            "service_name": "Veeg- / zwerfvuil",
            "service_code": "veeg-zwerfvuil",
            "description": "Veel zwerfvuil rond de glasbak.",
            "requested_datetime": "2026-04-14T06:37:38+02:00",
            "lat": 52.3031,
            "long": 5.6051,
        }
    ]
    report = import_signals(
        user=fatima, data=json.dumps(requests).encode(), filename="open311.json"
    )
    assert report.format == "open311-json"
    assert Signal.objects.get().external_id == "638344"


def test_command_refuses_then_skips_with_report(
    fatima: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "signalen.csv"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(CommandError, match="niet ingelezen"):
        call_command("import_signals", str(path), "--user", "fatima")
    assert Signal.objects.count() == 0
    call_command("import_signals", str(path), "--user", "fatima", "--skip-invalid")
    out = capsys.readouterr().out
    assert "3 nieuwe signalen" in out
    report = (tmp_path / "signalen.csv.afgekeurd.csv").read_text(encoding="utf-8").splitlines()
    assert report[0] == "bestand,rij,kolom,reden"
    assert len(report) == 3


def test_command_needs_known_user_and_team(demo: None, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("import_signals", str(path), "--user", "niemand")
    with pytest.raises(CommandError, match="Team 'X' bestaat niet"):
        call_command("import_signals", str(path), "--team", "X")
