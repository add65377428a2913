"""`wijkverbinder redact`: redact personal data in lines read from standard input.

Core-only (no database, no Django). Each input line becomes exactly one output line, in the same
order, with names, phone numbers, e-mail, addresses, postcodes, dates of birth, BSN and IBAN
replaced by tags (see `wijkverbinder.core.redaction`). A line that cannot be redacted is written
as `[NIET GEREDIGEERD]` and the exit code becomes 1; the original text is never echoed or logged.
"""

from __future__ import annotations

import argparse
import io
import sys

from wijkverbinder.core.redaction.stream import redact_lines


def _parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="wijkverbinder redact",
        description=(
            "Leest regels van standaardinvoer en schrijft elke regel geredigeerd naar "
            "standaarduitvoer (namen, telefoonnummers, e-mail, adressen, postcodes, "
            "geboortedata, BSN en IBAN worden labels zoals [NAAM])."
        ),
    )


def run(argv: list[str]) -> int:
    """Entry point used by `wijkverbinder.cli.main`."""
    _parser().parse_args(argv)
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
    failed = redact_lines(sys.stdin, sys.stdout)
    if failed:
        print(f"{failed} regel(s) konden niet worden geredigeerd.", file=sys.stderr)
        return 1
    return 0
