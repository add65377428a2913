"""In a real Chromium: upload a Dutch-Excel CSV with one bad row, follow the import's progress page
while it waits and while the background worker (the thread `serve` runs) imports it, see every reason
and then the outcome appear without reloading; the postcode look-up works in the demo; axe-core on
the upload page and on the progress page in both states."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations, log_in
from wijkverbinder.common.task_worker import EmbeddedWorker, uses_database_queue
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

pytestmark = pytest.mark.browser

ROWS = (
    "id;date;text;neighbourhood;street;role\n"
    "b1;3-12-2025 10:41;Harde muziek bij de buren, elke nacht;BU99010102;Kastanjelaan;ervaart last\n"
    "b2;4-12-2025 09:15;Jongeren hangen rond bij het café op het plein;BU99010104;Marktplein;betrokken\n"
    "b3;31-02-2025;Datum bestaat niet;BU99010102;Kastanjelaan;hulpvraag\n"
)


def _assert_accessible(page: Page, what: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"{what}: {[(v['id'], v['help']) for v in violations]}"


def _upload(page: Page, site: str, path: Path, *, skip: bool) -> None:
    page.goto(f"{site}/signalen/importeren/")
    page.get_by_label("Bestand(en)").set_input_files(str(path))
    if skip:
        page.get_by_label("Importeer de goede rijen").check()
    page.get_by_role("button", name="Importeren", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(path.name)


def test_upload_and_follow_the_background_import(page: Page, site: str, tmp_path: Path) -> None:
    assert uses_database_queue()  # the installation's queue, not tasks run in the request
    path = tmp_path / "excel-export.csv"
    path.write_bytes(ROWS.encode("cp1252"))
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.goto(f"{site}/signalen/importeren/")
    _assert_accessible(page, "upload page")
    _upload(page, site, path, skip=False)
    expect(page.get_by_role("status")).to_contain_text("Wacht op zijn beurt")
    expect(page.locator("progress")).to_be_visible()
    _assert_accessible(page, "progress page, waiting")
    worker = EmbeddedWorker(interval=0.2).start()
    try:
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("1 van de 3 rijen afgekeurd", timeout=90_000)
        expect(page.locator("#import-progress")).to_contain_text("rij 4, kolom date")
        _assert_accessible(page, "progress page, refused")
        _upload(page, site, path, skip=True)
        done = page.locator(".utrecht-alert--ok")
        expect(done).to_contain_text("2 nieuwe signalen", timeout=90_000)
        expect(page.locator("#import-progress")).to_contain_text("Windows-1252")
        expect(page.locator("#import-progress")).to_contain_text("puntkomma")
        _assert_accessible(page, "progress page, done")
    finally:
        worker.stop(timeout=30)
    page.goto(f"{site}/signalen/importeren/")
    expect(page.locator("table")).to_contain_text("excel-export.csv")


def test_postcode_lookup_in_the_demo(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.goto(f"{site}/signalen/nieuw/")
    page.get_by_label("Postcode").fill("9911 AB")
    page.get_by_label("Huisnummer").fill("1")
    page.get_by_label("Huisnummer").blur()
    expect(page.locator("#adres-hint")).to_contain_text("Kastanjelaan in Rozenhof", timeout=15_000)
