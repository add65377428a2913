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

from wijkverbinder.core.knowledge.base import KnowledgeBase
from wijkverbinder.core.knowledge.issues import KnowledgeBaseError, Severity
from wijkverbinder.core.knowledge.model import (
    Approach,
    ApproachPhase,
    DecisionRule,
    EscalationLevel,
    EvidenceRule,
    ExclusionCriterion,
    MeetingFormat,
    NamedItem,
    PhaseInfo,
    PracticeExample,
    Principle,
    Situation,
    WarningText,
)
from wijkverbinder.core.knowledge.validator import default_directory, read_files, validate_data
from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    ContactCondition,
    ContactForm,
    Fit,
    FormatTrait,
    InterventionLevel,
    PrincipleKind,
    WarningCode,
)
from wijkverbinder.core.vocabulary import Phase

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
    contact = data["contact.yaml"]
    escalation = data["escalation.yaml"]
    evidence = data["phase_evidence.yaml"]
    return KnowledgeBase(
        phases=tuple(_phase(item) for item in data["phases.yaml"]["phases"]),
        approaches=tuple(_approach(item) for item in data["approaches.yaml"]["approaches"]),
        principles=tuple(_principle(item) for item in data["principles.yaml"]["principles"]),
        practice_examples=tuple(
            _example(item) for item in data["practice_examples.yaml"]["practice_examples"]
        ),
        meeting_formats=tuple(
            _format(item) for item in data["meeting_formats.yaml"]["meeting_formats"]
        ),
        contact_conditions=tuple(_named(item) for item in contact["contact_conditions"]),
        contact_forms=tuple(_named(item) for item in contact["contact_forms"]),
        escalation_levels=tuple(
            _level(item) for item in sorted(escalation["levels"], key=lambda item: item["rank"])
        ),
        acute_danger=_situation(escalation["acute_danger"]),
        exclusion_criteria=tuple(
            _exclusion(item) for item in data["buurtbemiddeling.yaml"]["exclusion_criteria"]
        ),
        warnings=tuple(_warning(item) for item in data["warnings.yaml"]["warnings"]),
        decision_rules=tuple(
            _rule(item)
            for item in sorted(data["decision_rules.yaml"]["rules"], key=lambda x: x["number"])
        ),
        evidence_rules=tuple(_evidence(item) for item in evidence["rules"]),
        evidence_window_days=int(evidence["recommended_window_days"]),
    )


def _src(item: Raw) -> dict[str, Any]:
    return {"source_url": str(item["source_url"]), "verified": bool(item["verified"])}


def _texts(item: Raw, key: str) -> tuple[str, ...]:
    return tuple(str(value) for value in item.get(key) or ())


def _situation(item: Raw) -> Situation:
    return Situation(text=str(item["text"]).strip(), **_src(item))


def _phase(item: Raw) -> PhaseInfo:
    return PhaseInfo(
        phase=Phase(item["code"]),
        rank=int(item["rank"]),
        name=str(item["name"]),
        slug=str(item["slug"]),
        colour=str(item["colour"]),
        colour_hex=str(item["colour_hex"]),
        motto=str(item["motto"]),
        current_situation=_situation(item["current_situation"]),
        desired_situation=_situation(item["desired_situation"]),
        recognition_signs=_texts(item, "recognition_signs"),
        **_src(item),
    )


def _approach(item: Raw) -> Approach:
    links = tuple(
        ApproachPhase(
            phase=Phase(link["phase"]),
            order=int(link["order"]),
            text=str(link["text"]).strip(),
            **_src(link),
        )
        for link in item["phases"]
    )
    return Approach(
        code=str(item["code"]),
        name=str(item["name"]),
        parent=item.get("parent") or None,
        description=str(item["description"]).strip(),
        bridging=bool(item["bridging"]),
        safety=bool(item["safety"]),
        contact_forms=tuple(ContactForm(value) for value in item["contact_forms"]),
        contact_conditions=tuple(ContactCondition(value) for value in item["contact_conditions"]),
        goal_keywords=tuple(str(word).lower() for word in item["goal_keywords"]),
        activity_examples=_texts(item, "activity_examples"),
        suitable_formats=_texts(item, "suitable_formats"),
        phases=links,
        **_src(item),
    )


def _principle(item: Raw) -> Principle:
    return Principle(
        code=str(item["code"]),
        approach=item.get("approach") or None,
        phase=Phase(item["phase"]) if item.get("phase") else None,
        kind=PrincipleKind(item["kind"]),
        text=str(item["text"]).strip(),
        tags=_texts(item, "tags"),
        **_src(item),
    )


def _example(item: Raw) -> PracticeExample:
    return PracticeExample(
        code=str(item["code"]),
        name=str(item["name"]),
        description=str(item["description"]).strip(),
        url=str(item["url"]),
        approaches=_texts(item, "approaches"),
        phases=tuple(Phase(value) for value in item["phases"]),
        **_src(item),
    )


def _format(item: Raw) -> MeetingFormat:
    return MeetingFormat(
        code=str(item["code"]),
        name=str(item["name"]),
        description=str(item["description"]).strip(),
        contact_form=ContactForm(item["contact_form"]),
        traits=frozenset(FormatTrait(value) for value in item["traits"]),
        phase_fit={Phase(key): Fit(value) for key, value in item["phase_fit"].items()},
        sensitive_fit=Fit(item["sensitive_fit"]),
        note=str(item.get("note") or "").strip(),
        **_src(item),
    )


def _named(item: Raw) -> NamedItem:
    return NamedItem(
        code=str(item["code"]),
        name=str(item["name"]),
        description=str(item["description"]).strip(),
        **_src(item),
    )


def _level(item: Raw) -> EscalationLevel:
    return EscalationLevel(
        level=InterventionLevel(item["code"]),
        name=str(item["name"]),
        description=str(item["description"]).strip(),
        actors=_texts(item, "actors"),
        informational_only=bool(item["informational_only"]),
        steps=_texts(item, "steps"),
        **_src(item),
    )


def _exclusion(item: Raw) -> ExclusionCriterion:
    return ExclusionCriterion(
        code=BuurtbemiddelingExclusion(item["code"]),
        name=str(item["name"]),
        description=str(item["description"]).strip(),
        referrals=_texts(item, "referrals"),
        **_src(item),
    )


def _warning(item: Raw) -> WarningText:
    return WarningText(
        code=WarningCode(item["code"]),
        rule=int(item["rule"]),
        title=str(item["title"]),
        message=str(item["message"]).strip(),
        suggestion=str(item["suggestion"]).strip(),
        **_src(item),
    )


def _rule(item: Raw) -> DecisionRule:
    return DecisionRule(
        number=int(item["number"]),
        title=str(item["title"]),
        summary=str(item["summary"]).strip(),
        implemented_in=_texts(item, "implemented_in"),
        see_also=_texts(item, "see_also"),
        **_src(item),
    )


def _evidence(item: Raw) -> EvidenceRule:
    return EvidenceRule(
        theme=str(item["theme"]),
        min_count=int(item["min_count"]),
        floor_phase=Phase(item["floor_phase"]),
        reason=str(item["reason"]).strip(),
        **_src(item),
    )
