"""Typed loader and validator of the social theme taxonomy (knowledge base, issue 3).

Reads `knowledge_base/themes.yaml` (two levels: parent → leaf, codes `parent.leaf`) and
`knowledge_base/signalen_mapping.yaml` (every Signalen category → one leaf code or `overig`).
`validate_taxonomy()` reports problems with stable codes `TX001…` (see `docs/themes.md`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

KNOWLEDGE_BASE = Path(__file__).resolve().parent.parent / "knowledge_base"
THEMES_FILE = KNOWLEDGE_BASE / "themes.yaml"
MAPPING_FILE = KNOWLEDGE_BASE / "signalen_mapping.yaml"
FALLBACK_THEME = "overig"
MIN_SEED_WORDS = 20
_CODE = re.compile(r"[a-z][a-z_]*(\.[a-z][a-z_]*)?")


@dataclass(frozen=True, slots=True)
class Theme:
    """One theme; `parent` is None for a top-level theme."""

    code: str
    label: str
    parent: str | None
    seed_words: tuple[str, ...]
    sensitive: bool
    source_url: str
    verified: bool


@dataclass(frozen=True, slots=True)
class TaxonomyIssue:
    """A problem found by `validate_taxonomy()`."""

    code: str
    file: str
    path: str
    message: str


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """All themes plus the Signalen mapping (normalised slug or name → theme code)."""

    themes: tuple[Theme, ...]
    signalen: tuple[tuple[str, str], ...] = ()

    def get(self, code: str) -> Theme | None:
        """The theme with this code, or None."""
        return next((theme for theme in self.themes if theme.code == code), None)

    def is_sensitive(self, code: str) -> bool:
        """Whether the theme is sensitive; a sub-theme inherits it from its main theme."""
        theme = self.get(code)
        parent = self.get(theme.parent) if theme and theme.parent else None
        return bool((theme and theme.sensitive) or (parent and parent.sensitive))

    def full_label(self, code: str) -> str:
        """`overlast.geluid` → `Overlast › Geluid`; a main theme gives its own label; unknown: the code."""
        theme = self.get(code)
        if theme is None:
            return code
        parent = self.get(theme.parent) if theme.parent else None
        return f"{parent.label} › {theme.label}" if parent else theme.label

    def leaf_codes(self) -> tuple[str, ...]:
        """Codes a signal can carry: themes without children (incl. `overig`)."""
        parents = {theme.parent for theme in self.themes if theme.parent}
        return tuple(theme.code for theme in self.themes if theme.code not in parents)

    def seeds(self) -> dict[str, tuple[str, ...]]:
        """Leaf code → seed words (leaves without seed words are left out)."""
        leaves = set(self.leaf_codes())
        return {t.code: t.seed_words for t in self.themes if t.code in leaves and t.seed_words}

    def find_signalen(self, category: str) -> str | None:
        """Theme code of a Signalen category slug or name, or None when unknown."""
        key = _normalise(category)
        return next((theme for name, theme in self.signalen if name == key), None)

    def map_signalen(self, category_slug_or_name: str) -> str:
        """Theme code of a Signalen category; `overig` when the category is unknown."""
        return self.find_signalen(category_slug_or_name) or FALLBACK_THEME


def _read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _theme(item: dict[str, Any]) -> Theme:
    return Theme(
        code=str(item["code"]),
        label=str(item["label"]),
        parent=item.get("parent"),
        seed_words=tuple(str(word) for word in item.get("seed_words") or ()),
        sensitive=bool(item.get("sensitive", False)),
        source_url=str(item.get("source_url") or ""),
        verified=bool(item.get("verified", False)),
    )


def _signalen_pairs(mapping: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for item in mapping.get("categories") or ():
        for key in (item["slug"], item["name"]):
            pairs.append((_normalise(str(key)), str(item["theme"])))
    return tuple(pairs)


@lru_cache(maxsize=4)
def load_taxonomy(themes_file: Path = THEMES_FILE, mapping_file: Path = MAPPING_FILE) -> Taxonomy:
    """Load (once) the taxonomy and the Signalen mapping."""
    themes = tuple(_theme(item) for item in _read_yaml(themes_file)["themes"])
    return Taxonomy(themes=themes, signalen=_signalen_pairs(_read_yaml(mapping_file)))


def validate_taxonomy(
    themes_file: Path = THEMES_FILE, mapping_file: Path = MAPPING_FILE
) -> list[TaxonomyIssue]:
    """Check both files; an empty list means valid. Codes: see `ISSUE_CODES`."""
    try:
        raw_themes = _read_yaml(themes_file)
        raw_mapping = _read_yaml(mapping_file)
    except (OSError, yaml.YAMLError) as error:
        return [TaxonomyIssue("TX001", str(themes_file), "", f"cannot read: {error}")]
    issues = _check_themes(raw_themes, str(themes_file))
    if issues:
        return issues
    taxonomy = Taxonomy(themes=tuple(_theme(item) for item in raw_themes["themes"]))
    return _check_mapping(raw_mapping, taxonomy, str(mapping_file))


def is_code(value: str) -> bool:
    """True when `value` has the shape of a theme code."""
    return _CODE.fullmatch(value) is not None


ISSUE_CODES: dict[str, str] = {
    "TX001": "file cannot be read, is not YAML or lacks its top-level list",
    "TX002": "item lacks a required field or a field has the wrong type",
    "TX003": "theme code has the wrong shape (lower-case `parent.leaf`)",
    "TX004": "theme code occurs twice",
    "TX005": "parent unknown, not top-level, or leaf code not prefixed by its parent",
    "TX006": f"leaf theme (other than overig) has fewer than {MIN_SEED_WORDS} seed words",
    "TX007": "seed word occurs in more than one leaf, or twice in one",
    "TX008": "source_url is empty",
    "TX009": "Signalen category maps to an unknown or non-leaf theme",
    "TX010": "Signalen category slug maps to two different themes",
}
_REQUIRED = {"code": str, "label": str, "sensitive": bool, "verified": bool, "seed_words": list}


def _issue(code: str, file: str, path: str, detail: str) -> TaxonomyIssue:
    return TaxonomyIssue(code, file, path, f"{ISSUE_CODES[code]}: {detail}")


def _check_item(item: Any, file: str, path: str) -> list[TaxonomyIssue]:
    if not isinstance(item, dict):
        return [_issue("TX002", file, path, "not a mapping")]
    issues = [
        _issue("TX002", file, f"{path}.{key}", f"expected {kind.__name__}")
        for key, kind in _REQUIRED.items()
        if not isinstance(item.get(key), kind)
    ]
    if not issues and not is_code(item["code"]):
        issues.append(_issue("TX003", file, f"{path}.code", item["code"]))
    if not str(item.get("source_url") or "").strip():
        issues.append(_issue("TX008", file, f"{path}.source_url", str(item.get("code"))))
    return issues


def _check_tree(themes: list[Theme], file: str) -> list[TaxonomyIssue]:
    issues: list[TaxonomyIssue] = []
    codes = [theme.code for theme in themes]
    tops = {theme.code for theme in themes if theme.parent is None}
    leaves = set(Taxonomy(themes=tuple(themes)).leaf_codes())
    seen: dict[str, str] = {}
    for index, theme in enumerate(themes):
        path = f"themes[{index}]"
        if codes.count(theme.code) > 1:
            issues.append(_issue("TX004", file, f"{path}.code", theme.code))
        if theme.parent is not None and (
            theme.parent not in tops or not theme.code.startswith(f"{theme.parent}.")
        ):
            issues.append(_issue("TX005", file, f"{path}.parent", theme.code))
        is_leaf = theme.code in leaves and theme.code != FALLBACK_THEME
        if is_leaf and len(theme.seed_words) < MIN_SEED_WORDS:
            issues.append(_issue("TX006", file, f"{path}.seed_words", theme.code))
        for word in theme.seed_words:
            if word in seen:
                issues.append(_issue("TX007", file, f"{path}.seed_words", f"{word!r}"))
            seen[word] = theme.code
    return issues


def _check_themes(raw: Any, file: str) -> list[TaxonomyIssue]:
    if not isinstance(raw, dict) or not isinstance(raw.get("themes"), list):
        return [_issue("TX001", file, "themes", "missing list")]
    issues: list[TaxonomyIssue] = []
    for index, item in enumerate(raw["themes"]):
        issues += _check_item(item, file, f"themes[{index}]")
    if issues:
        return issues
    return _check_tree([_theme(item) for item in raw["themes"]], file)


def _check_mapping(raw: Any, taxonomy: Taxonomy, file: str) -> list[TaxonomyIssue]:
    if not isinstance(raw, dict) or not isinstance(raw.get("categories"), list):
        return [_issue("TX001", file, "categories", "missing list")]
    issues: list[TaxonomyIssue] = []
    leaves = set(taxonomy.leaf_codes())
    by_slug: dict[str, str] = {}
    for index, item in enumerate(raw["categories"]):
        path = f"categories[{index}]"
        if not isinstance(item, dict) or not all(
            isinstance(item.get(key), str) for key in ("slug", "name", "theme")
        ):
            issues.append(_issue("TX002", file, path, "needs slug, name and theme"))
            continue
        if item["theme"] not in leaves:
            issues.append(_issue("TX009", file, f"{path}.theme", item["theme"]))
        if by_slug.setdefault(item["slug"], item["theme"]) != item["theme"]:
            issues.append(_issue("TX010", file, f"{path}.slug", item["slug"]))
    return issues
