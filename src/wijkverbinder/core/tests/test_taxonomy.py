"""The social theme taxonomy and the Signalen mapping: loader, queries and validator."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
import yaml

from wijkverbinder.core.taxonomy import (
    ISSUE_CODES,
    MAPPING_FILE,
    THEMES_FILE,
    Theme,
    load_taxonomy,
    validate_taxonomy,
)

SHARED_CATEGORIES = Path("/work/shared/data/meldingen/signalen_categorieen.csv")
EXPECTED_LEAVES = {
    "overlast": 5,
    "leefbaarheid": 4,
    "veiligheid": 4,  # bedreiging_en_geweld added in issue 13
    "samenleven": 3,
    "welzijn": 4,
    "voorzieningen": 3,
    "participatie": 2,
}


def test_shipped_files_are_valid():
    assert validate_taxonomy() == []


def test_two_levels_with_the_agreed_parents():
    taxonomy = load_taxonomy()
    for parent, count in EXPECTED_LEAVES.items():
        assert len([t for t in taxonomy.themes if t.parent == parent]) == count
    assert taxonomy.get("overig") is not None
    assert "overig" in taxonomy.leaf_codes()
    assert len(taxonomy.leaf_codes()) == sum(EXPECTED_LEAVES.values()) + 1


def test_theme_fields_and_get():
    theme = load_taxonomy().get("overlast.geluid")
    assert isinstance(theme, Theme)
    assert theme.label == "Geluid"
    assert theme.parent == "overlast"
    assert theme.source_url
    assert load_taxonomy().get("bestaat.niet") is None


def test_seeds_for_every_leaf_but_overig():
    seeds = load_taxonomy().seeds()
    assert set(seeds) == set(load_taxonomy().leaf_codes()) - {"overig"}
    assert all(20 <= len(words) <= 40 for words in seeds.values())
    assert "eenzaam" in seeds["welzijn.eenzaamheid"]


def test_sensitive_themes():
    taxonomy = load_taxonomy()
    sensitive = {t.code for t in taxonomy.themes if t.sensitive}
    assert {"samenleven.spanningen_tussen_groepen", "samenleven.discriminatie"} <= sensitive
    assert "leefbaarheid.afval" not in sensitive


def test_load_is_cached():
    assert load_taxonomy() is load_taxonomy()


@pytest.mark.parametrize(
    ("category", "theme"),
    [
        ("jongerenoverlast", "overlast.jongeren"),
        ("Jongerenoverlast", "overlast.jongeren"),
        ("Container is vol", "leefbaarheid.afval"),
        ("drank-en-drugsoverlast", "overlast.drank_en_drugs"),
        ("speelplaats", "voorzieningen.speelplek"),
        ("Overig", "overig"),
        ("iets onbekends", "overig"),
    ],
)
def test_map_signalen(category, theme):
    assert load_taxonomy().map_signalen(category) == theme


def test_find_signalen_unknown_is_none():
    assert load_taxonomy().find_signalen("leegstand") is None


@pytest.mark.skipif(not SHARED_CATEGORIES.exists(), reason="shared category list not present")
def test_every_shared_signalen_category_is_mapped():
    taxonomy = load_taxonomy()
    with SHARED_CATEGORIES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for key in ("hoofdcategorie_slug", "subcategorie_slug"):
                assert taxonomy.find_signalen(row[key]) in taxonomy.leaf_codes(), row[key]


def _write(
    tmp_path: Path, themes: list[Any], mapping: dict[str, Any] | None = None
) -> tuple[Path, Path]:
    themes_file = tmp_path / "themes.yaml"
    mapping_file = tmp_path / "mapping.yaml"
    themes_file.write_text(yaml.safe_dump({"themes": themes}), encoding="utf-8")
    mapping_file.write_text(yaml.safe_dump(mapping or {"categories": []}), encoding="utf-8")
    return themes_file, mapping_file


def _item(code: str, parent: str | None = None, seeds: int = 20, **extra: Any) -> dict[str, Any]:
    item = {
        "code": code,
        "label": code,
        "parent": parent,
        "sensitive": False,
        "verified": True,
        "source_url": "docs/themes.md",
        "seed_words": [f"{code}-{i}" for i in range(seeds)],
    }
    return item | extra


@pytest.mark.parametrize(
    ("themes", "code"),
    [
        ([_item("a"), {"code": "a.b"}], "TX002"),
        ([_item("A-B")], "TX003"),
        ([_item("a", seeds=0), _item("a", seeds=0)], "TX004"),
        ([_item("a", seeds=0), _item("b.c", parent="a")], "TX005"),
        ([_item("a", seeds=0), _item("a.b", parent="a", seeds=3)], "TX006"),
        ([_item("a", seeds=0), _item("a.b", parent="a", seed_words=["x"] * 20)], "TX007"),
        ([_item("a", source_url="")], "TX008"),
    ],
)
def test_validator_codes(tmp_path, themes, code):
    issues = validate_taxonomy(*_write(tmp_path, themes))
    assert code in {issue.code for issue in issues}
    assert all(issue.file and issue.message for issue in issues)


def test_validator_mapping_codes(tmp_path):
    themes = [_item("a", seeds=0), _item("a.b", parent="a")]
    mapping = {
        "categories": [
            {"slug": "x", "name": "X", "theme": "a"},
            {"slug": "y", "name": "Y", "theme": "a.b"},
            {"slug": "y", "name": "Y2", "theme": "a.c"},
            {"slug": "z"},
        ]
    }
    codes = [issue.code for issue in validate_taxonomy(*_write(tmp_path, themes, mapping))]
    assert codes.count("TX009") == 2
    assert "TX010" in codes
    assert "TX002" in codes


def test_validator_unreadable_file(tmp_path):
    issues = validate_taxonomy(tmp_path / "missing.yaml", MAPPING_FILE)
    assert [issue.code for issue in issues] == ["TX001"]


def test_issue_codes_are_documented():
    doc = (Path(THEMES_FILE).parents[3] / "docs" / "themes.md").read_text(encoding="utf-8")
    assert all(code in doc for code in ISSUE_CODES)


def test_full_label_names_the_main_theme() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.full_label("overlast.geluid") == "Overlast › Geluid"
    assert taxonomy.full_label("overlast") == "Overlast"
    assert taxonomy.full_label("bestaat.niet") == "bestaat.niet"
