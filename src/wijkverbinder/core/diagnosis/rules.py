"""How each observation weighs: the phase it points to, adjusted for frequency and recency.

* An observation points to the phase of its option (questionnaire).
* Overlast that happens monthly or more often points to spanning, not ongemak: structural nuisance
  feeds us-versus-them thinking (https://www.kis.nl/artikel/wat-is-polarisatie).
* A spanning sign seen only once points to ongemak: one remark is not yet a pattern.
* An incident that lies more than three months back, with no recent ones, points to spanning
  (after-effects), so the phase can come down again (decision rule 13).
Safety signs are never weakened by frequency: one act of violence is an incident.
"""

from __future__ import annotations

from dataclasses import dataclass

from wijkverbinder.core.diagnosis.answers import DiagnosisAnswers
from wijkverbinder.core.diagnosis.questionnaire import OBSERVED, question
from wijkverbinder.core.vocabulary import Phase

FREQUENT = frozenset({"regelmatig", "vaak"})


@dataclass(frozen=True, kw_only=True)
class WeighedObservation:
    """One observation with the phase it points to and why."""

    option: str
    label: str
    base_phase: Phase
    phase: Phase
    reason: str


def weigh_observations(answers: DiagnosisAnswers) -> tuple[WeighedObservation, ...]:
    """Every observed option with its (adjusted) phase."""
    observed_question = question(OBSERVED)
    assert observed_question is not None
    result: list[WeighedObservation] = []
    for code in answers.observed:
        option = observed_question.option(code)
        assert option is not None
        assert option.phase is not None
        phase, reason = _adjust(code, option.phase, answers)
        result.append(
            WeighedObservation(
                option=code, label=option.label, base_phase=option.phase, phase=phase, reason=reason
            )
        )
    return tuple(result)


def _adjust(code: str, phase: Phase, answers: DiagnosisAnswers) -> tuple[Phase, str]:
    if code == "overlast" and answers.frequency in FREQUENT:
        return Phase.SPANNING, "overlast die regelmatig terugkomt wijst op spanning"
    if phase is Phase.SPANNING and answers.frequency == "eenmalig":
        return Phase.ONGEMAK, "een teken van spanning dat maar één keer is gezien wijst op ongemak"
    if phase is Phase.INCIDENTEN and answers.last_seen == "langer_geleden":
        return (
            Phase.SPANNING,
            "het incident ligt meer dan drie maanden terug; de nawerking wijst op spanning",
        )
    return phase, _DEFAULT_REASONS[phase]


_DEFAULT_REASONS: dict[Phase, str] = {
    Phase.RUST: "bewoners leven naast elkaar zonder problemen: een teken van rust",
    Phase.ONGEMAK: "ergernis en onbegrip zijn tekenen van ongemak",
    Phase.SPANNING: "wij-zij-denken, mijden en discriminatie zijn tekenen van spanning",
    Phase.INCIDENTEN: "vernieling, bedreiging en geweld zijn incidenten",
}


def highest(observations: tuple[WeighedObservation, ...]) -> Phase | None:
    """The highest phase the observations point to."""
    return max((item.phase for item in observations), key=lambda phase: phase.rank, default=None)


def options_pointing_to(phase: Phase) -> tuple[str, ...]:
    """Labels of the observation options that point to this phase by themselves."""
    observed_question = question(OBSERVED)
    assert observed_question is not None
    return tuple(
        option.label.lower() for option in observed_question.options if option.phase is phase
    )
