"""Decision rules 1-6 of `knowledge_base/decision_rules.yaml`, one test each, naming the rule and its source."""

from __future__ import annotations

from datetime import date

from wijkverbinder.core.advice import (
    ActivityPlan,
    AdviceRequest,
    Goal,
    SafetyCheck,
    WarningCode,
    advise,
    check_activity_plan,
)
from wijkverbinder.core.knowledge.vocabulary import ContactCondition
from wijkverbinder.core.vocabulary import Phase

WITH_RESIDENTS = (Goal(text="schone straat", set_with=("bewoners_straat",)),)


def _codes(advice) -> set[str]:
    return {str(w.code) for w in advice.warnings}


def test_rule_01_phase_gates_the_menu():
    """Beslisregel 1 — de fase bepaalt het menu.

    Bron: https://www.dewijkverbinder.nl/verbinden/bij-spanningen/
    """
    rust = advise(AdviceRequest(phase=Phase.RUST, goals=WITH_RESIDENTS))
    spanning = advise(
        AdviceRequest(phase=Phase.SPANNING, goals=WITH_RESIDENTS, planned_format="buurt_bbq")
    )
    assert {r.approach.code for r in rust.approaches} == {
        "elkaar_helpen",
        "terugkerende_gezamenlijke_activiteiten",
        "dialoog",
    }
    assert "elkaar_helpen" not in {r.approach.code for r in spanning.approaches}
    assert "ADV001" in _codes(spanning)
    assert "buurt_bbq" not in {f.format.code for f in spanning.formats}


def test_rule_02_safety_before_bridging():
    """Beslisregel 2 — veiligheid voor verbinding.

    Bron: https://dewijkverbinder.nl/verbinden/bij-incidenten/5a1a80cba299815f8cbc26599d1cdc57/
    """
    advice = advise(
        AdviceRequest(
            phase=Phase.INCIDENTEN,
            goals=WITH_RESIDENTS,
            planned_approach="dialoog",
            planned_format="dialoogbijeenkomst",
        )
    )
    assert all(r.approach.safety for r in advice.approaches)
    assert advice.approaches[0].approach.code == "aanpakken_en_handhaven"
    assert "ADV003" in _codes(advice)
    check = SafetyCheck(
        checked_on=date(2025, 5, 1),
        no_new_incidents=True,
        unsafety_addressed=True,
        residents_feel_safer=True,
        confirmed_by=("wijkagent",),
    )
    restored = advise(
        AdviceRequest(
            phase=Phase.INCIDENTEN,
            goals=WITH_RESIDENTS,
            planned_format="dialoogbijeenkomst",
            safety_check=check,
            today=date(2025, 6, 1),
        )
    )
    assert "ADV003" not in _codes(restored)


def test_rule_03_indirect_contact_when_the_gap_is_large():
    """Beslisregel 3 — indirect contact bij grote verschillen.

    Bron: https://dewijkverbinder.nl/verbinden/bij-ongemak/verdiepen-in-elkaar/
    """
    request = AdviceRequest(
        phase=Phase.SPANNING,
        goals=WITH_RESIDENTS,
        large_differences=True,
        planned_format="dialoogbijeenkomst",
    )
    advice = advise(request)
    assert advice.approaches[0].approach.code == "verdiepen_in_elkaar"
    assert advice.formats[0].format.code == "buurtkrant_verhalen"
    assert "ADV004" in _codes(advice)
    indirect = advise(
        AdviceRequest(
            phase=Phase.SPANNING,
            goals=WITH_RESIDENTS,
            large_differences=True,
            planned_format="buurtkrant_verhalen",
        )
    )
    assert "ADV004" not in _codes(indirect)


def test_rule_04_sensitive_topic_dialogue_not_plenary():
    """Beslisregel 4 — gevoelig thema: dialoog, geen plenaire informatieavond.

    Bron: https://www.dutchboostinggroup.nl/news/50-keer-dezelfde-vraag-hoe-we-de-bewoner-%C3%A9cht-centraal-kunnen-stellen-tijdens-bewonersavonden
    """
    advice = advise(
        AdviceRequest(
            phase=Phase.ONGEMAK,
            goals=WITH_RESIDENTS,
            sensitive=True,
            theme="opvang vluchtelingen",
            planned_format="plenaire_infoavond",
        )
    )
    warning = next(w for w in advice.warnings if w.code is WarningCode.PLENARY_ON_SENSITIVE)
    assert "dialoog" in warning.suggestion.lower()
    assert advice.approaches[0].approach.code == "dialoog"
    format_codes = {f.format.code for f in advice.formats}
    assert {"dialoogbijeenkomst", "inloop_met_tafels"} <= format_codes
    assert "plenaire_infoavond" not in format_codes


def test_rule_05_design_checks_on_every_activity():
    """Beslisregel 5 — ontwerpcontroles op elke activiteit.

    Bron: https://dewijkverbinder.nl/verbinden/in-rust/f030f89c77f672adf5fbc5b3cdec0f29/
    """
    bad = ActivityPlan(
        phase=Phase.SPANNING,
        approach="terugkerende_gezamenlijke_activiteiten",
        goals=(Goal(text="meer contact", set_with=("gemeente",)),),
        group_size=40,
        competition_between_groups=True,
        recurring=True,
        planned_months=3,
    )
    codes = {str(w.code) for w in check_activity_plan(bad)}
    assert {"ADV007", "PLN001", "PLN002", "PLN003", "PLN004", "PLN005"} <= codes
    good = ActivityPlan(
        phase=Phase.SPANNING,
        approach="samenwerken_gemeenschappelijk_belang",
        goals=WITH_RESIDENTS,
        co_designed_with_residents=True,
        group_size=10,
        recurring=True,
        planned_months=12,
        key_figures=("buurtvader Ahmed", "mevrouw De Vries"),
        contact_conditions=frozenset(ContactCondition),
    )
    assert check_activity_plan(good) == ()


def test_rule_06_allport_checklist():
    """Beslisregel 6 — Allport-checklist: toon welke voorwaarde ontbreekt.

    Bron: https://www.kis.nl/publicatie/sociale-verbinding-tussen-nieuwkomers-en-andere-wijkbewoners
    """
    plan = ActivityPlan(
        phase=Phase.RUST,
        goals=WITH_RESIDENTS,
        co_designed_with_residents=True,
        contact_conditions=frozenset(
            {
                ContactCondition.GELIJKWAARDIGE_POSITIE,
                ContactCondition.SAMENWERKING,
                ContactCondition.STEUN_AUTORITEITEN,
            }
        ),
    )
    warnings = check_activity_plan(plan)
    assert [str(w.code) for w in warnings] == ["PLN008"]
    assert len(warnings[0].details) == 1
    assert warnings[0].details[0].startswith("Gemeenschappelijk doel ontbreekt")
    assert "Samenwerken aan een gemeenschappelijke taak of belang" in warnings[0].details[0]
    assert "wat u kunt doen" in warnings[0].details[0]
    lenient = check_activity_plan(plan, min_conditions=3)
    assert lenient == ()
