"""Writing the address table (postcode + house number → street and buurt) for placing signals.

`import_addresses` reads our own CSV or NLExtract's BAG exports (`core.address_csv`). A file with
any bad row is refused whole with every problem listed; with `skip_invalid` the good rows go in and
the bad ones come back in the report. Rows are placed by buurt code or by their point; addresses
are inserted or updated in bulk (re-importing updates in place), streets created as needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from wijkverbinder.areas.models import Address, Neighbourhood, Street
from wijkverbinder.areas.selectors import neighbourhood_code_at
from wijkverbinder.common.busy import retry_when_busy
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.address_csv import AddressRow, parse_address_csv
from wijkverbinder.core.numbers import counted

BATCH = 900
Key = tuple[str, int, str]


@dataclass(frozen=True)
class AddressImportReport:
    """What an address import did; `rejected` holds (row, Dutch reason) of skipped rows."""

    format: str
    rows: int
    created: int
    updated: int
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One Dutch sentence for the command line and the import page."""
        text = (
            f"Adressen ingelezen ({self.format}): {self.rows} rijen, {self.created} nieuw, "
            f"{self.updated} bijgewerkt, {self.unchanged} ongewijzigd"
        )
        if self.rejected:
            text += f", {counted(len(self.rejected), 'rij', 'rijen')} afgekeurd"
        return text + "."


def _place(row: AddressRow, by_code: dict[str, Neighbourhood]) -> Neighbourhood | str:
    if row.neighbourhood:
        return by_code.get(row.neighbourhood) or f"buurtcode {row.neighbourhood} is onbekend"
    code = neighbourhood_code_at(lat=row.lat or 0.0, lon=row.lon or 0.0)
    located = by_code.get(code) if code else None
    return located or "het punt ligt in geen enkele bekende buurt (lees eerst de buurten in)"


def _street_ids(placed: list[tuple[AddressRow, Neighbourhood]]) -> dict[tuple[int, str], int]:
    wanted = {(buurt.pk, row.street) for row, buurt in placed}
    known = {
        (s.neighbourhood_id, s.name): s.pk
        for s in Street.objects.filter(neighbourhood_id__in={pk for pk, _ in wanted})
    }
    for buurt_id, name in sorted(wanted - known.keys()):
        known[(buurt_id, name)] = Street.objects.get_or_create(
            neighbourhood_id=buurt_id, name=name
        )[0].pk
    return known


def _write(placed: list[tuple[AddressRow, Neighbourhood]]) -> tuple[int, int, int]:
    """Insert new addresses and update changed ones; (created, updated, unchanged)."""
    streets = _street_ids(placed)
    latest: dict[Key, tuple[int, float | None, float | None]] = {}
    for row, buurt in placed:
        latest[(row.postcode, row.house_number, row.addition)] = (
            streets[(buurt.pk, row.street)],
            row.lat,
            row.lon,
        )
    keys = list(latest)
    created = updated = 0
    for start in range(0, len(keys), BATCH):
        chunk = keys[start : start + BATCH]
        existing = {
            (a.postcode, a.house_number, a.addition): a
            for a in Address.objects.filter(postcode__in={k[0] for k in chunk})
        }
        new, changed = [], []
        for key in chunk:
            street_id, lat, lon = latest[key]
            found = existing.get(key)
            if found is None:
                new.append(
                    Address(
                        postcode=key[0],
                        house_number=key[1],
                        addition=key[2],
                        street_id=street_id,
                        lat=lat,
                        lon=lon,
                    )
                )
            elif (found.street_id, found.lat, found.lon) != (street_id, lat, lon):
                found.street_id, found.lat, found.lon = street_id, lat, lon
                changed.append(found)
        Address.objects.bulk_create(new)
        Address.objects.bulk_update(changed, ["street", "lat", "lon"])
        created += len(new)
        updated += len(changed)
    return created, updated, len(keys) - created - updated


def import_addresses(
    *,
    data: bytes,
    skip_invalid: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> AddressImportReport:
    """Import an address table (see the module docstring)."""
    parsed = parse_address_csv(data)
    if parsed.errors:
        raise DomainError(
            f"Het adressenbestand is niet ingelezen: {parsed.errors[0]}",
            code="invalid_address_file",
            details=parsed.errors,
        )
    by_code = {b.code: b for b in Neighbourhood.objects.order_by("year")}
    placed: list[tuple[AddressRow, Neighbourhood]] = []
    rejected = list(parsed.row_errors)
    for index, row in enumerate(parsed.rows, start=1):
        buurt = _place(row, by_code)
        if isinstance(buurt, str):
            rejected.append((row.row, buurt))
        else:
            placed.append((row, buurt))
        if progress and index % 1000 == 0:
            progress("checking", index, len(parsed.rows))
    rejected.sort()
    if rejected and not skip_invalid:
        raise DomainError(
            f"Het adressenbestand is niet ingelezen: {counted(len(rejected), 'rij', 'rijen')} "
            "met een probleem. "
            "Er is niets opgeslagen.",
            code="invalid_address_file",
            details=[f"rij {row}: {reason}" for row, reason in rejected],
        )
    if progress:
        progress("saving", len(parsed.rows), len(parsed.rows))
    created, updated, unchanged = retry_when_busy(lambda: _write(placed))
    return AddressImportReport(
        format=parsed.format,
        rows=len(parsed.rows) + len(parsed.row_errors),
        created=created,
        updated=updated,
        unchanged=unchanged,
        rejected=rejected,
        notes=parsed.notes,
    )
