"""Decoys: one noisy reporter without a household key who looks like many signals.

`herhaling`: the same public-space report sent again and again (8–20 times in 2–8 weeks), lightly
changed. `reeks`: one long complaint cut into a numbered series ("deel 2 van 6", "(3/7)",
"vervolg 2"), sent within a few days. Both are meldingen openbare ruimte from one spot; they are
not collective questions and count as one reporter at most.
"""

from __future__ import annotations

import random

import numpy as np

from benchmarks.towns.background import DAYS, day_of
from benchmarks.towns.geography import Geography
from benchmarks.towns.planted import Group, Rngs, SpecialRow
from benchmarks.towns.texts import Writer
from benchmarks.towns.themes import MOR

DECOY_THEMES = (
    "overlast.geluid",
    "overlast.jongeren",
    "overlast.dieren",
    "leefbaarheid.afval",
    "leefbaarheid.groen",
    "leefbaarheid.verkeer_en_parkeren",
    "veiligheid.vernieling",
)
_NUMBERING = (
    ("deel {k} van {n}: ", ""),
    ("({k}/{n}) ", ""),
    ("", " ({k}/{n})"),
    ("{k}/{n} ", ""),
    ("bericht {k} van {n} - ", ""),
    ("[{k}] ", ""),
    ("", " [deel {k}]"),
)


def _street(geo: Geography, rng: np.random.Generator) -> int:
    weights = geo.street_size.astype(np.float64)
    return int(rng.choice(geo.n_streets, p=weights / weights.sum()))


def _point(geo: Geography, street: int, rng: np.random.Generator) -> tuple[float, float]:
    lat = float(geo.street_lat[street] + rng.normal(0, 0.0003))
    lon = float(geo.street_lon[street] + rng.normal(0, 0.0005))
    return lat, lon


def _number(k: int, n: int, style: int) -> tuple[str, str]:
    if style == len(_NUMBERING):  # "vervolg": the first part is plain
        return ("", "") if k == 1 else (f"vervolg {k - 1}: ", "")
    before, after = _NUMBERING[style]
    return before.format(k=k, n=n), after.format(k=k, n=n)


def _repeats(
    writer: Writer, theme: str, rng: random.Random, nrng: np.random.Generator
) -> tuple[list[str], list[int]]:
    count = int(nrng.integers(8, 21))
    span = int(nrng.integers(14, 57))
    base, _ = writer.theme_text(rng, theme, MOR, plain=True)
    texts = [base] + [writer.repeat_variant(rng, base) for _ in range(count - 1)]
    days = sorted(int(d) for d in nrng.integers(0, span, count))
    return texts, days


def _series(
    writer: Writer, theme: str, rng: random.Random, nrng: np.random.Generator
) -> tuple[list[str], list[int]]:
    count = int(nrng.integers(5, 11))
    span = int(nrng.integers(1, 8))
    style = int(nrng.integers(0, len(_NUMBERING) + 1))
    texts = []
    for k in range(1, count + 1):
        body, _ = writer.theme_text(rng, theme, MOR, plain=True)
        before, after = _number(k, count, style)
        texts.append(f"{before}{body}{after}")
    days = sorted(int(d) for d in nrng.integers(0, span, count))
    return texts, days


def make_decoy(
    ident: str,
    kind: str,
    geo: Geography,
    writer: Writer,
    rngs: Rngs,
) -> Group:
    """One noisy reporter of `kind` ("herhaling" or "reeks")."""
    nrng, rng, trng = rngs
    theme = rng.choice(DECOY_THEMES)
    street = _street(geo, nrng)
    point = _point(geo, street, nrng)
    texts, offsets = (_repeats if kind == "herhaling" else _series)(writer, theme, trng, nrng)
    start = int(nrng.integers(0, DAYS - offsets[-1] - 1))
    group = Group(ident, {})
    for text, offset in zip(texts, offsets, strict=True):
        row = SpecialRow(start + offset, street, text, "affected", "", "", MOR, ident, point)
        group.rows.append(row)
    group.entry = {
        "id": ident,
        "kind": kind,
        "theme": theme,
        "neighbourhood": geo.buurt_codes[int(geo.street_buurt[street])],
        "street": geo.street_names[street],
        "start": day_of(start + offsets[0]).isoformat(),
        "end": day_of(start + offsets[-1]).isoformat(),
        "reporters": 1,
        "households": 0,
    }
    return group


def make_decoys(count: int, geo: Geography, writer: Writer, rngs: Rngs) -> list[Group]:
    """`count` decoys, alternating repeated reports and numbered series."""
    kinds = ("herhaling", "reeks")
    return [make_decoy(f"D{i + 1:02d}", kinds[i % 2], geo, writer, rngs) for i in range(count)]
