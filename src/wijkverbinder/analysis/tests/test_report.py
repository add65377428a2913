"""The wijkrapportage rendered: the PDF turned into PNG pages (pdftoppm) that are not blank and
carry the title (pdftotext); the CLI with its Dutch errors and exit status 2."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from PIL import Image

from wijkverbinder.analysis.tests.factories import MARKER, add_signals, rebuilt

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) missing: .ci/run installs them",
)


def _wijk_w_with_signals() -> None:
    for buurt in ("BU99010101", "BU99010102", "BU99010103", "BU99010104"):
        add_signals(buurt, households=7)
    rebuilt()


def _dark_share(png: Path) -> float:
    pixels = list(Image.open(png).convert("L").tobytes())
    return sum(1 for p in pixels if p < 200) / len(pixels)


@needs_poppler
def test_pdf_report_renders_with_map_and_title(
    fatima_client: Client, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _wijk_w_with_signals()
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        response = fatima_client.get("/wijkanalyse/WK990101/rapport/pdf/")
    # the stylesheet holds only what print understands: no "Ignored … unknown property" lines
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(response.content)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p*.png"))
    assert pages
    assert _dark_share(pages[0]) > 0.03  # text, table and the filled map: not a blank page
    rgb = Image.open(pages[0]).convert("RGB")
    red, _green, bluish = (list(band.tobytes()) for band in rgb.split())
    blue = [1 for r, b in zip(red, bluish, strict=True) if b > r + 40]  # the choropleth is drawn
    assert len(blue) > 100
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Wijkrapportage Wijk W" in text
    assert "Methode en beperkingen" in text
    assert MARKER not in text
    # every four-week block fits on the page (the newest ones fell off its right edge)
    header = fatima_client.get("/wijkanalyse/WK990101/trends.csv").content.decode().split("\n")[0]
    blocks = [label.removeprefix("t/m ") for label in header.split(",") if label.startswith("t/m")]
    assert len(blocks) == 13
    missing = [day for day in blocks if day not in text]
    assert missing == []


@needs_poppler
def test_cli_rapport_writes_pdf_and_csv(demo: None, tmp_path: Path) -> None:
    _wijk_w_with_signals()
    pdf, table, trends = tmp_path / "w.pdf", tmp_path / "w.csv", tmp_path / "t.csv"
    call_command("rapport", "WK990101", pdf=pdf, csv=table, trends_csv=trends, team="wijkteam-w")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "BU99010102,Rozenhof,1830,7," in table.read_text(encoding="utf-8")
    assert MARKER not in table.read_text(encoding="utf-8") + trends.read_text(encoding="utf-8")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Wijkrapportage Wijk W" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["WK999999"], "bestaat niet of geen team werkt erin"),
        (["WK990101", "--team", "geen-team"], "Team 'geen-team' bestaat niet"),
        (["WK990102", "--team", "wijkteam-w"], "bestaat niet of geen team werkt erin"),
        (["WK990101", "--thema", "=kwaad"], "Onbekend thema"),
    ],
)
def test_cli_rapport_refuses_in_dutch_with_status_2(
    demo: None, tmp_path: Path, args: list[str], message: str
) -> None:
    target = tmp_path / "x.pdf"
    with pytest.raises(CommandError) as caught:
        call_command("rapport", *args, "--pdf", str(target))
    assert message in str(caught.value)
    assert caught.value.returncode == 2
    assert not target.exists()


def test_cli_rapport_refuses_a_missing_folder(demo: None) -> None:
    with pytest.raises(CommandError) as caught:
        call_command("rapport", "WK990101", "--pdf", "/bestaat/niet/x.pdf")
    assert "bestaat niet" in str(caught.value)
    assert caught.value.returncode == 2
