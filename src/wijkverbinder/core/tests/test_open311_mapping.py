"""Open311 mapping files: shipped ones valid, lookup by code then name, chosen by overlap, bad
files refused with the file and entry named, a template that loads back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wijkverbinder.core.intake_formats import ParseOptions, parse_bytes
from wijkverbinder.core.intake_formats.service_mapping import (
    BUILTIN_DIR,
    MappingFileError,
    load_mapping_file,
    load_service_mappings,
    template,
)
from wijkverbinder.core.taxonomy import load_taxonomy

DATA = Path(__file__).parent / "data" / "real_exports"


def _in_the_netherlands(name: str) -> bytes:
    """A real Chicago feed with its points moved to Utrecht (only the place changes)."""
    requests = json.loads((DATA / name).read_text())
    for index, item in enumerate(requests):
        item["lat"], item["long"] = 52.09 + index / 1000, 5.12
    return json.dumps(requests).encode()


def test_shipped_mappings_are_valid():
    mappings = load_service_mappings([BUILTIN_DIR], load_taxonomy())
    assert {"chicago", "toronto", "nederland-voorbeeld"} <= set(mappings.names())


def test_feed_picks_its_mapping_by_service_codes():
    services = load_service_mappings([BUILTIN_DIR], load_taxonomy())
    result = parse_bytes(
        _in_the_netherlands("chicago_srtracker_requests_cut.json"),
        options=ParseOptions(services=services),
    )
    assert result.errors == []
    themes = {row.record.text: row.record.theme for row in result.rows}
    assert themes["Graffiti Removal"] == "veiligheid.vernieling"
    assert any("'chicago'" in note for note in result.notes)


def test_unknown_mapping_name_is_refused():
    services = load_service_mappings([BUILTIN_DIR], load_taxonomy())
    result = parse_bytes(
        _in_the_netherlands("chicago_open311status_service_requests.json"),
        options=ParseOptions(services=services, service_source="gouda"),
    )
    assert result.fatal
    assert "beschikbaar: chicago" in result.errors[0].reason


def test_installation_file_overrides_and_empty_theme_leaves_it_to_the_classifier(tmp_path):
    (tmp_path / "chicago.yaml").write_text(
        "name: chicago\nservices:\n  - name: Graffiti Removal\n    theme: ''\n", encoding="utf-8"
    )
    services = load_service_mappings([BUILTIN_DIR, tmp_path], load_taxonomy())
    result = parse_bytes(
        _in_the_netherlands("chicago_srtracker_requests_cut.json"),
        options=ParseOptions(services=services, service_source="chicago"),
    )
    graffiti = [row for row in result.rows if row.record.text == "Graffiti Removal"]
    assert graffiti
    assert all(row.record.theme is None for row in graffiti)
    assert any("diensten zonder thema" in note for note in result.notes)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("name: x\nservices:\n  - code: a\n    theme: overlast.nergens\n", "bestaat niet"),
        ("name: x\nservices:\n  - theme: overlast.geluid\n", "geef code of name"),
        ("name: X Y\nservices: []\n", "mag alleen"),
        ("services: {}\n", "lijst 'services'"),
        ("name: [unclosed\n", "niet te lezen als YAML"),
    ],
)
def test_bad_mapping_files_name_file_and_entry(tmp_path, content, says):
    path = tmp_path / "eigen.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MappingFileError, match=says) as info:
        load_mapping_file(path, load_taxonomy())
    assert "eigen.yaml" in str(info.value)


def test_template_loads_back(tmp_path):
    path = tmp_path / "utrecht.yaml"
    path.write_text(
        template("utrecht", [("veeg-1", 'Zwerfvuil "los"', "leefbaarheid.afval"), ("2", "", "")]),
        encoding="utf-8",
    )
    mapping = load_mapping_file(path, load_taxonomy())
    assert mapping.lookup("veeg-1", "") == "leefbaarheid.afval"
    assert mapping.lookup("", 'zwerfvuil "los"') == "leefbaarheid.afval"
    assert mapping.lookup("2", "") == ""
