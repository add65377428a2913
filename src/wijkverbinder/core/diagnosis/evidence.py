"""Evidence from an area's recent signals, beside the questionnaire (decision rule 13).

Signals come in as plain counts per theme code over a recent window (the knowledge base recommends
the window, `phase_evidence.yaml`). A rule whose count is reached sets a floor under the phase: e.g.
recent signals of vandalism or threats point to at least incidenten. The evidence is always shown,
with its reason and source, also when it does not change the phase.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wijkverbinder.core.knowledge import KnowledgeBase
from wijkverbinder.core.vocabulary import Phase


@dataclass(frozen=True, kw_only=True)
class SignalEvidence:
    """One evidence rule that fired on the signal counts."""

    theme: str
    count: int
    min_count: int
    floor_phase: Phase
    reason: str
    source_url: str
    verified: bool


def collect_evidence(
    *, signal_counts: Mapping[str, int], knowledge: KnowledgeBase
) -> tuple[SignalEvidence, ...]:
    """The evidence rules reached by the counts, heaviest floor first."""
    found: list[SignalEvidence] = []
    for rule in knowledge.evidence_rules:
        count = sum(value for code, value in signal_counts.items() if rule.matches(code))
        if count >= rule.min_count:
            found.append(
                SignalEvidence(
                    theme=rule.theme,
                    count=count,
                    min_count=rule.min_count,
                    floor_phase=rule.floor_phase,
                    reason=rule.reason,
                    source_url=rule.source_url,
                    verified=rule.verified,
                )
            )
    return tuple(sorted(found, key=lambda item: -item.floor_phase.rank))


def evidence_floor(evidence: tuple[SignalEvidence, ...]) -> Phase | None:
    """The highest floor the evidence sets, if any."""
    return max((item.floor_phase for item in evidence), key=lambda phase: phase.rank, default=None)
