"""Result and option types of the intake parsers (the contract the intake app codes against)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

from wijkverbinder.core.records import SignalRecord

if TYPE_CHECKING:
    from wijkverbinder.core.intake_formats.service_mapping import ServiceMappings

FormatName = Literal[
    "wijkverbinder-csv",
    "signalen-csv",
    "signalen-datawarehouse",
    "signalen-tdo",
    "signalen-api-json",
    "open311-json",
    "open311-xml",
    "onbekend",
]
WIJKVERBINDER_CSV: FormatName = "wijkverbinder-csv"
SIGNALEN_CSV: FormatName = "signalen-csv"
SIGNALEN_DWH: FormatName = "signalen-datawarehouse"
SIGNALEN_TDO: FormatName = "signalen-tdo"
SIGNALEN_API: FormatName = "signalen-api-json"
OPEN311_JSON: FormatName = "open311-json"
OPEN311_XML: FormatName = "open311-xml"
UNKNOWN: FormatName = "onbekend"
IMPORTED: Literal["imported"] = "imported"
#: Default of the text limit (the app passes the setting `SIGNAL_TEXT_MAX`); Signalen allows 3,000.
DEFAULT_TEXT_MAX = 3000

#: A row's place as given: (CBS buurt code, the municipality's own area code, lat, lon).
PlaceQuery = tuple[str | None, str | None, float | None, float | None]
#: Places many rows at once: per query (CBS buurt code, None) or (None, Dutch reason).
Locator = Callable[[list[PlaceQuery]], list[tuple[str | None, str | None]]]


@dataclass(frozen=True, slots=True)
class RowError:
    """One refusal: `row` is the 1-based line in a CSV (header = 1) or the 1-based position of
    a request in a JSON or XML list; 0 means the file as a whole. `reason` is Dutch. `file` names
    the table when a file has several (the Signalen datawarehouse export)."""

    row: int
    column: str
    reason: str
    file: str = ""


@dataclass(frozen=True, slots=True)
class ParsedSignal:
    """A valid row: the record plus where its theme came from and its row number."""

    record: SignalRecord
    theme_origin: Literal["imported"] | None
    row: int


@dataclass(frozen=True)
class ParseOptions:
    """What the parsers need from the installation.

    `text_max`: the longest text accepted (the setting `SIGNAL_TEXT_MAX`). `locate`: places the
    rows (buurt code, a municipality's own area code, or a point) in the team's buurten, all at once
    after reading, and says why not per row; without it only the shape of a place is checked. `services`: the Open311 mapping files;
    `service_source` picks one by name (empty: chosen by the service codes in the file).
    """

    text_max: int = DEFAULT_TEXT_MAX
    today: date | None = None
    locate: Locator | None = None
    services: ServiceMappings | None = None
    service_source: str = ""


@dataclass(frozen=True, slots=True)
class PendingPlace:
    """A row's place, waiting to be placed with all others (`checks.place_rows`)."""

    file: str
    row: int
    column: str
    query: PlaceQuery


@dataclass(slots=True)
class ParseResult:
    """Everything a file gave: its format, the valid rows, all errors and what was detected.

    `data_rows` counts the rows of data read (blank lines not counted); `duplicate_rows` the rows
    that repeat a melding already read from the same file (skipped, not an error); `notes` says in
    Dutch what was detected (encoding, delimiter, date style, swapped coordinates, mapping used).
    """

    format: FormatName
    rows: list[ParsedSignal] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    data_rows: int = 0
    duplicate_rows: int = 0
    notes: list[str] = field(default_factory=list)
    bad_rows: set[tuple[str, int]] = field(default_factory=set)
    date_styles: set[str] = field(default_factory=set)
    places: list[PendingPlace] = field(default_factory=list)
    fatal: bool = False

    @property
    def ok(self) -> bool:
        """True when there is no error at all."""
        return not self.errors

    @property
    def rejected_rows(self) -> int:
        """Rows with at least one error (a row with three errors counts once)."""
        return len(self.bad_rows)

    def refuse(self, row: int, column: str, reason: str, *, file: str = "") -> None:
        """An error of the file as a whole or of its header: it refuses the file in any case."""
        self.errors.append(RowError(row, column, reason, file))
        self.fatal = True

    def reject(self, row: int, column: str, reason: str, *, file: str = "") -> None:
        """An error of one data row (`skip_invalid` imports the other rows)."""
        self.errors.append(RowError(row, column, reason, file))
        self.bad_rows.add((file, row))
