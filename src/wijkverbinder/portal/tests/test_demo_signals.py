"""Issue 11: the demo's roles agree with their texts, and one text is one household."""

from __future__ import annotations

import collections
import csv
import datetime as dt
import io

from wijkverbinder.portal.demo.phrases import CAUSING_PHRASES
from wijkverbinder.portal.demo.signals import demo_csv


def cluster_rows() -> list[dict[str, str]]:
    data = demo_csv(district="WK990101", end=dt.date(2026, 12, 1)).decode()
    return [row for row in csv.DictReader(io.StringIO(data)) if row["id"].startswith("demo-c")]


def test_identical_texts_are_one_household() -> None:
    households = collections.defaultdict(set)
    for row in cluster_rows():
        households[row["text"]].add(row["household"])
    assert all(len(found) == 1 for found in households.values())


def test_causing_role_only_for_texts_told_by_the_causing_side() -> None:
    causing = {text for texts in CAUSING_PHRASES.values() for text in texts}
    rows = cluster_rows()
    for row in rows:
        told_by_causing = any(row["text"].startswith(text) for text in causing)
        assert (row["role"] == "causing") == told_by_causing, row["text"]
    assert not [r for r in rows if r["role"] == "causing" and r["text"].startswith("Jong gezin")]
    assert any(row["role"] == "causing" for row in rows)
