"""`wijkverbinder redact`: one redacted output line per input line, in order, or nothing.

The line engine (`core.redaction.stream`) is tested in-process; the command itself in a real
process, so that this test module does not import `wijkverbinder.cli` (import-linter contract).
Fail closed: when the engine cannot be loaded, or a line cannot be redacted, the command stops
with a Dutch message and writes neither the text nor a placeholder in its place.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from wijkverbinder.core.redaction import Redaction, RedactionUnavailableError, redact
from wijkverbinder.core.redaction.stream import LineNotRedactedError, redact_lines

LINES = [
    "Mevrouw De Vries belt 06-12345678.",
    "",
    "Jeugd hangt rond bij de Albert Heijn.",
    "Kevin woont op Kerkstraat 12.",
]


def _command(
    *args: str, stdin: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from wijkverbinder.cli import main; raise SystemExit(main())",
            "redact",
            *args,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_stream_keeps_order_and_line_count():
    target = io.StringIO()
    assert redact_lines(io.StringIO("\n".join(LINES) + "\n"), target) == 4
    assert target.getvalue().split("\n")[:-1] == [
        "Mevrouw [NAAM] belt [TELEFOON].",
        "",
        "Jeugd hangt rond bij de Albert Heijn.",
        "[NAAM] woont op [ADRES].",
    ]


def test_last_line_without_newline_and_crlf():
    target = io.StringIO()
    redact_lines(io.StringIO("Kevin belde\r\nHenk ook"), target)
    assert target.getvalue() == "[NAAM] belde\n[NAAM] ook\n"


def test_a_failing_line_stops_the_stream_without_placeholder_or_text():
    def broken_on_henk(text: str) -> Redaction:
        if "Henk" in text:
            raise RuntimeError(text)
        return redact(text)

    target = io.StringIO()
    with pytest.raises(LineNotRedactedError) as caught:
        redact_lines(["Kevin belde\n", "Henk ook\n", "Jan ook\n"], target, redactor=broken_on_henk)
    assert caught.value.line_number == 2
    assert "Regel 2 kon niet worden geredigeerd" in str(caught.value)
    assert target.getvalue() == "[NAAM] belde\n"  # lines 2 and 3 are not written at all


def test_an_engine_that_cannot_load_writes_nothing():
    def unavailable() -> None:
        raise RedactionUnavailableError("De redactie kon niet worden geladen.")

    target = io.StringIO()
    with pytest.raises(RedactionUnavailableError):
        redact_lines(["Kevin belde\n"], target, prepare=unavailable)
    assert target.getvalue() == ""


def test_command_output_is_clean_and_in_order():
    """A real process: stdout holds only the redacted lines (no deduce logging)."""
    completed = _command(stdin="Mevrouw Van der Berg, 06-12345678\nDe buurman klaagt.\n\nHenk\n")
    assert completed.returncode == 0, completed.stderr[-500:]
    assert completed.stdout == "Mevrouw [NAAM], [TELEFOON]\nDe buurman klaagt.\n\n[NAAM]\n"
    assert "Van der Berg" not in completed.stderr


def test_command_refuses_when_the_engine_cannot_load(tmp_path):
    """The reported bug: `redact` printed `[NIET GEREDIGEERD]`. Now: no output, a Dutch reason."""
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("dit is geen map")
    completed = _command(
        stdin="Mevrouw Van der Berg belt 06-12345678\n",
        env={"REDACTION_CACHE_DIR": str(not_a_folder)},
    )
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert "redactie van persoonsgegevens kon niet worden geladen" in completed.stderr
    assert "Van der Berg" not in completed.stderr
    assert "NIET GEREDIGEERD" not in completed.stdout + completed.stderr


def test_command_help():
    completed = _command("--help", stdin="")
    assert completed.returncode == 0
    assert "standaardinvoer" in completed.stdout
