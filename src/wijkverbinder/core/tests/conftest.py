"""Fixtures of the core tests: a copy of the knowledge base to break (see `kb_edit.py`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wijkverbinder.core.knowledge import default_directory


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A copy of the packaged knowledge base to edit."""
    target = tmp_path / "kb"
    shutil.copytree(default_directory(), target)
    return target
