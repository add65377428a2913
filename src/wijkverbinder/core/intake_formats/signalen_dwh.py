"""Signalen's datawarehouse export: a ZIP of separate tables, joined here per melding.

Layout (Amsterdam/signals, `app/signals/apps/reporting/csv/datawarehouse/`): `signals.csv` holds the
melding (`id`, `signal_uuid`, `text`, dates, `source`) and points at its *current* category and
location through `category_assignment_id` and `location_id`; `categories.csv` and `locations.csv`
hold every category and location a melding ever had (the history), each with `_signal_id`. So a
melding's category is the row of `categories.csv` with `id = category_assignment_id` and
`_signal_id = signals.id`, and likewise for the location; when an id occurs once only, the id alone
suffices. Other tables (statuses, reporters, the ML table) are not needed and are ignored.

Tables are recognised by their columns, not by their names, so a renamed file is still read. The row
numbers of errors are those of `signals.csv`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from wijkverbinder.core.intake_formats.checks import data_rows
from wijkverbinder.core.intake_formats.signalen_rows import SignalenReader
from wijkverbinder.core.intake_formats.types import ParseOptions, ParseResult
from wijkverbinder.core.taxonomy import Taxonomy

SIGNALS, CATEGORIES, LOCATIONS, ML, OTHER = "signals", "categories", "locations", "ml", "other"
LOCATION_COLUMNS = ("lat", "lng", "buurt_code", "address_text", "address_street")
CATEGORY_COLUMNS = ("main", "sub", "main_slug", "sub_slug")


def table_kind(header: list[str]) -> str:
    """Which datawarehouse table a header belongs to."""
    names = {name.strip().lower() for name in header}
    joined = names & {"lat", "lng", "main", "sub", "main_slug", "sub_slug"}
    if {"signal_uuid", "category_assignment_id", "location_id", "text"} <= names and not joined:
        return SIGNALS
    if {"_signal_id", "lat", "lng"} <= names:
        return LOCATIONS
    if {"_signal_id", "main", "sub"} <= names:
        return CATEGORIES
    if names == {"text", "main", "sub"}:
        return ML
    return OTHER


@dataclass
class Table:
    """One table of the export: its file name, header and (lazy) rows."""

    name: str
    header: list[str]
    rows: Iterable[list[str]]
    kind: str = field(init=False)

    def __post_init__(self) -> None:
        self.kind = table_kind(self.header)

    def records(self, wanted: Iterable[str]) -> Iterator[dict[str, str]]:
        """The rows as dicts of the wanted columns (those present), blank rows skipped."""
        names = [name.strip().lower() for name in self.header]
        positions = {name: names.index(name) for name in wanted if name in names}
        for row in self.rows:
            if len(row) == len(names) and any(cell.strip() for cell in row):
                yield {name: row[index].strip() for name, index in positions.items()}


class _Lookup:
    """Rows of a history table by (id, _signal_id), with the id alone when it is unique."""

    def __init__(self, table: Table | None, columns: tuple[str, ...]) -> None:
        self.by_pair: dict[tuple[str, str], dict[str, str]] = {}
        by_id: dict[str, list[dict[str, str]]] = defaultdict(list)
        if table is not None:
            for record in table.records(("id", "_signal_id", *columns)):
                self.by_pair[(record.get("id", ""), record.get("_signal_id", ""))] = record
                by_id[record.get("id", "")].append(record)
        self.by_id = {key: rows[0] for key, rows in by_id.items() if len(rows) == 1}

    def find(self, row_id: str, signal_id: str) -> dict[str, str] | None:
        return self.by_pair.get((row_id, signal_id)) or self.by_id.get(row_id)


def _refusals(tables: list[Table], result: ParseResult) -> Table | None:
    signals = [table for table in tables if table.kind == SIGNALS]
    if len(signals) != 1:
        found = ", ".join(table.name for table in tables) or "geen"
        reason = (
            "de export bevat meer dan één signals.csv"
            if signals
            else f"signals.csv ontbreekt (gevonden: {found}). Meerdere bestanden samen kan alleen "
            "voor de tabellen van één Signalen-export (signals.csv, categories.csv, locations.csv, "
            "of de hele ZIP); lees andere bestanden een voor een in"
        )
        result.refuse(0, "", reason)
        return None
    if not any(table.kind == LOCATIONS for table in tables):
        result.refuse(
            0, "", "locations.csv ontbreekt: zonder locaties hebben de meldingen geen plaats"
        )
        return None
    return signals[0]


def parse_tables(
    tables: list[Table], taxonomy: Taxonomy, result: ParseResult, options: ParseOptions
) -> None:
    """Join the tables per melding and validate each into `result`."""
    signals = _refusals(tables, result)
    if signals is None:
        return
    by_kind = {table.kind: table for table in tables}
    categories = _Lookup(by_kind.get(CATEGORIES), CATEGORY_COLUMNS)
    locations = _Lookup(by_kind.get(LOCATIONS), LOCATION_COLUMNS)
    ignored = sorted(table.name for table in tables if table.kind in {ML, OTHER})
    result.notes.append(
        "Signalen-datawarehouse-export: "
        + ", ".join(
            table.name for table in tables if table.kind in {SIGNALS, CATEGORIES, LOCATIONS}
        )
        + " gekoppeld op signal_uuid (huidige categorie en locatie)"
        + (f"; niet nodig en overgeslagen: {', '.join(ignored)}" if ignored else "")
    )
    if CATEGORIES not in by_kind:
        result.notes.append("categories.csv ontbreekt: thema's worden voorgesteld")
    reader = SignalenReader(result, taxonomy, options, file=signals.name)
    wanted = ("id", "signal_uuid", "text", "incident_date_start", "created_at", "source")
    joins = ("category_assignment_id", "location_id")
    names = [name.strip().lower() for name in signals.header]
    positions = {name: names.index(name) for name in (*wanted, *joins) if name in names}
    for number, row in data_rows(signals.rows, len(names), result, file=signals.name):
        values = {name: row[index].strip() for name, index in positions.items()}
        signal_id = values.get("id", "")
        category = categories.find(values.get("category_assignment_id", ""), signal_id) or {}
        location = locations.find(values.get("location_id", ""), signal_id)
        if location is None and values.get("location_id"):
            result.data_rows += 1
            result.reject(
                number,
                "location_id",
                f"locatie {values['location_id']} van melding {signal_id} staat niet in locations.csv",
                file=signals.name,
            )
            continue
        reader.add(number, values | category | (location or {}) | {"id": signal_id})
    reader.finish()
