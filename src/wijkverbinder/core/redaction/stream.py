"""Line-by-line redaction of a text stream (the engine behind `wijkverbinder redact`).

Each input line becomes exactly one output line, in the same order. A line that cannot be
redacted is written as `FAILED_LINE` (fail closed): the original text is never echoed or logged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from wijkverbinder.core.redaction.redactor import Redaction, redact

FAILED_LINE = "[NIET GEREDIGEERD]"


def redact_lines(
    source: Iterable[str], target: TextIO, *, redactor: Callable[[str], Redaction] = redact
) -> int:
    """Redact `source` line by line into `target`; returns the number of failed lines."""
    failed = 0
    for line in source:
        body = line.rstrip("\r\n")
        try:
            out = redactor(body).text
        except Exception:  # fail closed, never echo the input
            out, failed = FAILED_LINE, failed + 1
        target.write(out + "\n")
    target.flush()
    return failed
