"""Phase diagnosis: phase per answer set, decisive answers, confidence, movers, evidence, errors."""

from __future__ import annotations

from typing import Any

import pytest

from wijkverbinder.core.diagnosis import (
    QUESTIONS,
    ConfidenceLevel,
    DiagnosisError,
    DiagnosisErrorCode,
    diagnose,
    questionnaire_definition,
)
from wijkverbinder.core.vocabulary import Phase


def _answers(
    observed: list[str],
    frequency: object = "soms",
    reported: tuple[str, ...] = ("bewoners_een_groep",),
    **extra: object,
) -> dict[str, Any]:
    return {
        "waargenomen": list(observed),
        "hoe_vaak": frequency,
        "gemeld_door": list(reported),
        **extra,
    }


@pytest.mark.parametrize(
    ("observed", "phase"),
    [
        (["langs_elkaar_heen"], Phase.RUST),
        (["goed_contact"], Phase.RUST),
        (["kleine_ergernissen", "onbegrip"], Phase.ONGEMAK),
        (["langs_elkaar_heen", "wij_zij_taal"], Phase.SPANNING),
        (["elkaar_mijden"], Phase.SPANNING),
        (["discriminatie"], Phase.SPANNING),
        (["uitsluiting"], Phase.SPANNING),
        (["vernieling"], Phase.INCIDENTEN),
        (["bedreiging"], Phase.INCIDENTEN),
        (["kleine_ergernissen", "geweld"], Phase.INCIDENTEN),
    ],
)
def test_phase_is_the_highest_sign(observed, phase):
    assert diagnose(answers=_answers(observed)).phase is phase


def test_decisive_answers_are_the_ones_at_the_phase():
    result = diagnose(answers=_answers(["kleine_ergernissen", "wij_zij_taal", "discriminatie"]))
    assert [d.option for d in result.decisive] == ["wij_zij_taal", "discriminatie"]
    assert all(d.reason for d in result.decisive)


def test_frequent_overlast_points_to_spanning():
    assert diagnose(answers=_answers(["overlast"], frequency="soms")).phase is Phase.ONGEMAK
    assert diagnose(answers=_answers(["overlast"], frequency="vaak")).phase is Phase.SPANNING


def test_single_spanning_sign_once_is_ongemak_and_says_what_moves_it_up():
    result = diagnose(answers=_answers(["wij_zij_taal"], frequency="eenmalig"))
    assert result.phase is Phase.ONGEMAK
    assert any("wij-zij-taal" in move for move in result.would_move_up)


def test_violence_once_is_still_an_incident():
    assert diagnose(answers=_answers(["geweld"], frequency="eenmalig")).phase is Phase.INCIDENTEN


def test_moves_down_names_the_decisive_answers_and_the_lower_phase():
    result = diagnose(answers=_answers(["kleine_ergernissen", "vernieling"]))
    assert result.would_move_down == (
        "Als 'vernieling' niet meer voorkomt, zou de fase ongemak zijn.",
    )
    assert result.would_move_up == ("Dit is de hoogste fase.",)
    assert diagnose(answers=_answers(["langs_elkaar_heen"])).would_move_down == (
        "Dit is de laagste fase.",
    )


def test_evidence_raises_the_floor_with_reason_and_source():
    result = diagnose(
        answers=_answers(["kleine_ergernissen"]), signal_counts={"veiligheid.vernieling": 3}
    )
    assert result.phase is Phase.INCIDENTEN
    assert result.phase_from_answers is Phase.ONGEMAK
    evidence = result.evidence[0]
    assert (evidence.theme, evidence.count, evidence.floor_phase) == (
        "veiligheid.vernieling",
        3,
        Phase.INCIDENTEN,
    )
    assert evidence.reason
    assert evidence.source_url.startswith("https://")
    assert any("veiligheid › vernieling" in move for move in result.would_move_down)
    assert not any("veiligheid.vernieling" in move for move in result.would_move_down)


def test_evidence_below_threshold_is_not_shown():
    result = diagnose(
        answers=_answers(["kleine_ergernissen"]), signal_counts={"veiligheid.vernieling": 1}
    )
    assert result.evidence == ()
    assert result.phase is Phase.ONGEMAK


def test_main_theme_rule_counts_sub_themes():
    counts = {"overlast.geluid": 2, "overlast.jongeren": 1}
    result = diagnose(answers=_answers(["langs_elkaar_heen"]), signal_counts=counts)
    assert result.phase is Phase.ONGEMAK
    assert result.evidence[0].count == 3


def test_evidence_that_agrees_is_shown_without_raising():
    result = diagnose(answers=_answers(["vernieling"]), signal_counts={"veiligheid.vernieling": 2})
    assert not result.raised_by_evidence
    assert result.evidence


def test_confidence_high_with_independent_frequent_corroborated_signs():
    result = diagnose(
        answers=_answers(
            ["vernieling", "bedreiging"],
            frequency="regelmatig",
            reported=("bewoners_meerdere_groepen", "wijkagent"),
        ),
        signal_counts={"veiligheid.vernieling": 4},
    )
    assert result.confidence.level is ConfidenceLevel.HOOG
    assert result.confidence.meaning


def test_confidence_low_on_a_single_reporter_once():
    result = diagnose(answers=_answers(["kleine_ergernissen"], frequency="eenmalig"))
    assert result.confidence.level is ConfidenceLevel.LAAG
    assert "− maar één bron meldt het" in result.confidence.reasons


def test_confidence_drops_when_signals_disagree_with_answers():
    answers = _answers(["kleine_ergernissen"], reported=("bewoners_een_groep", "wijkteam"))
    plain = diagnose(answers=answers)
    raised = diagnose(answers=answers, signal_counts={"veiligheid.vernieling": 2})
    assert raised.confidence.score == plain.confidence.score - 1


def test_dividing_lines_and_locations_are_kept():
    result = diagnose(
        answers=_answers(
            ["wij_zij_taal"], scheidslijnen=["jong_oud", "huur_koop"], waar="plein_speelplek"
        )
    )
    assert result.dividing_lines == ("jong_oud", "huur_koop")
    assert result.locations == ("plein_speelplek",)


@pytest.mark.parametrize(
    ("answers", "code", "fragment"),
    [
        (
            {**_answers(["overlast"]), "kleur": "rood"},
            DiagnosisErrorCode.UNKNOWN_QUESTION,
            "Onbekende vraag",
        ),
        (
            {"hoe_vaak": "soms", "gemeld_door": ["wijkteam"]},
            DiagnosisErrorCode.MISSING_ANSWER,
            "niet beantwoord",
        ),
        (_answers(["ufo"]), DiagnosisErrorCode.UNKNOWN_OPTION, "geen geldig antwoord"),
        (
            _answers(["overlast"], frequency=["soms", "vaak"]),
            DiagnosisErrorCode.TOO_MANY_ANSWERS,
            "één antwoord",
        ),
        (_answers(["overlast"], frequency=3), DiagnosisErrorCode.WRONG_TYPE, "code of een lijst"),
    ],
)
def test_invalid_answers_raise_dutch_error(answers, code, fragment):
    with pytest.raises(DiagnosisError) as error:
        diagnose(answers=answers)
    assert error.value.code is code
    assert fragment in error.value.message


@pytest.mark.parametrize("counts", [{"overlast": -1}, {"overlast": "drie"}, {"overlast": True}])
def test_invalid_signal_counts_raise(counts):
    with pytest.raises(DiagnosisError) as error:
        diagnose(answers=_answers(["overlast"]), signal_counts=counts)
    assert error.value.code is DiagnosisErrorCode.INVALID_SIGNAL_COUNT


def test_questionnaire_definition_is_plain_data():
    definition = questionnaire_definition()
    assert [q["code"] for q in definition] == [q.code for q in QUESTIONS]
    observed = definition[0]["antwoorden"]
    assert {"code": "vernieling", "label": "Vernieling", "fase": Phase.INCIDENTEN} in observed
    labels = {option["code"] for option in observed}
    assert {"langs_elkaar_heen", "kleine_ergernissen", "wij_zij_taal", "elkaar_mijden"} <= labels
