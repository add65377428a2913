"""A municipality at production size for measuring: `wijkverbinder demo --scale`.

Schaalstad (fictional, CBS code GM9990) has 250,000 inhabitants in 50 wijken of 5 buurten with 20
streets each; one team per wijk with a coordinator (`schaal01` … `schaal50`) and three members;
by default 1,000,000 signals over 3 years, spread over teams, buurten, streets and themes with a
few hot spots, plus collective questions with their signals and trajectories per team.

Everything is written with bulk inserts in batches (no redaction, no detection, no hooks): the
texts are fixed phrases without personal data, and households are random pseudonyms. It is meant
for load tests and query plans on PostgreSQL, not for the demo (which goes through the real import).
Deterministic for a seed.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Membership, Team, User
from wijkverbinder.areas.models import District, Municipality, Neighbourhood, Street
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake.models import Signal
from wijkverbinder.portal.demo.phrases import BACKGROUND_PHRASES
from wijkverbinder.trajectories.models import Step, Trajectory
from wijkverbinder.trajectories.services import trajectory_title

MUNICIPALITY_CODE = "GM9990"
MUNICIPALITY_NAME = "Schaalstad"
INHABITANTS = 250_000
TEAMS = 50
BUURTEN_PER_WIJK = 5
STREETS_PER_BUURT = 20
YEARS = 3
SIGNALS = 1_000_000
QUESTIONS_PER_TEAM = 40
SIGNALS_PER_QUESTION = 12
TRAJECTORIES_PER_TEAM = 8
BATCH = 5_000
PASSWORD = "schaalstad-meten"  # noqa: S105 - fictional accounts of a measuring database
STREET_WORDS = (
    "Linden", "Eiken", "Beuken", "Wilgen", "Populieren", "Esdoorn", "Berken", "Kastanje",
    "Iepen", "Elzen", "Hazelaar", "Meidoorn", "Vlier", "Hulst", "Taxus", "Seringen",
    "Rozen", "Tulpen", "Narcissen", "Krokus",
)  # fmt: skip
STREET_KINDS = ("laan", "straat", "hof", "weg", "plein")
SOURCES = (
    "huisbezoek",
    "spreekuur",
    "telefoon",
    "melding_openbare_ruimte",
    "politie",
    "corporatie",
)
ROLES = ("affected", "affected", "affected", "causing", "")


@dataclass(frozen=True)
class ScaleReport:
    """What was made and how long it took."""

    teams: int
    neighbourhoods: int
    streets: int
    signals: int
    questions: int
    trajectories: int
    seconds: float


def exists() -> bool:
    """Whether Schaalstad is already in the database."""
    return Municipality.objects.filter(code=MUNICIPALITY_CODE).exists()


def _batches(items: Iterator[object], size: int) -> Iterator[list[object]]:
    batch: list[object] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@transaction.atomic
def _structure(
    year: int,
) -> tuple[list[Team], dict[int, list[Neighbourhood]], dict[int, list[Street]]]:
    municipality = Municipality.objects.create(
        code=MUNICIPALITY_CODE, name=MUNICIPALITY_NAME, year=year
    )
    per_buurt = INHABITANTS // (TEAMS * BUURTEN_PER_WIJK)
    districts = District.objects.bulk_create(
        District(municipality=municipality, code=f"WK9990{w:02d}", name=f"Wijk {w:02d}", year=year,
                 population=per_buurt * BUURTEN_PER_WIJK)
        for w in range(1, TEAMS + 1)
    )  # fmt: skip
    buurten = Neighbourhood.objects.bulk_create(
        Neighbourhood(district=d, code=f"BU9990{w:02d}{b:02d}", name=f"Buurt {w:02d}-{b}",
                      year=year, population=per_buurt)
        for w, d in enumerate(districts, start=1)
        for b in range(1, BUURTEN_PER_WIJK + 1)
    )  # fmt: skip
    streets = Street.objects.bulk_create(
        Street(neighbourhood=n, name=f"{STREET_WORDS[s]}{STREET_KINDS[i % len(STREET_KINDS)]}")
        for i, n in enumerate(buurten)
        for s in range(STREETS_PER_BUURT)
    )
    password = make_password(PASSWORD)
    teams, users, memberships = [], [], []
    for w, district in enumerate(districts, start=1):
        team = Team.objects.create(name=f"Wijkteam Schaalstad {w:02d}", slug=f"schaalstad-{w:02d}",
                                   municipality=municipality)  # fmt: skip
        team.districts.set([district])
        teams.append(team)
        for m in range(4):
            name = f"schaal{w:02d}" if m == 0 else f"schaal{w:02d}{'abc'[m - 1]}"
            users.append(User(username=name, password=password, first_name="Meet", last_name=name))
    users = User.objects.bulk_create(users)
    for index, user in enumerate(users):
        role = Membership.Role.COORDINATOR if index % 4 == 0 else Membership.Role.MEMBER
        memberships.append(Membership(user=user, team=teams[index // 4], role=role))
    Membership.objects.bulk_create(memberships)
    by_district = {d.pk: [n for n in buurten if n.district_id == d.pk] for d in districts}
    buurten_by_team = {t.pk: by_district[districts[i].pk] for i, t in enumerate(teams)}
    streets_by_buurt: dict[int, list[Street]] = {}
    for street in streets:
        streets_by_buurt.setdefault(street.neighbourhood_id, []).append(street)
    return teams, buurten_by_team, streets_by_buurt


def build_scale(
    *,
    signals: int = SIGNALS,
    end: date | None = None,
    seed: int = 16,
    progress: Callable[[str], None] | None = None,
) -> ScaleReport:
    """Make Schaalstad with `signals` signals over three years up to `end` (default today)."""
    started = time.perf_counter()
    say = progress or (lambda _text: None)
    rng = random.Random(seed)
    end = end or timezone.localdate()
    days = 365 * YEARS
    teams, buurten_by_team, streets_by_buurt = _structure(end.year)
    themes = [code for code in load_taxonomy().leaf_codes() if code in BACKGROUND_PHRASES] or list(
        BACKGROUND_PHRASES
    )
    weights = [rng.uniform(0.2, 3.0) for _ in themes]
    users = dict(
        Membership.objects.filter(team__in=teams, role=Membership.Role.COORDINATOR).values_list(
            "team_id", "user_id"
        )
    )
    now = timezone.now()

    def signal_rows() -> Iterator[Signal]:
        for index in range(signals):
            team = teams[index % len(teams)]
            buurt = rng.choice(buurten_by_team[team.pk])
            street = rng.choice(streets_by_buurt[buurt.pk])
            theme = rng.choices(themes, weights)[0]
            yield Signal(
                uuid=uuid.UUID(int=rng.getrandbits(128), version=4),
                team=team,
                observed_on=end - timedelta(days=int(days * rng.random() ** 1.3)),
                neighbourhood=buurt,
                street=street,
                theme=theme,
                theme_origin=Signal.ThemeOrigin.CONFIRMED,
                text=rng.choice(BACKGROUND_PHRASES[theme]),
                role=rng.choice(ROLES),
                source=rng.choice(SOURCES),
                household=f"{rng.getrandbits(64):016x}",
                severity=1 + (index % 7 == 0),
                created_by_id=users[team.pk],
                created_at=now,
                updated_at=now,
            )

    made = 0
    for batch in _batches(signal_rows(), BATCH):
        Signal.objects.bulk_create(batch)  # type: ignore[arg-type]
        made += len(batch)
        if made % 100_000 < BATCH:
            say(f"{made} signalen")
    questions = _questions(teams, rng)
    say(f"{questions} gemeenschappelijke vragen")
    trajectories = _trajectories(teams, users, rng)
    refresh_statistics()
    say("statistieken van de database bijgewerkt")
    return ScaleReport(
        teams=len(teams),
        neighbourhoods=sum(len(b) for b in buurten_by_team.values()),
        streets=sum(len(s) for s in streets_by_buurt.values()),
        signals=made,
        questions=questions,
        trajectories=trajectories,
        seconds=round(time.perf_counter() - started, 1),
    )


def refresh_statistics() -> None:
    """Give the query planner the statistics of the new rows (and PostgreSQL its visibility map).

    Without them PostgreSQL takes a team's 20,000 signals for a handful: it reads them all to sort
    a page instead of walking the `signal_list` index (0.5 s instead of 1 ms per list), and counts
    visit every row. Autovacuum would catch up eventually, but not when it is off or still busy.
    `VACUUM` cannot run inside a transaction; there (in tests) `ANALYZE` alone.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            cursor.execute("VACUUM (ANALYZE)")
        else:
            cursor.execute("ANALYZE")


def _questions(teams: list[Team], rng: random.Random) -> int:
    """Per team a number of questions, each with signals of one buurt and theme."""
    through = CollectiveQuestion.signals.through
    made = 0
    for team in teams:
        rows = list(
            Signal.objects.filter(team=team)
            .values_list("pk", "neighbourhood_id", "street_id", "theme", "household", "observed_on")
            .order_by("pk")[: QUESTIONS_PER_TEAM * SIGNALS_PER_QUESTION * 4]
        )
        groups: dict[tuple[int, str], list[tuple[int, str, date]]] = {}
        street_of: dict[tuple[int, str], int] = {}
        for pk, buurt, street, theme, household, on in rows:
            groups.setdefault((buurt, theme), []).append((pk, household, on))
            street_of.setdefault((buurt, theme), street)
        keys = sorted(groups, key=lambda k: -len(groups[k]))[:QUESTIONS_PER_TEAM]
        questions = []
        for rank, key in enumerate(keys):
            members = groups[key]
            status = (
                CollectiveQuestion.Status.CONFIRMED if rank % 5 == 0
                else CollectiveQuestion.Status.DISMISSED if rank % 7 == 0
                else CollectiveQuestion.Status.OPEN
            )  # fmt: skip
            questions.append(
                CollectiveQuestion(
                    team=team, theme=key[1], neighbourhood_id=key[0], street_id=street_of[key],
                    title=f"{key[1].split('.')[-1].replace('_', ' ').capitalize()} – vraag {rank + 1}",
                    status=status, score=round(rng.uniform(1, 12), 3), p_value=rng.uniform(0, 0.01),
                    expected=rng.uniform(0.5, 3), households=len({h for _, h, _ in members}),
                    signal_count=len(members), start=min(on for _, _, on in members),
                    end=max(on for _, _, on in members), trend=rng.choice(["rising", "stable", "falling"]),
                    level="street", sides=["affected"], keywords=[], detected_at=timezone.now(),
                    stale=rank % 11 == 10,
                )
            )  # fmt: skip
        CollectiveQuestion.objects.bulk_create(questions)
        links = [
            through(collectivequestion_id=q.pk, signal_id=pk)
            for q, key in zip(questions, keys, strict=True)
            for pk, _, _ in groups[key]
        ]
        through.objects.bulk_create(links, batch_size=BATCH)
        made += len(questions)
    return made


def _trajectories(teams: list[Team], users: dict[int, int], rng: random.Random) -> int:
    """Per team a few trajectories on its confirmed questions: two active, the rest finished."""
    rows = []
    for team in teams:
        confirmed = CollectiveQuestion.objects.filter(
            team=team, status=CollectiveQuestion.Status.CONFIRMED
        ).select_related("neighbourhood")[:TRAJECTORIES_PER_TEAM]
        for index, question in enumerate(confirmed):
            status = (
                Trajectory.Status.ACTIVE if index < 2
                else rng.choice([Trajectory.Status.HANDED_OVER, Trajectory.Status.CLOSED])
            )  # fmt: skip
            rows.append(
                Trajectory(
                    team=team, district_id=question.neighbourhood.district_id,
                    neighbourhood_id=question.neighbourhood_id, question=question,
                    theme=question.theme, title=trajectory_title(question),
                    step=Step.MAP_NETWORK if status == Trajectory.Status.ACTIVE else Step.HAND_OVER,
                    status=status, created_by_id=users[team.pk],
                )
            )  # fmt: skip
    Trajectory.objects.bulk_create(rows)
    return len(rows)
