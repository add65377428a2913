"""The committed `docs/openapi.json` matches what the API serves (`make openapi` refreshes it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.test import Client

COMMITTED = Path(__file__).resolve().parents[4] / "docs" / "openapi.json"


def test_committed_openapi_is_current(db: None) -> None:
    served = json.loads(Client().get("/api/v1/openapi.json").content)
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert served == committed, "docs/openapi.json is stale: run `make openapi`"


def test_paths_follow_nl_api_design_rules() -> None:
    spec = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert spec["servers"][0]["url"] == "/api/v1"
    for path in spec["paths"]:
        assert not path.endswith("/"), path
        segments = [s for s in path.split("/") if s]
        for index, segment in enumerate(segments):
            if segment.startswith("{"):
                continue
            name = segment.removeprefix("_") if index == len(segments) - 1 else segment
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), (
                path
            )  # kebab-case; `_verb` only last
