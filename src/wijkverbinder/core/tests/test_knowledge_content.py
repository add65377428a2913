"""The content holds the method as the knowledge base records it: phases, the phase-approach table, formats and the ladder."""

from __future__ import annotations

from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import Fit, InterventionLevel
from wijkverbinder.core.vocabulary import Phase


def test_phases_have_colours_from_the_model():
    kb = load_knowledge_base()
    assert [(p.phase, p.colour, p.slug) for p in kb.phases] == [
        (Phase.RUST, "groen", "in-rust"),
        (Phase.ONGEMAK, "geel", "bij-ongemak"),
        (Phase.SPANNING, "roze", "bij-spanningen"),
        (Phase.INCIDENTEN, "rood", "bij-incidenten"),
    ]
    assert all(p.recognition_signs for p in kb.phases)


def _first_step(kb: KnowledgeBase, phase: Phase) -> set[str]:
    """Approaches of the phase, without the links offered only after a safety check."""
    return {
        a.code
        for a in kb.approaches_for(phase)
        if not (link := a.for_phase(phase)) or not link.after_safety
    }


def test_phase_approach_table_of_domain_section_3():
    kb = load_knowledge_base()
    table = {phase: _first_step(kb, phase) for phase in Phase}
    assert table[Phase.SPANNING] == {
        "dialoog",
        "verdiepen_in_elkaar",
        "samenwerken_gemeenschappelijk_belang",
        "vergroten_veiligheidsgevoel",
    }
    assert table[Phase.INCIDENTEN] == {
        "aanpakken_en_handhaven",
        "vergroten_veiligheidsgevoel",
        "buurtbemiddeling",
    }
    assert {"elkaar_helpen", "terugkerende_gezamenlijke_activiteiten"} <= table[Phase.RUST]
    after_safety = {a.code for a in kb.approaches_for(Phase.INCIDENTEN)} - table[Phase.INCIDENTEN]
    assert after_safety == {"dialoog", "samenwerken_gemeenschappelijk_belang"}
    assert {"dialoog", "verdiepen_in_elkaar"} <= table[Phase.ONGEMAK]


def test_dialoog_has_phase_specific_texts():
    dialoog = load_knowledge_base().approach("dialoog")
    assert dialoog is not None
    texts = {link.phase: link.text for link in dialoog.phases}
    assert texts[Phase.RUST] != texts[Phase.ONGEMAK]


def test_required_meeting_formats_exist_with_fit():
    kb = load_knowledge_base()
    for code in (
        "straattafel",
        "portiekgesprek",
        "bijeenkomst_buurtcentrum",
        "inloop_met_tafels",
        "dialoogbijeenkomst",
        "koffiemoment",
        "social_media",
        "plenaire_infoavond",
        "buurtfeest",
        "buurt_bbq",
    ):
        fmt = kb.meeting_format(code)
        assert fmt is not None, code
    bbq = kb.meeting_format("buurt_bbq")
    assert bbq is not None
    assert bbq.fit(Phase.RUST) is Fit.GOOD
    assert bbq.fit(Phase.SPANNING) is Fit.AVOID


def test_escalation_ladder_is_lightest_first():
    kb = load_knowledge_base()
    assert [level.level for level in kb.escalation_levels] == list(InterventionLevel)
    assert kb.level(InterventionLevel.BESTUURLIJK).informational_only
    assert len(kb.level(InterventionLevel.BESTUURLIJK).steps) == 5


def test_every_principle_and_example_has_a_source():
    kb = load_knowledge_base()
    urls = [item.source_url for item in kb.principles]
    urls += [item.source_url for item in kb.practice_examples]
    urls += [item.source_url for item in kb.warnings]
    urls += [item.source_url for item in kb.decision_rules]
    assert all(url.startswith("http") for url in urls)


def test_no_unverified_items_and_judgements_say_why():
    kb = load_knowledge_base()
    assert kb.unverified() == ()
    judgements = {(j.file, j.key): j for j in kb.judgements()}
    assert ("meeting_formats.yaml", "straattafel") in judgements
    assert ("decision_rules.yaml", "regel 7") in judgements
    assert all(item.judgement.startswith("Eigen oordeel") for item in judgements.values())
