"""`wijkverbinder redact`: redact personal data in lines read from standard input.

Core-only (no database, no Django). Each input line becomes exactly one output line, in the same
order, with names, phone numbers, e-mail, addresses, postcodes, dates of birth, BSN and IBAN
replaced by tags. A line that cannot be redacted is written as `[NIET GEREDIGEERD]` (fail
closed) and the exit code becomes 1; the original text is never echoed or logged.
"""

from __future__ import annotations

import argparse
import io
import sys
from typing import TextIO

from wijkverbinder.core.redaction import redact

FAILED_LINE = "[NIET GEREDIGEERD]"


def _parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="wijkverbinder redact",
        description=(
            "Leest regels van standaardinvoer en schrijft elke regel geredigeerd naar "
            "standaarduitvoer (namen, telefoonnummers, e-mail, adressen, postcodes, "
            "geboortedata, BSN en IBAN worden labels zoals [NAAM])."
        ),
    )


def redact_stream(source: TextIO, target: TextIO) -> int:
    """Redact `source` line by line into `target`; returns the number of failed lines."""
    failed = 0
    for line in source:
        body = line.rstrip("\r\n")
        try:
            out = redact(body).text
        except Exception:  # fail closed, never echo the input
            out, failed = FAILED_LINE, failed + 1
        target.write(out + "\n")
    target.flush()
    return failed


def run(argv: list[str]) -> int:
    """Entry point used by `wijkverbinder.cli.main`."""
    _parser().parse_args(argv)
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
    failed = redact_stream(sys.stdin, sys.stdout)
    if failed:
        print(f"{failed} regel(s) konden niet worden geredigeerd.", file=sys.stderr)
        return 1
    return 0
