"""The demo's noise history for the measured effect (issue 15): noise signals in every street of
Wijk W at a low, seasonal rate (the comparison places), and a noise problem in the Tulpenhof
(Rozenhof) that was high until its trajectory was handed over, about six months before the end
date, and lower after it.

A separate random stream (the other demo rows stay exactly as they were) and ids starting with
`demo-e`. Every row carries its theme, so the counts do not depend on the theme suggestion.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from wijkverbinder.portal.demo import cast
from wijkverbinder.portal.demo.phrases import CAUSING_PHRASES, CLUSTER_PHRASES, NAMES, PHONES

THEME = "overlast.geluid"
PLACE = ("BU99010102", "Tulpenhof")
HANDED_OVER_DAYS_AGO = 182
DAYS = 18 * 30
RATE_BEFORE = 60.0  # signals a year in the Tulpenhof before the hand-over
RATE_AFTER = 15.0
BACKGROUND = (4.0, 10.0)  # signals a year in every other street, drawn per street


def _season(day: date) -> float:
    """More noise complaints in summer (windows open, gardens), fewer in winter."""
    return 1.0 + 0.35 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 196) / 365.25)


def _poisson(rng: random.Random, mean: float) -> int:
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def _text(rng: random.Random) -> str:
    phrases = [p for p in CLUSTER_PHRASES["geluid"] if p not in CAUSING_PHRASES["geluid"]]
    return rng.choice(phrases).format(name=rng.choice(NAMES), phone=rng.choice(PHONES))


def effect_rows(
    end: date, seed: int = 2025, quiet: frozenset[tuple[str, str]] = frozenset()
) -> list[list[str]]:
    """Rows of the demo CSV (same columns as `signals.HEADER`); no background noise in the `quiet`
    places (buurt code, street), the streets of the demo's other questions."""
    rng = random.Random(f"{seed}-effect")
    handed_over = end - timedelta(days=HANDED_OVER_DAYS_AGO)
    places = [
        (b.code, s)
        for b in cast.NEIGHBOURHOODS
        if b.district == "WK990101"
        for s in b.streets
        if (b.code, s) not in quiet  # the streets of the other demo questions keep their history
    ]
    rates = {place: rng.uniform(*BACKGROUND) for place in places}
    rates[PLACE] = RATE_BEFORE
    rows: list[list[str]] = []
    for offset in range(DAYS, 0, -1):
        day = end - timedelta(days=offset)
        for place in places:
            rate = rates[place]
            if place == PLACE and day >= handed_over:
                rate = RATE_AFTER
            for _ in range(_poisson(rng, rate / 365.25 * _season(day))):
                index = len(rows)
                rows.append(
                    [
                        f"demo-e-{index}",
                        day.isoformat(),
                        _text(rng),
                        place[0],
                        place[1],
                        "",
                        "",
                        "affected",
                        f"demo-e-hh-{index}",
                        THEME,
                        rng.choice(("huisbezoek", "telefoon", "melding_openbare_ruimte")),
                    ]
                )
    return rows
