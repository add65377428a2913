"""Importing the real exports through the app: Signalen in Amsterdam (placed by point or by the
municipality's own area code), Open311 feeds moved into the demo municipality, refusals of files
from abroad, counts in rows, the text limit of the setting."""

from __future__ import annotations

import json
from typing import Any

import pytest

from wijkverbinder.accounts.models import User
from wijkverbinder.core.tests.test_real_exports import DATA, GROFVUIL, POEP, datawarehouse_zip
from wijkverbinder.intake.imports import ImportRefusedError, import_signals
from wijkverbinder.intake.models import Signal, SignalImport


def _import(user: User, name: str, **kwargs: Any):
    return import_signals(user=user, data=(DATA / name).read_bytes(), filename=name, **kwargs)


def test_datawarehouse_zip_then_every_other_signalen_export_adds_nothing(anna: User) -> None:
    report = import_signals(user=anna, data=datawarehouse_zip(), filename="signalen.zip")
    assert (report.format, report.rows, report.created, report.duplicates) == (
        "signalen-datawarehouse",
        3,
        2,
        1,
    )
    grofvuil = Signal.objects.select_related("neighbourhood", "street").get(external_id=GROFVUIL)
    assert grofvuil.neighbourhood.code == "BU0363AF08"  # A04h is an old code: placed by point
    assert grofvuil.street is not None
    assert grofvuil.street.name == "Staalstraat"
    assert (grofvuil.theme, grofvuil.theme_origin) == (
        "leefbaarheid.verkeer_en_parkeren",
        "imported",
    )
    assert grofvuil.household == ""
    for name in (
        "signalen_joined_sql_style.csv",
        "signalen_joined_pandas_style.csv",
        "signalen_joined_sql_style_excel_nl.csv",
        "signalen_private_api_incidents_frontend_fixture.json",
    ):
        again = _import(anna, name)
        assert again.created == 0, name
        assert again.duplicates == again.rows, name
    assert set(Signal.objects.values_list("external_id", flat=True)) == {GROFVUIL, POEP}
    record = SignalImport.objects.filter(format="signalen-datawarehouse").get()
    assert (record.rows, record.created, record.duplicates, record.rejected) == (3, 2, 1, 0)


def test_tdo_export(anna: User) -> None:
    report = _import(anna, "signalen_tdo_export_layout.csv")
    assert (report.format, report.created) == ("signalen-tdo", 2)
    assert set(Signal.objects.values_list("theme", flat=True)) == {
        "leefbaarheid.verkeer_en_parkeren",
        "overlast.dieren",
    }


def _joined(buurt_code: str, lat: str = "", lng: str = "") -> bytes:
    header = "signal_uuid,text,incident_date_start,main,sub,lat,lng,buurt_code,address_text"
    row = f"u-1,Grofvuil naast de container,2024-05-01,Afval,Grofvuil,{lat},{lng},{buurt_code},"
    return f"{header}\n{row}\n".encode()


def test_amsterdams_own_area_code_is_mapped_through_the_imported_areas(anna: User) -> None:
    import_signals(user=anna, data=_joined("AF08"), filename="eigen.csv")
    assert Signal.objects.get().neighbourhood.code == "BU0363AF08"


def test_unknown_own_area_code_without_point_is_refused_with_advice(anna: User) -> None:
    with pytest.raises(ImportRefusedError) as info:
        import_signals(user=anna, data=_joined("A04h"), filename="eigen.csv")
    assert "gebiedscode 'A04h' van de gemeente is onbekend" in info.value.details[0]


def test_point_outside_the_teams_area_names_no_buurt(anna: User) -> None:
    with pytest.raises(ImportRefusedError) as info:
        import_signals(user=anna, data=_joined("", "52.09", "5.12"), filename="utrecht.csv")
    assert info.value.details == [
        "rij 2, kolom lat,lng: het punt ligt niet in een buurt van het werkgebied van uw team"
    ]


@pytest.mark.parametrize(
    "name",
    [
        "chicago_srtracker_requests_cut.json",
        "toronto_open311status_requests_many.xml",
        "helsinki_taskful_request_6aika.json",
    ],
)
def test_open311_from_abroad_is_refused_with_one_reason(anna: User, name: str) -> None:
    with pytest.raises(ImportRefusedError) as info:
        _import(anna, name, skip_invalid=True)
    assert "buitenlandse Open311-bron" in info.value.details[0]
    assert Signal.objects.count() == 0


def _moved_into_wijk_w(name: str) -> bytes:
    """A real Open311 feed with its points moved into Wijk W of the demo (nothing else changes)."""
    text = (DATA / name).read_text(encoding="utf-8")
    if name.endswith(".xml"):
        for old in ("43.691104288", "43.695823056"):
            text = text.replace(old, "52.3030")
        return text.replace("-79.272306875", "5.6050").replace("-79.267190219", "5.6140").encode()
    document = json.loads(text)
    for index, item in enumerate(document if isinstance(document, list) else [document]):
        item["lat"], item["long"] = 52.3030, 5.6050 + 0.0095 * (index % 3)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("name", "fmt", "created", "theme"),
    [
        ("chicago_srtracker_requests_cut.json", "open311-json", 6, "veiligheid.vernieling"),
        (
            "toronto_open311status_requests_many.xml",
            "open311-xml",
            2,
            "leefbaarheid.verkeer_en_parkeren",
        ),
        ("helsinki_taskful_request_6aika.json", "open311-json", 1, None),
    ],
)
def test_open311_feeds_in_the_netherlands_go_in_with_their_mapping(
    fatima: User, name: str, fmt: str, created: int, theme: str | None
) -> None:
    report = import_signals(user=fatima, data=_moved_into_wijk_w(name), filename=name)
    assert (report.format, report.created) == (fmt, created)
    themes = set(Signal.objects.filter(theme_origin="imported").values_list("theme", flat=True))
    assert theme is None or theme in themes
    assert not Signal.objects.exclude(household="").exists()


def test_counts_are_rows_also_in_the_history(fatima: User) -> None:
    header = "id,date,text,neighbourhood\n"
    rows = "".join(f"r{i},morgen,,BU99010102\n" for i in range(50))  # two errors per row
    good = "ok,2026-09-01,Harde muziek bij de buren,BU99010102\n"
    with pytest.raises(ImportRefusedError) as info:
        import_signals(user=fatima, data=(header + rows + good).encode())
    assert "50 van de 51 rijen afgekeurd (100 fouten)" in info.value.message
    report = import_signals(user=fatima, data=(header + rows + good).encode(), skip_invalid=True)
    assert (report.rows, report.rejected_rows, report.created) == (51, 50, 1)
    record = SignalImport.objects.get()
    assert (record.rows, record.rejected, record.created) == (51, 50, 1)
    assert len(record.details) == 100


@pytest.mark.parametrize(("limit", "created"), [(2000, 0), (3000, 1)])
def test_text_limit_of_the_setting(fatima: User, settings: Any, limit: int, created: int) -> None:
    settings.SIGNAL_TEXT_MAX = limit
    text = "Harde muziek. " * 178  # 2,492 characters, as Signalen allows
    data = f"date,text,neighbourhood\n2026-09-01,{text.strip()},BU99010102\n".encode()
    report = import_signals(user=fatima, data=data, skip_invalid=True)
    assert report.created == created
    assert Signal.objects.count() == created
