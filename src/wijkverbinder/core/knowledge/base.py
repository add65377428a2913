"""The loaded knowledge base as one frozen object, with the look-ups the rules and pages need."""

from __future__ import annotations

from dataclasses import dataclass

from wijkverbinder.core.knowledge.model import (
    Approach,
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
from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    InterventionLevel,
    WarningCode,
)
from wijkverbinder.core.vocabulary import Phase


@dataclass(frozen=True, kw_only=True)
class UnverifiedItem:
    """A knowledge-base item whose content is not (yet) confirmed by a public source."""

    file: str
    code: str
    name: str


@dataclass(frozen=True, kw_only=True)
class KnowledgeBase:
    """All content of the knowledge base, validated."""

    phases: tuple[PhaseInfo, ...]
    approaches: tuple[Approach, ...]
    principles: tuple[Principle, ...]
    practice_examples: tuple[PracticeExample, ...]
    meeting_formats: tuple[MeetingFormat, ...]
    contact_conditions: tuple[NamedItem, ...]
    contact_forms: tuple[NamedItem, ...]
    escalation_levels: tuple[EscalationLevel, ...]
    acute_danger: Situation
    exclusion_criteria: tuple[ExclusionCriterion, ...]
    warnings: tuple[WarningText, ...]
    decision_rules: tuple[DecisionRule, ...]
    evidence_rules: tuple[EvidenceRule, ...]
    evidence_window_days: int

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

    def unverified(self) -> tuple[UnverifiedItem, ...]:
        """Everything still marked `verified: false`, for the note and the Kennisbank page."""
        found: list[UnverifiedItem] = []
        for info in self.phases:
            for label, part in (
                ("huidig", info.current_situation),
                ("gewenst", info.desired_situation),
            ):
                if not part.verified:
                    found.append(_item("phases.yaml", f"{info.phase}.{label}", info.name))
        for approach in self.approaches:
            found.extend(
                _item("approaches.yaml", f"{approach.code}@{link.phase}", approach.name)
                for link in approach.phases
                if not link.verified
            )
        groups: list[tuple[str, tuple[_Sourced, ...]]] = [
            ("phases.yaml", self.phases),
            ("approaches.yaml", self.approaches),
            ("principles.yaml", self.principles),
            ("practice_examples.yaml", self.practice_examples),
            ("meeting_formats.yaml", self.meeting_formats),
            ("escalation.yaml", self.escalation_levels),
            ("buurtbemiddeling.yaml", self.exclusion_criteria),
            ("warnings.yaml", self.warnings),
            ("decision_rules.yaml", self.decision_rules),
            ("phase_evidence.yaml", self.evidence_rules),
        ]
        for file, records in groups:
            found.extend(_describe(file, record) for record in records if not record.verified)
        if not self.acute_danger.verified:
            found.append(_item("escalation.yaml", "acute_danger", "acuut gevaar"))
        return tuple(found)


_Sourced = (
    PhaseInfo
    | Approach
    | Principle
    | PracticeExample
    | MeetingFormat
    | EscalationLevel
    | ExclusionCriterion
    | WarningText
    | DecisionRule
    | EvidenceRule
)


def _order(approach: Approach, phase: Phase) -> int:
    link = approach.for_phase(phase)
    return link.order if link else 0


def _item(file: str, code: str, name: str) -> UnverifiedItem:
    return UnverifiedItem(file=file, code=code, name=name)


def _describe(file: str, record: _Sourced) -> UnverifiedItem:
    match record:
        case DecisionRule():
            code, name = f"regel {record.number}", record.title
        case EvidenceRule():
            code, name = record.theme, record.reason
        case PhaseInfo():
            code, name = str(record.phase), record.name
        case EscalationLevel():
            code, name = str(record.level), record.name
        case WarningText():
            code, name = str(record.code), record.title
        case Principle():
            code, name = record.code, record.text
        case _:
            code, name = str(record.code), record.name
    return _item(file, code, name)
