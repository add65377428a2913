"""The knowledge-base system check reports broken content with stable ids (wijkverbinder.KB0xx)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from wijkverbinder.core.knowledge import default_directory
from wijkverbinder.diagnosis.checks import check_knowledge_base, knowledge_base_messages


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    """A copy of the knowledge base with a phase that lost its source_url."""
    folder = tmp_path / "knowledge_base"
    shutil.copytree(default_directory(), folder)
    phases = folder / "phases.yaml"
    text = phases.read_text(encoding="utf-8")
    first = text.index("    source_url: https://sociaaldomeinonline.nl/")
    phases.write_text(
        text[:first] + text[first:].replace("    source_url:", "    # source_url:", 1),
        encoding="utf-8",
    )
    return folder


def test_packaged_knowledge_base_passes() -> None:
    assert [m for m in check_knowledge_base() if m.is_serious()] == []


def test_broken_copy_gives_stable_id(broken_copy: Path) -> None:
    messages = knowledge_base_messages(broken_copy)
    ids = {message.id for message in messages}
    assert "wijkverbinder.KB001" in ids
    assert all(message.is_serious() for message in messages if message.id == "wijkverbinder.KB001")
    assert any("phases.yaml" in str(message.hint) for message in messages)


def test_unreadable_file_is_kb009(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    shutil.copytree(default_directory(), folder)
    (folder / "approaches.yaml").write_text("approaches: [unclosed", encoding="utf-8")
    assert "wijkverbinder.KB009" in {m.id for m in knowledge_base_messages(folder)}


def test_check_command_stops_on_broken_copy(broken_copy: Path, settings: Any) -> None:
    settings.KNOWLEDGE_BASE_DIR = str(broken_copy)
    with pytest.raises(SystemCheckError, match=r"wijkverbinder\.KB001"):
        call_command("check")
