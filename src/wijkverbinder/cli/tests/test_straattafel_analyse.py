"""`wijkverbinder straattafel-analyse`: the JSON shape of issue 14 and Dutch refusals."""

from __future__ import annotations

import json
from pathlib import Path

from wijkverbinder.cli import main

LONDON = (
    Path(__file__).resolve().parents[2]
    / "core"
    / "tests"
    / "data"
    / "polis"
    / "london.youth.policing"
)


def test_cli_json_shape(capsys):
    assert main(["straattafel-analyse", str(LONDON), "--meta", "1,4-14", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"participants", "statements", "groups"}
    assert data["groups"] == 3
    assert set(data["participants"][0]) == {"id", "group"}
    assert {p["group"] for p in data["participants"]} == {0, 1, 2, None}
    statement = data["statements"][0]
    assert set(statement) == {"id", "gic", "consensus", "repness"}
    represented = [s for s in data["statements"] if s["repness"]]
    assert represented
    assert set(next(iter(represented[0]["repness"].values()))) >= {"repful-for", "repness-test"}


def test_cli_text_and_refusals(capsys, tmp_path):
    assert main(["straattafel-analyse", str(LONDON), "--split-rule"]) == 0
    assert "Wat ons bindt" in capsys.readouterr().out
    assert main(["straattafel-analyse", str(tmp_path / "nergens")]) == 2
    assert "Map niet gevonden" in capsys.readouterr().err
    (tmp_path / "comments.csv").write_text("comment-id,moderated\n1,1\n", encoding="utf-8")
    (tmp_path / "votes.csv").write_text(
        "timestamp,comment-id,voter-id,vote\n1,1,1,5\n", encoding="utf-8"
    )
    assert main(["straattafel-analyse", str(tmp_path)]) == 2
    assert "stem 5" in capsys.readouterr().err
    assert main(["straattafel-analyse", str(LONDON), "--meta", "x"]) == 2
