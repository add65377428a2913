"""What the pages show, built from the knowledge base and the stored assessments (no rules here).

`knowledge_page()` arranges the Kennisbank; `theme_label()` names a signal theme from the
taxonomy; `phase_info()` gives a phase's name, colour and motto for a badge.
"""

from __future__ import annotations

from typing import Any

from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.model import PhaseInfo
from wijkverbinder.core.knowledge.vocabulary import FIT_LABELS, PrincipleKind
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.core.vocabulary import Phase


def phase_info(code: str) -> PhaseInfo:
    """The knowledge base's description of a phase."""
    return load_knowledge_base().phase(Phase(code))


def theme_label(code: str) -> str:
    """'veiligheid.vernieling' → 'Veiligheid › Vernieling' when the taxonomy knows it."""
    return load_taxonomy().full_label(code)


def _approach_entry(kb: KnowledgeBase, code: str) -> dict[str, Any]:
    approach = kb.approach(code)
    assert approach is not None
    principles = kb.principles_for(code)
    return {
        "approach": approach,
        "phases": [(kb.phase(link.phase), link) for link in approach.phases],
        "works": [p for p in principles if p.kind is PrincipleKind.WORKS],
        "does_not_work": [p for p in principles if p.kind is PrincipleKind.DOES_NOT_WORK],
        "examples": kb.examples_for(code),
        "formats": [fmt for fmt in map(kb.meeting_format, approach.suitable_formats) if fmt],
    }


def knowledge_page() -> dict[str, Any]:
    """Everything the Kennisbank shows, in reading order."""
    kb = load_knowledge_base()
    global_principles = kb.global_principles()
    return {
        "phases": [
            {
                "info": info,
                "approaches": [(a, a.for_phase(info.phase)) for a in kb.approaches_for(info.phase)],
            }
            for info in kb.phases
        ],
        "approaches": [_approach_entry(kb, item.code) for item in kb.approaches],
        "general_works": [p for p in global_principles if p.kind is PrincipleKind.WORKS],
        "general_does_not_work": [
            p for p in global_principles if p.kind is PrincipleKind.DOES_NOT_WORK
        ],
        "formats": [
            {
                "format": fmt,
                "fits": [
                    (kb.phase(phase), FIT_LABELS[fmt.fit(phase)], str(fmt.fit(phase)))
                    for phase in Phase
                ],
                "sensitive": (FIT_LABELS[fmt.sensitive_fit], str(fmt.sensitive_fit)),
            }
            for fmt in kb.meeting_formats
        ],
        "contact_conditions": kb.contact_conditions,
        "escalation": kb.escalation_levels,
        "acute_danger": kb.acute_danger,
        "exclusions": kb.exclusion_criteria,
        "unverified_count": len(kb.unverified()),
        "unverified": [
            {"item": item, "reason": kb.unverified_reason(item)} for item in kb.unverified()
        ],
        "judgements": kb.judgements(),
        "judgement_count": len(kb.judgements()),
        "sourced_count": sum(1 for item in kb.provenance if item.verified),
        "evidence_thresholds": kb.evidence_thresholds,
        "safety": kb.safety,
        "sources": sorted(kb.source_titles.items(), key=lambda pair: pair[1].lower()),
    }
