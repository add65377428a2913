"""Refusals of the project's management commands read like the core commands' on the command line:
"wijkverbinder <opdracht>: <melding>" on standard error with the command's exit status; from code
(`call_command`) the CommandError is raised as Django does; a database without its migrations is
named as such instead of a traceback."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from django.core.management import CommandError, call_command, load_command_class
from django.core.management.base import BaseCommand
from django.db.utils import OperationalError

from wijkverbinder.common.management import base

pytestmark = pytest.mark.django_db


def test_refusal_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    command = load_command_class("wijkverbinder.trajectories", "effect")
    with pytest.raises(SystemExit) as stopped:
        command.run_from_argv(["wijkverbinder", "effect", "geen-id", "--user", "niemand"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err == "wijkverbinder effect: Gebruiker 'niemand' bestaat niet.\n"
    assert "CommandError" not in err


@pytest.mark.parametrize(
    ("app", "name", "argv"),
    [
        ("wijkverbinder.collective", "detect_questions", ["--team", "onbekend"]),
        ("wijkverbinder.analysis", "refresh_analysis", ["--team", "onbekend"]),
        ("wijkverbinder.privacy", "household", ["--user", "niemand", "--erase"]),
        ("wijkverbinder.accounts", "createtoken", ["niemand"]),
    ],
)
def test_refused_input_exits_2_everywhere(
    capsys: pytest.CaptureFixture[str], app: str, name: str, argv: list[str]
) -> None:
    """An unknown team or user is refused input in every command: exit status 2, as the core CLI."""
    command = load_command_class(app, name)
    with pytest.raises(SystemExit) as stopped:
        command.run_from_argv(["wijkverbinder", name, *argv])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"wijkverbinder {name.replace('_', '-')}: ")
    assert "bestaat niet" in err or "onbekend" in err.lower() or "niet gevonden" in err


def test_name_typed_with_hyphens() -> None:
    command = load_command_class("wijkverbinder.analysis", "refresh_analysis")
    assert isinstance(command, base.ProjectCommand)
    with mock.patch.object(BaseCommand, "run_from_argv"):
        command.run_from_argv(["/usr/bin/wijkverbinder", "refresh_analysis"])
    assert command._program == "wijkverbinder refresh-analysis"


def test_called_from_code_raises() -> None:
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("effect", "geen-id", "--user", "niemand")


def test_missing_migrations_named(capsys: pytest.CaptureFixture[str]) -> None:
    command = load_command_class("wijkverbinder.trajectories", "effect")
    failing = mock.patch.object(
        type(command), "handle", side_effect=OperationalError("no such table: accounts_user")
    )
    pending = mock.patch.object(base, "migrations_pending", return_value=True)
    with failing, pending, pytest.raises(SystemExit) as stopped:
        command.run_from_argv(["wijkverbinder", "effect", "x", "--user", "joost"])
    assert stopped.value.code == 1
    assert "voer eerst 'wijkverbinder migrate' uit" in capsys.readouterr().err


def test_other_database_errors_not_hidden() -> None:
    command = load_command_class("wijkverbinder.trajectories", "effect")
    failing = mock.patch.object(type(command), "handle", side_effect=OperationalError("disk I/O"))
    applied = mock.patch.object(base, "migrations_pending", return_value=False)
    with failing, applied, pytest.raises(OperationalError):
        command.run_from_argv(["wijkverbinder", "effect", "x", "--user", "joost"])


def test_no_pending_migrations_on_the_test_database() -> None:
    assert base.migrations_pending("default") is False


@pytest.mark.parametrize(
    ("app", "name", "argv"),
    [
        ("wijkverbinder.intake", "import_signals", ["--user", "fatima"]),
        ("wijkverbinder.areas", "import_areas", []),
        ("wijkverbinder.areas", "import_addresses", []),
        ("wijkverbinder.intake", "open311_mapping", ["--name", "proef"]),
    ],
)
def test_a_file_that_cannot_be_read_is_named_in_dutch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, app: str, name: str, argv: list[str]
) -> None:
    """The system's own text ("No such file or directory", "Is a directory") is English."""
    command = load_command_class(app, name)
    for path, reason in [
        (tmp_path / "ontbreekt.csv", "het bestand bestaat niet"),
        (tmp_path, "dit is een map, geen bestand"),
    ]:
        with pytest.raises(SystemExit) as stopped:
            command.run_from_argv(["wijkverbinder", name, str(path), *argv])
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert err == f"wijkverbinder {name.replace('_', '-')}: Kan {path} niet lezen: {reason}.\n"
