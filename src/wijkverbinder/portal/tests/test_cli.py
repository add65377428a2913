"""The `wijkverbinder` console script dispatches Django commands, with hyphenated names."""

from __future__ import annotations

import pytest

from wijkverbinder.cli import CORE_COMMANDS, main


def test_hyphenated_command_runs_django_command(
    demo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["createtoken", "fatima"]) == 0
    assert capsys.readouterr().out.strip().startswith("wv_")  # a new API key, shown once


def test_import_areas_hyphen_maps_to_command(db: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import-areas", "/bestaat/niet.geojson"])
    assert "Kan /bestaat/niet.geojson niet lezen" in capsys.readouterr().err


def test_core_commands_are_registered() -> None:
    assert set(CORE_COMMANDS) >= {"redact", "detect", "advise"}
