"""The same Signalen meldingen from the TDO export and from the datawarehouse export (cuts of the
real files, licences in `core/tests/data/real_exports/SOURCES.md`) give one signal each, whichever
comes first and also when both imports run at once; the later import fills in what the first
lacked."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connections

from wijkverbinder.accounts.models import User
from wijkverbinder.core.intake_formats.signalen_tdo import TEXT_PREFIX
from wijkverbinder.core.tests.test_real_exports import DATA, GROFVUIL, POEP, datawarehouse_zip
from wijkverbinder.intake.imports import ImportReport, import_signals
from wijkverbinder.intake.models import Signal, SignalEdit

TDO = "signalen_tdo_export_layout.csv"


def _tdo(user: User) -> ImportReport:
    return import_signals(user=user, data=(DATA / TDO).read_bytes(), filename=TDO)


def _dwh(user: User) -> ImportReport:
    return import_signals(user=user, data=datawarehouse_zip(), filename="signalen.zip")


def _signals() -> dict[str, Signal]:
    return {s.signalen_number: s for s in Signal.objects.select_related("street")}


def test_tdo_then_datawarehouse_fills_in_the_text_and_uuid(anna: User) -> None:
    assert _tdo(anna).created == 2
    assert {s.signalen_number for s in Signal.objects.all()} == {"1667", "1668"}
    report = _dwh(anna)
    assert (report.created, report.enriched, report.duplicates) == (0, 2, 1)
    assert "2 bestaande aangevuld" in report.describe()
    signals = _signals()
    assert len(signals) == 2
    grofvuil = signals["1668"]
    assert grofvuil.external_id == GROFVUIL
    assert grofvuil.text == "Grofvuil gedumpt"
    assert grofvuil.street is not None
    assert grofvuil.street.name == "Staalstraat"
    assert signals["1667"].external_id == POEP
    edit = SignalEdit.objects.filter(signal=grofvuil, action="enrich").get()
    assert {"text", "external_id", "street_id"} <= edit.changes.keys()
    # and again from either export: nothing new, nothing to fill in
    for again in (_dwh(anna), _tdo(anna)):
        assert (again.created, again.enriched) == (0, 0)
    assert Signal.objects.count() == 2


def test_datawarehouse_then_tdo_adds_nothing(anna: User) -> None:
    assert _dwh(anna).created == 2
    assert set(_signals()) == {"1667", "1668"}
    report = _tdo(anna)
    assert (report.created, report.enriched, report.duplicates) == (0, 0, 3)
    assert not Signal.objects.filter(text__startswith=TEXT_PREFIX).exists()


@pytest.mark.parametrize(
    "name",
    [
        "signalen_joined_sql_style.csv",
        "signalen_joined_pandas_style.csv",
        "signalen_joined_sql_style_excel_nl.csv",
        "signalen_private_api_incidents_frontend_fixture.json",
    ],
)
def test_other_signalen_exports_after_tdo_fill_in_too(anna: User, name: str) -> None:
    _tdo(anna)
    report = import_signals(user=anna, data=(DATA / name).read_bytes(), filename=name)
    assert report.created == 0, name
    assert report.enriched == 2, name
    assert set(Signal.objects.values_list("external_id", flat=True)) == {GROFVUIL, POEP}


def test_a_theme_a_person_confirmed_is_kept(anna: User) -> None:
    _tdo(anna)
    Signal.objects.filter(signalen_number="1668").update(
        theme="afval.grofvuil", theme_origin="confirmed"
    )
    _dwh(anna)
    assert _signals()["1668"].theme == "afval.grofvuil"


def test_a_deleted_signal_is_not_filled_in(anna: User) -> None:
    _tdo(anna)
    Signal.objects.filter(signalen_number="1668").update(deleted_at="2026-01-01T00:00:00Z")
    report = _dwh(anna)
    assert (report.created, report.enriched) == (0, 1)
    assert _signals()["1668"].text.startswith(TEXT_PREFIX)


@pytest.mark.django_db(transaction=True)
def test_both_exports_imported_at_once_give_one_signal_per_melding(anna: User) -> None:
    outcome: dict[str, Any] = {}
    start = threading.Barrier(2)

    def run(name: str) -> None:
        try:
            start.wait()
            outcome[name] = _tdo(anna) if name == "tdo" else _dwh(anna)
        except Exception as error:
            outcome[name] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(name,)) for name in ("tdo", "dwh")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not [value for value in outcome.values() if isinstance(value, Exception)], outcome
    assert sorted(Signal.objects.values_list("signalen_number", flat=True)) == ["1667", "1668"]
    assert sum(report.created for report in outcome.values()) == 2
    assert set(Signal.objects.values_list("external_id", flat=True)) == {GROFVUIL, POEP}


@pytest.mark.parametrize(("first", "between"), [("dwh", "tdo"), ("tdo", "dwh")])
def test_the_other_export_stored_between_look_up_and_write(
    anna: User, monkeypatch: pytest.MonkeyPatch, first: str, between: str
) -> None:
    """The worst interleaving of two imports: one looks up what is stored, the other stores all
    its rows, then the first writes. Its write transaction looks again and fills in instead."""
    from wijkverbinder.intake import import_rows, imports

    real = import_rows.candidates
    calls = {"n": 0}

    def look_up_then_let_the_other_store(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        calls["n"] += 1
        if calls["n"] == 1:
            (_tdo if between == "tdo" else _dwh)(anna)
        return found

    monkeypatch.setattr(imports, "candidates", look_up_then_let_the_other_store)
    report = _tdo(anna) if first == "tdo" else _dwh(anna)
    assert report.created == 0
    assert report.enriched == (2 if first == "dwh" else 0)
    signals = _signals()
    assert sorted(signals) == ["1667", "1668"]
    assert signals["1668"].text == "Grofvuil gedumpt"
    assert signals["1668"].external_id == GROFVUIL
