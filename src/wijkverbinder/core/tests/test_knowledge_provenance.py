"""Provenance of the knowledge base (issue 13): every item rests on a named page and passage, or is
openly the project's own judgement; unverified items are listed in one place (KB016-KB020)."""

from __future__ import annotations

from pathlib import Path

from wijkverbinder.core.knowledge import (
    IssueCode,
    load_knowledge_base,
    validate_knowledge_base,
)
from wijkverbinder.core.knowledge.model import Status
from wijkverbinder.core.tests.kb_edit import codes, edit

#: the 31 items the Kennisbank showed as "niet geverifieerd" before issue 13 (file, key)
FORMERLY_UNVERIFIED = [
    ("phases.yaml", "rust.huidig"),
    ("phases.yaml", "rust.gewenst"),
    ("phases.yaml", "ongemak.huidig"),
    ("phases.yaml", "ongemak.gewenst"),
    ("phases.yaml", "incidenten.huidig"),
    ("phases.yaml", "incidenten.gewenst"),
    ("approaches.yaml", "dialoog@rust"),
    ("principles.yaml", "dialoog.uitzondering"),
    ("practice_examples.yaml", "dwars"),
    ("practice_examples.yaml", "beter_buren"),
    ("meeting_formats.yaml", "straattafel"),
    ("meeting_formats.yaml", "portiekgesprek"),
    ("meeting_formats.yaml", "bijeenkomst_buurtcentrum"),
    ("meeting_formats.yaml", "social_media"),
    ("meeting_formats.yaml", "plenaire_infoavond"),
    ("meeting_formats.yaml", "buurtfeest"),
    ("meeting_formats.yaml", "buurt_bbq"),
    ("escalation.yaml", "professionele_ondersteuning"),
    ("escalation.yaml", "acute_danger"),
    ("warnings.yaml", "ADV001"),
    ("warnings.yaml", "ADV002"),
    ("warnings.yaml", "ADV005"),
    ("warnings.yaml", "ADV008"),
    ("decision_rules.yaml", "regel 4"),
    ("decision_rules.yaml", "regel 7"),
    ("decision_rules.yaml", "regel 8"),
    ("decision_rules.yaml", "regel 9"),
    ("decision_rules.yaml", "regel 10"),
    ("phase_evidence.yaml", "veiligheid.onveilig_gevoel:spanning"),
    ("phase_evidence.yaml", "samenleven.burenruzie:ongemak"),
    ("phase_evidence.yaml", "overlast:ongemak"),
]


def test_the_31_formerly_unverified_items_are_now_sourced_or_own_judgement():
    entries = {(item.file, item.key): item for item in load_knowledge_base().provenance}
    assert len(FORMERLY_UNVERIFIED) == 31
    for key in FORMERLY_UNVERIFIED:
        item = entries[key]
        assert item.status in (Status.SOURCE, Status.JUDGEMENT), key
        assert item.passage or item.judgement, key


def test_every_verified_item_names_its_passage_and_a_readable_source():
    kb = load_knowledge_base()
    assert kb.unverified() == ()
    for item in kb.provenance:
        assert item.source_title, item.key
        assert item.source_title != item.source_url, item.key
        if item.verified:
            assert len(item.passage) >= 40, item.key
            assert item.read_in is not None, item.key
        else:
            assert item.judgement.startswith("Eigen oordeel"), item.key


def test_hash_like_urls_get_a_readable_title():
    kb = load_knowledge_base()
    url = "https://dewijkverbinder.nl/verbinden/bij-incidenten/5a1a80cba299815f8cbc26599d1cdc57/"
    assert "Aanpakken en handhaven" in kb.source_title(url)


def test_verified_item_without_passage_is_kb016(kb_copy: Path):
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].pop("passage"))
    assert IssueCode.MISSING_PASSAGE in codes(kb_copy)


def test_passage_without_read_in_is_kb016(kb_copy: Path):
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].pop("read_in"))
    assert IssueCode.MISSING_PASSAGE in codes(kb_copy)


def test_unverified_item_must_be_listed_kb017_then_kb018_when_stale(kb_copy: Path):
    def unverify(data):
        item = data["principles"][0]
        item.update(verified=False)
        item.pop("passage")
        item.pop("read_in")

    edit(kb_copy, "principles.yaml", unverify)
    issues = validate_knowledge_base(kb_copy)
    hit = [i for i in issues if i.code is IssueCode.UNLISTED_UNVERIFIED]
    assert hit
    assert hit[0].file == "principles.yaml"
    key = load_knowledge_base().principles[0].code
    entry = {"file": "principles.yaml", "item": key, "reason": "bron niet te vinden"}
    edit(kb_copy, "unverified.yaml", lambda d: d["items"].append(entry))
    assert IssueCode.UNLISTED_UNVERIFIED not in codes(kb_copy)
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].update(verified=True))
    assert IssueCode.STALE_UNVERIFIED in codes(kb_copy)


def test_judgement_counts_as_open_and_needs_no_listing(kb_copy: Path):
    def judge(data):
        item = data["principles"][0]
        item.update(verified=False, judgement="Eigen oordeel: omdat ...")

    edit(kb_copy, "principles.yaml", judge)
    found = codes(kb_copy)
    assert IssueCode.UNLISTED_UNVERIFIED not in found
    assert IssueCode.VERIFIED_WITH_JUDGEMENT not in found


def test_source_not_in_sources_yaml_is_kb019(kb_copy: Path):
    url = "https://example.org/onbekend"
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].update(source_url=url))
    assert IssueCode.UNKNOWN_SOURCE in codes(kb_copy)


def test_verified_and_judgement_together_is_kb020(kb_copy: Path):
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].update(judgement="ook dit"))
    assert IssueCode.VERIFIED_WITH_JUDGEMENT in codes(kb_copy)


def test_read_in_takes_only_page_or_domain(kb_copy: Path):
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].update(read_in="gehoord"))
    assert IssueCode.INVALID_VALUE in codes(kb_copy)
