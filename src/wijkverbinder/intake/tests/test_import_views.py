"""The import page and the page of one import: upload, follow the progress, see the outcome;
another team's import is a 404; refusals change nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wijkverbinder.accounts.models import User
from wijkverbinder.core.tests.test_real_exports import DATA
from wijkverbinder.intake import forms_import
from wijkverbinder.intake.models import Signal, SignalImport

CSV = b"id,date,text,neighbourhood,street\nk1,2026-09-01,Harde muziek van de buren,BU99010102,Kastanjelaan\nk2,2026-99-01,x,BU99010102,Kastanjelaan\n"


def _upload(client: Client, data: bytes = CSV, name: str = "fatima-meldingen.csv", **fields: str):
    return client.post(
        "/signalen/importeren/", {"upload": SimpleUploadedFile(name, data), **fields}
    )


def test_upload_goes_to_the_import_page_with_its_outcome(
    fatima_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(fatima_client)
    job = SignalImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/signalen/importeren/{job.uuid}/"
    body = fatima_client.get(response["Location"]).content.decode()
    assert "niet ingelezen: 1 van de 2 rijen afgekeurd" in body
    assert "rij 3, kolom date" in body
    assert "vink het vakje aan" in body  # only rows were bad: skipping them helps
    assert 'hx-trigger="every 1s"' not in body
    assert Signal.objects.count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(fatima_client, skip_invalid="on")
    body = fatima_client.get(response["Location"]).content.decode()
    assert "2 rijen; 1 nieuw signaal, 0 al aanwezig of dubbel, 1 rij afgekeurd." in body
    assert "worden op de achtergrond bijgewerkt" in body
    assert Signal.objects.count() == 1


def test_progress_fragment_polls_while_the_import_waits(
    fatima_client: Client, task_queue: None
) -> None:
    response = _upload(fatima_client)
    page = fatima_client.get(response["Location"]).content.decode()
    assert 'hx-trigger="every 1s"' in page
    assert 'role="status"' in page
    assert "Wacht op zijn beurt" in page
    fragment = fatima_client.get(response["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert fragment.startswith('<div id="import-progress"')
    SignalImport.objects.update(status="running", stage="redacting", done=30, total=120)
    fragment = fatima_client.get(response["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert "Persoonsgegevens verwijderen" in fragment
    assert 'value="25"' in fragment
    assert "30 van 120 rijen" in fragment


def test_another_teams_import_is_not_found(
    fatima_client: Client, pieter_client: Client, task_queue: None
) -> None:
    response = _upload(fatima_client)
    assert pieter_client.get(response["Location"]).status_code == 404
    assert pieter_client.get("/signalen/importeren/999999/").status_code == 404
    job = SignalImport.objects.get()
    assert pieter_client.get(f"/signalen/importeren/{job.pk}/").status_code == 404  # no counters
    assert fatima_client.get(f"/signalen/importeren/{job.pk}/").status_code == 404
    assert "fatima-meldingen.csv" not in pieter_client.get("/signalen/importeren/").content.decode()


def test_area_file_of_a_member_is_refused_on_the_form(fatima_client: Client) -> None:
    data = (DATA / "alkmaar_wijken_pdok2024_cut.geojson").read_bytes()
    body = _upload(fatima_client, data, "wijken.geojson").content.decode()
    assert "alleen een beheerder" in body
    assert not SignalImport.objects.exists()


def test_too_large_upload_is_refused(
    fatima_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(forms_import, "MAX_UPLOAD", 10)
    body = _upload(fatima_client).content.decode()
    assert "groter dan 20 MB" in body
    assert not SignalImport.objects.exists()


def test_import_page_lists_recent_imports_in_constant_queries(
    fatima: User, fatima_client: Client, task_queue: None
) -> None:
    _upload(fatima_client)
    with CaptureQueriesContext(connection) as few:
        fatima_client.get("/signalen/importeren/")
    for _ in range(5):
        _upload(fatima_client)
    with CaptureQueriesContext(connection) as many:
        body = fatima_client.get("/signalen/importeren/").content.decode()
    assert len(many) == len(few)
    assert body.count("Wacht") == 0
    assert body.count("fatima-meldingen.csv") == 6
    assert "automatisch" in body
    assert "chicago" in body


def test_a_beheerder_without_team_imports_areas_and_addresses_on_the_page(
    db: None, django_capture_on_commit_callbacks: Any
) -> None:
    beheerder = User.objects.create_superuser(
        "beheer", "beheer@gemeente.example", "lang-genoeg-2025"
    )
    client = Client()
    client.force_login(beheerder)
    areas = (DATA / "amsterdam_gebieden_buurten_cut.geojson").read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(client, areas, "buurten.geojson", year="2024")
    body = client.get(response["Location"]).content.decode()
    assert "Ingelezen: 0 gemeenten, 0 wijken, 5 buurten" in body
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(
            client, (DATA / "nlextract_bagadresplus_cut.csv").read_bytes(), "plus.csv"
        )
    body = client.get(response["Location"]).content.decode()
    assert "Adressen ingelezen (bagadresplus): 14 rijen, 14 nieuw" in body
    assert SignalImport.objects.filter(team__isnull=True).count() == 2
    assert "plus.csv" in client.get("/signalen/importeren/").content.decode()


def test_a_file_level_refusal_does_not_suggest_skipping_rows(
    fatima_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    data = (DATA / "toronto_open311status_requests_many.xml").read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(fatima_client, data, "requests.xml")
    body = fatima_client.get(response["Location"]).content.decode()
    assert "buitenlandse Open311-bron" in body
    assert "vink het vakje aan" not in body


def test_notes_on_the_file_have_a_heading_that_fits_them(
    fatima_client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    """The notes were headed "Herkend", above "tekenset herkend: …" and "categories.csv ontbreekt"."""
    data = CSV.decode().replace(",", ";").encode("cp1252")
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(fatima_client, data=data, skip_invalid="on")
    body = fatima_client.get(response["Location"]).content.decode()
    assert "Opmerkingen bij het inlezen</h2>" in body
    assert "scheidingsteken herkend: puntkomma" in body
    assert ">Herkend<" not in body
