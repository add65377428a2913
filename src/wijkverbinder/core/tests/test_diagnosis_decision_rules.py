"""Decision rule 13 of `knowledge_base/decision_rules.yaml`: re-assess the phase; an upward move changes the menu."""

from __future__ import annotations

from wijkverbinder.core.advice import AdviceRequest, advise
from wijkverbinder.core.diagnosis import diagnose
from wijkverbinder.core.vocabulary import Phase

ANSWERS = {
    "waargenomen": ["kleine_ergernissen"],
    "hoe_vaak": "soms",
    "gemeld_door": ["bewoners_een_groep", "wijkteam"],
}


def test_rule_13_reassess_phase_when_incidents_are_logged():
    """Beslisregel 13 — fase opnieuw bepalen bij incidenten; een hogere fase verandert het aanbod.

    Bron: https://www.binnenlandsbestuur.nl/sociaal/nieuws/polarisatie-hoeft-geen-veiligheidsprobleem-te.9607733.lynkx
    """
    before = diagnose(answers=ANSWERS)
    after = diagnose(answers=ANSWERS, signal_counts={"veiligheid.vernieling": 3})
    assert before.phase is Phase.ONGEMAK
    assert after.phase is Phase.INCIDENTEN
    assert after.raised_by_evidence
    menu_before = {r.approach.code for r in advise(AdviceRequest(phase=before.phase)).approaches}
    menu_after = {r.approach.code for r in advise(AdviceRequest(phase=after.phase)).approaches}
    assert "dialoog" in menu_before
    assert "dialoog" not in menu_after
    assert "aanpakken_en_handhaven" in menu_after
    # and it can come down again: old incidents without recent ones weigh as spanning
    old = diagnose(
        answers={**ANSWERS, "waargenomen": ["vernieling"], "laatste_keer": "langer_geleden"}
    )
    assert old.phase is Phase.SPANNING
