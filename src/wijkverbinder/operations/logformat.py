"""Log formatters: plain text (default) or one JSON object per line (`LOG_FORMAT=json`).

Neither ever writes an exception's message: a message can carry the data that caused it (a
database error quotes the row it refused, a parser quotes the line it could not read). Only the
exception's class and the stack (files, lines, functions, source lines) are written. Everything
else that is logged is chosen by our code and holds no personal data (never log
personal data); request lines carry the URL pattern, never the path or the query.
"""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime
from types import TracebackType

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

#: attributes every LogRecord has; anything else was passed with `extra=` and is written too.
_STANDARD = frozenset(
    logging.LogRecord("", 0, "", 0, "", (), None).__dict__.keys() | {"message", "asctime"}
)


def exception_without_message(exc_info: ExcInfo) -> str:
    """The traceback of an exception (and its causes) with class names but no messages."""
    lines: list[str] = []
    seen: set[int] = set()
    exc: BaseException | None = exc_info[1]
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = traceback.extract_tb(exc.__traceback__)
        lines.append("Traceback (most recent call last):")
        lines.extend(line.rstrip("\n") for line in traceback.format_list(frames))
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__} (melding weggelaten)")
        exc = exc.__cause__ or exc.__context__
        if exc is not None:
            lines.append("veroorzaakt door:")
    return "\n".join(lines)


class PlainFormatter(logging.Formatter):
    """`time level logger message`, exceptions without their messages."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def formatException(self, ei: ExcInfo) -> str:  # type: ignore[override]  # noqa: N802
        return exception_without_message(ei)

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return stack_info


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, extra fields, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            # only plain values passed with `extra=`: objects (a request, a model) may print data
            if key not in _STANDARD and isinstance(value, str | int | float | bool | None):
                entry[key] = value
        if record.exc_info and record.exc_info[1] is not None:
            entry["exception"] = exception_without_message(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
