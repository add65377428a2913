"""Builds the frozen records of the knowledge base from validated, parsed YAML (used by `loader`).

Every record gets its provenance from `Builder.src`: source url and readable title (sources.yaml),
verified, passage and where it was read, or the project's own judgement.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wijkverbinder.core.knowledge.model import (
    Approach,
    ApproachPhase,
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
    SafetyCriterionInfo,
    Situation,
    TeamAction,
    WarningText,
)
from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    ContactCondition,
    ContactForm,
    Fit,
    FormatTrait,
    InterventionLevel,
    NextStep,
    Partner,
    PrincipleKind,
    ReadIn,
    SafetyCriterion,
    WarningCode,
)
from wijkverbinder.core.vocabulary import Phase

Raw = dict[str, Any]


def _text(value: object) -> str:
    return " ".join(str(value or "").split())


def _texts(item: Raw, key: str) -> tuple[str, ...]:
    return tuple(str(value) for value in item.get(key) or ())


class Builder:
    """Builds the records; knows the readable titles of the sources."""

    def __init__(self, titles: Mapping[str, str]) -> None:
        self.titles = titles

    def src(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """The provenance fields of an item."""
        url = str(item["source_url"])
        read_in = item.get("read_in")
        return {
            "source_url": url,
            "verified": bool(item["verified"]),
            "passage": _text(item.get("passage")),
            "read_in": ReadIn(read_in) if read_in else None,
            "judgement": _text(item.get("judgement")),
            "source_title": self.titles.get(url, ""),
        }

    def situation(self, item: Raw) -> Situation:
        """A text with its source."""
        return Situation(text=str(item["text"]).strip(), **self.src(item))

    def phase(self, item: Raw) -> PhaseInfo:
        """One phase."""
        return PhaseInfo(
            phase=Phase(item["code"]),
            rank=int(item["rank"]),
            name=str(item["name"]),
            slug=str(item["slug"]),
            colour=str(item["colour"]),
            colour_hex=str(item["colour_hex"]),
            motto=str(item["motto"]),
            current_situation=self.situation(item["current_situation"]),
            desired_situation=self.situation(item["desired_situation"]),
            recognition_signs=_texts(item, "recognition_signs"),
            **self.src(item),
        )

    def approach(self, item: Raw) -> Approach:
        """One approach with its phase links."""
        links = tuple(
            ApproachPhase(
                phase=Phase(link["phase"]),
                order=int(link["order"]),
                text=str(link["text"]).strip(),
                after_safety=bool(link.get("after_safety", False)),
                **self.src(link),
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
            contact_conditions=tuple(
                ContactCondition(value) for value in item["contact_conditions"]
            ),
            goal_keywords=tuple(str(word).lower() for word in item["goal_keywords"]),
            activity_examples=_texts(item, "activity_examples"),
            suitable_formats=_texts(item, "suitable_formats"),
            phases=links,
            **self.src(item),
        )

    def principle(self, item: Raw) -> Principle:
        """What works or does not."""
        return Principle(
            code=str(item["code"]),
            approach=item.get("approach") or None,
            phase=Phase(item["phase"]) if item.get("phase") else None,
            kind=PrincipleKind(item["kind"]),
            text=str(item["text"]).strip(),
            tags=_texts(item, "tags"),
            **self.src(item),
        )

    def example(self, item: Raw) -> PracticeExample:
        """A practice example."""
        return PracticeExample(
            code=str(item["code"]),
            name=str(item["name"]),
            description=str(item["description"]).strip(),
            url=str(item["url"]),
            approaches=_texts(item, "approaches"),
            phases=tuple(Phase(value) for value in item["phases"]),
            **self.src(item),
        )

    def meeting_format(self, item: Raw) -> MeetingFormat:
        """A meeting format with its fit."""
        return MeetingFormat(
            code=str(item["code"]),
            name=str(item["name"]),
            description=str(item["description"]).strip(),
            contact_form=ContactForm(item["contact_form"]),
            traits=frozenset(FormatTrait(value) for value in item["traits"]),
            phase_fit={Phase(key): Fit(value) for key, value in item["phase_fit"].items()},
            sensitive_fit=Fit(item["sensitive_fit"]),
            note=str(item.get("note") or "").strip(),
            **self.src(item),
        )

    def named(self, item: Raw) -> NamedItem:
        """A contact form."""
        return NamedItem(
            code=str(item["code"]),
            name=str(item["name"]),
            description=str(item["description"]).strip(),
            **self.src(item),
        )

    def condition(self, item: Raw) -> ConditionInfo:
        """A contact condition with what the team can do for it."""
        actions = tuple(
            TeamAction(
                code=str(action["code"]),
                text=_text(action["text"]),
                partners=tuple(Partner(value) for value in action.get("partners") or ()),
                **self.src(action),
            )
            for action in item["team_actions"]
        )
        return ConditionInfo(
            code=ContactCondition(item["code"]),
            name=str(item["name"]),
            description=str(item["description"]).strip(),
            team_actions=actions,
            **self.src(item),
        )

    def level(self, item: Raw) -> EscalationLevel:
        """A rung of the ladder."""
        return EscalationLevel(
            level=InterventionLevel(item["code"]),
            name=str(item["name"]),
            description=str(item["description"]).strip(),
            actors=_texts(item, "actors"),
            informational_only=bool(item["informational_only"]),
            steps=_texts(item, "steps"),
            **self.src(item),
        )

    def exclusion(self, item: Raw) -> ExclusionCriterion:
        """A buurtbemiddeling exclusion criterion."""
        return ExclusionCriterion(
            code=BuurtbemiddelingExclusion(item["code"]),
            name=str(item["name"]),
            description=str(item["description"]).strip(),
            referrals=_texts(item, "referrals"),
            **self.src(item),
        )

    def warning(self, item: Raw) -> WarningText:
        """The text of a warning."""
        return WarningText(
            code=WarningCode(item["code"]),
            rule=int(item["rule"]),
            title=str(item["title"]),
            message=str(item["message"]).strip(),
            suggestion=str(item["suggestion"]).strip(),
            **self.src(item),
        )

    def rule(self, item: Raw) -> DecisionRule:
        """A decision rule."""
        return DecisionRule(
            number=int(item["number"]),
            title=str(item["title"]),
            summary=str(item["summary"]).strip(),
            implemented_in=_texts(item, "implemented_in"),
            see_also=_texts(item, "see_also"),
            **self.src(item),
        )

    def evidence(self, item: Raw) -> EvidenceRule:
        """A signal evidence rule."""
        return EvidenceRule(
            theme=str(item["theme"]),
            min_count=int(item["min_count"]),
            floor_phase=Phase(item["floor_phase"]),
            reason=str(item["reason"]).strip(),
            **self.src(item),
        )

    def safety(self, item: Raw) -> SafetyCheckRules:
        """The rules of the recorded safety check."""
        return SafetyCheckRules(
            criteria=tuple(
                SafetyCriterionInfo(
                    code=SafetyCriterion(entry["code"]),
                    name=str(entry["name"]),
                    question=_text(entry["question"]),
                    **self.src(entry),
                )
                for entry in item["criteria"]
            ),
            max_age_days=int(item["max_age_days"]),
            incident_signal_days=int(item["incident_signal_days"]),
            confirming_partners=tuple(Partner(value) for value in item["confirming_partners"]),
        )

    def next_step(self, item: Raw) -> NextStepText:
        """A next step of the advice."""
        return NextStepText(
            code=NextStep(item["code"]),
            rule=int(item["rule"]),
            title=str(item["title"]),
            text=_text(item["text"]),
            **self.src(item),
        )
