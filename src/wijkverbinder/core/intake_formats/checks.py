"""Collecting field errors of one row, so that every error of a file is reported at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from wijkverbinder.core.intake_formats.fields import (
    FieldError,
    check_latitude,
    check_longitude,
    parse_coordinate,
)
from wijkverbinder.core.intake_formats.types import RowError

T = TypeVar("T")


class RowChecker:
    """Runs field checks for one row and keeps the errors (column + Dutch reason)."""

    def __init__(self, row: int, errors: list[RowError]) -> None:
        self.row = row
        self.errors = errors
        self.failed = False

    def add(self, column: str, reason: str) -> None:
        """Record one error of this row."""
        self.errors.append(RowError(self.row, column, reason))
        self.failed = True

    def check(self, column: str, func: Callable[[], T]) -> T | None:
        """Return `func()`, or record its `FieldError` under `column` and return None."""
        try:
            return func()
        except FieldError as error:
            self.add(column, str(error))
            return None

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
        before = len(self.errors)
        lat = self.check(lat_column, lambda: parse_coordinate(lat_text, what="breedtegraad"))
        lon = self.check(lon_column, lambda: parse_coordinate(lon_text, what="lengtegraad"))
        if lat is not None:
            self.check(lat_column, lambda: check_latitude(lat))
        if lon is not None:
            self.check(lon_column, lambda: check_longitude(lon))
        return (lat, lon) if len(self.errors) == before else (None, None)
