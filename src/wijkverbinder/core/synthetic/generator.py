"""Synthetic towns with planted collective questions, for benchmarks and tests.

A town has buurten with different reporting propensities (`town.build_town`), several years of
background signals of every theme everywhere (with a summer rhythm for some themes and repeat reports
by the same household), and planted collective questions: many households of one street (or, for
diffuse themes, of one buurt) reporting on one theme or on a new topic outside the taxonomy within a
few weeks. A buurt that reports readily also reports its collective questions more fully (planted
households grow with the square root of the propensity). Part of the signals carry a confirmed theme; the rest must be classified. Everything is
drawn from one `random.Random(seed)`, so a seed gives the same town every time.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.synthetic.phrases import CORE
from wijkverbinder.core.synthetic.phrasing import compose
from wijkverbinder.core.synthetic.taxonomy import (
    DIFFUSE_THEMES,
    NEW_TOPICS,
    SUMMER_THEMES,
    SYNTHETIC_SEEDS,
    THEME_WEIGHTS,
)
from wijkverbinder.core.synthetic.town import Buurt, Street, build_town, to_latlon

_SOURCES = (
    "huisbezoek",
    "spreekuur",
    "telefoon",
    "melding_openbare_ruimte",
    "politie",
    "corporatie",
)
_NOISE_ROLES = (("affected", 0.7), ("asking_help", 0.2), ("involved", 0.07), ("causing", 0.03))
_NUISANCE_PREFIXES = ("overlast.", "sociaal.burenconflict", "leefomgeving.")


@dataclass(frozen=True, slots=True)
class PlantedQuestion:
    """A collective question the generator put in on purpose (the benchmark's ground truth)."""

    id: str
    theme: str
    neighbourhood: str
    street: str | None
    start: date
    end: date
    signal_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SyntheticTown:
    """Signals (sorted by date), the planted questions and every signal's true topic."""

    signals: list[SignalRecord]
    planted: list[PlantedQuestion]
    true_topics: dict[str, str]


@dataclass(slots=True)
class _Draft:
    day: int
    topic: str
    buurt: Buurt
    street: Street
    role: str
    household: str | None
    text: str
    planted: int = -1


def planted_count(n_signals: int) -> int:
    """How many questions to plant in a town of ``n_signals`` signals."""
    return max(20, min(400, round(n_signals / 800)))


def _draft(
    topic: str,
    buurt: Buurt,
    street: Street,
    *,
    day: int,
    role: str,
    rng: random.Random,
    household: str | None = None,
    focus: str | None = None,
    planted: int = -1,
) -> _Draft:
    if household is None and rng.random() >= 0.1:
        household = street.household(rng)
    text = compose(topic, rng, street=street.name, focus=focus)
    return _Draft(day, topic, buurt, street, role, household, text, planted)


def _noise(n: int, buurten: list[Buurt], span: int, rng: random.Random) -> list[_Draft]:
    topics = [*THEME_WEIGHTS, *NEW_TOPICS]
    weights = [*THEME_WEIGHTS.values(), *([0.05] * len(NEW_TOPICS))]
    chosen_buurten = rng.choices(buurten, [b.propensity * len(b.streets) for b in buurten], k=n)
    chosen_topics = rng.choices(topics, weights, k=n)
    roles = rng.choices([r for r, _ in _NOISE_ROLES], [w for _, w in _NOISE_ROLES], k=n)
    drafts = []
    for buurt, topic, role in zip(chosen_buurten, chosen_topics, roles, strict=True):
        day = rng.randrange(span)
        while (
            topic in SUMMER_THEMES
            and rng.random() > (1 + 0.3 * math.sin(2 * math.pi * (day / 365.25 - 0.3))) / 1.3
        ):
            day = rng.randrange(span)
        street = rng.choices(buurt.streets, [s.households for s in buurt.streets])[0]
        drafts.append(_draft(topic, buurt, street, day=day, role=role, rng=rng))
    return drafts


def _plant(index: int, buurten: list[Buurt], span: int, rng: random.Random) -> list[_Draft]:
    topic = (
        NEW_TOPICS[index % len(NEW_TOPICS)]
        if rng.random() < 0.1
        else rng.choice(list(THEME_WEIGHTS))
    )
    diffuse = topic in DIFFUSE_THEMES
    buurt = rng.choice(buurten)
    street = rng.choice(buurt.streets)
    duration = rng.randrange(28, 64) if diffuse else rng.randrange(21, 85)
    start = rng.randrange(span - duration)
    households = rng.randrange(14, 29) if diffuse else rng.randrange(6, 17)
    households = max(households, round(households * math.sqrt(buurt.propensity)))
    focus_text = rng.choice(CORE[topic])
    nuisance = topic.startswith(_NUISANCE_PREFIXES)
    drafts = []
    for _ in range(households):
        home = rng.choice(buurt.streets) if diffuse else street
        household = home.household(rng) if rng.random() >= 0.1 else None
        repeats = rng.choices((1, 2, 3), (0.7, 0.22, 0.08))[0] if household else 1
        role = (
            "causing"
            if nuisance and rng.random() < 0.1
            else rng.choice(("affected", "asking_help"))
        )
        for _ in range(repeats):
            focus = focus_text if rng.random() < 0.5 else None
            day = start + rng.randrange(duration)
            drafts.append(
                _draft(
                    topic,
                    buurt,
                    home,
                    day=day,
                    role=role,
                    rng=rng,
                    household=household,
                    focus=focus,
                    planted=index,
                )
            )
    return drafts


def _record(
    draft: _Draft, signal_id: str, start: date, themed_share: float, rng: random.Random
) -> SignalRecord:
    theme: str | None = None
    if draft.topic in SYNTHETIC_SEEDS and rng.random() < themed_share:
        theme = draft.topic if rng.random() >= 0.02 else rng.choice(list(SYNTHETIC_SEEDS))
    x, y = draft.street.point(rng)
    lat, lon = to_latlon(x, y) if rng.random() >= 0.1 else (None, None)
    street = draft.street.name if rng.random() >= 0.08 or lat is None else None
    neighbourhood = draft.buurt.code if rng.random() >= 0.01 or lat is None else None
    return SignalRecord(
        id=signal_id,
        date=start + timedelta(days=draft.day),
        text=draft.text,
        neighbourhood=neighbourhood,
        street=street,
        lat=lat,
        lon=lon,
        role=draft.role,
        household=draft.household,
        theme=theme,
        source=rng.choice(_SOURCES),
    )


def generate_town(
    n_signals: int,
    *,
    seed: int = 0,
    years: int = 3,
    n_planted: int | None = None,
    themed_share: float = 0.75,
    start: date = date(2022, 1, 1),
) -> SyntheticTown:
    """A town with about ``n_signals`` signals over ``years`` years and planted questions."""
    rng = random.Random(seed)
    span = round(365.25 * years)
    buurten = build_town(max(12, n_signals // 1000), rng)
    planted_drafts = [
        d
        for i in range(n_planted if n_planted is not None else planted_count(n_signals))
        for d in _plant(i, buurten, span, rng)
    ]
    drafts = _noise(max(0, n_signals - len(planted_drafts)), buurten, span, rng) + planted_drafts
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i].day, rng.random()))
    signals: list[SignalRecord] = []
    members: dict[int, list[str]] = {}
    topics: dict[str, str] = {}
    for position, draft_index in enumerate(order):
        draft = drafts[draft_index]
        signal_id = f"s{position:07d}"
        signals.append(_record(draft, signal_id, start, themed_share, rng))
        topics[signal_id] = draft.topic
        if draft.planted >= 0:
            members.setdefault(draft.planted, []).append(signal_id)
    by_id = {record.id: record for record in signals}
    planted = [
        _planted_question(index, [by_id[i] for i in ids], topics)
        for index, ids in sorted(members.items())
    ]
    return SyntheticTown(signals, planted, topics)


def _planted_question(
    index: int, records: list[SignalRecord], topics: dict[str, str]
) -> PlantedQuestion:
    streets = {r.street for r in records if r.street}
    topic = topics[records[0].id]
    return PlantedQuestion(
        id=f"planted-{index:04d}",
        theme=topic if topic in SYNTHETIC_SEEDS else f"nieuw:{topic}",
        neighbourhood=next((r.neighbourhood for r in records if r.neighbourhood), ""),
        street=next(iter(streets)) if len(streets) == 1 else None,
        start=min(r.date for r in records),
        end=max(r.date for r in records),
        signal_ids=tuple(r.id for r in records),
    )
