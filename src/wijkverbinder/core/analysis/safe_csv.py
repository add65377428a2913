"""CSV cells that a spreadsheet cannot read as a formula (CSV injection, OWASP).

A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe;
numbers stay numbers. Only aggregated tables are exported: never the texts of signals.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The value as a CSV cell; a text that could start a formula is neutralised."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int | float):
        return str(value)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The table as CSV text (comma-separated, every cell passed through `safe_cell`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()
