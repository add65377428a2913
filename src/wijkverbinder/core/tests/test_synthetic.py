"""Synthetic towns: determinism, planted questions, realistic texts, CSV output."""

from __future__ import annotations

import csv
import json
import re

import pytest

from wijkverbinder.core.synthetic import (
    NEW_TOPICS,
    SYNTHETIC_SEEDS,
    generate_town,
    planted_count,
    write_csv,
    write_planted,
)
from wijkverbinder.core.synthetic.phrases import CORE


@pytest.fixture(scope="module")
def town():
    return generate_town(4000, seed=5)


def test_same_seed_same_town(town):
    again = generate_town(4000, seed=5)
    assert again.signals == town.signals
    assert again.planted == town.planted
    assert generate_town(4000, seed=6).signals != town.signals


def test_planted_questions_are_real_members(town):
    assert len(town.planted) == planted_count(4000) == 20
    ids = {s.id for s in town.signals}
    for question in town.planted:
        assert set(question.signal_ids) <= ids
        assert len(question.signal_ids) >= 6
        assert question.start <= question.end
    assert len(town.signals) == pytest.approx(4000, abs=50)


def test_texts_are_varied_and_carry_personal_data(town):
    texts = [s.text for s in town.signals]
    assert len(set(texts)) > 0.6 * len(texts)
    assert any("[NAAM]" in t or "[TELEFOON]" in t for t in texts)
    assert any(re.search(r"06-\d{4} \d{4}", t) for t in texts)
    assert any(t == t.lower() for t in texts)


def test_many_themes_and_some_unthemed(town):
    themes = {s.theme for s in town.signals}
    assert set(SYNTHETIC_SEEDS) <= themes
    share = sum(s.theme is None for s in town.signals) / len(town.signals)
    assert 0.15 < share < 0.4


def test_new_topic_texts_avoid_seed_words():
    seeds = {w for words in SYNTHETIC_SEEDS.values() for w in words}
    for topic in NEW_TOPICS:
        for phrase in CORE[topic]:
            assert not seeds & set(re.findall(r"\w+", phrase))


def test_writes_intake_csv_and_truth(town, tmp_path):
    write_csv(town.signals[:50], tmp_path / "s.csv")
    write_planted(town.planted, tmp_path / "p.json")
    with (tmp_path / "s.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 50
    assert list(rows[0]) == ["id", "date", "text", "neighbourhood", "street", "lat", "lon",
                             "role", "household", "theme", "source"]  # fmt: skip
    planted = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["planted"]
    assert len(planted) == len(town.planted)
