"""Decision rules 7-12 of `knowledge_base/decision_rules.yaml` (the four-step method), one test each, naming rule and source."""

from __future__ import annotations

from datetime import date

import pytest

from wijkverbinder.core.advice import AdviceRequest, Goal, advise
from wijkverbinder.core.knowledge.vocabulary import BuurtbemiddelingExclusion, InterventionLevel
from wijkverbinder.core.method import (
    ActiveTrajectory,
    Aggregation,
    BuurtbemiddelingIntake,
    CheckInOutcome,
    MethodCode,
    MethodRefusalError,
    StakeholderContact,
    StakeholderRole,
    ThemeScore,
    check_handover,
    check_meeting,
    check_step2_gate,
    check_trajectory_limit,
    ensure_handover,
    propose_escalation,
    rank_themes,
)
from wijkverbinder.core.vocabulary import Phase

TODAY = date(2025, 3, 1)
NOT_IMPROVING = (CheckInOutcome(on=date(2025, 2, 20), improving=False),)


def test_rule_07_theme_choice_and_max_two_active():
    """Beslisregel 7 — thema kiezen op ergernis, impact en kans van slagen; hooguit twee actief.

    Bron: https://hetccv.nl/onderwerpen/veiligheidsanalyse/stappenplan/5-rapportage/5c-verantwoording/
    """
    noise = ThemeScore(
        key="geluid", label="Geluidsoverlast", annoyance=5, impact=4, chance_of_success=3
    )
    rubbish = ThemeScore(key="afval", label="Afval", annoyance=3, impact=3, chance_of_success=5)
    ranking = rank_themes(candidates=[rubbish, noise])
    assert [e.key for e in ranking.entries] == ["geluid", "afval"]
    assert ranking.changes  # the robustness says which weight change flips the top
    product = rank_themes(candidates=[rubbish, noise], aggregation=Aggregation.PRODUCT)
    assert product.entries[0].score == pytest.approx(60.0)
    active = [
        ActiveTrajectory(key="t1", title="Geluidsoverlast", team="A", district="WK1"),
        ActiveTrajectory(key="t2", title="Afval", team="A", district="WK1"),
    ]
    with pytest.raises(MethodRefusalError) as refused:
        check_trajectory_limit(active=active, team="A", district="WK1")
    assert refused.value.code is MethodCode.TOO_MANY_TRAJECTORIES
    assert "'Geluidsoverlast' en 'Afval'" in refused.value.message
    check_trajectory_limit(active=active, team="A", district="WK2")
    check_trajectory_limit(active=active, team="A", district="WK1", max_active=3)


def test_rule_08_step2_gate_both_sides_and_impartiality():
    """Beslisregel 8 — poort naar stap 3: beide kanten gesproken en onpartijdigheid getoetst.

    Bron: https://www.eigen-kracht.nl/verhalen/gelijkwaardig-gesprek/
    """
    one_side = [
        StakeholderContact(role=StakeholderRole.AFFECTED, contacted=True),
        StakeholderContact(role=StakeholderRole.CAUSING, contacted=False),
    ]
    result = check_step2_gate(stakeholders=one_side, impartiality_checked=False)
    assert not result.passed
    assert result.missing == (
        "Er is nog geen contact geweest met de kant die de last veroorzaakt.",
        "De toets op onpartijdigheid is nog niet vastgelegd.",
    )
    both = [
        StakeholderContact(role=StakeholderRole.AFFECTED, contacted=True),
        StakeholderContact(role=StakeholderRole.CAUSING, contacted=True),
    ]
    assert check_step2_gate(stakeholders=both, impartiality_checked=True).passed
    no_causer = [StakeholderContact(role=StakeholderRole.AFFECTED, contacted=True)]
    assert check_step2_gate(stakeholders=no_causer, impartiality_checked=True).passed
    assert not check_step2_gate(
        stakeholders=no_causer, impartiality_checked=True, causing_side_exists=True
    ).passed


def test_rule_09_step3_constraints():
    """Beslisregel 9 — geen sociale media bij een gevoelig thema; weinig professionals; wat bindt ons.

    Bron: https://dewijkverbinder.nl/verbinden/bij-ongemak/samenwerken-aan-een-gemeenschappelijke-taak-of-belang/
    """
    check = check_meeting(
        format_code="social_media",
        theme_sensitive=True,
        professionals_present=4,
        agenda=["Welkom", "Wat speelt er?"],
    )
    assert [p.code for p in check.refusals] == [
        MethodCode.SOCIAL_MEDIA_SENSITIVE,
        MethodCode.AGENDA_WITHOUT_BINDING_ITEM,
    ]
    assert [p.code for p in check.warnings] == [MethodCode.TOO_MANY_PROFESSIONALS]
    fine = check_meeting(
        format_code="straattafel",
        theme_sensitive=True,
        professionals_present=2,
        agenda=["Welkom", "Wat bindt ons in deze straat?"],
    )
    assert fine.refusals == ()
    assert fine.warnings == ()
    goals = (Goal(text="rust", set_with=("bewoners_straat",)),)
    advice = advise(
        AdviceRequest(phase=Phase.RUST, goals=goals, sensitive=True, planned_format="social_media")
    )
    assert "ADV005" in {str(w.code) for w in advice.warnings}


def test_rule_10_handover_needs_kartrekker_agreement_and_check_in():
    """Beslisregel 10 — overdragen pas met kartrekker, afspraak en geplande check-in.

    Bron: https://sociaaldomeinonline.nl/sociale-wijkteams-van-individueel-naar-collectief-werken-maar-hoe/
    """
    result = check_handover(
        kartrekkers=0, agreements=1, scheduled_check_ins=[date(2025, 1, 1)], today=TODAY
    )
    assert result.missing == (
        "Er is nog geen kartrekker genoemd.",
        "Er is nog geen check-in gepland (vandaag of later).",
    )
    with pytest.raises(MethodRefusalError) as refused:
        ensure_handover(kartrekkers=1, agreements=0, scheduled_check_ins=[TODAY], today=TODAY)
    assert refused.value.code is MethodCode.HANDOVER_INCOMPLETE
    ensure_handover(
        kartrekkers=1, agreements=1, scheduled_check_ins=[date(2025, 4, 1)], today=TODAY
    )


def test_rule_11_lightest_intervention_first():
    """Beslisregel 11 — lichtste interventie eerst, één trede tegelijk, na een check-in zonder verbetering.

    Bron: https://www.gemeente.nu/veiligheid/escalatieladder-helpt-bij-aanpak-wet-woonoverlast/
    """
    start = InterventionLevel.BEWONERS_ZELF
    with pytest.raises(MethodRefusalError) as refused:
        propose_escalation(current=start, check_ins=[CheckInOutcome(on=TODAY, improving=True)])
    assert refused.value.code is MethodCode.ESCALATION_WITHOUT_FAILED_CHECK_IN
    proposal = propose_escalation(current=start, check_ins=NOT_IMPROVING)
    assert proposal.to_level is InterventionLevel.PROFESSIONELE_ONDERSTEUNING
    with pytest.raises(MethodRefusalError) as skipped:
        propose_escalation(
            current=start,
            check_ins=NOT_IMPROVING,
            target=InterventionLevel.AANSPREKEN_CORPORATIE_OF_WIJKAGENT,
        )
    assert skipped.value.code is MethodCode.SKIP_WITHOUT_REASON
    danger = propose_escalation(current=start, check_ins=(), acute_danger=True)
    assert danger.contact_police_directly
    assert danger.to_level is InterventionLevel.AANSPREKEN_CORPORATIE_OF_WIJKAGENT
    back = propose_escalation(
        current=InterventionLevel.BUURTBEMIDDELING,
        check_ins=(),
        target=InterventionLevel.BEWONERS_ZELF,
    )
    assert back.to_level is InterventionLevel.BEWONERS_ZELF


def test_rule_12_buurtbemiddeling_eligibility():
    """Beslisregel 12 — buurtbemiddeling alleen als de intake slaagt; anders verwijzen.

    Bron: https://buurtbemiddelingeindhoven.nl/?page_id=44
    """
    current = InterventionLevel.PROFESSIONELE_ONDERSTEUNING
    with pytest.raises(MethodRefusalError) as missing:
        propose_escalation(current=current, check_ins=NOT_IMPROVING)
    assert missing.value.code is MethodCode.BUURTBEMIDDELING_INTAKE_MISSING
    excluded = BuurtbemiddelingIntake(
        parties_voluntary=True,
        parties_addressable=True,
        exclusions=frozenset({BuurtbemiddelingExclusion.GEWELD_OF_KANS_OP_GEWELD}),
    )
    with pytest.raises(MethodRefusalError) as refused:
        propose_escalation(current=current, check_ins=NOT_IMPROVING, intake=excluded)
    assert refused.value.code is MethodCode.BUURTBEMIDDELING_EXCLUDED
    assert "wijkagent of politie" in refused.value.message
    ok = BuurtbemiddelingIntake(parties_voluntary=True, parties_addressable=True)
    assert propose_escalation(current=current, check_ins=NOT_IMPROVING, intake=ok).to_level is (
        InterventionLevel.BUURTBEMIDDELING
    )
    advice = advise(AdviceRequest(phase=Phase.INCIDENTEN, exclusions=("binnen_familie",)))
    assert "buurtbemiddeling" in {h.approach.code for h in advice.held_back}
    assert "ADV006" in {str(w.code) for w in advice.warnings}
