"""Columnar view of signals for fast detection: integer codes for theme, buurt, place and household.

Place keys: a signal with a street belongs to the street *within its buurt* (``buurt|s|street``); one
with coordinates but no street to a square grid cell of ``cell_size_m`` (``buurt|c|ix|iy``); one with
neither only to its buurt. A signal without a buurt uses the empty buurt code (the town as fallback).
A missing household gets a code of its own, so it counts as one household, unless the detector
passes a shared key for repeats of one reporter (`reporters`). Columns grow with
capacity doubling, so `append` is cheap for the incremental detector.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from wijkverbinder.core.records import SignalRecord

IntArray = np.ndarray[tuple[int, ...], np.dtype[np.int64]]
_COLUMNS = ("day", "theme", "buurt", "place", "household")
_M_PER_DEG = 111_320.0


class _Codes:
    """A string → dense integer code book."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.names: list[str] = []

    def code(self, name: str) -> int:
        found = self.index.get(name)
        if found is None:
            found = len(self.names)
            self.index[name] = found
            self.names.append(name)
        return found

    def codes(self, names: Sequence[str | None]) -> list[int]:
        """`code` of each name in order; −1 for None."""
        index, known = self.index, self.names
        out = []
        for name in names:
            if name is None:
                out.append(-1)
                continue
            found = index.get(name)
            if found is None:
                found = index[name] = len(known)
                known.append(name)
            out.append(found)
        return out


class SignalFrame:
    """Signals as integer columns plus code books; ``theme`` is −1 for signals without a theme."""

    def __init__(self, cell_size_m: float) -> None:
        self.cell_size_m = cell_size_m
        self.records: list[SignalRecord] = []
        self.themes = _Codes()
        self.buurten = _Codes()
        self.places = _Codes()
        self.households = _Codes()
        self.place_buurt: list[int] = []
        #: Town-wide number of signals of pseudo-themes that are not in the ``theme`` column (a
        #: signal counts in several word series, `words`), by theme code.
        self.theme_totals: dict[int, int] = {}
        self._columns = {name: np.zeros(0, dtype=np.int64) for name in _COLUMNS}
        self.size = 0

    def column(self, name: str) -> IntArray:
        """A view of one column (``day``, ``theme``, ``buurt``, ``place``, ``household``)."""
        return self._columns[name][: self.size]

    def _place_key(self, record: SignalRecord, buurt: str) -> str | None:
        if record.street and record.street.strip():
            return f"{buurt}|s|{record.street.strip().lower()}"
        if record.lat is None or record.lon is None:
            return None
        y = record.lat * _M_PER_DEG
        x = record.lon * _M_PER_DEG * math.cos(math.radians(record.lat))
        return f"{buurt}|c|{math.floor(x / self.cell_size_m)}|{math.floor(y / self.cell_size_m)}"

    def _codes(self, record: SignalRecord) -> tuple[int, int]:
        """The buurt code and place code (−1: none) of a record, registering new ones."""
        buurt_name = (record.neighbourhood or "").strip()
        buurt = self.buurten.code(buurt_name)
        key = self._place_key(record, buurt_name)
        place = -1
        if key is not None:
            place = self.places.code(key)
            if place == len(self.place_buurt):
                self.place_buurt.append(buurt)
        return buurt, place

    def extend(
        self,
        records: Sequence[SignalRecord],
        themes: Sequence[str | None],
        households: Sequence[str | None] | None = None,
    ) -> None:
        """Append records with their (possibly suggested) themes and, optionally, household keys
        that replace a missing household (`reporters.pseudo_households`)."""
        keys = households if households is not None else [None] * len(records)
        if len(records) != len(themes) or len(records) != len(keys):
            raise ValueError("records, themes and households differ in length")
        # Column by column (each code book registers its names in record order, as row by row
        # would): a team of 20,000 signals takes a fraction of a per-row loop.
        seen: dict[tuple[object, ...], tuple[int, int]] = {}
        places = []
        for record in records:
            where = (
                (record.neighbourhood, record.street)
                if record.street and record.street.strip()
                else (record.neighbourhood, None, record.lat, record.lon)
            )
            codes = seen.get(where)
            if codes is None:
                codes = seen[where] = self._codes(record)
            places.append(codes)
        columns = {
            "day": [record.date.toordinal() for record in records],
            "theme": self.themes.codes([t or None for t in themes]),
            "buurt": [buurt for buurt, _ in places],
            "place": [place for _, place in places],
            "household": self.households.codes(
                [h or r.household or f"\x00{r.id}" for r, h in zip(records, keys, strict=True)]
            ),
        }
        rows = (
            np.array([columns[name] for name in _COLUMNS], dtype=np.int64)
            .reshape(len(_COLUMNS), -1)
            .T
        )
        needed = self.size + len(rows)
        for position, name in enumerate(_COLUMNS):
            column = self._columns[name]
            if needed > len(column):
                grown = np.zeros(max(needed, 2 * len(column), 16), dtype=np.int64)
                grown[: self.size] = column[: self.size]
                self._columns[name] = column = grown
            column[self.size : needed] = rows[:, position]
        self.records.extend(records)
        self.size = needed

    def theme_code(self, theme: str) -> int:
        """The code of a theme, registering it if new (pseudo-themes of new topics)."""
        return self.themes.code(theme)

    def set_themes(self, rows: IntArray, codes: IntArray) -> None:
        """Overwrite the theme code of some rows."""
        self._columns["theme"][rows] = codes
