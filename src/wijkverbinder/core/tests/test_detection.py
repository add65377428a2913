"""Detection on a small hand-made town with known collective questions (golden data)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from wijkverbinder.core.detection import (
    DetectionConfig,
    IncrementalDetector,
    PlaceLevel,
    detect,
)
from wijkverbinder.core.records import SignalRecord

SEEDS = {
    "overlast.geluid": ["geluid", "lawaai", "herrie", "muziek"],
    "overlast.jongeren": ["jongeren", "hangplek", "jeugd"],
    "leefomgeving.afval": ["afval", "vuilnis", "container"],
    "leefomgeving.parkeren": ["parkeren", "auto", "parkeerplaats"],
}
BACKGROUND = {
    "overlast.geluid": "last van muziek bij de buren",
    "overlast.jongeren": "jeugd op het plein",
    "leefomgeving.afval": "vuilnis naast de container",
    "leefomgeving.parkeren": "auto op de stoep geparkeerd",
}
STREETS = {"BU00010001": ("Kerkstraat", "Molenweg", "Schoolpad", "Dijkstraat"),
           "BU00010002": ("Dorpsweg", "Lindelaan", "Beukenhof", "Havenkade"),
           "BU00010003": ("Rozenstraat", "Tulpweg", "Vinkpad", "Merelhof")}  # fmt: skip


def background() -> list[SignalRecord]:
    """Two signals per buurt per month over 2023–2024, themes and streets in rotation."""
    records = []
    themes = list(BACKGROUND)
    for b_index, (buurt, streets) in enumerate(STREETS.items()):
        for month in range(24):
            for k in range(2):
                n = month * 2 + k
                day = date(2023, 1, 1) + timedelta(days=month * 30 + 7 + 11 * k + b_index)
                theme = themes[(n + b_index) % 4]
                records.append(
                    SignalRecord(f"bg-{buurt[-1]}-{n:03d}", day, BACKGROUND[theme], buurt,
                                 streets[(n // 4 + k) % 4], role="affected",
                                 household=f"hb-{buurt[-1]}-{n}", theme=theme)
                )  # fmt: skip
    return records


def question(prefix: str, buurt: str, street: str, first: date, households: list[str], *,
             text: str, theme: str | None) -> list[SignalRecord]:  # fmt: skip
    """Signals of one collective question, three days apart."""
    return [
        SignalRecord(f"{prefix}-{i}", first + timedelta(days=3 * i), text, buurt, street,
                     role="causing" if i == 0 else "affected", household=hh, theme=theme)
        for i, hh in enumerate(households)
    ]  # fmt: skip


NOISE_Q = question("q1", "BU00010001", "Kerkstraat", date(2024, 3, 4),
                   ["a1", "a2", "a3", "a3", "a4", "a5", "a6", "a7"],
                   text="harde muziek en herrie tot 's nachts", theme="overlast.geluid")  # fmt: skip
YOUTH_Q = question("q2", "BU00010002", "Dorpsweg", date(2024, 6, 1),
                   ["b1", "b2", "b3", "b4", "b5"], text="hangjongeren bij de ingang", theme=None)  # fmt: skip


@pytest.fixture(scope="module")
def golden():
    return [*background(), *NOISE_Q, *YOUTH_Q]


@pytest.fixture(scope="module")
def result(golden):
    return detect(golden, seeds=SEEDS, seed=7)


def test_finds_exactly_the_two_questions_in_order(result):
    found = [(q.theme, q.street, set(q.signal_ids)) for q in result.questions]
    assert found == [
        ("overlast.geluid", "Kerkstraat", {s.id for s in NOISE_Q}),
        ("overlast.jongeren", "Dorpsweg", {s.id for s in YOUTH_Q}),
    ]


def test_describes_the_question(result):
    first = result.questions[0]
    assert first.households == 7  # eight signals, household a3 twice
    assert first.level is PlaceLevel.STREET
    assert first.neighbourhood == "BU00010001"
    assert (first.start, first.end) == (date(2024, 3, 4), date(2024, 3, 25))
    assert first.sides == ("affected", "causing")
    assert {"muziek", "herrie"} <= set(first.keywords)
    assert first.examples == ("harde muziek en herrie tot 's nachts",)
    assert first.score > 2.0
    assert first.expected < 1.0
    assert first.to_json()["signal_ids"] == list(first.signal_ids)


def test_unthemed_signals_are_classified_first(result):
    assert all(result.suggested_themes[s.id] == "overlast.jongeren" for s in YOUTH_Q)


def test_deterministic_with_a_seed(golden, result):
    again = detect(list(reversed(golden)), seeds=SEEDS, seed=7)
    assert again.questions == result.questions
    assert [q.id for q in again.questions] == [q.id for q in result.questions]


def test_households_not_signals_are_counted(golden):
    repeats = question("r", "BU00010003", "Tulpweg", date(2024, 9, 2),
                       ["c1", "c1", "c1", "c2", "c2", "c2"], text="vuilnis overal", theme="leefomgeving.afval")  # fmt: skip
    found = detect([*golden, *repeats], seeds=SEEDS).questions
    assert not any(q.street == "Tulpweg" for q in found)
    # without a household key, the same text again is one reporter (issue 9) ...
    same = question("n", "BU00010003", "Tulpweg", date(2024, 9, 2), [None] * 5,  # type: ignore[list-item]
                    text="vuilnis overal", theme="leefomgeving.afval")  # fmt: skip
    assert not any(q.street == "Tulpweg" for q in detect([*golden, *same]).questions)
    # ... and different texts are different reporters
    texts = ["vuilnis overal", "zakken afval bij de boom", "container puilt uit",
             "ratten bij het vuil", "grofvuil al weken op de stoep"]  # fmt: skip
    anonymous = [
        SignalRecord(f"n-{i}", date(2024, 9, 2) + timedelta(days=3 * i), text, "BU00010003",
                     "Tulpweg", role="affected", theme="leefomgeving.afval")
        for i, text in enumerate(texts)
    ]  # fmt: skip
    tulpweg = [q for q in detect([*golden, *anonymous]).questions if q.street == "Tulpweg"]
    assert [q.households for q in tulpweg] == [5]


def test_same_count_ranks_lower_where_the_baseline_is_high(golden):
    busy_history = [
        SignalRecord(f"h-{i}", date(2023, 1, 5) + timedelta(days=5 * i), "herrie", "BU00010003",
                     ("Rozenstraat", "Tulpweg", "Vinkpad")[i % 3], household=f"hh-{i}",
                     theme="overlast.geluid")
        for i in range(70)
    ]  # fmt: skip
    same = question("q3", "BU00010003", "Vinkpad", date(2024, 3, 4),
                    ["d1", "d2", "d3", "d3", "d4", "d5", "d6", "d7"],
                    text="harde muziek en herrie tot 's nachts", theme="overlast.geluid")  # fmt: skip
    found = detect([*golden, *busy_history, *same]).questions
    quiet = next(q for q in found if q.street == "Kerkstraat")
    busy = next(q for q in found if q.street == "Vinkpad")
    assert quiet.households == busy.households
    assert busy.expected > quiet.expected
    assert busy.score < quiet.score


def test_new_topic_without_a_theme(golden):
    topic = question("t", "BU00010003", "Merelhof", date(2024, 10, 1),
                     ["e1", "e2", "e3", "e4", "e5", "e6"], text="deelscooters op het trottoir", theme=None)  # fmt: skip
    found = detect([*golden, *topic], seeds=SEEDS).questions
    new = [q for q in found if q.new_topic]
    assert len(new) == 1
    assert new[0].theme == "nieuw:deelscooters"
    assert set(new[0].signal_ids) == {s.id for s in topic}


def test_incremental_add_updates_its_group_quickly(golden):
    detector = IncrementalDetector(golden[:-1], seeds=SEEDS, seed=7)
    start = time.perf_counter()
    updated = detector.add(golden[-1])
    elapsed = time.perf_counter() - start
    assert elapsed < 0.05
    assert [q.theme for q in updated] == ["overlast.jongeren"]
    assert golden[-1].id in updated[0].signal_ids
    assert updated[0] in detector.questions
    batch = detect(golden, seeds=SEEDS, seed=7).questions
    assert [q.signal_ids for q in detector.questions] == [q.signal_ids for q in batch]


def test_empty_input_and_config():
    assert detect([]).questions == ()
    assert DetectionConfig().min_households == 3


def test_signals_without_street_coordinates_or_household_do_not_crash(golden):
    """Golden (issue 9): a missing street, coordinates or household is counted, never a crash."""
    loose = [
        SignalRecord("x-1", date(2024, 3, 6), "harde muziek", "BU00010001", None, role="affected",
                     household=None, theme="overlast.geluid"),
        SignalRecord("x-2", date(2024, 3, 7), "herrie", "BU00010001", "", lat=52.1, lon=5.1,
                     role="affected", household="z9", theme="overlast.geluid"),
    ]  # fmt: skip
    found = detect([*golden, *loose], seeds=SEEDS, seed=7)
    assert found.questions


def test_two_sub_themes_of_one_matter_on_one_street_are_one_question(golden):
    """Golden (issue 9): a party house reported as noise by some and parking by others."""
    party = [
        SignalRecord(f"p-{i}", date(2024, 9, 2) + timedelta(days=2 * i),
                     "feest met harde muziek" if i % 2 else "auto's van bezoekers op de stoep",
                     "BU00010002", "Lindelaan", role="affected", household=f"ph{i}",
                     theme="overlast.geluid" if i % 2 else "leefomgeving.parkeren")
        for i in range(10)
    ]  # fmt: skip
    found = detect([*golden, *party], seeds=SEEDS, seed=7).questions
    on_street = [q for q in found if q.street == "Lindelaan"]
    assert len(on_street) == 1
    assert set(on_street[0].signal_ids) == {s.id for s in party}
    assert set(on_street[0].themes) == {"overlast.geluid", "leefomgeving.parkeren"}


def test_a_window_starts_at_a_report_so_that_report_is_not_evidence(golden):
    """The anchor household is given, not tested: the tail is taken at k − 1."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.series import build_series
    from wijkverbinder.core.detection.stats import negbin_log10_sf

    frame = Detector(golden, seeds=SEEDS, seed=7).frame
    rows = np.flatnonzero(frame.column("theme") >= 0)
    _, table = build_series(frame, rows, Config())
    series, k, width, start = np.array([0]), np.array([4]), np.array([28]), np.array([738900])
    shape, mean = table.predictive(series, k, width, start)
    _, tail = table.log10_tail(series, k, width, start)
    assert tail[0] == pytest.approx(negbin_log10_sf(np.array([3]), shape, mean)[0])


def test_clusters_of_one_place_and_period_merge_and_others_do_not(golden):
    """`merge_clusters`: same street, overlapping period → one matter; a later period stays apart."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster
    from wijkverbinder.core.detection.series import build_series

    frame = Detector(golden, seeds=SEEDS, seed=7).frame
    _, table = build_series(frame, np.flatnonzero(frame.column("theme") >= 0), Config())
    ids = [r.id for r in frame.records]
    noise = np.array([ids.index(f"q1-{i}") for i in range(4)])
    more = np.array([ids.index(f"q1-{i}") for i in range(4, 8)])
    street = int(np.flatnonzero(table.place == frame.column("place")[noise[0]])[0])
    first, second = Cluster(street, noise, 4, 0.1, -6.0), Cluster(street, more, 3, 0.1, -4.0)
    matters = merge_clusters([second, first], frame, table, gap_days=14)
    assert len(matters) == 1
    assert matters[0].best is first
    assert set(matters[0].rows) == set(noise) | set(more)
    far = np.array([ids.index(r.id) for r in frame.records if r.street == "Kerkstraat"
                    and r.date.year == 2023][:3])  # fmt: skip
    apart = merge_clusters([first, Cluster(street, far, 3, 0.1, -4.0)], frame, table, 14)
    assert len(apart) == 2


def test_one_reporter_without_household_counts_once():
    """Golden (issue 9): repeats and a numbered series from one reporter count as one household."""
    from wijkverbinder.core.detection.reporters import pseudo_households

    day = date(2024, 5, 1)
    records = [
        SignalRecord("r1", day, "Afval naast de container bij de flat", "BU00010001", "Molenweg"),
        SignalRecord("r2", day + timedelta(3), "Nogmaals: afval naast de container bij de flat!",
                     "BU00010001", "Molenweg"),
        SignalRecord("r3", day + timedelta(5), "AFVAL NAAST DE CONTAINER BIJ DE FLAT. Graag actie.",
                     "BU00010001", "Molenweg"),
        SignalRecord("s1", day, "deel 1 van 3: de bosjes zijn een vuilnisbelt", "BU00010001",
                     "Kerkstraat"),
        SignalRecord("s2", day, "(2/3) en de ratten lopen er rond", "BU00010001", "Kerkstraat"),
        SignalRecord("s3", day, "er moet iets gebeuren [deel 3]", "BU00010001", "Kerkstraat"),
        SignalRecord("o1", day, "Losliggende stoeptegel voor de school", "BU00010001", "Molenweg"),
        SignalRecord("h1", day, "Afval naast de container bij de flat", "BU00010001", "Molenweg",
                     household="hh1"),
    ]  # fmt: skip
    keys = pseudo_households(records)
    assert keys[0] == keys[1] == keys[2]
    assert keys[3] == keys[4] == keys[5]
    assert len({keys[0], keys[3], keys[6], keys[7]}) == 4
    assert keys[7] == "hh1"


def _party() -> list[SignalRecord]:
    """A party house on Lindelaan: eight households report noise two days apart from 2 Sept 2024."""
    return [
        SignalRecord(f"p-{i}", date(2024, 9, 2) + timedelta(days=2 * i), "feest met harde muziek",
                     "BU00010002", "Lindelaan", role="affected", household=f"ph{i}",
                     theme="overlast.geluid")
        for i in range(8)
    ]  # fmt: skip


def test_a_matter_takes_later_signals_of_its_street_and_leaves_a_lone_stray(golden):
    """Signals of the matter's street that follow at its pace join it, of any theme reported by two
    households or more; a theme one household reported once is background and stays out."""
    party = _party()
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


def test_weak_hints_down_to_score_minus_two_are_listed():
    """Listing threshold: M·p ≤ 100 (score ≥ −2) and p ≤ 0.001."""
    from wijkverbinder.core.detection.scan import p_limit

    assert p_limit(DetectionConfig(), 10**6) == pytest.approx(-4.0)
    assert p_limit(DetectionConfig(), 10) == pytest.approx(-3.0)


def test_a_matter_takes_a_busy_street_of_its_buurt_and_its_households_reports_without_address(
    golden,
):
    """Another street of the buurt with two households in the matter's period, at three times its
    usual pace or more, joins the matter with its signals of the matter's theme family; so does a
    report without address by one of the matter's households. A street with one household in that
    period stays out, and so does a busy street of another theme family."""
    party = _party()
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
    street = int(np.flatnonzero(table.place == frame.column("place")[rows[0]])[0])
    matters = merge_clusters([Cluster(street, rows, 8, 0.1, -6.0)], frame, table, gap_days=21)
    taken = {ids[int(row)] for row in matters[0].rows}
    assert {"n-0", "n-1", "n-2", "u-0"} <= taken
    assert "h-0" not in taken
    assert not {"a-0", "a-1", "a-2"} & taken  # busy, but another theme family: its own matter


def _party_matter(golden: list[SignalRecord], extra: list[SignalRecord]) -> set[str]:
    """The matter of an 8-household party on Lindelaan (Sept 2024, two days apart) given as one
    cluster, with ``extra`` signals in the town; returns the ids the matter takes."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster
    from wijkverbinder.core.detection.series import build_series

    party = _party()
    frame = Detector([*golden, *party, *extra], seeds=SEEDS, seed=7).frame
    _, table = build_series(frame, np.flatnonzero(frame.column("theme") >= 0), Config())
    ids = [r.id for r in frame.records]
    rows = np.array([ids.index(r.id) for r in party])
    street = int(np.flatnonzero(table.place == frame.column("place")[rows[0]])[0])
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
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster
    from wijkverbinder.core.detection.series import build_series

    frame = Detector([*golden, *(s for g in groups for s in g)], seeds=SEEDS, seed=7).frame
    _, table = build_series(frame, np.flatnonzero(frame.column("theme") >= 0), Config())
    ids = [r.id for r in frame.records]
    clusters = []
    for rank, group in enumerate(groups):
        rows = np.array([ids.index(r.id) for r in group])
        street = int(np.flatnonzero(table.place == frame.column("place")[rows[0]])[0])
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


def test_a_window_of_the_local_test_joins_a_matter_but_never_opens_one(golden):
    """A cluster whose window passed only the local test (p ≤ 0.001, not corrected for the town's
    number of windows) joins a matter at its place and period; alone it is no question."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster
    from wijkverbinder.core.detection.series import build_series

    frame = Detector(golden, seeds=SEEDS, seed=7).frame
    _, table = build_series(frame, np.flatnonzero(frame.column("theme") >= 0), Config())
    ids = [r.id for r in frame.records]
    core = np.array([ids.index(f"q1-{i}") for i in range(4)])
    rest = np.array([ids.index(f"q1-{i}") for i in range(4, 8)])
    street = int(np.flatnonzero(table.place == frame.column("place")[core[0]])[0])
    local = Cluster(street, rest, 3, 0.1, -3.5, primary=False)
    joined = merge_clusters([local, Cluster(street, core, 4, 0.1, -9.0)], frame, table, 14)
    assert len(joined) == 1
    assert set(joined[0].rows) == set(core) | set(rest)
    assert merge_clusters([local], frame, table, 14) == []


def _town_with_local_windows(golden: list[SignalRecord]) -> tuple[Any, Any, Any, Any, Any, float]:
    """The golden town with a smaller burst a year before in each buurt of a question, scanned as
    a small town (``loose``: p ≤ 0.001 lists) and as a town so large that only the best window
    passes its test (``large``); returns frame, events, table, loose, large and the large town's
    limit."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.scan import p_limit, scan
    from wijkverbinder.core.detection.series import ALL_SIGNALS, build_series

    config = Config()
    earlier = [
        *question("e", "BU00010002", "Dorpsweg", date(2023, 2, 1), ["e1", "e2", "e3", "e4", "e5", "e6"],
                  text="weer jongeren bij de ingang", theme=None),
        *question("f", "BU00010001", "Kerkstraat", date(2023, 2, 1), ["f1", "f2", "f3", "f4", "f5", "f6"],
                  text="weer harde muziek", theme=None),
    ]  # fmt: skip
    frame = Detector([*golden, *earlier], seeds=SEEDS, seed=7).frame
    everything = np.full(frame.size, frame.theme_code(ALL_SIGNALS))
    events, table = build_series(frame, np.arange(frame.size), config, everything)
    loose = scan(events, table, config, windows_tested=10)
    tested = int(10 ** (2.0 - float(loose.log10_p[0]) - 0.01))
    large = scan(events, table, config, windows_tested=tested)
    return frame, events, table, loose, large, p_limit(config, tested)


def test_windows_of_the_local_test_are_kept_only_where_a_window_passed_the_towns_test(golden):
    """At a large town's correction, `scan` keeps windows that pass only the local test in the
    buurten where some window passed the corrected test, and nowhere else; `select_clusters`
    marks their clusters as not primary, and every primary cluster passed the town's test."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.scan import p_local
    from wijkverbinder.core.detection.select import select_clusters

    config = Config()
    frame, events, table, loose, large, limit = _town_with_local_windows(golden)
    best, top = float(loose.log10_p[0]), int(table.buurt[loose.series[0]])
    assert set(table.buurt[loose.series].tolist()) - {top}  # other buurten pass the local test
    assert best <= limit < float(np.sort(np.unique(loose.log10_p))[1])
    strict = large.log10_p <= limit
    assert strict.sum() >= 1
    assert (~strict).sum() >= 1
    assert np.all(large.log10_p <= p_local(config))
    assert set(table.buurt[large.series].tolist()) == {top}
    # ... and only those that could reach a window of the town's test within the merge slack
    reach = max(config.window_days) + config.merge_gap_days
    first, last = large.start[strict].min(), (large.start + large.width)[strict].max()
    assert np.all(large.start[~strict] >= first - reach)
    assert np.all(large.start[~strict] <= last + config.merge_gap_days)
    in_top = table.buurt[loose.series] == top
    assert (loose.start[in_top] < first - reach).any()  # the earlier burst passes the local test
    clusters = select_clusters(events, table, large, np.zeros(frame.size, bool), config)
    assert clusters[0].primary
    assert all(c.log10_p <= limit for c in clusters if c.primary)
    assert all(c.log10_p > limit for c in clusters if not c.primary)


def test_a_window_widened_into_one_that_fails_the_towns_test_keeps_its_own(golden, monkeypatch):
    """When the window a best window would widen to passes only the local test, the best window
    is kept as it is (a question of the town's test), not dropped."""
    from wijkverbinder.core.detection import select
    from wijkverbinder.core.detection.config import DetectionConfig as Config

    frame, events, table, _, large, limit = _town_with_local_windows(golden)
    local = np.flatnonzero(large.log10_p > limit)
    same = local[large.series[local] == large.series[0]]
    target = int(same[0]) if len(same) else int(local[0])
    widened = np.arange(len(large.series))
    widened[0] = target
    monkeypatch.setattr(select, "_widest", lambda candidates: widened)
    clusters = select.select_clusters(events, table, large, np.zeros(frame.size, bool), Config())
    first = clusters[0]
    assert first.primary
    assert first.series == int(large.series[0])
    assert first.log10_p <= limit


def test_a_broad_window_of_the_local_test_joins_only_a_matter_of_its_theme_family(golden):
    """A buurt window of the local test whose signals lie mostly on other streets, but which
    covers the matter's street, joins the matter when it is of the matter's theme family and stays
    out when it is of another kind; a window that passed the town's test joins either way."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster
    from wijkverbinder.core.detection.series import build_series

    frame = Detector(golden, seeds=SEEDS, seed=7).frame
    _, table = build_series(frame, np.flatnonzero(frame.column("theme") >= 0), Config())
    ids = [r.id for r in frame.records]
    core = np.array([ids.index(f"q1-{i}") for i in range(7)])
    street = int(np.flatnonzero(table.place == frame.column("place")[core[0]])[0])
    matter = Cluster(street, core, 6, 0.1, -9.0)
    around = np.array([ids.index(r.id) for r in frame.records if r.neighbourhood == "BU00010001"
                       and r.street != "Kerkstraat"
                       and date(2024, 2, 20) <= r.date <= date(2024, 4, 10)])  # fmt: skip
    assert len(around) >= 2
    rows = np.concatenate([[ids.index("q1-7")], around])
    buurt = frame.buurten.index["BU00010001"]

    def buurt_series(theme: str) -> int:
        code = frame.themes.index[theme]
        found = (table.theme == code) & (table.place < 0) & (table.buurt == buurt)
        return int(np.flatnonzero(found)[0])

    kin = Cluster(buurt_series("overlast.jongeren"), rows, 3, 0.5, -3.5, primary=False)
    other = Cluster(buurt_series("leefomgeving.afval"), rows, 3, 0.5, -3.5, primary=False)
    for cluster, joins in ((kin, True), (other, False), (replace(other, primary=True), True)):
        matters = merge_clusters([matter, cluster], frame, table, 14)
        assert len(matters) == 1
        assert bool(set(around) & set(matters[0].rows.tolist())) is joins


def test_a_window_of_the_local_test_without_addresses_joins_only_a_matter_of_its_family(golden):
    """Reports without an address in the matter's buurt and weeks, found by the local test only,
    join the matter when they are of its theme family, not when they are of another kind."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster
    from wijkverbinder.core.detection.series import build_series

    loose = [
        SignalRecord(f"u-{i}", date(2024, 3, 1) + timedelta(days=4 * i), "weer jongeren hier",
                     "BU00010001", role="affected", household=f"uh{i}", theme="overlast.jongeren")
        for i in range(3)
    ]  # fmt: skip
    frame = Detector([*golden, *loose], seeds=SEEDS, seed=7).frame
    _, table = build_series(frame, np.flatnonzero(frame.column("theme") >= 0), Config())
    ids = [r.id for r in frame.records]
    core = np.array([ids.index(f"q1-{i}") for i in range(7)])
    street = int(np.flatnonzero(table.place == frame.column("place")[core[0]])[0])
    rows = np.array([ids.index(r.id) for r in loose])
    buurt = frame.buurten.index["BU00010001"]
    for theme, joins in (("overlast.jongeren", True), ("leefomgeving.afval", False)):
        code = frame.themes.index[theme]
        series = int(np.flatnonzero((table.theme == code) & (table.buurt == buurt))[0])
        cluster = Cluster(series, rows, 3, 0.5, -3.5, primary=False)
        matters = merge_clusters([Cluster(street, core, 6, 0.1, -9.0), cluster], frame, table, 14)
        assert len(matters) == 1
        assert bool(set(rows.tolist()) & set(matters[0].rows.tolist())) is joins
