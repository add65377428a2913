"""The Wijkverbinder knowledge base: typed loader and validator (stable codes KB001-KB020).

Public API::

    load_knowledge_base(directory=None) -> KnowledgeBase      # cached; raises KnowledgeBaseError
    validate_knowledge_base(directory=None) -> list[KnowledgeIssue]
"""

from wijkverbinder.core.knowledge.base import KnowledgeBase, ProvenanceEntry
from wijkverbinder.core.knowledge.issues import (
    IssueCode,
    KnowledgeBaseError,
    KnowledgeIssue,
    Severity,
)
from wijkverbinder.core.knowledge.loader import load_knowledge_base
from wijkverbinder.core.knowledge.validator import default_directory, validate_knowledge_base

__all__ = [
    "IssueCode",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "KnowledgeIssue",
    "ProvenanceEntry",
    "Severity",
    "default_directory",
    "load_knowledge_base",
    "validate_knowledge_base",
]
