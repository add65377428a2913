"""A made-up town: gemeenten, buurten (CBS-like codes), streets, households and coordinates.

Gemeente codes are fictitious (9001 and up), so a buurt code `BU9001xxyy` never names a real
buurt. Buurten differ in size (households, log-normal) and in how much their residents report
(`volume`, log-normal around 1). Streets are points near their buurt's centre; streets with
neighbouring indices in one buurt count as adjacent. Street names are unique per gemeente.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from benchmarks.towns.streetnames import PREFIXES, SUFFIXES

BUURTEN_PER_GEMEENTE = 250
BUURTEN_PER_WIJK = 12


@dataclass(frozen=True)
class Geography:
    """Buurten and streets of one town (arrays are indexed by buurt or street number)."""

    buurt_codes: list[str]
    buurt_size: np.ndarray  # households per buurt
    buurt_volume: np.ndarray  # reporting factor per buurt, mean 1
    street_names: list[str]
    street_buurt: np.ndarray  # buurt index per street
    street_size: np.ndarray  # households per street
    street_lat: np.ndarray
    street_lon: np.ndarray
    buurt_first_street: np.ndarray
    buurt_street_count: np.ndarray

    @property
    def n_streets(self) -> int:
        """Number of streets in the town."""
        return len(self.street_names)

    def streets_of(self, buurt: int) -> range:
        """Street indices of one buurt (adjacent streets have neighbouring indices)."""
        first = int(self.buurt_first_street[buurt])
        return range(first, first + int(self.buurt_street_count[buurt]))


def household_key(salt: str, street: int, number: int) -> str:
    """An opaque, stable household key (as a keyed pseudonym would look)."""
    digest = hashlib.blake2b(f"{salt}:{street}:{number}".encode(), digest_size=6)
    return "hh" + digest.hexdigest()


def _street_names(rng: np.random.Generator, count: int) -> list[str]:
    names = [prefix + suffix for prefix in PREFIXES for suffix in SUFFIXES]
    order = rng.permutation(len(names))
    if count > len(names):
        raise ValueError("te veel straten voor één gemeente")
    return [names[i] for i in order[:count]]


def _buurt_codes(n_buurten: int) -> tuple[list[str], np.ndarray]:
    codes: list[str] = []
    gemeente = np.empty(n_buurten, dtype=np.int32)
    for index in range(n_buurten):
        gm, within = divmod(index, BUURTEN_PER_GEMEENTE)
        wijk, buurt = divmod(within, BUURTEN_PER_WIJK)
        codes.append(f"BU{9001 + gm:04d}{wijk:02d}{buurt:02d}")
        gemeente[index] = gm
    return codes, gemeente


def _buurt_centres(rng: np.random.Generator, gemeente: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n_gemeenten = int(gemeente.max()) + 1
    centre_lat = rng.uniform(51.5, 53.1, n_gemeenten)
    centre_lon = rng.uniform(4.6, 6.8, n_gemeenten)
    lat = np.empty(len(gemeente))
    lon = np.empty(len(gemeente))
    for gm in range(n_gemeenten):
        members = np.flatnonzero(gemeente == gm)
        side = int(np.ceil(np.sqrt(len(members))))
        rows, cols = np.divmod(np.arange(len(members)), side)
        lat[members] = centre_lat[gm] + (rows - side / 2) * 0.0045
        lon[members] = centre_lon[gm] + (cols - side / 2) * 0.0068
    return lat, lon


def build_geography(rng: np.random.Generator, n_buurten: int) -> Geography:
    """Draw buurten, streets and their sizes; deterministic for the generator state."""
    codes, gemeente = _buurt_codes(n_buurten)
    size = np.clip(rng.lognormal(np.log(550), 0.7, n_buurten), 40, 6000).astype(np.int64)
    volume = rng.lognormal(0.0, 0.45, n_buurten)
    volume /= volume.mean()
    raw_streets = np.round(size / 70 * rng.lognormal(0, 0.3, n_buurten))
    n_streets: np.ndarray = np.clip(raw_streets, 2, 30).astype(np.int64)
    first = np.concatenate(([0], np.cumsum(n_streets)[:-1]))
    street_buurt = np.repeat(np.arange(n_buurten), n_streets)
    street_size = np.empty(len(street_buurt), dtype=np.int64)
    for buurt in range(n_buurten):
        parts = rng.dirichlet(np.full(n_streets[buurt], 1.5))
        street_size[first[buurt] : first[buurt] + n_streets[buurt]] = np.maximum(
            np.round(parts * size[buurt]), 4
        )
    centre_lat, centre_lon = _buurt_centres(rng, gemeente)
    street_lat = centre_lat[street_buurt] + rng.normal(0, 0.0011, len(street_buurt))
    street_lon = centre_lon[street_buurt] + rng.normal(0, 0.0017, len(street_buurt))
    names: list[str] = []
    for gm in range(int(gemeente.max()) + 1):
        in_gemeente = int(n_streets[gemeente == gm].sum())
        names.extend(_street_names(rng, in_gemeente))
    return Geography(
        buurt_codes=codes,
        buurt_size=size,
        buurt_volume=volume,
        street_names=names,
        street_buurt=street_buurt,
        street_size=street_size,
        street_lat=street_lat,
        street_lon=street_lon,
        buurt_first_street=first,
        buurt_street_count=n_streets,
    )
