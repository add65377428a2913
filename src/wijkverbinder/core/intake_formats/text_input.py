"""Turning uploaded bytes into text and CSV rows: encoding and delimiter detected, and reported.

Files re-saved by Dutch Excel are Windows-1252 with `;` between the fields (because the comma is
the decimal sign), Excel's "Unicode text" is UTF-16 with tabs, and everything else is UTF-8 (with
or without a byte-order mark). The first that decodes cleanly wins; a file with NUL characters
after decoding is not text. The notes say, in Dutch, what was detected when it was not plain UTF-8
with commas.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

csv.field_size_limit(1_000_000)

ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16 (Excel 'Unicode-tekst')",
    "cp1252": "Windows-1252 (zoals Nederlandse Excel opslaat)",
}
DELIMITER_NAMES = {",": "komma", ";": "puntkomma", "\t": "tab", "|": "verticale streep"}
NOT_TEXT = (
    "Het bestand is geen tekst (CSV, JSON of XML). Een Excel-werkmap (.xlsx) slaat u eerst op als "
    "'CSV (gescheiden door lijstscheidingstekens)'."
)


@dataclass(frozen=True)
class DecodedText:
    """The text of a file and the encoding it was read in."""

    text: str
    encoding: str

    @property
    def note(self) -> str | None:
        """Dutch note when the encoding is worth mentioning."""
        if self.encoding == "utf-8":
            return None
        return f"tekenset herkend: {ENCODING_NAMES[self.encoding]}"


def decode(data: bytes) -> DecodedText | None:
    """The text of `data`, or None when it is not a text file."""
    candidates: tuple[str, ...]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    elif data.startswith(b"PK\x03\x04"):
        return None
    else:
        candidates = ("utf-8-sig", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            return None
        return DecodedText(text, "utf-8" if encoding == "utf-8-sig" else encoding)
    return None


def delimiter_of(first_line: str) -> str:
    """The delimiter of a CSV header line: the most frequent of `,` `;` tab and `|`."""
    counts = {delimiter: first_line.count(delimiter) for delimiter in DELIMITER_NAMES}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def delimiter_note(delimiter: str) -> str | None:
    """Dutch note when the delimiter is not a comma."""
    if delimiter == ",":
        return None
    return f"scheidingsteken herkend: {DELIMITER_NAMES[delimiter]}"


def csv_rows(text: str) -> tuple[list[str], Iterator[list[str]], str]:
    """Header, the remaining rows (lazily) and the delimiter of a CSV text."""
    lines = iter(io.StringIO(text, newline=""))
    first = next(lines, "")
    delimiter = delimiter_of(first)
    header = next(csv.reader([first], delimiter=delimiter), [])
    return [name.strip() for name in header], csv.reader(lines, delimiter=delimiter), delimiter
