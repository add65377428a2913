"""Intake parsers for external formats: Signalen CSV export and Open311 GeoReport v2 JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from wijkverbinder.core.intake_formats import OPEN311_JSON, SIGNALEN_CSV, parse_bytes, parse_file

DATA = Path(__file__).parent / "data"


def test_signalen_export():
    result = parse_file(DATA / "signalen_export.csv")
    assert result.format == SIGNALEN_CSV
    # the key is signal_uuid (a joined file's `id` may be the location's)
    rows = {row.record.id[-3:]: row for row in result.rows}
    assert rows["101"].record.id == "0d5c0e8e-0000-4000-8000-000000000101"
    youth = rows["101"]
    assert youth.record.theme == "overlast.jongeren"
    assert youth.theme_origin == "imported"
    # Signalen writes ST_X (longitude) into `lat`: swapped back
    assert (youth.record.lat, youth.record.lon) == (52.3676, 4.9041)
    assert youth.record.street == "Damstraat"
    assert youth.record.neighbourhood is None  # Amsterdam's own code, not CBS
    assert youth.record.date == date(2024, 2, 1)
    assert youth.record.source == "melding_openbare_ruimte"
    phone = rows["102"]
    assert phone.record.source == "telefoon"
    assert phone.record.neighbourhood == "BU0363AA01"
    assert phone.record.theme == "leefbaarheid.afval"
    unknown = rows["103"]
    assert unknown.record.theme is None
    assert unknown.theme_origin is None
    assert unknown.record.date == date(2024, 2, 3)  # from created_at
    assert [(error.row, error.column) for error in result.errors] == [(5, "lat,lng")]


def test_signalen_without_category_column_is_reported():
    data = b"id,signal_uuid,text,created_at,lat,lng\n1,u,Tekst,2024-02-01,52.1,5.1\n"
    result = parse_bytes(data)
    assert result.format == SIGNALEN_CSV
    assert result.errors == []
    assert result.rows[0].record.theme is None  # the classifier suggests one
    assert any("geen categoriekolom" in note for note in result.notes)


def test_open311_requests():
    result = parse_file(DATA / "open311_requests.json")
    assert result.format == OPEN311_JSON
    first, second = result.rows
    assert first.record.id == "638344"
    assert first.record.theme == "leefbaarheid.afval"
    assert first.record.street == "Lindenlaan"
    assert first.record.date == date(2024, 4, 14)
    assert second.record.text == "Lantaarnpaal"  # empty description: service_name
    assert second.record.theme is None
    columns = {(error.row, error.column) for error in result.errors}
    assert columns == {(3, "requested_datetime"), (3, "lat"), (3, "long")}


def test_open311_wrapped_object_and_bad_items():
    document = {
        "service_requests": [
            {
                "service_request_id": "1",
                "requested_datetime": "2024-01-01T10:00:00+01:00",
                "description": "Ratten",
                "lat": 52.1,
                "long": 5.1,
                "service_code": "ratten",
            },
            "geen object",
            {
                "service_request_id": "3",
                "requested_datetime": "2024-01-01",
                "lat": 52.1,
                "long": 5.1,
            },
        ]
    }
    result = parse_bytes(json.dumps(document).encode(), filename="requests.json")
    assert result.format == OPEN311_JSON
    assert result.rows[0].record.theme == "overlast.dieren"
    assert {(error.row, error.column) for error in result.errors} == {(2, ""), (3, "description")}


def test_empty_open311_list():
    result = parse_bytes(b"[]")
    assert result.format == OPEN311_JSON
    assert result.rows == []
    assert result.errors == []
