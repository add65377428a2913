"""After incidents, a recorded safety check opens the next step (decision rules 2 and 13, issue 13).

Sources: https://dewijkverbinder.nl/verbinden/bij-incidenten/5a1a80cba299815f8cbc26599d1cdc57/
(first remove unsafety and nuisance; only then residents can and will make bridging contacts) and
https://dewijkverbinder.nl/verbinden/bij-incidenten/vergroten-veiligheidsgevoel-in-de-wijk/
(restore trust with a dialogue or working on a common goal).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from wijkverbinder.core.advice import (
    AdviceError,
    AdviceErrorCode,
    AdviceRequest,
    SafetyCheck,
    advise,
    assess_safety,
    incident_signal_count,
)
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import NextStep
from wijkverbinder.core.vocabulary import Phase

TODAY = date(2025, 6, 1)
PASSING = SafetyCheck(
    checked_on=TODAY - timedelta(days=7),
    no_new_incidents=True,
    unsafety_addressed=True,
    residents_feel_safer=True,
    confirmed_by=("wijkagent",),
)
BRIDGING = {"dialoog", "samenwerken_gemeenschappelijk_belang"}


def _advice(check: SafetyCheck | None = None, **kwargs):
    return advise(AdviceRequest(phase=Phase.INCIDENTEN, safety_check=check, today=TODAY, **kwargs))


def _codes(advice) -> set[str]:
    return {str(w.code) for w in advice.warnings}


def test_without_a_check_bridging_is_held_back_and_the_check_is_asked_for():
    advice = _advice(planned_approach="samenwerken_gemeenschappelijk_belang")
    assert {h.approach.code for h in advice.held_back} == BRIDGING
    assert "veiligheidscontrole" in advice.held_back[0].reason
    assert "ADV003" in _codes(advice)
    assert "ADV009" not in _codes(advice)
    steps = [s.step.code for s in advice.next_steps]
    assert NextStep.VEILIGHEID_CONTROLEREN in steps
    assert advice.contact_conditions == ()


def test_passing_check_offers_the_bridging_approaches_as_next_step():
    advice = _advice(PASSING, planned_approach="samenwerken_gemeenschappelijk_belang")
    offered = [a.approach.code for a in advice.approaches]
    assert set(offered[:3]) == {
        "aanpakken_en_handhaven",
        "vergroten_veiligheidsgevoel",
        "buurtbemiddeling",
    }
    assert set(offered[3:]) == BRIDGING
    bridging = [a for a in advice.approaches if a.approach.code in BRIDGING]
    assert all(any("volgende stap" in reason for reason in a.reasons) for a in bridging)
    assert advice.held_back == ()
    assert not {"ADV003", "ADV009"} & _codes(advice)


def test_passing_check_proposes_to_assess_the_phase_again():
    steps = [s.step.code for s in _advice(PASSING).next_steps]
    assert steps[-2:] == [NextStep.OVERBRUGGEN_NA_VEILIGHEID, NextStep.FASE_OPNIEUW_BEPALEN]
    assert load_knowledge_base().next_step(NextStep.FASE_OPNIEUW_BEPALEN).rule == 13


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"no_new_incidents": False}, "geen nieuwe incidenten"),
        ({"unsafety_addressed": False}, "onveiligheid en overlast aangepakt"),
        ({"residents_feel_safer": False}, "bewoners voelen zich veiliger"),
        ({"confirmed_by": ()}, "partner met gezag"),
        ({"confirmed_by": ("opbouwwerk",)}, "partner met gezag"),
        ({"incident_signals": 2}, "recente signalen"),
        ({"checked_on": TODAY - timedelta(days=91)}, "dagen oud"),
        ({"checked_on": TODAY + timedelta(days=1)}, "toekomst"),
    ],
)
def test_each_missing_criterion_keeps_bridging_closed(change, fragment):
    check = replace(PASSING, **change)
    result = assess_safety(check, knowledge=load_knowledge_base(), today=TODAY)
    assert not result.restored
    assert any(fragment in line for line in result.missing)
    advice = _advice(check, planned_approach="dialoog")
    assert "ADV003" in _codes(advice)
    step = next(s for s in advice.next_steps if s.step.code is NextStep.VEILIGHEID_CONTROLEREN)
    assert any(fragment in line for line in step.details)


def test_check_outside_incidenten_changes_nothing():
    plain = advise(AdviceRequest(phase=Phase.SPANNING))
    checked = advise(AdviceRequest(phase=Phase.SPANNING, safety_check=PASSING, today=TODAY))
    assert [a.approach.code for a in plain.approaches] == [
        a.approach.code for a in checked.approaches
    ]


def test_unknown_partner_in_check_is_refused():
    with pytest.raises(AdviceError) as error:
        _advice(replace(PASSING, confirmed_by=("de buurman",)))
    assert error.value.code is AdviceErrorCode.UNKNOWN_PARTNER


def test_incident_signals_are_counted_from_the_evidence_rules():
    counts = {
        "veiligheid.bedreiging_en_geweld": 2,
        "veiligheid.vernieling": 1,
        "veiligheid.onveilig_gevoel": 5,
        "overlast.geluid": 4,
    }
    assert incident_signal_count(counts, load_knowledge_base()) == 3
