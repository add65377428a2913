"""The README lists every command line once (a second db_worker line said something else)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["README.md", "README.nl.md"])
def test_each_command_is_listed_once(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    commands = [
        line.strip()
        for line in re.findall(r"^\.venv/bin/wijkverbinder ([^#\n]+)", text, flags=re.MULTILINE)
    ]
    repeated = sorted({command for command in commands if commands.count(command) > 1})
    assert repeated == []
