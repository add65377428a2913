"""Result types of the intake parsers (the contract the intake app codes against)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from wijkverbinder.core.records import SignalRecord

FormatName = Literal["wijkverbinder-csv", "signalen-csv", "open311-json", "onbekend"]
WIJKVERBINDER_CSV: FormatName = "wijkverbinder-csv"
SIGNALEN_CSV: FormatName = "signalen-csv"
OPEN311_JSON: FormatName = "open311-json"
UNKNOWN: FormatName = "onbekend"
IMPORTED: Literal["imported"] = "imported"


@dataclass(frozen=True, slots=True)
class RowError:
    """One refusal: `row` is the 1-based line in a CSV (header = 1) or the 1-based position of
    a request in Open311 JSON; 0 means the file as a whole. `reason` is Dutch."""

    row: int
    column: str
    reason: str


@dataclass(frozen=True, slots=True)
class ParsedSignal:
    """A valid row: the record plus where its theme came from and its row number."""

    record: SignalRecord
    theme_origin: Literal["imported"] | None
    row: int


@dataclass(slots=True)
class ParseResult:
    """Everything a file gave: its format, the valid rows and all errors."""

    format: FormatName
    rows: list[ParsedSignal] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is no error at all."""
        return not self.errors
