"""Every text of the user interface has its Dutch translation: no fuzzy entries (gettext ignores
them, so the page shows the English msgid) and no empty msgstr in locale/nl."""

from __future__ import annotations

import re
from pathlib import Path

PO_FILE = Path(__file__).resolve().parents[2] / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def _entries() -> list[str]:
    return PO_FILE.read_text(encoding="utf-8").split("\n\n")[1:]  # [0] is the header


def test_no_fuzzy_translations() -> None:
    fuzzy = [entry for entry in _entries() if re.search(r"^#, .*fuzzy", entry, re.M)]
    assert fuzzy == [], fuzzy[:5]


def test_no_empty_translations() -> None:
    empty = [
        entry
        for entry in _entries()
        if "msgid_plural" not in entry
        and re.search(r'^msgstr ""\s*\Z', entry.strip() + "\n", re.M)
        and not entry.lstrip().startswith("#~")
    ]
    assert empty == [], empty[:5]
