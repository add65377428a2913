"""Geography of a synthetic town: buurten on a grid, streets as short segments, household pools.

Each buurt gets a CBS-style code (``BU`` + 8 digits), 6–24 streets and a reporting propensity drawn
from a log-normal distribution, so some buurten report two or three times as readily as others for
the same problems: the reason raw counts must not rank areas.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass


def _words(block: str) -> list[str]:
    return block.split()


_PREFIXES = _words(
    "Eiken Beuken Linden Kastanje Wilgen Populieren Rozen Tulpen Merel Vinken Reiger Spreeuwen "
    "Molen Kerk School Dijk Haven Markt Dorps Rembrandt Vermeer Mondriaan Erasmus Spinoza Zwaluw "
    "Leeuweriken Sparren Berken Iepen Lelie Anjer Jasmijn Vlier Hazelaar Esdoorn Sering Klaver"
)
_SUFFIXES = _words("straat laan weg plein hof kade singel dreef pad gracht erf")

BUURT_SIZE_M = 800.0
_ORIGIN_LAT = 52.0
_ORIGIN_LON = 5.0
_M_PER_DEG_LAT = 111_320.0


@dataclass(frozen=True, slots=True)
class Street:
    """A street segment inside one buurt with its pool of household pseudonyms."""

    name: str
    x0: float
    y0: float
    x1: float
    y1: float
    first_household: int
    households: int

    def point(self, rng: random.Random) -> tuple[float, float]:
        """A random address point on the street, a few metres off the centre line."""
        t = rng.random()
        return (
            self.x0 + t * (self.x1 - self.x0) + rng.gauss(0, 4),
            self.y0 + t * (self.y1 - self.y0) + rng.gauss(0, 4),
        )

    def household(self, rng: random.Random) -> str:
        """A household pseudonym living in this street."""
        return f"hh{self.first_household + rng.randrange(self.households):07d}"


@dataclass(frozen=True, slots=True)
class Buurt:
    """One buurt: code, streets and how readily its residents report."""

    code: str
    streets: tuple[Street, ...]
    propensity: float


def to_latlon(x: float, y: float) -> tuple[float, float]:
    """Metres east/north of the town origin to WGS84 degrees (equirectangular, fine at town scale)."""
    lat = _ORIGIN_LAT + y / _M_PER_DEG_LAT
    lon = _ORIGIN_LON + x / (_M_PER_DEG_LAT * math.cos(math.radians(_ORIGIN_LAT)))
    return round(lat, 6), round(lon, 6)


def _street(name: str, bx: float, by: float, first: int, rng: random.Random) -> Street:
    cx = bx + rng.uniform(0.15, 0.85) * BUURT_SIZE_M
    cy = by + rng.uniform(0.15, 0.85) * BUURT_SIZE_M
    half = rng.uniform(60, 160)
    angle = rng.uniform(0, math.pi)
    dx, dy = half * math.cos(angle), half * math.sin(angle)
    return Street(name, cx - dx, cy - dy, cx + dx, cy + dy, first, rng.randrange(20, 120))


def build_town(n_buurten: int, rng: random.Random) -> list[Buurt]:
    """A square-ish grid of ``n_buurten`` buurten with streets and propensities."""
    side = math.ceil(math.sqrt(n_buurten))
    buurten: list[Buurt] = []
    next_household = 0
    for index in range(n_buurten):
        bx, by = (index % side) * BUURT_SIZE_M, (index // side) * BUURT_SIZE_M
        names = rng.sample([f"{p}{s}" for p in _PREFIXES for s in _SUFFIXES], rng.randrange(6, 25))
        streets = []
        for name in names:
            street = _street(name, bx, by, next_household, rng)
            next_household += street.households
            streets.append(street)
        propensity = math.exp(rng.gauss(0.0, 0.6))
        buurten.append(Buurt(f"BU0999{index:04d}", tuple(streets), propensity))
    return buurten
