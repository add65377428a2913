"""`wijkverbinder redact`: redact personal data in lines read from standard input.

Core-only (no database, no Django). Each input line becomes exactly one output line, in the same
order, with names, phone numbers, e-mail, addresses, postcodes, dates of birth, BSN and IBAN
replaced by tags (see `wijkverbinder.core.redaction`). The redaction engine is loaded before the
first line is read. When it cannot be loaded, or a line cannot be redacted, the command stops
with a Dutch message on standard error and exit code 1: nothing unredacted is ever written, and
no placeholder stands in for a line that was not redacted.
"""

from __future__ import annotations

import argparse
import io
import logging
import sys

from wijkverbinder.core.redaction import RedactionUnavailableError
from wijkverbinder.core.redaction.stream import LineNotRedactedError, redact_lines


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
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")
    try:
        redact_lines(sys.stdin, sys.stdout)
    except (RedactionUnavailableError, LineNotRedactedError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0
