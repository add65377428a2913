"""Loads the knowledge-base YAML files into frozen records, after validation; cached.

`load_knowledge_base()` reads `src/wijkverbinder/knowledge_base/` (or another directory) with
`yaml.safe_load`, validates it (`validator.py`) and raises `KnowledgeBaseError` listing every error
when something is wrong. The result is cached per directory with `functools.lru_cache`; call
`load_knowledge_base.cache_clear()` after editing the files in a running process.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from wijkverbinder.core.knowledge.base import KnowledgeBase, ProvenanceEntry
from wijkverbinder.core.knowledge.builders import Builder
from wijkverbinder.core.knowledge.issues import KnowledgeBaseError, Severity
from wijkverbinder.core.knowledge.provenance import sourced_items
from wijkverbinder.core.knowledge.validator import default_directory, read_files, validate_data

Raw = dict[str, Any]


@lru_cache(maxsize=8)
def load_knowledge_base(directory: Path | None = None) -> KnowledgeBase:
    """The validated knowledge base (cached); raises `KnowledgeBaseError` on any error."""
    data, issues = read_files(directory or default_directory())
    issues += validate_data(data)
    errors = [issue for issue in issues if issue.severity is Severity.ERROR]
    if errors:
        raise KnowledgeBaseError(errors)
    return build(data)


def build(data: dict[str, Raw]) -> KnowledgeBase:
    """Turn validated, parsed files into the knowledge base."""
    titles = {str(item["url"]): str(item["title"]) for item in data["sources.yaml"]["sources"]}
    b = Builder(titles)
    contact = data["contact.yaml"]
    escalation = data["escalation.yaml"]
    evidence = data["phase_evidence.yaml"]
    return KnowledgeBase(
        phases=tuple(b.phase(item) for item in data["phases.yaml"]["phases"]),
        approaches=tuple(b.approach(item) for item in data["approaches.yaml"]["approaches"]),
        principles=tuple(b.principle(item) for item in data["principles.yaml"]["principles"]),
        practice_examples=tuple(
            b.example(item) for item in data["practice_examples.yaml"]["practice_examples"]
        ),
        meeting_formats=tuple(
            b.meeting_format(item) for item in data["meeting_formats.yaml"]["meeting_formats"]
        ),
        contact_conditions=tuple(b.condition(item) for item in contact["contact_conditions"]),
        contact_forms=tuple(b.named(item) for item in contact["contact_forms"]),
        escalation_levels=tuple(
            b.level(item) for item in sorted(escalation["levels"], key=lambda item: item["rank"])
        ),
        acute_danger=b.situation(escalation["acute_danger"]),
        exclusion_criteria=tuple(
            b.exclusion(item) for item in data["buurtbemiddeling.yaml"]["exclusion_criteria"]
        ),
        warnings=tuple(b.warning(item) for item in data["warnings.yaml"]["warnings"]),
        decision_rules=tuple(
            b.rule(item)
            for item in sorted(data["decision_rules.yaml"]["rules"], key=lambda x: x["number"])
        ),
        evidence_rules=tuple(b.evidence(item) for item in evidence["rules"]),
        evidence_window_days=int(evidence["recommended_window_days"]),
        evidence_thresholds=" ".join(str(evidence["thresholds_judgement"]).split()),
        safety=b.safety(data["safety_check.yaml"]),
        next_steps=tuple(b.next_step(item) for item in data["next_steps.yaml"]["steps"]),
        source_titles=titles,
        unverified_reasons={
            (str(item["file"]), str(item["item"])): str(item["reason"])
            for item in data["unverified.yaml"]["items"] or ()
        },
        provenance=tuple(
            ProvenanceEntry(file=ref.file, key=ref.key, name=ref.name, **b.src(ref.raw))
            for ref in sourced_items(data)
        ),
    )
