"""About 18 months of demo signals for Verbindendam, generated deterministically and imported
through the same path as real files (`intake.imports`: redaction, pseudonyms, theme suggestion).

The fictional case of wijk W shows up as real clusters among background signals of every theme:
noise in two streets, youth at a square, loneliness in a flat for the elderly, litter at the
containers, the wish for a meeting place, and volunteers that are hard to find. The noise history
of `effect_history` (low noise everywhere, a noise problem in the Tulpenhof that fell after its
trajectory's hand-over) gives the measured effect something to measure.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, timedelta

from wijkverbinder.accounts.models import User
from wijkverbinder.intake.imports import ImportReport, import_signals
from wijkverbinder.portal.demo import cast
from wijkverbinder.portal.demo.effect_history import effect_rows
from wijkverbinder.portal.demo.phrases import (
    BACKGROUND_PHRASES,
    CAUSING_PHRASES,
    CLUSTER_PHRASES,
    NAMES,
    PHONES,
    VARIATIONS,
)

HEADER = [
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
]
MONTHS = 18
SOURCES = (
    "huisbezoek",
    "spreekuur",
    "telefoon",
    "melding_openbare_ruimte",
    "politie",
    "corporatie",
    "school",
    "overig",
)


@dataclass(frozen=True)
class Cluster:
    key: str
    theme: str
    places: tuple[tuple[str, str], ...]  # (buurt code, street)
    first_month: int  # months before the end date where it starts
    count: int
    households: int
    roles: tuple[str, ...]


CLUSTERS = (
    Cluster(
        "geluid",
        "overlast.geluid",
        (("BU99010102", "Kastanjelaan"),),
        6,
        30,
        14,
        ("affected",) * 5 + ("causing",),
    ),
    Cluster(
        "geluid",
        "overlast.geluid",
        (("BU99010103", "Molenstraat"),),
        5,
        26,
        12,
        ("affected",) * 4 + ("causing",),
    ),
    Cluster(
        "jongeren",
        "overlast.jongeren",
        (("BU99010104", "Marktplein"),),
        9,
        40,
        22,
        ("affected",) * 3 + ("causing", "involved"),
    ),
    Cluster(
        "eenzaamheid",
        "welzijn.eenzaamheid",
        (("BU99010106", "Zonnehof"),),
        12,
        30,
        21,
        ("asking_help", "asking_help", "involved"),
    ),
    Cluster(
        "afval",
        "leefbaarheid.afval",
        (("BU99010101", "Havenstraat"),),
        10,
        35,
        20,
        ("affected",) * 4 + ("involved",),
    ),
    Cluster(
        "ontmoetingsplek",
        "voorzieningen.ontmoetingsplek",
        (
            ("BU99010103", "Korenweg"),
            ("BU99010105", "Merelstraat"),
            ("BU99010106", "Parklaan"),
            ("BU99010104", "Kerkstraat"),
        ),
        14,
        25,
        22,
        ("involved", "asking_help"),
    ),
    Cluster(
        "vrijwilligers",
        "participatie.vrijwilligers",
        (("BU99010105", "Spreeuwlaan"), ("BU99010101", "Kadeweg"), ("BU99010102", "Rozenstraat")),
        16,
        18,
        14,
        ("involved",),
    ),
)


def _text(rng: random.Random, phrases: tuple[str, ...]) -> str:
    text = rng.choice(phrases)
    return text.format(name=rng.choice(NAMES), phone=rng.choice(PHONES))


def _row(  # noqa: PLR0917  (one CSV row: its columns in order)
    rng: random.Random,
    ident: str,
    day: date,
    text: str,
    place: tuple[str, str],
    role: str,
    household: str,
    theme: str,
) -> list[str]:
    labelled = theme if rng.random() < 0.7 else ""  # the rest is left to the theme suggestion
    return [
        ident,
        day.isoformat(),
        text,
        place[0],
        place[1],
        "",
        "",
        role,
        household,
        labelled,
        rng.choice(SOURCES),
    ]


@dataclass(frozen=True)
class Household:
    """One demo household of a cluster: its role and the text it tells (its own, every time)."""

    key: str
    role: str
    text: str


def _households(
    rng: random.Random, number: int, cluster: Cluster, used: set[str]
) -> list[Household]:
    """The cluster's households: a role each, and a text that fits the role and is theirs alone.

    A causing household tells a phrase of `CAUSING_PHRASES`; the others never do. Two households
    never tell the same text (a variation is added), so identical texts are one household's.
    """
    causing = CAUSING_PHRASES.get(cluster.key, ())
    others = tuple(p for p in CLUSTER_PHRASES[cluster.key] if p not in causing)
    found = []
    told = {"causing": 0, "other": 0}
    for index in range(cluster.households):
        role = cluster.roles[index % len(cluster.roles)]
        if role == "causing" and not causing:
            role = "affected"
        side = "causing" if role == "causing" else "other"
        pool = causing if side == "causing" else others
        base = _text(rng, (pool[told[side] % len(pool)],))
        told[side] += 1
        endings = [a + b for a in VARIATIONS for b in VARIATIONS if not (a and a == b)]
        text = next(base + extra for extra in endings if base + extra not in used)
        used.add(text)
        found.append(Household(f"demo-{cluster.key}-{number}-{index}", role, text))
    return found


def _cluster_rows(rng: random.Random, end: date) -> list[list[str]]:
    rows = []
    used: set[str] = set()  # texts told so far, over all clusters
    for number, cluster in enumerate(CLUSTERS):
        span = cluster.first_month * 30
        households = _households(rng, number, cluster, used)
        for index in range(cluster.count):
            # later signals are denser: the question is growing
            day = end - timedelta(days=int(span * (1 - rng.random() ** 0.7)))
            household = rng.choice(households)
            rows.append(
                _row(
                    rng,
                    f"demo-c{number}-{index}",
                    day,
                    household.text,
                    rng.choice(cluster.places),
                    household.role,
                    household.key,
                    cluster.theme,
                )
            )
    return rows


def _background_rows(
    rng: random.Random, end: date, district: str, count: int, prefix: str
) -> list[list[str]]:
    places = [(b.code, s) for b in cast.NEIGHBOURHOODS if b.district == district for s in b.streets]
    themes = sorted(BACKGROUND_PHRASES)
    rows = []
    for index in range(count):
        theme = rng.choice(themes)
        day = end - timedelta(days=rng.randrange(MONTHS * 30))
        rows.append(
            _row(
                rng,
                f"{prefix}-{index}",
                day,
                _text(rng, BACKGROUND_PHRASES[theme]),
                rng.choice(places),
                rng.choice(("affected", "affected", "asking_help", "involved")),
                f"{prefix}-hh-{index}",
                theme,
            )
        )
    return rows


def demo_csv(*, district: str, end: date, seed: int = 2025) -> bytes:
    """The demo's signals of one wijk as our own CSV format."""
    rng = random.Random(f"{seed}-{district}")
    rows = _background_rows(
        rng, end, district, 520 if district == "WK990101" else 140, f"demo-{district}"
    )
    if district == "WK990101":
        rows += _cluster_rows(rng, end)
        quiet = frozenset(place for cluster in CLUSTERS for place in cluster.places)
        rows += effect_rows(end, seed, quiet)
    rows.sort(key=lambda row: (row[1], row[0]))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue().encode()


def load_demo_signals(*, end: date) -> list[ImportReport]:
    """Import the demo signals for both teams (idempotent: a second run adds nothing)."""
    reports = []
    for username, district in (("joost", "WK990101"), ("pieter", "WK990102")):
        user = User.objects.get(username=username)
        reports.append(
            import_signals(
                user=user,
                data=demo_csv(district=district, end=end),
                filename=f"demo-{district}.csv",
            )
        )
    return reports
