"""Streaming a town's rows to `signals.csv` in date order.

Background rows get their text (and the role it implies) while they are written, so a town of a
million signals never holds its texts in memory. Planted and decoy rows are written in advance.
Some rows lose fields on the way, as real records do: no street, no coordinates, only the buurt
code, or coordinates without a buurt code.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.towns.background import DAYS, Background, day_of
from benchmarks.towns.geography import Geography, household_key
from benchmarks.towns.planted import SpecialRow
from benchmarks.towns.texts import Writer
from benchmarks.towns.themes import LEAVES, SOURCES

HEADER = (
    "id",
    "date",
    "text",
    "neighbourhood",
    "street",
    "lat",
    "lon",
    "role",
    "household",
    "theme",
    "source",
)
MESSY = {"no_street": 0.03, "no_point": 0.07, "buurt_only": 0.01, "no_buurt": 0.004}


@dataclass(frozen=True)
class BackgroundAttrs:
    """Per-row structure of the background, in the order of `Background` (-1: empty)."""

    source: list[int]
    household: list[int]
    label: list[int]


class RowWriter:
    """All rows of a town, merged and sorted by date, with their missing fields drawn."""

    def __init__(
        self,
        geo: Geography,
        bg: Background,
        attrs: BackgroundAttrs,
        specials: list[SpecialRow],
        rng: np.random.Generator,
    ) -> None:
        self.geo, self.attrs, self.specials = geo, attrs, specials
        days = np.concatenate([bg.day, np.array([r.day for r in specials], dtype=np.int32)])
        self.order: list[int] = np.lexsort((rng.permutation(len(days)), days)).tolist()
        self.mess = {name: (rng.random(len(days)) < p).tolist() for name, p in MESSY.items()}
        self.jitter_lat = rng.normal(0, 0.0005, len(days)).tolist()
        self.jitter_lon = rng.normal(0, 0.0008, len(days)).tolist()
        self.day, self.street = bg.day.tolist(), bg.street.tolist()
        self.theme = bg.theme.tolist()
        self.dates = [day_of(d).isoformat() for d in range(DAYS)]

    def _place(
        self, index: int, street: int, point: tuple[float, float] | None
    ) -> tuple[str, str, str, str]:
        geo, mess = self.geo, self.mess
        buurt_only = mess["buurt_only"][index]
        no_point = buurt_only or mess["no_point"][index]
        no_buurt = mess["no_buurt"][index] and not no_point
        buurt = "" if no_buurt else geo.buurt_codes[int(geo.street_buurt[street])]
        name = "" if buurt_only or mess["no_street"][index] else geo.street_names[street]
        if no_point:
            return buurt, name, "", ""
        lat, lon = point or (
            geo.street_lat[street] + self.jitter_lat[index],
            geo.street_lon[street] + self.jitter_lon[index],
        )
        return buurt, name, f"{lat:.6f}", f"{lon:.6f}"

    def _background(self, index: int, writer: Writer, rng: random.Random, salt: str) -> list[str]:
        attrs, street = self.attrs, self.street[index]
        source = SOURCES[attrs.source[index]]
        text, role = writer.theme_text(rng, LEAVES[self.theme[index]], source)
        number = attrs.household[index]
        household = household_key(salt, street, number) if number >= 0 else ""
        label = LEAVES[attrs.label[index]] if attrs.label[index] >= 0 else ""
        place = self._place(index, street, None)
        date = self.dates[self.day[index]]
        return [date, text, *place, role, household, label, source]

    def _special(self, index: int, row: SpecialRow) -> list[str]:
        place = self._place(index, row.street, row.point)
        fields = (row.role, row.household, row.theme, row.source)
        return [self.dates[row.day], row.text, *place, *fields]

    def write(
        self, path: Path, writer: Writer, rng: random.Random, *, salt: str
    ) -> dict[str, list[str]]:
        """Write the CSV; return the signal ids of each planted question and decoy."""
        ids: dict[str, list[str]] = {}
        n_background = len(self.day)
        with path.open("w", encoding="utf-8", newline="") as handle:
            write = csv.writer(handle).writerow
            write(HEADER)
            for position, index in enumerate(self.order):
                ident = f"s{position + 1:07d}"
                if index < n_background:
                    write([ident, *self._background(index, writer, rng, salt)])
                else:
                    row = self.specials[index - n_background]
                    ids.setdefault(row.group, []).append(ident)
                    write([ident, *self._special(index, row)])
        return ids
