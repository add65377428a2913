"""Helpers for tests that break a copy of the knowledge base and look at the validator's codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from wijkverbinder.core.knowledge import IssueCode, validate_knowledge_base


def edit(folder: Path, name: str, change: Callable[[Any], None]) -> None:
    """Load one YAML file of the copy, change it in place, write it back."""
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def codes(folder: Path) -> set[IssueCode]:
    """The issue codes the validator reports for the folder."""
    return {issue.code for issue in validate_knowledge_base(folder)}
