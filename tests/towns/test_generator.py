"""The evaluation-town generator: format, ground truth, determinism, null towns, hands, held-out set.

Small towns (2,000 signals) keep these tests fast; `--check` is the same code as `check_folder`.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.towns.check import check_folder
from benchmarks.towns.csvout import HEADER
from benchmarks.towns.generate import main
from benchmarks.towns.hands import HANDS, writer_for
from benchmarks.towns.matters import MATTERS
from benchmarks.towns.texts import slots_of
from benchmarks.towns.themes import LEAVES, MOR
from benchmarks.towns.town import Spec, generate, n_buurten, n_planted

SIZE = 2000
HELDOUT = Path(__file__).resolve().parents[2] / "benchmarks" / "towns" / "heldout_classifier.csv"


def _rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "signals.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _truth(folder: Path) -> dict[str, object]:
    result: dict[str, object] = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return result


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One small town per hand, same seed."""
    out = {}
    for town in (*HANDS, "gemengd"):
        folder = tmp_path_factory.mktemp(town)
        generate(Spec(town=town, size=SIZE, seed=5), writer_for(town), folder)
        out[town] = folder
    return out


@pytest.mark.parametrize("town", [*HANDS, "gemengd"])
def test_a_generated_town_passes_its_own_check(towns: dict[str, Path], town: str) -> None:
    report = check_folder(towns[town])
    assert report.errors == []
    assert report.counts["rows"] == SIZE


def test_the_csv_has_the_import_header_and_closed_lists(towns: dict[str, Path]) -> None:
    with (towns["kort"] / "signals.csv").open(encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == HEADER
    rows = _rows(towns["kort"])
    assert {row["theme"] for row in rows} <= {"", *LEAVES}
    assert all(re.fullmatch(r"BU\d{8}", row["neighbourhood"]) or row["lat"] for row in rows)
    assert all(len(row["text"]) <= 2000 for row in rows)


def test_public_space_reports_and_filled_themes_have_realistic_shares(
    towns: dict[str, Path],
) -> None:
    rows = _rows(towns["kort"])
    mor = [row for row in rows if row["source"] == MOR]
    assert 0.15 < len(mor) / len(rows) < 0.27
    assert all(row["household"] == "" and row["theme"] == "" for row in mor)
    assert 0.33 < sum(bool(row["theme"]) for row in rows) / len(rows) < 0.47
    messy = Counter((bool(r["street"]), bool(r["lat"])) for r in rows)
    assert messy[(False, False)] > 0  # only a buurt code
    assert messy[(True, False)] > 0  # no coordinates
    assert messy[(False, True)] > 0  # no street


def test_planted_questions_follow_the_rules(towns: dict[str, Path]) -> None:
    truth = _truth(towns["verhaal"])
    rows = {row["id"]: row for row in _rows(towns["verhaal"])}
    planted = truth["planted"]
    assert isinstance(planted, list)
    assert len(planted) == n_planted(SIZE)
    for entry in planted:
        members = [rows[ident] for ident in entry["signal_ids"]]
        assert 8 <= len(members) <= 40
        assert 5 <= entry["households"] <= 25
        assert len({r["household"] for r in members if r["household"]}) == entry["households"]
        assert len({r["role"] for r in members}) >= 2
        assert set(entry["themes"]) <= set(LEAVES)
        assert {r["theme"] for r in members} <= {"", *entry["themes"]}


def test_decoys_are_one_reporter_without_household(towns: dict[str, Path]) -> None:
    truth = _truth(towns["rommelig"])
    rows = {row["id"]: row for row in _rows(towns["rommelig"])}
    decoys = truth["decoys"]
    assert isinstance(decoys, list)
    assert len(decoys) >= 3
    assert {d["kind"] for d in decoys} == {"herhaling", "reeks"}
    for entry in decoys:
        members = [rows[ident] for ident in entry["signal_ids"]]
        assert len(members) >= 5
        assert {(r["source"], r["household"]) for r in members} == {(MOR, "")}
        if entry["kind"] == "reeks":
            assert all(re.search(r"\d", r["text"]) for r in members[1:])


def test_the_structure_is_the_same_for_every_hand(towns: dict[str, Path]) -> None:
    planted = {town: json.dumps(_truth(folder)["planted"]) for town, folder in towns.items()}
    ids = {re.sub(r'"roles": \[[^]]*\]', "", text) for text in planted.values()}
    assert len(ids) == 1
    texts = {town: _rows(f)[10]["text"] for town, f in towns.items()}
    assert len(set(texts.values())) == len(texts)


def test_generation_is_deterministic_for_a_seed(tmp_path: Path, towns: dict[str, Path]) -> None:
    generate(Spec(town="kort", size=SIZE, seed=5), writer_for("kort"), tmp_path / "again")
    generate(Spec(town="kort", size=SIZE, seed=6), writer_for("kort"), tmp_path / "other")
    first = (towns["kort"] / "signals.csv").read_bytes()
    assert (tmp_path / "again" / "signals.csv").read_bytes() == first
    assert (tmp_path / "other" / "signals.csv").read_bytes() != first


@pytest.mark.parametrize("model", ["homogeneous", "overdispersed", "trending"])
def test_null_towns_have_nothing_planted(tmp_path: Path, model: str) -> None:
    assert (
        main(["--town", "kort", "--size", str(SIZE), "--null", model, "--out", str(tmp_path)]) == 0
    )
    truth = _truth(tmp_path)
    assert truth["null"] is True
    assert truth["planted"] == []
    assert truth["decoys"] == []
    assert check_folder(tmp_path).errors == []


def test_the_trending_null_grows_and_has_seasons(tmp_path: Path) -> None:
    generate(Spec(town="kort", size=6000, seed=2, null="trending"), writer_for("kort"), tmp_path)
    rows = _rows(tmp_path)
    years = Counter(row["date"][:4] for row in rows)
    assert years["2024"] > 1.35 * years["2022"]
    youth = Counter(r["date"][5:7] for r in rows if r["theme"] == "overlast.jongeren")
    assert youth["07"] + youth["08"] > youth["01"] + youth["02"]


def test_check_reports_a_broken_folder(tmp_path: Path, towns: dict[str, Path]) -> None:
    lines = (towns["kort"] / "signals.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "signals.csv").write_text("".join([*lines[:-1], lines[2]]), encoding="utf-8")
    truth = _truth(towns["kort"])
    planted = truth["planted"]
    assert isinstance(planted, list)
    planted[0]["signal_ids"].append("s9999999")
    planted[1]["start"] = "2024-12-30"
    (broken / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    errors = "\n".join(check_folder(broken).errors)
    assert "id leeg of dubbel" in errors
    assert "P01: 1 signalen ontbreken" in errors
    assert "P02: signaal" in errors
    assert main(["--check", str(broken)]) == 1


def test_sizes_scale_with_the_town() -> None:
    assert n_buurten(20_000) == 150
    assert 4900 <= n_buurten(1_000_000) <= 5100
    assert n_planted(20_000) == 30
    assert n_planted(1_000_000) == 60


@pytest.mark.parametrize("name", sorted(HANDS))
def test_every_hand_covers_every_theme_and_matter(name: str) -> None:
    hand = HANDS[name]
    assert set(hand.themes) == set(LEAVES)
    assert min(len(templates) for templates in hand.themes.values()) >= 15
    for matter in MATTERS:
        for aspect in matter.aspect_names():
            assert len(hand.matters[matter.kind][aspect]) >= 3, (matter.kind, aspect)
    banks = [*hand.themes.values(), *(b for m in hand.matters.values() for b in m.values())]
    used = {slot for bank in banks for template in bank for slot in slots_of(template)}
    assert used <= set(hand.slots)


def test_texts_hold_no_house_numbers_or_contact_details(towns: dict[str, Path]) -> None:
    personal = re.compile(r"\bnummer\s*\d|\bnr\.?\s*\d|\d{6,}|@|\b\d{4}\s?[A-Z]{2}\b")
    for folder in towns.values():
        assert not [row["text"] for row in _rows(folder) if personal.search(row["text"])]


def test_the_heldout_set_covers_every_theme_apart_from_the_banks() -> None:
    with HELDOUT.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 240
    per_theme = Counter(row["theme"] for row in rows)
    assert all(per_theme[code] >= 8 for code in LEAVES)
    assert per_theme[""] >= 15
    assert {row["hand"] for row in rows} == set(HANDS)
    fragments = {
        part.strip().lower()
        for hand in HANDS.values()
        for bank in [*hand.themes.values(), *(b for m in hand.matters.values() for b in m.values())]
        for template in bank
        for part in re.split(r"\{\w+\}|^\w\|", template)
        if len(part.strip()) >= 30
    }
    copied = [r["text"] for r in rows if any(f in r["text"].lower() for f in fragments)]
    assert copied == []
