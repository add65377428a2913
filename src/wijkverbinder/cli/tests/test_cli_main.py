"""Issue 11: `wijkverbinder --help` lists every command, argparse speaks Dutch, `| head` is quiet."""

from __future__ import annotations

import contextlib
import subprocess
import sys

import pytest

from wijkverbinder import cli


@pytest.mark.parametrize("word", ["--help", "help", "-h"])
def test_help_lists_core_and_database_commands(
    word: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([word]) == 0
    out = capsys.readouterr().out
    for name in ("redact", "detect", "advise", "straattafel-analyse", "serve", "import-signals"):
        assert f"  {name} " in out
    assert out.startswith("gebruik: wijkverbinder")


def test_argparse_usage_and_errors_are_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with contextlib.suppress(SystemExit):
        cli.main(["advise", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: wijkverbinder advise")
    assert "opties:" in out
    assert "toon deze hulp en stop" in out
    assert "usage" not in out
    assert "options:" not in out


def test_broken_pipe_is_quiet() -> None:
    def writes_into_a_closed_pipe() -> int:
        raise BrokenPipeError

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("os.dup2", lambda *_args: None)
        assert cli.quiet_on_broken_pipe(writes_into_a_closed_pipe) == cli.SIGPIPE_STATUS


def test_piping_into_head_has_no_traceback() -> None:
    """More output than a pipe holds (64 KiB), so the writer meets the closed pipe for certain."""
    script = (
        "import sys; from wijkverbinder.cli import quiet_on_broken_pipe; "
        "sys.exit(quiet_on_broken_pipe(lambda: [print('x' * 99) for _ in range(20000)] and 0))"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None
        proc.stdout.readline()
        proc.stdout.close()  # the reader goes away, like `head -1`
        _out, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err
    assert b"BrokenPipeError" not in err
    assert proc.returncode == cli.SIGPIPE_STATUS


def test_help_of_a_database_command_is_dutch_throughout() -> None:
    """Django's own options of every management command (--verbosity, --settings, …) in Dutch."""
    run = subprocess.run(
        [sys.executable, "-m", "wijkverbinder.cli", "household", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "gebruik: wijkverbinder household" in run.stdout
    for dutch in ("toon het versienummer en stop", "hoeveel uitvoer", "sla de systeemcontroles"):
        assert dutch in run.stdout
    for english in ("Verbosity level", "Show program's version", "Skip system checks", "provided"):
        assert english not in run.stdout


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("import", "Bedoelt u import-addresses, import-areas of import-signals?"),
        ("serv", "Bedoelt u serve of runserver?"),
        ("detect-x", "Bedoelt u detect?"),
        ("xyzzy", "onbekende opdracht 'xyzzy'. Alle opdrachten: wijkverbinder help"),
    ],
)
def test_an_unknown_command_is_refused_in_dutch_with_the_nearest_names(
    typed: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Django answered in English and offered `import_areas`, a name nobody types."""
    assert cli.main([typed]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"wijkverbinder: onbekende opdracht '{typed}'.")
    assert expected in err
    assert "Unknown command" not in err
