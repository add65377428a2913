"""Building a whole town and streaming it to `signals.csv` and `truth.json`.

The structure of a town (geography, background counts and days, planted questions, decoys,
sources, households, missing fields) depends only on the seed and the size; the hand only
changes the texts and the roles they imply. So `--town kort` and `--town verhaal` with one seed
share their ground truth.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.towns.background import (
    END,
    START,
    cell_rates,
    draw_background,
    model_for,
)
from benchmarks.towns.csvout import BackgroundAttrs, RowWriter
from benchmarks.towns.decoys import make_decoys
from benchmarks.towns.geography import Geography, build_geography
from benchmarks.towns.planted import Group, plant_questions
from benchmarks.towns.texts import Writer
from benchmarks.towns.themes import CONFUSED_WITH, LEAVES, MOR, MOR_SHARE, SOURCES

GENERATOR_VERSION = 1
_PRO = ("huisbezoek", "spreekuur", "telefoon", "politie", "corporatie", "school", "overig")
_PRO_WEIGHTS = (0.23, 0.2, 0.26, 0.09, 0.13, 0.02, 0.07)
_BOOST: dict[str, dict[str, float]] = {
    "welzijn.opvoeding": {"school": 12.0},
    "overlast.jongeren": {"school": 3.0, "politie": 1.5},
    "voorzieningen.speelplek": {"school": 3.0},
    "samenleven.discriminatie": {"school": 2.0},
    "welzijn.zorgen_om_bewoner": {"school": 2.0, "huisbezoek": 1.5},
    "leefbaarheid.onderhoud_woning": {"corporatie": 4.0},
    "overlast.buren": {"corporatie": 2.0},
    "veiligheid.bedreiging_en_geweld": {"politie": 4.0},
    "veiligheid.inbraak_en_diefstal": {"politie": 4.0},
    "overlast.drank_en_drugs": {"politie": 2.5},
    "welzijn.armoede_en_schulden": {"spreekuur": 2.0, "school": 2.0},
}
_NO_HOUSEHOLD = {"politie": 0.4, "overig": 0.3}
LABEL_CHANCE = 0.5  # a professional fills in a theme (never on a melding openbare ruimte)


@dataclass(frozen=True)
class Spec:
    """What to generate."""

    town: str
    size: int
    seed: int
    null: str | None = None
    season: bool = True
    trend: bool = False
    planted: int | None = None


def n_buurten(size: int) -> int:
    """≈150 buurten at 20,000 signals, ≈5,000 at 1,000,000 (a power law in between)."""
    return max(5, round(150 * math.pow(size / 20_000, math.log(5000 / 150) / math.log(50))))


def n_planted(size: int) -> int:
    """30 planted questions at 20,000 signals, 60 at 1,000,000, fewer in small towns."""
    if size >= 20_000:
        return round(30 * math.pow(size / 20_000, math.log(2) / math.log(50)))
    return max(3, round(30 * math.pow(size / 20_000, 0.6)))


def n_decoys(planted: int) -> int:
    """At least three noisy reporters, one per eight planted questions."""
    return max(3, round(planted / 8))


def _source_table() -> np.ndarray:
    table = np.zeros((len(LEAVES), len(SOURCES)))
    for t, theme in enumerate(LEAVES):
        boost = _BOOST.get(theme, {})
        pro = np.array([w * boost.get(s, 1.0) for s, w in zip(_PRO, _PRO_WEIGHTS, strict=True)])
        pro *= (1 - MOR_SHARE[theme]) / pro.sum()
        for s, weight in zip(_PRO, pro, strict=True):
            table[t, SOURCES.index(s)] = weight
        table[t, SOURCES.index(MOR)] = MOR_SHARE[theme]
    return table


def _background_rows(
    geo: Geography, theme: np.ndarray, street: np.ndarray, rng: np.random.Generator
) -> BackgroundAttrs:
    n = len(theme)
    table = _source_table()
    source = np.empty(n, dtype=np.int64)
    for t in range(len(LEAVES)):
        members = np.flatnonzero(theme == t)
        source[members] = rng.choice(len(SOURCES), size=len(members), p=table[t])
    keyless = np.full(len(SOURCES), 0.03)
    keyless[SOURCES.index(MOR)] = 1.0
    for name, chance in _NO_HOUSEHOLD.items():
        keyless[SOURCES.index(name)] = chance
    sizes = geo.street_size[street]
    household = np.floor(sizes * rng.random(n) ** 1.7).astype(np.int64)
    household[rng.random(n) < keyless[source]] = -1
    label = np.full(n, -1, dtype=np.int64)
    filled = (source != SOURCES.index(MOR)) & (rng.random(n) < LABEL_CHANCE)
    label[filled] = theme[filled]
    for index in np.flatnonzero(filled & (rng.random(n) < 0.15)):
        others = CONFUSED_WITH[LEAVES[theme[index]]]
        if others:
            label[index] = LEAVES.index(others[int(rng.integers(len(others)))])
    return BackgroundAttrs(source.tolist(), household.tolist(), label.tolist())


def _groups(
    spec: Spec,
    geo: Geography,
    writer: Writer,
    rngs: tuple[np.random.Generator, random.Random, random.Random],
) -> list[Group]:
    if spec.null is not None:
        return []
    count = n_planted(spec.size) if spec.planted is None else spec.planted
    planted = plant_questions(count, geo, writer, rngs, str(spec.seed))
    return planted + make_decoys(n_decoys(count), geo, writer, rngs)


def generate(spec: Spec, writer: Writer, out: Path) -> dict[str, object]:
    """Write `out/signals.csv` and `out/truth.json`; return the truth document."""
    nrng = np.random.default_rng([spec.seed, 20_241_231])
    rngs = (nrng, random.Random(spec.seed * 7 + 1), random.Random(f"{spec.seed}:{spec.town}"))
    geo = build_geography(nrng, n_buurten(spec.size))
    groups = _groups(spec, geo, writer, rngs)
    specials = [row for group in groups for row in group.rows]
    model = model_for(spec.null, season=spec.season, trend=spec.trend)
    rates = cell_rates(geo.street_size, geo.buurt_volume[geo.street_buurt], model, nrng)
    bg = draw_background(rates, spec.size - len(specials), model, nrng)
    attrs = _background_rows(geo, bg.theme, bg.street, nrng)
    out.mkdir(parents=True, exist_ok=True)
    rows = RowWriter(geo, bg, attrs, specials, nrng)
    ids = rows.write(out / "signals.csv", writer, rngs[2], salt=str(spec.seed))
    truth = _truth(spec, geo, groups, ids, model.describe())
    text = json.dumps(truth, ensure_ascii=False, indent=1)
    (out / "truth.json").write_text(text, encoding="utf-8")
    return truth


def _truth(
    spec: Spec,
    geo: Geography,
    groups: list[Group],
    ids: dict[str, list[str]],
    model: dict[str, object],
) -> dict[str, object]:
    planted: list[dict[str, object]] = []
    decoys: list[dict[str, object]] = []
    for group in groups:
        entry = {**group.entry, "signal_ids": ids.get(group.id, [])}
        (planted if group.id.startswith("P") else decoys).append(entry)
    return {
        "town": spec.town,
        "size": spec.size,
        "seed": spec.seed,
        "null": spec.null is not None,
        "null_model": spec.null,
        "planted": planted,
        "decoys": decoys,
        "background": {
            **model,
            "start": START.isoformat(),
            "end": END.isoformat(),
            "buurten": len(geo.buurt_codes),
            "streets": geo.n_streets,
            "households": int(geo.street_size.sum()),
            "signals": spec.size - sum(len(v) for v in ids.values()),
        },
        "generator_version": GENERATOR_VERSION,
    }
