"""One question per matter: clusters of one place and period merge, a matter takes its place's
later signals, a busy street of its buurt, its households' other reports, and joins across the
streets of a buurt."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from wijkverbinder.core.detection import (
    detect,
)
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.tests.detection.town import (
    SEEDS,
    party_house,
    street_series,
    themed,
)


def test_a_matter_takes_later_signals_of_its_street_and_leaves_a_lone_stray(golden):
    """Signals of the matter's street that follow at its pace join it, of any theme reported by two
    households or more; a theme one household reported once is background and stays out."""
    party = party_house()
    later = [
        SignalRecord(f"l-{i}", date(2024, 9, 19) + timedelta(days=2 * i), "jongeren bij het feest",
                     "BU00010002", "Lindelaan", role="affected", household=f"lh{i}",
                     theme="overlast.jongeren")
        for i in range(2)
    ]  # fmt: skip
    stray = SignalRecord("st", date(2024, 9, 10), "auto op de stoep", "BU00010002", "Lindelaan",
                         role="affected", household="sh", theme="leefomgeving.parkeren")  # fmt: skip
    found = detect([*golden, *party, *later, stray], seeds=SEEDS, seed=7).questions
    question = next(q for q in found if q.street == "Lindelaan")
    assert {"l-0", "l-1"} <= set(question.signal_ids)
    assert "st" not in question.signal_ids
    assert question.themes[:2] == ("overlast.geluid", "overlast.jongeren")


def test_a_matter_takes_a_busy_street_of_its_buurt_and_its_households_reports_without_address(
    golden,
):
    """Another street of the buurt with two households in the matter's period, at three times its
    usual pace or more, joins the matter with its signals of the matter's theme family; so does a
    report without address by one of the matter's households. A street with one household in that
    period stays out, and so does a busy street of another theme family."""
    party = party_house()
    around = [
        SignalRecord(f"n-{i}", date(2024, 9, 5) + timedelta(days=3 * i), "muziek van het feest",
                     "BU00010002", "Beukenhof", role="affected", household=f"nh{i % 2}",
                     theme="overlast.geluid")
        for i in range(3)
    ]  # fmt: skip
    lone = SignalRecord("h-0", date(2024, 9, 6), "muziek van het feest", "BU00010002", "Dorpsweg",
                        role="affected", household="hh-lone", theme="overlast.geluid")  # fmt: skip
    other_kind = [
        SignalRecord(f"a-{i}", date(2024, 9, 4) + timedelta(days=3 * i), "rekeningen niet betaald",
                     "BU00010002", "Kerkpad", role="affected", household=f"ah{i}",
                     theme="welzijn.armoede_en_schulden")
        for i in range(3)
    ]  # fmt: skip
    unaddressed = SignalRecord("u-0", date(2024, 9, 9), "weer dat feest", "BU00010002", None,
                               role="affected", household="ph3", theme="overlast.geluid")  # fmt: skip
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster
    from wijkverbinder.core.detection.series import build_series

    frame = Detector(
        [*golden, *party, *around, lone, unaddressed, *other_kind], seeds=SEEDS, seed=7
    ).frame
    _, table = build_series(frame, np.flatnonzero(frame.column("theme") >= 0), Config())
    ids = [r.id for r in frame.records]
    rows = np.array([ids.index(r.id) for r in party])
    street = street_series(frame, table, rows[0])
    matters = merge_clusters([Cluster(street, rows, 8, 0.1, -6.0)], frame, table, gap_days=21)
    taken = {ids[int(row)] for row in matters[0].rows}
    assert {"n-0", "n-1", "n-2", "u-0"} <= taken
    assert "h-0" not in taken
    assert not {"a-0", "a-1", "a-2"} & taken  # busy, but another theme family: its own matter


def _party_matter(golden: list[SignalRecord], extra: list[SignalRecord]) -> set[str]:
    """The matter of an 8-household party on Lindelaan (Sept 2024, two days apart) given as one
    cluster, with ``extra`` signals in the town; returns the ids the matter takes."""
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster

    party = party_house()
    frame, table, ids = themed([*golden, *party, *extra])
    rows = np.array([ids.index(r.id) for r in party])
    street = street_series(frame, table, rows[0])
    matters = merge_clusters([Cluster(street, rows, 8, 0.1, -6.0)], frame, table, gap_days=21)
    return {ids[int(row)] for row in matters[0].rows}


def test_a_matter_keeps_its_own_households_reports_under_a_theme_no_one_else_used(golden):
    """A theme that only one household reported in the matter's period is background, unless
    that household also reported the matter itself: then it is the same matter."""
    own = SignalRecord("own", date(2024, 9, 9), "jongeren op het feest", "BU00010002",
                       "Lindelaan", role="affected", household="ph3", theme="overlast.jongeren")  # fmt: skip
    stray = SignalRecord("st", date(2024, 9, 10), "auto op de stoep", "BU00010002", "Lindelaan",
                         role="affected", household="sh", theme="leefomgeving.parkeren")  # fmt: skip
    taken = _party_matter(golden, [own, stray])
    assert "own" in taken
    assert "st" not in taken


def test_a_matter_grows_over_a_slower_tail_of_three_households_and_not_over_two(golden):
    """After the burst (eight reports in 14 days), three households at 8, 13 and 19 days past
    its end on the same street — slower than the burst, far faster than the street's usual
    pace — extend the matter; two households at 10 and 20 days do not."""
    tail = [
        SignalRecord(f"t-{i}", date(2024, 9, 16) + timedelta(days=d), "weer dat feest",
                     "BU00010002", "Lindelaan", role="affected", household=f"th{i}",
                     theme="overlast.geluid")
        for i, d in enumerate((8, 13, 19))
    ]  # fmt: skip
    taken = _party_matter(golden, tail)
    assert {"t-0", "t-1", "t-2"} <= taken
    two = [
        SignalRecord(f"w-{i}", date(2024, 9, 16) + timedelta(days=d), "weer dat feest",
                     "BU00010002", "Lindelaan", role="affected", household=f"wh{i}",
                     theme="overlast.geluid")
        for i, d in enumerate((10, 20))
    ]  # fmt: skip
    assert not {"w-0", "w-1"} & _party_matter(golden, two)


def _matters_of(golden: list[SignalRecord], groups: list[list[SignalRecord]]) -> list[set[str]]:
    """`merge_clusters` given each group as one cluster of its street (the first most surprising);
    returns the ids per matter."""
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster

    frame, table, ids = themed([*golden, *(s for g in groups for s in g)])
    clusters = []
    for rank, group in enumerate(groups):
        rows = np.array([ids.index(r.id) for r in group])
        street = street_series(frame, table, rows[0])
        clusters.append(Cluster(street, rows, len(group), 0.1, -6.0 + rank))
    matters = merge_clusters(clusters, frame, table, gap_days=21)
    return [{ids[int(row)] for row in m.rows} for m in matters]


def _group(prefix: str, street: str, first: date, text: str, theme: str) -> list[SignalRecord]:
    return [
        SignalRecord(f"{prefix}-{i}", first + timedelta(days=3 * i), text, "BU00010002", street,
                     role="affected", household=f"{prefix}h{i}", theme=theme)
        for i in range(5)
    ]  # fmt: skip


def test_one_theme_family_on_two_streets_of_a_buurt_at_once_is_one_question(golden):
    """Two matters of one buurt on different streets whose periods overlap and whose households
    reported the same theme family (poverty under two sub-themes) are one question of the buurt;
    one of another theme family with other words, and one of the same family months later, stay
    apart."""
    first = _group("ar", "Lindelaan", date(2024, 9, 2), "geen geld voor boodschappen",
                   "welzijn.armoede_en_schulden")  # fmt: skip
    second = _group("sc", "Beukenhof", date(2024, 9, 10), "schulden en een lege koelkast",
                    "welzijn.opvoeding")  # fmt: skip
    other = _group("pk", "Havenkade", date(2024, 9, 5), "fietsen voor de deur",
                   "leefomgeving.parkeren")  # fmt: skip
    later = _group("la", "Dorpsweg", date(2024, 12, 20), "geen geld voor de huur",
                   "welzijn.armoede_en_schulden")  # fmt: skip
    matters = _matters_of(golden, [first, second, other, later])
    first_ids, second_ids = {r.id for r in first}, {r.id for r in second}
    assert first_ids | second_ids in matters
    assert {r.id for r in other} in matters
    assert {r.id for r in later} in matters
    assert len(matters) == 3


def test_two_streets_with_the_same_distinctive_word_at_once_are_one_question(golden):
    """Matters of one buurt on different streets in overlapping weeks under different theme
    families join when two or more households of each use a word the rest of the buurt rarely
    uses (a phone mast); a shared word the buurt uses all the time (muziek) does not join them."""
    mast = _group("zm", "Lindelaan", date(2024, 9, 2), "zorgen over de nieuwe zendmast",
                  "overlast.geluid")  # fmt: skip
    petition = _group("zp", "Beukenhof", date(2024, 9, 8), "handtekeningen tegen de zendmast",
                      "leefomgeving.afval")  # fmt: skip
    assert len(_matters_of(golden, [mast, petition])) == 1
    music = _group("mu", "Lindelaan", date(2024, 9, 2), "muziek bij de buren", "overlast.geluid")
    cars = _group("ca", "Beukenhof", date(2024, 9, 8), "muziek uit een auto",
                  "leefomgeving.parkeren")  # fmt: skip
    assert len(_matters_of(golden, [music, cars])) == 2


def test_a_question_of_the_buurt_joins_at_most_four_streets(golden):
    """Five streets of one buurt with poverty in the same weeks: the four most surprising join,
    the fifth stays its own question (a busy buurt does not become one question)."""
    streets = ("Lindelaan", "Beukenhof", "Havenkade", "Dorpsweg", "Kerkpad")
    groups = [
        _group(f"g{i}", street, date(2024, 9, 2 + i), "geen geld voor boodschappen",
               "welzijn.armoede_en_schulden")
        for i, street in enumerate(streets)
    ]  # fmt: skip
    matters = _matters_of(golden, groups)
    assert len(matters) == 2
    assert {r.id for r in groups[4]} in matters
