"""A resident's requests (access as JSON and PDF, erasure with a report) and the privacy officer's
access-log page; the log is append-only in the database itself."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.utils import translation

from wijkverbinder.accounts.models import User
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.intake.models import Signal, SignalEdit
from wijkverbinder.intake.placing import PlaceInput
from wijkverbinder.intake.services import delete_signal
from wijkverbinder.intake.tests.factories import make_signal
from wijkverbinder.privacy import households
from wijkverbinder.trajectories.tests import factories as trajectory_factories

HOUSEHOLD = PlaceInput(neighbourhood_code="BU99010102", street_name="Kastanjelaan")


@pytest.fixture
def officer(demo: None) -> Client:
    user = User.objects.create_user("fg", password="onbelangrijk-lang-genoeg")
    user.groups.add(Group.objects.get(name="Functionaris gegevensbescherming"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def two_signals(fatima: User) -> list[Signal]:
    return [
        make_signal(fatima, household="9901AB 12", text="Buren maken lawaai"),
        make_signal(fatima, household="9901 ab 12", text="Weer lawaai 's nachts"),
        make_signal(fatima, household="9901AB 14", text="Ander huishouden"),
    ][:2]


def test_access_export_as_json_and_pdf(officer: Client, two_signals: list[Signal]) -> None:
    query = "/privacy/huishouden/?postcode=9901AB&house_number=12"
    page = officer.get(query)
    assert page.status_code == 200
    assert page["Cache-Control"] == "no-store"
    data = json.loads(officer.get(query + "&formaat=json").content)
    assert [s["tekst"] for s in data["signalen"]] == ["Buren maken lawaai", "Weer lawaai 's nachts"]
    pdf = officer.get(query + "&formaat=pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert AccessLogEntry.objects.filter(action="export", object_type="household").count() == 3


def test_erasure_removes_everything_of_the_household_only(
    officer: Client, two_signals: list[Signal]
) -> None:
    pseudonym = two_signals[0].household
    refused = officer.post("/privacy/huishouden/wissen/", {"pseudonym": pseudonym})
    assert refused.status_code == 302
    assert Signal.objects.count() == 3
    done = officer.post("/privacy/huishouden/wissen/", {"pseudonym": pseudonym, "bevestig": "ja"})
    assert done.context["report"].signals == 2
    assert Signal.objects.count() == 1
    assert not SignalEdit.objects.filter(signal_id__in=[s.pk for s in two_signals]).exists()
    assert AccessLogEntry.objects.filter(action="erase", object_id=pseudonym, count=2).exists()


def test_household_command_dry_run_and_export(
    two_signals: list[Signal], tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command(
        "household",
        "--postcode",
        "9901AB",
        "--house-number",
        "12",
        "--user",
        "ingrid",
        "--erase",
        "--dry-run",
    )
    assert "Zou wissen: 2 signalen" in capsys.readouterr().out
    assert Signal.objects.count() == 3
    target = tmp_path / "inzage.json"  # type: ignore[operator]
    call_command(
        "household",
        "--pseudonym",
        two_signals[0].household,
        "--user",
        "ingrid",
        "--export",
        str(target),
    )
    assert len(json.loads(target.read_text())["signalen"]) == 2


def test_bad_pseudonym_is_refused_in_dutch(db: None) -> None:
    with pytest.raises(Exception, match="20 tekens 0-9 en a-f"):
        households.pseudonym_for(pseudonym="'; drop table")


def test_pages_need_the_officer_role(fatima_client: Client) -> None:
    for path in (
        "/privacy/",
        "/privacy/toegangslog/",
        "/privacy/huishouden/",
        "/privacy/bewaartermijnen/",
    ):
        assert fatima_client.get(path).status_code == 403


def test_search_the_access_log_and_export_csv(officer: Client, fatima: User, pieter: User) -> None:
    log_access(user=fatima, action="view", object_type="signal", object_id="s-1")
    log_access(user=pieter, action="update", object_type="trajectory", object_id="t-9")
    page = officer.get("/privacy/toegangslog/?username=fatima&action=view")
    assert [e.object_id for e in page.context["page"]] == ["s-1"]
    csv_body = officer.get("/privacy/toegangslog/?object_type=trajectory&export=csv").getvalue()
    rows = list(csv.reader(io.StringIO(csv_body.decode())))
    assert rows[0][1] == "gebruiker"
    assert [(r[1], r[4]) for r in rows[1:]] == [("pieter", "t-9")]


def test_a_reversed_period_finds_and_exports_nothing(officer: Client, fatima: User) -> None:
    """Swapped dates are refused with their error; the page lists no entries and the export is
    not the whole log."""
    log_access(user=fatima, action="view", object_type="signal", object_id="s-1")
    query = "/privacy/toegangslog/?since=2026-03-01&until=2026-02-01"
    page = officer.get(query)
    assert list(page.context["page"]) == []
    assert page.context["form"].errors
    export = officer.get(query + "&export=csv")
    assert export["Content-Type"].startswith("text/html")
    assert "s-1" not in export.content.decode()


def test_access_log_is_append_only_in_the_database(fatima: User) -> None:
    log_access(user=fatima, action="view", object_type="signal", object_id="x")
    table = AccessLogEntry._meta.db_table
    for sql in (f"UPDATE {table} SET object_id = 'y'", f"DELETE FROM {table}"):  # noqa: S608
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    with pytest.raises(PermissionError):
        AccessLogEntry.objects.all().update(object_id="y")
    with pytest.raises(PermissionError):
        AccessLogEntry.objects.all().delete()
    fatima.delete()  # deleting the user rewrites nothing in the log
    entry = AccessLogEntry.objects.get(object_id="x")
    assert entry.username == "fatima"


def test_deleted_signal_loses_its_text_at_once(fatima: User) -> None:
    signal = make_signal(fatima, household="9901AB 12")
    delete_signal(user=fatima, signal=signal, reason="dubbel ingevoerd")
    signal.refresh_from_db()
    assert (signal.text, signal.household) == ("", "")
    assert signal.deletion_reason == "dubbel ingevoerd"


def test_log_search_refuses_swapped_dates() -> None:
    from wijkverbinder.privacy.forms import LogSearchForm

    form = LogSearchForm({"since": "2026-03-01", "until": "2026-02-01"})
    assert not form.is_valid()
    assert "until" in form.errors
    assert LogSearchForm({"since": "2026-02-01", "until": "2026-02-01"}).is_valid()


def test_household_export_names_its_questions_with_their_period(fatima: User) -> None:
    """Two questions can share a title; the export names each with its period."""
    question = trajectory_factories.question(title="Geluid – Kastanjelaan, Rozenhof", weighed=False)
    question.start, question.end = dt.date(2025, 12, 1), dt.date(2026, 2, 20)
    question.save()
    household = question.signals.values_list("household", flat=True).first()
    assert household
    with translation.override("nl"):
        export = households.export_household(user=fatima, pseudonym=household)
    titles = [q["titel"] for q in export["gemeenschappelijkeVragen"]]
    assert titles == ["Geluid – Kastanjelaan, Rozenhof (dec 2025–feb 2026)"]
