"""Answers (+ signal counts) → phase, the answers that decided it, confidence, what moves it.

The phase is the highest phase any observation points to (`rules.py`), raised to the floor that
recent signals set (`evidence.py`, decision rule 13: re-assess when incidents are logged; an upward
move changes the allowed approaches). Phases go up and down: the result says what would move it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wijkverbinder.core.diagnosis.answers import RawAnswers, parse_answers, parse_signal_counts
from wijkverbinder.core.diagnosis.confidence import Confidence, assess_confidence
from wijkverbinder.core.diagnosis.evidence import SignalEvidence, collect_evidence, evidence_floor
from wijkverbinder.core.diagnosis.rules import (
    WeighedObservation,
    highest,
    options_pointing_to,
    weigh_observations,
)
from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.core.vocabulary import Phase

REASSESS_AFTER_DAYS = 90


@dataclass(frozen=True, kw_only=True)
class PhaseAssessmentResult:
    """The outcome of the questionnaire."""

    phase: Phase
    phase_from_answers: Phase
    decisive: tuple[WeighedObservation, ...]
    observations: tuple[WeighedObservation, ...]
    evidence: tuple[SignalEvidence, ...]
    raised_by_evidence: bool
    confidence: Confidence
    would_move_up: tuple[str, ...]
    would_move_down: tuple[str, ...]
    dividing_lines: tuple[str, ...]
    locations: tuple[str, ...]
    reassess_after_days: int = REASSESS_AFTER_DAYS


def diagnose(
    *,
    answers: RawAnswers,
    signal_counts: Mapping[str, int] | None = None,
    knowledge: KnowledgeBase | None = None,
) -> PhaseAssessmentResult:
    """Assess the phase; raises `DiagnosisError` (Dutch message) on invalid answers."""
    kb = knowledge or load_knowledge_base()
    parsed = parse_answers(answers)
    evidence = collect_evidence(signal_counts=parse_signal_counts(signal_counts), knowledge=kb)
    observations = weigh_observations(parsed)
    from_answers = highest(observations) or Phase.RUST
    floor = evidence_floor(evidence)
    phase = floor if floor is not None and floor.rank > from_answers.rank else from_answers
    raised = phase is not from_answers
    decisive = tuple(item for item in observations if item.phase is from_answers)
    confidence = assess_confidence(
        answers=parsed,
        decisive_count=len(decisive),
        evidence_confirms=any(item.floor_phase is from_answers for item in evidence),
        raised_by_evidence=raised,
    )
    return PhaseAssessmentResult(
        phase=phase,
        phase_from_answers=from_answers,
        decisive=decisive,
        observations=observations,
        evidence=evidence,
        raised_by_evidence=raised,
        confidence=confidence,
        would_move_up=_move_up(phase, observations),
        would_move_down=_move_down(phase, observations, decisive, evidence),
        dividing_lines=parsed.dividing_lines,
        locations=parsed.locations,
    )


def _next(phase: Phase) -> Phase | None:
    phases = list(Phase)
    index = phases.index(phase)
    return phases[index + 1] if index + 1 < len(phases) else None


def _move_up(phase: Phase, observations: tuple[WeighedObservation, ...]) -> tuple[str, ...]:
    higher = _next(phase)
    if higher is None:
        return ("Dit is de hoogste fase.",)
    moves = [
        f"Als er ook {_join(options_pointing_to(higher))} wordt waargenomen, gaat de fase naar "
        f"{higher}."
    ]
    weakened = [item for item in observations if item.phase.rank < item.base_phase.rank]
    moves.extend(
        f"Als '{item.label.lower()}' vaker of opnieuw voorkomt, gaat de fase omhoog."
        for item in weakened
    )
    return tuple(moves)


def _move_down(
    phase: Phase,
    observations: tuple[WeighedObservation, ...],
    decisive: tuple[WeighedObservation, ...],
    evidence: tuple[SignalEvidence, ...],
) -> tuple[str, ...]:
    if phase is Phase.RUST:
        return ("Dit is de laagste fase.",)
    holding = [item for item in evidence if item.floor_phase.rank >= phase.rank]
    moves = [
        f"Zolang er recente signalen zijn over {load_taxonomy().full_label(item.theme).lower()} "
        f"({item.count}), blijft de fase "
        f"minstens {item.floor_phase}."
        for item in holding
    ]
    from_answers = highest(observations) or Phase.RUST
    if holding and from_answers is not phase:
        moves.append(f"Zonder die signalen wijzen de antwoorden op {from_answers}.")
    elif decisive:
        lower = highest(tuple(item for item in observations if item not in decisive))
        labels = _join(tuple(f"'{item.label.lower()}'" for item in decisive))
        moves.append(f"Als {labels} niet meer voorkomt, zou de fase {lower or Phase.RUST} zijn.")
    return tuple(moves)


def _join(parts: tuple[str, ...]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} of {parts[-1]}"
