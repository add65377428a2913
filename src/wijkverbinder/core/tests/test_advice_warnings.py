"""Each advice warning and plan check fires when its mistake is in the plan, and not otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from wijkverbinder.core.advice import (
    ActivityPlan,
    AdviceError,
    AdviceErrorCode,
    AdviceRequest,
    Goal,
    WarningCode,
    advise,
    check_activity_plan,
)
from wijkverbinder.core.knowledge.vocabulary import ContactCondition
from wijkverbinder.core.vocabulary import Phase

GOALS = (Goal(text="elkaar leren kennen", set_with=("bewonerscommissie",)),)
ALL = frozenset(ContactCondition)


def _codes(**kwargs) -> set[str]:
    kwargs.setdefault("goals", GOALS)
    return {str(w.code) for w in advise(AdviceRequest(**kwargs)).warnings}


@pytest.mark.parametrize("fmt", ["buurt_bbq", "buurtfeest"])
@pytest.mark.parametrize("phase", [Phase.SPANNING, Phase.INCIDENTEN])
def test_adv001_festive_one_off_in_tension(fmt, phase):
    assert "ADV001" in _codes(phase=phase, planned_format=fmt)


def test_adv001_not_in_rust():
    assert _codes(phase=Phase.RUST, planned_format="buurt_bbq") == set()


def test_adv002_plenary_on_sensitive_theme():
    assert "ADV002" in _codes(
        phase=Phase.SPANNING, sensitive=True, planned_format="plenaire_infoavond"
    )
    assert "ADV002" not in _codes(phase=Phase.ONGEMAK, planned_format="plenaire_infoavond")


def test_adv003_bridging_approach_before_safety():
    assert "ADV003" in _codes(
        phase=Phase.INCIDENTEN, planned_approach="samenwerken_gemeenschappelijk_belang"
    )
    assert "ADV003" not in _codes(
        phase=Phase.INCIDENTEN, planned_approach="vergroten_veiligheidsgevoel"
    )
    assert "ADV003" not in _codes(phase=Phase.SPANNING, planned_format="dialoogbijeenkomst")


def test_adv004_confrontation_with_large_gap_by_approach():
    assert "ADV004" in _codes(
        phase=Phase.ONGEMAK, large_differences=True, planned_approach="dialoog"
    )
    assert "ADV004" not in _codes(
        phase=Phase.ONGEMAK, large_differences=True, planned_approach="verdiepen_in_elkaar"
    )
    assert "ADV004" not in _codes(phase=Phase.ONGEMAK, planned_approach="dialoog")


def test_adv005_social_media_sensitive():
    assert "ADV005" in _codes(phase=Phase.RUST, sensitive=True, planned_format="social_media")
    assert "ADV005" not in _codes(phase=Phase.RUST, planned_format="social_media")


def test_adv006_buurtbemiddeling_excluded_lists_referrals():
    advice = advise(
        AdviceRequest(phase=Phase.INCIDENTEN, goals=GOALS, exclusions=("strafbare_feiten",))
    )
    warning = next(w for w in advice.warnings if w.code is WarningCode.BUURTBEMIDDELING_EXCLUDED)
    assert warning.details == ("Strafbare feiten: verwijs naar wijkagent of politie (aangifte)",)
    assert warning.source_url.startswith("https://")
    assert "ADV006" not in _codes(phase=Phase.INCIDENTEN)


def test_adv007_goals_not_set_with_residents():
    assert "ADV007" in _codes(phase=Phase.RUST, goals=(Goal(text="x"),))
    only_partners = (Goal(text="x", set_with=("gemeente", "wijkagent")),)
    assert "ADV007" in _codes(phase=Phase.RUST, goals=only_partners)
    assert "ADV007" not in _codes(phase=Phase.RUST)
    assert "ADV007" not in _codes(phase=Phase.RUST, goals=())


def test_adv008_format_avoided_in_phase():
    assert _codes(phase=Phase.SPANNING, planned_format="social_media") == {"ADV008"}


def test_adv009_approach_not_in_phase():
    assert "ADV009" in _codes(phase=Phase.SPANNING, planned_approach="elkaar_helpen")
    assert "ADV009" not in _codes(phase=Phase.RUST, planned_approach="elkaar_helpen")


def test_every_warning_carries_rule_and_source():
    advice = advise(
        AdviceRequest(phase=Phase.SPANNING, sensitive=True, planned_format="plenaire_infoavond")
    )
    assert advice.warnings
    for warning in advice.warnings:
        assert 1 <= warning.rule <= 13
        assert warning.source_url.startswith("http")


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"planned_format": "rave"}, AdviceErrorCode.UNKNOWN_FORMAT),
        ({"planned_approach": "bingo"}, AdviceErrorCode.UNKNOWN_APPROACH),
        ({"exclusions": ("kat",)}, AdviceErrorCode.UNKNOWN_EXCLUSION),
        ({"dividing_lines": ("noord_zuid",)}, AdviceErrorCode.UNKNOWN_DIVIDING_LINE),
    ],
)
def test_unknown_codes_raise_dutch_error(kwargs, code):
    with pytest.raises(AdviceError) as error:
        advise(AdviceRequest(phase=Phase.RUST, **kwargs))
    assert error.value.code is code
    assert "Kies uit" in error.value.message


GOOD_PLAN: dict[str, Any] = {
    "phase": Phase.SPANNING,
    "goals": GOALS,
    "co_designed_with_residents": True,
    "group_size": 8,
    "key_figures": ("sleutelfiguur",),
    "contact_conditions": ALL,
}


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"co_designed_with_residents": False}, "PLN001"),
        ({"group_size": 13}, "PLN002"),
        ({"competition_between_groups": True}, "PLN003"),
        ({"recurring": True, "planned_months": 11}, "PLN004"),
        ({"key_figures": ()}, "PLN005"),
        (
            {
                "approach": "dialoog",
                "facilitator_neutral": True,
                "facilitator_culture_sensitive": True,
            },
            "PLN006",
        ),
        (
            {
                "format": "dialoogbijeenkomst",
                "ground_rules_agreed": True,
                "facilitator_neutral": True,
            },
            "PLN007",
        ),
        ({"contact_conditions": frozenset()}, "PLN008"),
        ({"focuses_on_differences": True}, "PLN009"),
        ({"rules_imposed_top_down": True}, "PLN009"),
        ({"goals": (Goal(text="x", set_with=("wijkteam",)),)}, "ADV007"),
    ],
)
def test_each_plan_check_fires_alone(change, code):
    assert check_activity_plan(ActivityPlan(**GOOD_PLAN)) == ()
    warnings = check_activity_plan(ActivityPlan(**{**GOOD_PLAN, **change}))
    assert [str(w.code) for w in warnings] == [code]


def test_plan_without_goals_gets_no_adv007():
    """No goals yet is not a mistake in the plan; the advice asks for goals instead (rule 5)."""
    assert check_activity_plan(ActivityPlan(**{**GOOD_PLAN, "goals": ()})) == ()


def test_key_figures_not_required_in_rust_or_ongemak():
    plan = ActivityPlan(**{**GOOD_PLAN, "phase": Phase.ONGEMAK, "key_figures": ()})
    assert check_activity_plan(plan) == ()


def test_group_size_limit_is_configurable():
    plan = ActivityPlan(**{**GOOD_PLAN, "group_size": 20})
    assert check_activity_plan(plan, max_group_size=25) == ()
