"""The loaded knowledge base as one frozen object, with the look-ups the rules and pages need."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wijkverbinder.core.knowledge.model import (
    Approach,
    ConditionInfo,
    DecisionRule,
    EscalationLevel,
    EvidenceRule,
    ExclusionCriterion,
    MeetingFormat,
    NamedItem,
    NextStepText,
    PhaseInfo,
    PracticeExample,
    Principle,
    SafetyCheckRules,
    Situation,
    Sourced,
    Status,
    WarningText,
)
from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    ContactCondition,
    InterventionLevel,
    NextStep,
    WarningCode,
)
from wijkverbinder.core.vocabulary import Phase


@dataclass(frozen=True, kw_only=True)
class ProvenanceEntry(Sourced):
    """Any sourced item of any file, for the Kennisbank's overview of sources and judgements."""

    file: str
    key: str
    name: str


@dataclass(frozen=True, kw_only=True)
class KnowledgeBase:
    """All content of the knowledge base, validated."""

    phases: tuple[PhaseInfo, ...]
    approaches: tuple[Approach, ...]
    principles: tuple[Principle, ...]
    practice_examples: tuple[PracticeExample, ...]
    meeting_formats: tuple[MeetingFormat, ...]
    contact_conditions: tuple[ConditionInfo, ...]
    contact_forms: tuple[NamedItem, ...]
    escalation_levels: tuple[EscalationLevel, ...]
    acute_danger: Situation
    exclusion_criteria: tuple[ExclusionCriterion, ...]
    warnings: tuple[WarningText, ...]
    decision_rules: tuple[DecisionRule, ...]
    evidence_rules: tuple[EvidenceRule, ...]
    evidence_window_days: int
    evidence_thresholds: str
    safety: SafetyCheckRules
    next_steps: tuple[NextStepText, ...]
    source_titles: Mapping[str, str]
    provenance: tuple[ProvenanceEntry, ...]
    unverified_reasons: Mapping[tuple[str, str], str]

    def phase(self, phase: Phase) -> PhaseInfo:
        """The description of a phase."""
        return next(info for info in self.phases if info.phase is phase)

    def approach(self, code: str) -> Approach | None:
        """An approach by code."""
        return next((item for item in self.approaches if item.code == code), None)

    def approaches_for(self, phase: Phase) -> tuple[Approach, ...]:
        """Approaches linked to the phase, in the phase's order (rule 1)."""
        linked = [item for item in self.approaches if item.for_phase(phase) is not None]
        return tuple(sorted(linked, key=lambda item: _order(item, phase)))

    def meeting_format(self, code: str) -> MeetingFormat | None:
        """A meeting format by code."""
        return next((item for item in self.meeting_formats if item.code == code), None)

    def principles_for(self, approach: str, phase: Phase | None = None) -> tuple[Principle, ...]:
        """Principles of an approach (not the global ones), limited to the phase when given."""
        return tuple(
            item
            for item in self.principles
            if item.approach == approach and (item.phase is None or phase in (None, item.phase))
        )

    def global_principles(self) -> tuple[Principle, ...]:
        """Principles that hold for every approach."""
        return tuple(item for item in self.principles if item.approach is None)

    def examples_for(self, approach: str) -> tuple[PracticeExample, ...]:
        """Practice examples of an approach."""
        return tuple(item for item in self.practice_examples if approach in item.approaches)

    def warning(self, code: WarningCode) -> WarningText:
        """The text of a warning (the validator guarantees every code is present)."""
        return next(item for item in self.warnings if item.code is code)

    def exclusion(self, code: BuurtbemiddelingExclusion) -> ExclusionCriterion:
        """A buurtbemiddeling exclusion criterion."""
        return next(item for item in self.exclusion_criteria if item.code is code)

    def level(self, level: InterventionLevel) -> EscalationLevel:
        """One rung of the escalation ladder."""
        return next(item for item in self.escalation_levels if item.level is level)

    def rule(self, number: int) -> DecisionRule:
        """One of the 13 decision rules."""
        return next(item for item in self.decision_rules if item.number == number)

    def condition(self, code: ContactCondition) -> ConditionInfo:
        """A contact condition with what the team can do for it."""
        return next(item for item in self.contact_conditions if item.code is code)

    def next_step(self, code: NextStep) -> NextStepText:
        """The text of a next step (the validator guarantees every code is present)."""
        return next(item for item in self.next_steps if item.code is code)

    def source_title(self, url: str) -> str:
        """The readable title of a source url (sources.yaml), or the url itself."""
        return self.source_titles.get(url, url)

    def unverified(self) -> tuple[ProvenanceEntry, ...]:
        """Items neither confirmed by a source nor marked as own judgement (unverified.yaml)."""
        return tuple(item for item in self.provenance if item.status is Status.UNVERIFIED)

    def unverified_reason(self, item: ProvenanceEntry) -> str:
        """Why an unverified item has no source yet (unverified.yaml)."""
        return self.unverified_reasons.get((item.file, item.key), "")

    def judgements(self) -> tuple[ProvenanceEntry, ...]:
        """Items that are the project's own judgement, with the reasoning."""
        return tuple(item for item in self.provenance if item.status is Status.JUDGEMENT)


def _order(approach: Approach, phase: Phase) -> int:
    link = approach.for_phase(phase)
    return link.order if link else 0
