"""The knowledge base validates cleanly, and the validator catches broken files (KB001-KB015)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wijkverbinder.core.knowledge import (
    IssueCode,
    KnowledgeBaseError,
    Severity,
    default_directory,
    load_knowledge_base,
    validate_knowledge_base,
)
from wijkverbinder.core.tests.kb_edit import codes, edit


def test_packaged_knowledge_base_has_no_issues():
    issues = [i for i in validate_knowledge_base() if i.severity is Severity.ERROR]
    assert issues == []


def test_packaged_knowledge_base_loads():
    kb = load_knowledge_base()
    assert len(kb.phases) == 4
    assert len(kb.decision_rules) == 13
    assert load_knowledge_base() is kb  # cached


def test_missing_source_url_is_kb001(kb_copy: Path):
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].pop("source_url"))
    issues = validate_knowledge_base(kb_copy)
    hit = [i for i in issues if i.code is IssueCode.MISSING_SOURCE_URL]
    assert hit
    assert hit[0].file == "principles.yaml"
    assert hit[0].path == "principles[0].source_url"


def test_unknown_phase_is_kb002(kb_copy: Path):
    edit(
        kb_copy, "approaches.yaml", lambda d: d["approaches"][0]["phases"][0].update(phase="storm")
    )
    assert IssueCode.UNKNOWN_PHASE in codes(kb_copy)


def test_unknown_phase_in_fit_map_is_kb002(kb_copy: Path):
    edit(
        kb_copy,
        "meeting_formats.yaml",
        lambda d: d["meeting_formats"][0]["phase_fit"].update(storm="good"),
    )
    assert IssueCode.UNKNOWN_PHASE in codes(kb_copy)


def test_missing_verified_is_kb003(kb_copy: Path):
    edit(
        kb_copy, "phases.yaml", lambda d: d["phases"][0]["current_situation"].update(verified="ja")
    )
    assert IssueCode.MISSING_VERIFIED in codes(kb_copy)


def test_unknown_approach_is_kb004(kb_copy: Path):
    edit(
        kb_copy,
        "practice_examples.yaml",
        lambda d: d["practice_examples"][0].update(approaches=["buurtbingo"]),
    )
    assert IssueCode.UNKNOWN_APPROACH in codes(kb_copy)


def test_duplicate_code_is_kb005(kb_copy: Path):
    edit(kb_copy, "principles.yaml", lambda d: d["principles"].append(dict(d["principles"][0])))
    assert IssueCode.DUPLICATE_CODE in codes(kb_copy)


def test_missing_field_is_kb006(kb_copy: Path):
    edit(kb_copy, "approaches.yaml", lambda d: d["approaches"][0].pop("description"))
    assert IssueCode.MISSING_FIELD in codes(kb_copy)


def test_wrong_type_is_kb007(kb_copy: Path):
    edit(kb_copy, "approaches.yaml", lambda d: d["approaches"][0].update(bridging="ja"))
    assert IssueCode.WRONG_TYPE in codes(kb_copy)


def test_invalid_url_is_kb008(kb_copy: Path):
    edit(
        kb_copy,
        "practice_examples.yaml",
        lambda d: d["practice_examples"][0].update(url="www.zonder-schema.nl"),
    )
    assert IssueCode.INVALID_URL in codes(kb_copy)


def test_broken_yaml_is_kb009(kb_copy: Path):
    (kb_copy / "phases.yaml").write_text("phases: [\n  - code: rust\n", encoding="utf-8")
    assert IssueCode.FILE_UNREADABLE in codes(kb_copy)


def test_missing_file_is_kb009(kb_copy: Path):
    (kb_copy / "warnings.yaml").unlink()
    assert IssueCode.FILE_UNREADABLE in codes(kb_copy)


def test_value_outside_closed_list_is_kb010(kb_copy: Path):
    edit(
        kb_copy,
        "meeting_formats.yaml",
        lambda d: d["meeting_formats"][0].update(traits=["gezellig"]),
    )
    assert IssueCode.INVALID_VALUE in codes(kb_copy)


def test_unknown_field_is_kb011(kb_copy: Path):
    edit(kb_copy, "phases.yaml", lambda d: d["phases"][0].update(kleur="groen"))
    assert IssueCode.UNKNOWN_FIELD in codes(kb_copy)


def test_unknown_format_is_kb012(kb_copy: Path):
    edit(
        kb_copy,
        "approaches.yaml",
        lambda d: d["approaches"][0].update(suitable_formats=["buurtbingo"]),
    )
    assert IssueCode.UNKNOWN_FORMAT in codes(kb_copy)


def test_missing_decision_rule_is_kb013(kb_copy: Path):
    edit(kb_copy, "decision_rules.yaml", lambda d: d["rules"].pop())
    issues = validate_knowledge_base(kb_copy)
    assert any(i.code is IssueCode.INCOMPLETE_SET and "13" in i.message for i in issues)


def test_missing_warning_text_is_kb013(kb_copy: Path):
    edit(kb_copy, "warnings.yaml", lambda d: d["warnings"].pop(0))
    assert IssueCode.INCOMPLETE_SET in codes(kb_copy)


def test_wrong_rank_is_kb014(kb_copy: Path):
    edit(kb_copy, "escalation.yaml", lambda d: d["levels"][0].update(rank=3))
    assert IssueCode.WRONG_ORDER in codes(kb_copy)


def test_unknown_theme_is_a_kb015_warning(kb_copy: Path):
    (kb_copy / "themes.yaml").write_text(
        "themes:\n  - code: veiligheid\n    children:\n      - code: vernieling\n", encoding="utf-8"
    )
    issues = validate_knowledge_base(kb_copy)
    unknown = [i for i in issues if i.code is IssueCode.UNKNOWN_THEME]
    assert unknown
    assert all(i.severity is Severity.WARNING for i in unknown)
    assert not any("veiligheid.vernieling" in i.message for i in unknown)


def test_loader_refuses_broken_knowledge_base(kb_copy: Path):
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].pop("source_url"))
    with pytest.raises(KnowledgeBaseError) as error:
        load_knowledge_base(kb_copy)
    assert "KB001" in str(error.value)


def test_issue_str_names_code_file_and_path(kb_copy: Path):
    edit(kb_copy, "principles.yaml", lambda d: d["principles"][0].pop("source_url"))
    text = str(validate_knowledge_base(kb_copy)[0])
    assert text.startswith("KB001 principles.yaml:principles[0].source_url")


def test_evidence_themes_exist_in_the_theme_taxonomy():
    if not (default_directory() / "themes.yaml").exists():
        pytest.skip("themes.yaml is not there yet")
    unknown = [i for i in validate_knowledge_base() if i.code is IssueCode.UNKNOWN_THEME]
    assert unknown == []
