"""Structured goals (rule 5) and the four contact conditions in the advice (rule 6), issue 13.

Sources: https://dewijkverbinder.nl/verbinden/bij-incidenten/vergroten-veiligheidsgevoel-in-de-wijk/
(activities set up together with residents) and
https://www.kis.nl/publicatie/sociale-verbinding-tussen-nieuwkomers-en-andere-wijkbewoners
(Allport's four conditions: equal status, common goal, cooperation, support from authorities).
"""

from __future__ import annotations

import pytest

from wijkverbinder.core.advice import (
    AdviceError,
    AdviceErrorCode,
    AdviceRequest,
    Goal,
    advice_as_dict,
    advise,
    goals_from,
    groups_for_stakeholders,
    setter_choices,
)
from wijkverbinder.core.knowledge.vocabulary import ContactCondition, NextStep, Partner
from wijkverbinder.core.vocabulary import Phase


def _codes(**kwargs) -> set[str]:
    return {str(w.code) for w in advise(AdviceRequest(phase=Phase.RUST, **kwargs)).warnings}


def test_free_text_is_not_a_resident_group():
    goal = Goal(text="veilig plein", set_with=("de gemeente en de wijkagent",))
    with pytest.raises(AdviceError) as error:
        advise(AdviceRequest(phase=Phase.RUST, goals=(goal,)))
    assert error.value.code is AdviceErrorCode.UNKNOWN_GOAL_SETTER
    assert "Kies uit" in error.value.message


def test_adv007_only_when_goals_exist_without_a_resident_group():
    partners = Goal(text="veilig plein", set_with=("gemeente", "wijkagent"))
    mixed = Goal(text="veilig plein", set_with=("gemeente", "getroffen_bewoners"))
    assert "ADV007" in _codes(goals=(partners,))
    assert "ADV007" not in _codes(goals=(mixed,))
    assert "ADV007" not in _codes(goals=())


def test_adv007_names_the_goals_and_who_set_them():
    goals = (
        Goal(text="veilig plein", set_with=("gemeente",)),
        Goal(text="schone straat", set_with=("bewoners_straat",)),
        Goal(text="meer contact"),
    )
    advice = advise(AdviceRequest(phase=Phase.RUST, goals=goals))
    warning = next(w for w in advice.warnings if str(w.code) == "ADV007")
    assert warning.details == (
        "doel 'veilig plein': alleen bepaald met gemeente",
        "doel 'meer contact': niet vastgelegd met wie het is bepaald",
    )


def test_without_goals_the_advice_asks_for_them():
    advice = advise(AdviceRequest(phase=Phase.ONGEMAK))
    assert advice.next_steps[0].step.code is NextStep.DOELEN_VASTLEGGEN
    with_goal = advise(
        AdviceRequest(phase=Phase.ONGEMAK, goals=(Goal(text="x", set_with=("ouders",)),))
    )
    assert NextStep.DOELEN_VASTLEGGEN not in {s.step.code for s in with_goal.next_steps}


def test_resident_groups_from_trajectory_stakeholders():
    roles = ["affected", "professional", "causing", "affected", "kartrekker"]
    groups = groups_for_stakeholders(roles)
    assert groups == ("getroffen_bewoners", "veroorzakende_bewoners", "kartrekkers")
    assert {code for code, _ in setter_choices()} >= set(groups) | {str(p) for p in Partner}


@pytest.mark.parametrize("phase", [Phase.RUST, Phase.ONGEMAK, Phase.SPANNING])
def test_four_contact_conditions_wherever_contact_is_proposed(phase):
    advice = advise(AdviceRequest(phase=phase))
    assert any(a.approach.bridging for a in advice.approaches)
    assert [c.condition.code for c in advice.contact_conditions] == list(ContactCondition)
    for item in advice.contact_conditions:
        assert item.condition.team_actions, item.condition.code
        assert all(action.passage for action in item.condition.team_actions)


def test_support_from_authorities_names_gemeente_corporation_and_police():
    advice = advise(AdviceRequest(phase=Phase.SPANNING))
    support = next(
        c
        for c in advice.contact_conditions
        if c.condition.code is ContactCondition.STEUN_AUTORITEITEN
    )
    partners = {p for action in support.condition.team_actions for p in action.partners}
    assert {Partner.GEMEENTE, Partner.WONINGCORPORATIE, Partner.WIJKAGENT} <= partners
    data = advice_as_dict(advice)["contactvoorwaarden"][3]
    assert data["naam"] == "Steun van autoriteiten"
    assert data["wat_het_team_kan_doen"][0]["bron_titel"].startswith("De Wijkverbinder")


def test_no_contact_conditions_when_no_contact_is_proposed():
    assert advise(AdviceRequest(phase=Phase.INCIDENTEN)).contact_conditions == ()


def test_setters_without_a_goal_are_refused():
    with pytest.raises(AdviceError) as error:
        goals_from((), ("ouders",))
    assert error.value.code is AdviceErrorCode.SETTERS_WITHOUT_GOAL
    assert goals_from(("veilig plein",), ("ouders",)) == (
        Goal(text="veilig plein", set_with=("ouders",)),
    )
    assert goals_from((), ()) == ()
