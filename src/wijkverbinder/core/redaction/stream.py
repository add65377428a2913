"""Line-by-line redaction of a text stream (the engine behind `wijkverbinder redact`).

Each input line becomes exactly one output line, in the same order. Fail closed, and never with a
placeholder that looks like output: the engine is loaded before the first line is read (a caller
that cannot wait gets `RedactionUnavailableError` and nothing is written), and a line that cannot be
redacted stops the stream with `LineNotRedactedError`; that line and the ones after it are not written.
The original text is never echoed or logged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from wijkverbinder.core.redaction.redactor import Redaction, redact, warm_up


class LineNotRedactedError(RuntimeError):
    """Redacting one line failed; the stream stopped before writing it."""

    def __init__(self, line_number: int) -> None:
        super().__init__(f"Regel {line_number} kon niet worden geredigeerd; verwerking gestopt.")
        self.line_number = line_number


def redact_lines(
    source: Iterable[str],
    target: TextIO,
    *,
    redactor: Callable[[str], Redaction] = redact,
    prepare: Callable[[], object] = warm_up,
) -> int:
    """Redact `source` line by line into `target`; returns the number of lines written."""
    prepare()
    written = 0
    for number, line in enumerate(source, start=1):
        body = line.rstrip("\r\n")
        try:
            out = redactor(body).text
        except Exception as exc:  # fail closed, never echo the input
            target.flush()
            raise LineNotRedactedError(number) from exc
        target.write(out + "\n")
        written += 1
    target.flush()
    return written
