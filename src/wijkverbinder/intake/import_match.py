"""The same melding from another export: matching an import's rows to stored signals, on either key.

Signalen names a melding by its uuid (`signal_uuid`, the datawarehouse export, the joined CSV, the
API) and by its number (`id`; the TDO export has only this). A signal stores the first key it got as
`external_id` and the number as `signalen_number`, so a row is the same melding as a stored signal
when its key equals that signal's `external_id`, or its number equals its `signalen_number`.

Such a row adds no signal; it fills in what the stored signal lacks (`enrichment`): the real text of
a melding first read from the TDO export (which stores a text naming the category), the uuid as
`external_id` in place of `signalen:<number>`, the number, the point, the street, and the theme when
it was only suggested. Nothing a person typed or confirmed is overwritten, and the place and date stay.
A deleted signal is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Q
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.core.intake_formats import ParsedSignal
from wijkverbinder.core.intake_formats.signalen_tdo import TEXT_PREFIX
from wijkverbinder.core.intake_formats.types import IMPORTED
from wijkverbinder.intake.models import Signal, SignalEdit

CHUNK = 900
#: signals per UPDATE of the fill-ins (a CASE per field and signal: keep SQLite's limits)
BULK_UPDATE_BATCH = 200
NUMBER_KEY = "signalen:"
FIELDS = (
    "pk",
    "external_id",
    "signalen_number",
    "text",
    "theme",
    "theme_origin",
    "lat",
    "lon",
    "street_id",
    "neighbourhood_id",
    "observed_on",
    "deleted_at",
)


@dataclass(slots=True)
class Stored:
    """What matching and enriching need of a stored signal."""

    pk: int
    external_id: str
    signalen_number: str
    text: str
    theme: str
    theme_origin: str
    lat: float | None
    lon: float | None
    street_id: int | None
    neighbourhood_id: int
    observed_on: date
    deleted_at: Any


@dataclass
class Matches:
    """Stored signals of a team by external id and by Signalen number."""

    by_key: dict[str, Stored] = field(default_factory=dict)
    by_number: dict[str, Stored] = field(default_factory=dict)

    def find(self, key: str, number: str | None) -> Stored | None:
        """The stored signal of this melding: by its key, else by its number."""
        found = self.by_key.get(key)
        if found is None and number:
            found = self.by_number.get(number)
        return found


def number_of(row: ParsedSignal, key: str) -> str | None:
    """The row's Signalen number: given by the file, or part of a `signalen:` key."""
    number = row.record.signalen_number
    if not number and key.startswith(NUMBER_KEY) and key[len(NUMBER_KEY) :].isdigit():
        number = key[len(NUMBER_KEY) :]
    return number or None


def stored_matches(team: Team, keys: Sequence[str], numbers: Iterable[str | None]) -> Matches:
    """Look up, in chunks, the team's signals with any of these keys or numbers."""
    wanted_numbers = sorted({n for n in numbers if n})
    matches = Matches()
    # `≠ ''` as in the partial unique indexes, so that SQLite searches them instead of scanning
    # all the team's signals once per chunk
    queries = [
        Q(external_id__in=keys[i : i + CHUNK]) & ~Q(external_id="")
        for i in range(0, len(keys), CHUNK)
    ]
    queries += [
        Q(signalen_number__in=wanted_numbers[i : i + CHUNK]) & ~Q(signalen_number="")
        for i in range(0, len(wanted_numbers), CHUNK)
    ]
    for query in queries:
        found = Signal.objects.filter(query, team=team).order_by().values_list(*FIELDS)
        for values in found:
            stored = Stored(*values)
            matches.by_key[stored.external_id] = stored
            if stored.signalen_number:
                matches.by_number[stored.signalen_number] = stored
    return matches


def needs_text(stored: Stored, row: ParsedSignal) -> bool:
    """True when the stored text only names the category (TDO) and the row has the real text."""
    return stored.text.startswith(TEXT_PREFIX) and not row.record.text.startswith(TEXT_PREFIX)


def enrichment(
    stored: Stored,
    row: ParsedSignal,
    key: str,
    *,
    text: str | None,
    number_free: bool,
) -> dict[str, Any]:
    """The fields to fill in on `stored` from `row` ({} when it adds nothing); a street is given
    by name (`street_name`) and found or made in the signal's buurt when stored.

    `text` is the row's redacted text (None when not redacted: then the text is left as it is);
    `number_free`: no other signal of the team holds the row's number."""
    if stored.deleted_at is not None:
        return {}
    record = row.record
    changes: dict[str, Any] = {}
    if text is not None and needs_text(stored, row):
        changes["text"] = text
    if stored.external_id.startswith(NUMBER_KEY) and not key.startswith(NUMBER_KEY):
        changes["external_id"] = key
    number = number_of(row, key)
    if number and not stored.signalen_number and number_free:
        changes["signalen_number"] = number
    if stored.street_id is None and record.street:
        changes["street_name"] = record.street
    if stored.lat is None and record.lat is not None and record.lon is not None:
        changes["lat"], changes["lon"] = record.lat, record.lon
    replaceable = not stored.theme or stored.theme_origin == Signal.ThemeOrigin.SUGGESTED
    if record.theme and row.theme_origin == IMPORTED and replaceable:
        changes["theme"] = record.theme
        changes["theme_origin"] = Signal.ThemeOrigin.IMPORTED
        changes["theme_confidence"] = None
    return changes


def apply(
    items: list[tuple[Stored, dict[str, Any]]], user: Any, streets: Any
) -> set[tuple[int, str, date]]:
    """Store the fill-ins, each with a history entry (`SignalEdit`, action `enrich`); returns the
    detection cells (buurt, theme, date) whose signals changed. `streets`: `import_rows.Streets`."""
    if not items:
        return set()
    now = timezone.now()
    buurten = Neighbourhood.objects.in_bulk({stored.neighbourhood_id for stored, _ in items})
    edits, cells = [], set()
    by_fields: dict[tuple[str, ...], list[Signal]] = {}
    for stored, wanted in items:
        changes = dict(wanted)
        name = changes.pop("street_name", None)
        if name:
            street = streets.get(buurten[stored.neighbourhood_id], name)
            if street is not None:
                changes["street_id"] = street.pk
        if not changes:
            continue
        fields = (*sorted(changes), "updated_at")
        by_fields.setdefault(fields, []).append(Signal(pk=stored.pk, **changes, updated_at=now))
        history = {
            name: [str(getattr(stored, name, "")), str(value)]
            for name, value in changes.items()
            if name not in {"theme_origin", "theme_confidence", "lon"}
        }
        edits.append(SignalEdit(signal_id=stored.pk, by=user, action="enrich", changes=history))
        cells.add((stored.neighbourhood_id, stored.theme, stored.observed_on))
        cells.add((stored.neighbourhood_id, changes.get("theme", stored.theme), stored.observed_on))
    for fields, signals in by_fields.items():  # one statement per batch, not one per signal
        Signal.objects.bulk_update(signals, fields, batch_size=BULK_UPDATE_BATCH)
    SignalEdit.objects.bulk_create(edits, batch_size=1000)
    return cells
