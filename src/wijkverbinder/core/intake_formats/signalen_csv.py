"""A joined Signalen CSV: one row per melding with its current category and location.

No Signalen writes this file itself: its datawarehouse export is a ZIP of separate tables (see
`signalen_dwh`). A municipality that joins those tables (the SQL statement is in `docs/intake.md`)
gets the columns of `signals.csv` plus `main`, `sub` (or `main_slug`, `sub_slug`), `lat`, `lng`,
`buurt_code` and `address_text`. A join made with pandas' defaults is read as well: there a column
that occurs in two tables gets `_x` (the first, `signals.csv`) and `_y`, while the location's `id`
and `created_at` keep their plain names, so the key is always `signal_uuid` and for a plain name
the `_x` column wins. Signalen's numeric id (`id_x` in a pandas join, `id` in the SQL join of
`docs/intake.md`) is kept beside the uuid as a second key, so a melding also imported from the TDO
export stays one signal; a plain `id` beside other tables' ids (`id_y`, `_signal_id`) is not used. Such a join also pairs a melding with every category and location it ever had
(the history): only the row whose category id (`id_y`) equals `category_assignment_id` and whose
location id (`id`) equals `location_id` is the current one; the other rows are skipped and counted.
The row rules are those of `signalen_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable

from wijkverbinder.core.intake_formats.checks import data_rows
from wijkverbinder.core.intake_formats.signalen_rows import CATEGORY_COLUMNS, SignalenReader
from wijkverbinder.core.intake_formats.types import ParseOptions, ParseResult
from wijkverbinder.core.numbers import counted
from wijkverbinder.core.taxonomy import Taxonomy

MARKERS = frozenset({"signal_uuid", "incident_date_start", "sub_slug", "main_slug", "sub", "main"})
WANTED = (
    "signal_uuid",
    "id",
    "text",
    "incident_date_start",
    "created_at",
    "source",
    *CATEGORY_COLUMNS,
    "lat",
    "lng",
    "buurt_code",
    "address_text",
    "address_street",
)


def looks_like(header: list[str]) -> bool:
    """True for a header with `text` and at least one Signalen-specific column."""
    names = {name.strip().lower() for name in header}
    return "text" in names and bool(names & MARKERS)


def column_positions(header: list[str]) -> dict[str, int]:
    """Position of each wanted column; `name_x` (pandas: the signals table) before `name`."""
    names = [name.strip().lower() for name in header]
    positions: dict[str, int] = {}
    for wanted in WANTED:
        for candidate in (f"{wanted}_x", wanted):
            if candidate in names:
                positions[wanted] = names.index(candidate)
                break
    other_ids = {"id_y", "_signal_id", "_signal_id_loc", "category_id", "location_id_y"}
    if "id_x" not in names and other_ids.intersection(names):
        positions.pop("id", None)  # a plain `id` beside other tables' ids may be theirs
    return positions


def _history_filter(header: list[str]) -> tuple[int, int, int, int] | None:
    """Positions of (category_assignment_id, category id, location_id, location id) in a pandas
    join of the three tables, or None when the file has no such ids."""
    names = [name.strip().lower() for name in header]
    needed = ("category_assignment_id", "id_y", "location_id", "id")
    if "id_x" not in names or not all(name in names for name in needed):
        return None
    a, b, c, d = (names.index(name) for name in needed)
    return a, b, c, d


def _is_history(row: list[str], filt: tuple[int, int, int, int] | None) -> bool:
    if filt is None:
        return False
    category, category_id, location, location_id = (row[i].strip() for i in filt)
    return (category != category_id and bool(category and category_id)) or (
        location != location_id and bool(location and location_id)
    )


def parse_rows(
    header: list[str],
    rows: Iterable[list[str]],
    taxonomy: Taxonomy,
    result: ParseResult,
    options: ParseOptions,
) -> None:
    """Validate every data row (row numbers start at 2) into `result`."""
    positions = column_positions(header)
    if not set(CATEGORY_COLUMNS) & positions.keys():
        result.notes.append("geen categoriekolom (sub_slug, sub, main): thema's worden voorgesteld")
    if not {"lat", "lng", "buurt_code"} & positions.keys():
        result.refuse(1, "lat", "kolommen lat en lng (of buurt_code) ontbreken: geen plaats")
    if "text" not in positions:
        result.refuse(1, "text", "kolom text ontbreekt")
    if result.fatal:
        return
    reader = SignalenReader(result, taxonomy, options)
    width, filt, history = len(header), _history_filter(header), 0
    for number, row in data_rows(rows, width, result):
        if _is_history(row, filt):
            result.data_rows += 1
            result.duplicate_rows += 1
            history += 1
            continue
        reader.add(number, {name: row[index] for name, index in positions.items()})
    reader.finish()
    if history:
        result.notes.append(
            f"{counted(history, 'rij', 'rijen')} met een eerdere categorie of locatie (historie) "
            "overgeslagen"
        )
