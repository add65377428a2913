"""Detection on the golden town: the questions found, their description, households, new topics,
speed of one new signal, and input without street, coordinates or household."""

from __future__ import annotations

import time
from datetime import date, timedelta

import numpy as np
import pytest

from wijkverbinder.core.detection import (
    DetectionConfig,
    IncrementalDetector,
    PlaceLevel,
    detect,
)
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.tests.detection.town import (
    NOISE_Q,
    SEEDS,
    YOUTH_Q,
    question,
    street_series,
    themed,
)


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
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster

    frame, table, ids = themed(golden)
    noise = np.array([ids.index(f"q1-{i}") for i in range(4)])
    more = np.array([ids.index(f"q1-{i}") for i in range(4, 8)])
    street = street_series(frame, table, noise[0])
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


def test_weak_hints_down_to_score_minus_two_are_listed():
    """Listing threshold: M·p ≤ 100 (score ≥ −2) and p ≤ 0.001."""
    from wijkverbinder.core.detection.scan import p_limit

    assert p_limit(DetectionConfig(), 10**6) == pytest.approx(-4.0)
    assert p_limit(DetectionConfig(), 10) == pytest.approx(-3.0)
