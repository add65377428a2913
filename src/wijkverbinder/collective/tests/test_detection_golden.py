"""A team's detection gives the same questions as before its speed-ups (issue 16), on two golden sets:
the demo's Wijkteam W (suggested themes, new topics, repeat reporters) and a Schaalstad team
(`demo --scale`'s generator, confirmed themes). The golden file was written by the plain full run
before the run was made faster; `WIJKVERBINDER_WRITE_GOLDEN=1` writes it again (only when the
method itself changes on purpose). A second run on unchanged signals stores the same again."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.services import run_detection
from wijkverbinder.collective.tests.factories import TODAY
from wijkverbinder.intake import hooks
from wijkverbinder.intake.imports import import_signals
from wijkverbinder.portal.demo import scale
from wijkverbinder.portal.demo.signals import demo_csv

# Fresh id sequences: the ids of signals decide some orders (e.g. of examples) on either database.
pytestmark = pytest.mark.django_db(transaction=True, reset_sequences=True)
GOLDEN = Path(__file__).parent / "data" / "detection_golden.json"
FIELDS = (
    "theme", "level", "score", "p_value", "expected", "trend", "households", "signal_count",
    "start", "end", "keywords", "examples", "new_topic", "themes", "streets", "role_counts",
    "sides", "title", "stale",
)  # fmt: skip


def _snapshot(team: Team, key: str) -> list[dict[str, Any]]:
    rows = []
    for question in CollectiveQuestion.objects.filter(team=team):
        row = {name: getattr(question, name) for name in FIELDS}
        row["start"], row["end"] = str(row["start"]), str(row["end"])
        row["p_value"] = float(f"{row['p_value']:.10g}")
        row["signals"] = sorted(str(v) for v in question.signals.values_list(key, flat=True))
        rows.append(row)
    return sorted(rows, key=lambda r: (r["theme"], r["start"], r["signals"]))


def _check(name: str, snapshot: list[dict[str, Any]]) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
    if os.environ.get("WIJKVERBINDER_WRITE_GOLDEN"):
        golden[name] = snapshot
        GOLDEN.write_text(json.dumps(golden, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = golden[name]
    assert len(snapshot) == len(expected)
    for index, (got, want) in enumerate(zip(snapshot, expected, strict=True)):
        differ = {
            k: (got.get(k), want.get(k))
            for k in want.keys() | got.keys()
            if got.get(k) != want.get(k)
        }
        assert not differ, f"{name} question {index} ({want['theme']}): {differ}"


def test_demo_team_gives_the_golden_questions(demo: None) -> None:
    with hooks.paused():
        import_signals(
            user=User.objects.get(username="joost"),
            data=demo_csv(district="WK990101", end=TODAY),
            filename="w.csv",
        )
    team = Team.objects.get(name="Wijkteam W")
    run_detection(team=team, trigger="test")
    first = _snapshot(team, "external_id")
    assert len(first) > 5
    _check("demo", first)
    run_detection(team=team, trigger="test")
    assert _snapshot(team, "external_id") == first


def test_schaalstad_team_gives_the_golden_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scale, "TEAMS", 1)
    scale.build_scale(signals=4000, end=TODAY)
    team = Team.objects.get(slug="schaalstad-01")
    run_detection(team=team, trigger="test")
    first = _snapshot(team, "uuid")
    assert len(first) > 5
    _check("schaalstad", first)
    run_detection(team=team, trigger="test")
    assert _snapshot(team, "uuid") == first
