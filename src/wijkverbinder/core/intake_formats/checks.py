"""Collecting the errors of one row, so that every error of a row (and of a file) is reported at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TypeVar

from wijkverbinder.core import validation
from wijkverbinder.core.intake_formats.fields import (
    FieldError,
    check_latitude,
    check_longitude,
    parse_coordinate,
    parse_date_styled,
    parse_text,
)
from wijkverbinder.core.intake_formats.types import (
    ParsedSignal,
    ParseOptions,
    ParseResult,
    PendingPlace,
)
from wijkverbinder.core.pseudonym import normalise_household

T = TypeVar("T")
NO_PLACE = "plaats ontbreekt: geen coördinaten en geen buurtcode"


def data_rows(
    rows: Iterable[list[str]], width: int, result: ParseResult, *, file: str = ""
) -> Iterator[tuple[int, list[str]]]:
    """The non-blank CSV rows with their line numbers (from 2). A row with another number of
    columns than the header is rejected and counted here; the caller counts the rows it gets."""
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            result.data_rows += 1
            result.reject(number, "", f"{len(row)} kolommen, verwacht {width}", file=file)
            continue
        yield number, row


class RowChecker:
    """Runs field checks for one row and keeps its errors (column + Dutch reason) in the result."""

    def __init__(self, row: int, result: ParseResult, *, file: str = "") -> None:
        self.row = row
        self.result = result
        self.file = file
        self.failed = False

    def add(self, column: str, reason: str) -> None:
        """Record one error of this row."""
        self.result.reject(self.row, column, reason, file=self.file)
        self.failed = True

    def check(self, column: str, func: Callable[[], T]) -> T | None:
        """Return `func()`, or record its `FieldError` under `column` and return None."""
        try:
            return func()
        except FieldError as error:
            self.add(column, str(error))
            return None

    def when(self, column: str, value: str, options: ParseOptions) -> date | None:
        """A date (ISO or Dutch); its style is remembered for the result's notes."""
        parsed = self.check(column, lambda: parse_date_styled(value, today=options.today))
        if parsed is None:
            return None
        self.result.date_styles.add(parsed[1])
        return parsed[0]

    def text(self, column: str, value: str, options: ParseOptions) -> str | None:
        """Free text within the installation's limit."""
        return self.check(column, lambda: parse_text(value, limit=options.text_max))

    def place(
        self, lat_text: str, lon_text: str, *, lat_column: str, lon_column: str
    ) -> tuple[float | None, float | None]:
        """Both coordinates or none; a given point must lie in the Netherlands."""
        lat_text, lon_text = lat_text.strip(), lon_text.strip()
        if not lat_text and not lon_text:
            return None, None
        if not lat_text or not lon_text:
            missing = lat_column if not lat_text else lon_column
            self.add(missing, "geef zowel breedte- als lengtegraad, of geen van beide")
            return None, None
        before = self.failed
        self.failed = False
        lat = self.check(lat_column, lambda: parse_coordinate(lat_text, what="breedtegraad"))
        lon = self.check(lon_column, lambda: parse_coordinate(lon_text, what="lengtegraad"))
        if lat is not None:
            self.check(lat_column, lambda: check_latitude(lat))
        if lon is not None:
            self.check(lon_column, lambda: check_longitude(lon))
        point_failed, self.failed = self.failed, before or self.failed
        return (None, None) if point_failed else (lat, lon)

    def locate(
        self,
        *,
        code: str | None,
        local_code: str | None,
        lat: float | None,
        lon: float | None,
        given: bool,
        column: str,
    ) -> str | None:
        """Queue the row's place for `place_rows`; the CBS code given, if any, for now.

        `given` says whether the row had any place at all (a bad one is already an error).
        """
        if not given:
            self.add(column, NO_PLACE)
            return None
        if code is None and local_code is None and lat is None:
            return None  # the place given was bad: its error is recorded already
        self.result.places.append(
            PendingPlace(self.file, self.row, column, (code, local_code, lat, lon))
        )
        return code


def check_records(result: ParseResult, options: ParseOptions) -> None:
    """The plausibility checks every path shares (`core.validation`: dates since 2000 and not in
    the future, no control characters such as NUL, usable ids, a household that is more than
    punctuation); a row that fails leaves the valid rows with its reasons among its other errors."""
    today = options.today or date.today()
    kept = []
    for parsed in result.rows:
        record = parsed.record
        problems = validation.record_problems(record, today=today)
        if record.household and not normalise_household(record.household):
            problems.append(("household", "het huishouden is leeg (alleen leestekens)"))
        for column, reason in problems:
            result.reject(parsed.row, column, reason)
        if not problems:
            kept.append(parsed)
    result.rows = kept


def place_rows(result: ParseResult, options: ParseOptions) -> None:
    """Place every queued row at once (`options.locate`); a row that cannot be placed gets its
    reason among its other errors and leaves the valid rows. Errors end up in row order."""
    pending, result.places = result.places, []
    if pending and options.locate is not None:
        answers = options.locate([item.query for item in pending])
        placed: dict[int, str | None] = {}
        for item, (found, reason) in zip(pending, answers, strict=True):
            if reason:
                result.reject(item.row, item.column, reason, file=item.file)
            placed[item.row] = None if reason else found
        rows = []
        for parsed in result.rows:
            code = placed.get(parsed.row, parsed.record.neighbourhood)
            if parsed.row in placed and code is None:
                continue
            if code == parsed.record.neighbourhood:
                rows.append(parsed)
            else:
                record = replace(parsed.record, neighbourhood=code)
                rows.append(ParsedSignal(record, parsed.theme_origin, parsed.row))
        result.rows = rows
    result.errors.sort(key=lambda error: (error.file, error.row))
