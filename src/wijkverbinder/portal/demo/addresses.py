"""The demo municipality's address table, so the postcode look-up of the signal form works there.

Every street of Verbindendam gets house numbers 1 to `NUMBERS` (every seventh with an addition,
as flats have: 7-1, 7-2), one postcode per street side (odd and even numbers), and a point in its
buurt. Postcodes start with 99, like the demo's fictional CBS codes (GM9901); they are made up.
The table goes in through the address import, as a municipality's own file would.
"""

from __future__ import annotations

import csv
import io
import string

from wijkverbinder.portal.demo import cast

NUMBERS = 24
HEADER = ("postcode", "huisnummer", "toevoeging", "straat", "buurtcode", "lat", "lon")


def _letters(index: int) -> str:
    """AA, AB, …, AZ, BA, … for the index-th postcode of a buurt."""
    return string.ascii_uppercase[index // 26] + string.ascii_uppercase[index % 26]


def _point(cell: tuple[int, int], street: int, number: int) -> tuple[float, float]:
    """A point in the inner part of the buurt's grid cell (never on a shifted border)."""
    col, row = cell
    lat = cast.ORIGIN[0] + (row + 0.3 + 0.4 * (street % 4) / 3) * cast.CELL[0]
    lon = cast.ORIGIN[1] + (col + 0.3 + 0.4 * number / NUMBERS) * cast.CELL[1]
    return round(lat, 6), round(lon, 6)


def demo_address_rows() -> list[tuple[str, ...]]:
    """The rows of the demo's address table (without header)."""
    rows: list[tuple[str, ...]] = []
    for area, buurt in enumerate(cast.NEIGHBOURHOODS):
        prefix = f"99{10 + area}"
        for street_index, street in enumerate(buurt.streets):
            for number in range(1, NUMBERS + 1):
                side = _letters(2 * street_index + number % 2)
                lat, lon = _point(buurt.cell, street_index, number)
                additions = ("1", "2") if number % 7 == 0 else ("",)
                for addition in additions:
                    rows.append(
                        (
                            f"{prefix}{side}",
                            str(number),
                            addition,
                            street,
                            buurt.code,
                            str(lat),
                            str(lon),
                        )
                    )
    return rows


def demo_address_file() -> bytes:
    """The address table as our own CSV format."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(demo_address_rows())
    return out.getvalue().encode()
