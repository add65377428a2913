"""One Signalen melding → one signal: the rules every Signalen format shares.

Signalen (meldingen openbare ruimte, Amsterdam/signals) stores a melding with its current category
(`main`/`sub`, or the slugs) and its current location (`lat`/`lng`, `buurt_code`, `address_text`).
- key: `signal_uuid` (else `signalen:` and the numeric `id`): a melding read twice from one file is
  skipped and counted, and its key is the external id, so a re-import creates no duplicates. The
  numeric `id` travels along as `signalen_number` when the file has it, so the app matches the same
  melding from the TDO export (number only) and the datawarehouse export (both) as one signal;
- date: `incident_date_start`, else `created_at` (Dutch local date);
- text: `text` within the installation's limit;
- source: `telefoon` when Signalen's source mentions a phone, else `melding_openbare_ruimte`;
- theme: the category through `signalen_mapping.yaml` (origin "imported"); an unknown category
  leaves the theme empty, so the app suggests one;
- place: a CBS `buurt_code` as it is; any other `buurt_code` (Amsterdam's own `A04h`) is passed on as
  the municipality's own area code, which the app maps through the imported areas; `lat`/`lng` as a
  point. Signalen's exports fill `lat` with the longitude and `lng` with the latitude: a pair that
  lies in the Netherlands only when swapped is swapped back and counted;
- no household: a melding openbare ruimte has no household, so the pseudonym stays empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from wijkverbinder.core.intake_formats import fields as f
from wijkverbinder.core.intake_formats.checks import RowChecker
from wijkverbinder.core.intake_formats.types import (
    IMPORTED,
    ParsedSignal,
    ParseOptions,
    ParseResult,
)
from wijkverbinder.core.numbers import counted
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.taxonomy import Taxonomy
from wijkverbinder.core.vocabulary import Source

CATEGORY_COLUMNS = ("sub_slug", "sub", "main_slug", "main")
MAX_NUMBER = 20


@dataclass
class SignalenReader:
    """Reads meldingen one by one into a result, remembering keys and what it had to repair."""

    result: ParseResult
    taxonomy: Taxonomy
    options: ParseOptions
    file: str = ""
    seen: set[str] = field(default_factory=set)
    swapped: int = 0
    unknown_categories: set[str] = field(default_factory=set)
    themes: dict[str, str | None] = field(default_factory=dict)

    def add(
        self, number: int, values: Mapping[str, str], *, place_error: tuple[str, str] | None = None
    ) -> None:
        """Validate one melding (`values` by Signalen column name) into the result.

        `place_error` (column, reason) is a problem with the place found before (a bad geometry);
        it is reported with the row's other errors.
        """
        self.result.data_rows += 1
        key = _key(values)
        if key and key in self.seen:
            self.result.duplicate_rows += 1
            return
        if key:
            self.seen.add(key)
        check = RowChecker(number, self.result, file=self.file)
        if place_error is not None:
            check.add(*place_error)
        record = self._record(key, values, check, place_failed=place_error is not None)
        if record is not None:
            origin = IMPORTED if record.theme else None
            self.result.rows.append(ParsedSignal(record=record, theme_origin=origin, row=number))

    def finish(self) -> None:
        """Add the notes of what was repaired or left to the classifier."""
        if self.swapped:
            self.result.notes.append(
                f"coördinaten stonden omgedraaid (lat/lng, zoals Signalen exporteert) in "
                f"{counted(self.swapped, 'rij', 'rijen')}; rechtgezet"
            )
        if self.unknown_categories:
            shown = ", ".join(sorted(self.unknown_categories)[:10])
            self.result.notes.append(
                f"categorieën zonder thema in signalen_mapping.yaml (thema wordt voorgesteld): {shown}"
            )

    def _record(
        self, key: str, values: Mapping[str, str], check: RowChecker, *, place_failed: bool
    ) -> SignalRecord | None:
        date_column = "incident_date_start" if values.get("incident_date_start") else "created_at"
        when = check.when(date_column, values.get(date_column, ""), self.options)
        text = check.text("text", values.get("text", ""), self.options)
        lat, lon = self._point(values, check)
        raw_code = values.get("buurt_code", "").strip()
        code = f.parse_neighbourhood_or_none(raw_code)
        given = place_failed or bool(
            raw_code or values.get("lat", "").strip() or values.get("lng", "").strip()
        )
        buurt = check.locate(
            code=code,
            local_code=raw_code if raw_code and code is None else None,
            lat=lat,
            lon=lon,
            given=given,
            column="lat,lng" if lat is not None or not raw_code else "buurt_code",
        )
        if check.failed or when is None or text is None:
            return None
        street = values.get("address_street", "").strip() or f.street_from_address(
            values.get("address_text")
        )
        return SignalRecord(
            id=key[: f.MAX_ID],
            date=when,
            text=text,
            neighbourhood=buurt,
            street=(street or "")[: f.MAX_STREET] or None,
            lat=lat,
            lon=lon,
            theme=self._theme(values),
            source=_source(values.get("source", "")),
            signalen_number=_number(values),
        )

    def _point(
        self, values: Mapping[str, str], check: RowChecker
    ) -> tuple[float | None, float | None]:
        lat_text, lon_text = values.get("lat", ""), values.get("lng", "")
        swapped = _swapped(lat_text, lon_text)
        if swapped:
            self.swapped += 1
            lat_text, lon_text = lon_text, lat_text
        return check.place(lat_text, lon_text, lat_column="lat", lon_column="lng")

    def _theme(self, values: Mapping[str, str]) -> str | None:
        named = [values.get(column, "").strip() for column in CATEGORY_COLUMNS]
        for category in named:
            if category:
                if category not in self.themes:
                    self.themes[category] = self.taxonomy.find_signalen(category)
                theme = self.themes[category]
                if theme:
                    return theme
        first = next((category for category in named if category), "")
        if first:
            self.unknown_categories.add(first[:60])
        return None


def _key(values: Mapping[str, str]) -> str:
    """`signal_uuid`, else `signalen:` + Signalen's numeric id (kept apart from other files' ids)."""
    uuid = (values.get("signal_uuid") or "").strip()
    number = (values.get("id") or "").strip()
    return uuid or (f"signalen:{number}" if number else "")


def _number(values: Mapping[str, str]) -> str | None:
    """Signalen's numeric id, when the row has one that is a number."""
    number = (values.get("id") or "").strip()
    return number if number.isdigit() and len(number) <= MAX_NUMBER else None


def _swapped(lat_text: str, lon_text: str) -> bool:
    try:
        lat, lon = float(lat_text.replace(",", ".")), float(lon_text.replace(",", "."))
    except ValueError:
        return False
    min_lat, min_lon, max_lat, max_lon = f.NL_BBOX
    inside = min_lat <= lat <= max_lat and min_lon <= lon <= max_lon
    return not inside and min_lat <= lon <= max_lat and min_lon <= lat <= max_lon


def _source(value: str) -> str:
    source = Source.TELEFOON if "telefoon" in value.lower() else Source.MELDING_OPENBARE_RUIMTE
    return source.value
