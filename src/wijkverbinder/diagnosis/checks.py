"""Django system check: the knowledge base (and the theme taxonomy) must be valid at start-up.

Each issue of `validate_knowledge_base()` becomes a check message with the stable id
`wijkverbinder.KB001`…`KB020` (errors stop `migrate`/`serve`, warnings are shown). The theme
taxonomy validator (`core.taxonomy.validate_taxonomy`, codes TX…) is run too when it exists. The
folder can be pointed elsewhere with the setting `KNOWLEDGE_BASE_DIR` (used by tests).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core import checks

from wijkverbinder.core.knowledge import Severity, validate_knowledge_base

TAG = "wijkverbinder"


def knowledge_base_messages(directory: Path | None = None) -> list[checks.CheckMessage]:
    """The knowledge-base issues of `directory` (default: the packaged folder) as check messages."""
    messages: list[checks.CheckMessage] = []
    for issue in validate_knowledge_base(directory):
        kind = checks.Warning if issue.severity is Severity.WARNING else checks.Error
        messages.append(
            kind(
                issue.message,
                hint=f"{issue.file}:{issue.path}" if issue.path else issue.file,
                obj="knowledge_base",
                id=f"wijkverbinder.{issue.code}",
            )
        )
    return messages


def _taxonomy_validator() -> Callable[..., Sequence[Any]] | None:
    try:
        module = importlib.import_module("wijkverbinder.core.taxonomy")
    except ImportError:
        return None
    validator = getattr(module, "validate_taxonomy", None)
    return validator if callable(validator) else None


def taxonomy_messages(directory: Path | None = None) -> list[checks.CheckMessage]:
    """Issues of the theme taxonomy (themes.yaml, signalen_mapping.yaml) as check errors."""
    validator = _taxonomy_validator()
    if validator is None:
        return []
    if directory is None:
        issues = validator()
    else:
        issues = validator(directory / "themes.yaml", directory / "signalen_mapping.yaml")
    return [
        checks.Error(
            str(getattr(issue, "message", issue)),
            hint=f"{getattr(issue, 'file', '')}:{getattr(issue, 'path', '')}",
            obj="knowledge_base",
            id=f"wijkverbinder.{getattr(issue, 'code', 'TX000')}",
        )
        for issue in issues
    ]


@checks.register(TAG)
def check_knowledge_base(
    app_configs: Sequence[AppConfig] | None = None, **kwargs: Any
) -> list[checks.CheckMessage]:
    """The registered system check."""
    configured = getattr(settings, "KNOWLEDGE_BASE_DIR", None)
    directory = Path(configured) if configured else None
    return knowledge_base_messages(directory) + taxonomy_messages(directory)
