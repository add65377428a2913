"""Planted collective questions: one matter, one place, a few weeks, several households.

A planted question takes 8–40 signals from 5–25 households of one street (or two or three
adjacent streets, or several streets of one buurt) within 3–16 weeks. Every aspect of its matter
is written at least once, so its texts span sub-themes; part of them come in as meldingen
openbare ruimte without a household key; professionals who fill in a theme pick different
plausible leaf codes. See `decoys.py` for the look-alikes that are not collective questions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np

from benchmarks.towns.background import DAYS, day_of
from benchmarks.towns.geography import Geography, household_key
from benchmarks.towns.matters import MATTERS, VAGUE, Aspect, Matter
from benchmarks.towns.texts import Writer
from benchmarks.towns.themes import MOR

_SOURCES = ("huisbezoek", "spreekuur", "telefoon", "corporatie", "politie", "school", "overig")
_SOURCE_WEIGHTS = (0.25, 0.2, 0.25, 0.1, 0.08, 0.05, 0.07)
_SOURCE_BOOST: dict[str, dict[str, float]] = {
    "schimmel": {"corporatie": 4.0},
    "eenzame_flat": {"corporatie": 2.0, "huisbezoek": 1.5},
    "bedreiging": {"politie": 4.0},
    "drugs_portiek": {"politie": 3.0, "corporatie": 1.5},
    "schoolverkeer": {"school": 5.0},
    "armoede": {"school": 2.0, "spreekuur": 1.5},
    "burenconflict": {"corporatie": 2.0},
}
Rngs = tuple[np.random.Generator, random.Random, random.Random]
"""(structure numpy rng, structure rng, text rng): a town's structure does not depend on its hand."""
MOR_CHANCE = 0.4  # of a signal about a public aspect
GENERIC_CHANCE = 0.2  # a text of a fitting theme that does not name the matter itself
VAGUE_CHANCE = 0.12


@dataclass
class SpecialRow:
    """A signal of a planted question or a decoy, fully written apart from its id."""

    day: int
    street: int
    text: str
    role: str
    household: str
    theme: str
    source: str
    group: str
    point: tuple[float, float] | None = None  # a fixed reporter position (decoys)


@dataclass
class Group:
    """A planted question or a decoy with its truth entry (signal ids are added on writing)."""

    id: str
    entry: dict[str, object]
    rows: list[SpecialRow] = field(default_factory=list)


def _pick_buurt(geo: Geography, rng: np.random.Generator, min_streets: int) -> int:
    eligible = np.flatnonzero(geo.buurt_street_count >= min_streets)
    if eligible.size == 0:
        eligible = np.arange(len(geo.buurt_codes))
    weights = geo.buurt_size[eligible].astype(np.float64)
    return int(rng.choice(eligible, p=weights / weights.sum()))


def _pick_streets(geo: Geography, rng: np.random.Generator, scope: str) -> list[int]:
    buurt = _pick_buurt(geo, rng, 1 if scope == "straat" else 3)
    streets = list(geo.streets_of(buurt))
    if scope == "straat" or len(streets) == 1:
        sizes = geo.street_size[streets].astype(np.float64)
        big = [s for s, size in zip(streets, sizes, strict=True) if size >= 30]
        pool = big or [streets[int(np.argmax(sizes))]]
        return [int(rng.choice(pool))]
    if scope == "straten":
        width = int(rng.integers(2, 4))
        first = int(rng.integers(0, max(1, len(streets) - width + 1)))
        return streets[first : first + width]
    count = min(len(streets), int(rng.integers(3, 7)))
    return sorted(int(s) for s in rng.choice(streets, size=count, replace=False))


def _source(matter: Matter, aspect: Aspect, rng: random.Random) -> str:
    if aspect.public and rng.random() < MOR_CHANCE:
        return MOR
    boost = _SOURCE_BOOST.get(matter.kind, {})
    weights = [w * boost.get(s, 1.0) for s, w in zip(_SOURCES, _SOURCE_WEIGHTS, strict=True)]
    return rng.choices(_SOURCES, weights)[0]


def _aspects(matter: Matter, n: int, rng: random.Random) -> list[str]:
    names = [aspect.name for aspect in matter.aspects]
    rng.shuffle(names)
    rest = [
        VAGUE if rng.random() < VAGUE_CHANCE else rng.choice(names) for _ in range(n - len(names))
    ]
    return names + rest


def _households(
    geo: Geography, streets: list[int], count: int, rng: np.random.Generator, salt: str
) -> list[tuple[int, str]]:
    sizes = [int(geo.street_size[s]) for s in streets]
    chosen = rng.choice(sum(sizes), size=min(count, sum(sizes)), replace=False)
    out = []
    for index in chosen:
        street_pos, number = 0, int(index)
        while number >= sizes[street_pos]:
            number -= sizes[street_pos]
            street_pos += 1
        street = streets[street_pos]
        out.append((street, household_key(salt, street, number)))
    return out


@dataclass
class _Plan:
    matter: Matter
    streets: list[int]
    start: int
    end: int
    sources: list[str]
    aspects: list[str]


def _plan(matter: Matter, geo: Geography, nrng: np.random.Generator, rng: random.Random) -> _Plan:
    """Place, period, aspects and sources (structure only, no text)."""
    streets = _pick_streets(geo, nrng, matter.scope)
    n = int(nrng.integers(8, 41))
    duration = int(nrng.integers(21, 113))
    start = int(nrng.integers(0, DAYS - duration))
    aspects = _aspects(matter, n, rng)
    sources = [_source(matter, matter.aspect(a), rng) for a in aspects]
    for index in range(len(sources)):  # at least five signals with a household key
        if sum(s != MOR for s in sources) >= 5:
            break
        if sources[index] == MOR:
            sources[index] = "telefoon"
    return _Plan(matter, streets, start, start + duration - 1, sources, aspects)


def _text(
    writer: Writer, plan: _Plan, aspect: Aspect, source: str, rng: random.Random
) -> tuple[str, str]:
    themes = [t for t in aspect.themes if t != "overig"]
    specific = aspect.name == VAGUE or not themes or plan.matter.off_taxonomy
    if not specific and rng.random() < GENERIC_CHANCE:
        return writer.theme_text(rng, rng.choice(themes), source)
    text, role = writer.matter_text(rng, plan.matter.kind, aspect.name, source)
    return text, role or aspect.role


def _owners(plan: _Plan, geo: Geography, rngs: Rngs, salt: str) -> dict[int, tuple[int, str]]:
    """(street, household key) per signal with a key: 5–25 distinct households, each at least once."""
    nrng, rng, _ = rngs
    keyed = [i for i, s in enumerate(plan.sources) if s != MOR]
    wanted = int(nrng.integers(5, min(25, len(keyed)) + 1))
    households = _households(geo, plan.streets, wanted, nrng, salt)
    rng.shuffle(keyed)
    return {
        index: households[position] if position < len(households) else rng.choice(households)
        for position, index in enumerate(keyed)
    }


def _entry(ident: str, plan: _Plan, geo: Geography, rows: list[SpecialRow]) -> dict[str, object]:
    matter = plan.matter
    return {
        "id": ident,
        "kind": matter.kind,
        "matter": matter.description,
        "themes": list(matter.themes),
        "off_taxonomy": matter.off_taxonomy,
        "scope": matter.scope,
        "neighbourhood": geo.buurt_codes[int(geo.street_buurt[plan.streets[0]])],
        "streets": [geo.street_names[s] for s in plan.streets],
        "start": day_of(plan.start).isoformat(),
        "end": day_of(plan.end).isoformat(),
        "households": len({r.household for r in rows if r.household}),
        "no_household_source": any(r.household == "" for r in rows),
        "signals_without_household": sum(r.household == "" for r in rows),
        "roles": sorted({r.role for r in rows}),
    }


def plant_question(
    ident: str,
    matter: Matter,
    *,
    geo: Geography,
    writer: Writer,
    rngs: Rngs,
    salt: str,
) -> Group:
    """Write one planted question: its signals and its truth entry."""
    nrng, rng, trng = rngs
    plan = _plan(matter, geo, nrng, rng)
    owners = _owners(plan, geo, rngs, salt)
    shape = (float(nrng.uniform(0.8, 2.5)), float(nrng.uniform(0.8, 2.5)))
    rows: list[SpecialRow] = []
    written: set[str] = set()
    for index, (aspect_name, source) in enumerate(zip(plan.aspects, plan.sources, strict=True)):
        aspect = matter.aspect(aspect_name)
        street, household = owners.get(index, (rng.choice(plan.streets), ""))
        text, role = _text(writer, plan, aspect, source, trng)
        for _ in range(3):  # people seldom say a thing in exactly the same words
            if text not in written:
                break
            text, role = _text(writer, plan, aspect, source, trng)
        written.add(text)
        theme = rng.choice(aspect.themes) if source != MOR and rng.random() < 0.5 else ""
        day = min(plan.start + int(rng.betavariate(*shape) * (plan.end - plan.start + 1)), plan.end)
        rows.append(SpecialRow(day, street, text, role, household, theme, source, ident))
    return Group(ident, _entry(ident, plan, geo, rows), rows)


def plant_questions(
    count: int,
    geo: Geography,
    writer: Writer,
    rngs: Rngs,
    salt: str,
) -> list[Group]:
    """`count` planted questions cycling through every kind of matter in a shuffled order."""
    order = list(MATTERS)
    rngs[1].shuffle(order)
    return [
        plant_question(
            f"P{i + 1:02d}", order[i % len(order)], geo=geo, writer=writer, rngs=rngs, salt=salt
        )
        for i in range(count)
    ]
