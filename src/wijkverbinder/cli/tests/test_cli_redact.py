"""`wijkverbinder redact`: one redacted output line per input line, in order.

The line engine (`core.redaction.stream`) is tested in-process; the command itself in a real
process, so that this test module does not import `wijkverbinder.cli` (import-linter contract).
"""

from __future__ import annotations

import io
import subprocess
import sys

from wijkverbinder.core.redaction.stream import FAILED_LINE, redact_lines

LINES = [
    "Mevrouw De Vries belt 06-12345678.",
    "",
    "Jeugd hangt rond bij de Albert Heijn.",
    "Kevin woont op Kerkstraat 12.",
]


def _command(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
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
    )


def test_stream_keeps_order_and_line_count():
    target = io.StringIO()
    assert redact_lines(io.StringIO("\n".join(LINES) + "\n"), target) == 0
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


def test_failure_fails_closed():
    def broken(text: str):
        raise RuntimeError(text)

    target = io.StringIO()
    assert redact_lines(["Kevin belde\n", "Henk ook\n"], target, redactor=broken) == 2
    assert target.getvalue() == f"{FAILED_LINE}\n{FAILED_LINE}\n"


def test_command_output_is_clean_and_in_order():
    """A real process: stdout holds only the redacted lines (no deduce logging)."""
    completed = _command(stdin="Mevrouw Van der Berg, 06-12345678\nDe buurman klaagt.\n\nHenk\n")
    assert completed.returncode == 0, completed.stderr[-500:]
    assert completed.stdout == "Mevrouw [NAAM], [TELEFOON]\nDe buurman klaagt.\n\n[NAAM]\n"
    assert "Van der Berg" not in completed.stderr


def test_command_help():
    completed = _command("--help", stdin="")
    assert completed.returncode == 0
    assert "standaardinvoer" in completed.stdout
