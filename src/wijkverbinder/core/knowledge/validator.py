"""Validates the knowledge-base directory and reports issues with stable codes (KB001…KB020).

Reads every YAML file with `yaml.safe_load`, checks it against `schema.FILES`, then checks the rules
that span a whole list or file: unique codes, complete closed sets (four phases, the five rungs of the
escalation ladder, all buurtbemiddeling exclusions, all warning texts, the 13 decision rules of
`decision_rules.yaml`) and their order. Provenance (issue 13): every source is named in `sources.yaml`
(KB019); an item that is neither verified nor the project's own judgement is listed, with the
reason, in `unverified.yaml` (KB017), and that list names nothing else (KB018). Theme codes in
`phase_evidence.yaml` are checked against `themes.yaml` when that file exists, as a warning only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

from wijkverbinder.core.knowledge.issues import IssueCode, KnowledgeIssue, Severity
from wijkverbinder.core.knowledge.provenance import sourced_items
from wijkverbinder.core.knowledge.schema import FILES
from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    ContactCondition,
    ContactForm,
    InterventionLevel,
    NextStep,
    SafetyCriterion,
    WarningCode,
)
from wijkverbinder.core.knowledge.walker import Walker
from wijkverbinder.core.vocabulary import Phase

DECISION_RULE_COUNT = 13

#: (file, list key) -> the closed set the list must cover, with its expected rank per code
_COMPLETE_SETS: dict[tuple[str, str], type[Enum]] = {
    ("phases.yaml", "phases"): Phase,
    ("escalation.yaml", "levels"): InterventionLevel,
    ("buurtbemiddeling.yaml", "exclusion_criteria"): BuurtbemiddelingExclusion,
    ("contact.yaml", "contact_conditions"): ContactCondition,
    ("contact.yaml", "contact_forms"): ContactForm,
    ("warnings.yaml", "warnings"): WarningCode,
    ("safety_check.yaml", "criteria"): SafetyCriterion,
    ("next_steps.yaml", "steps"): NextStep,
}
_RANKS: dict[str, dict[str, int]] = {
    "phases.yaml": {phase.value: phase.rank for phase in Phase},
    "escalation.yaml": {level.value: level.rank for level in InterventionLevel},
}


def default_directory() -> Path:
    """The packaged `knowledge_base/` folder."""
    return Path(__file__).resolve().parents[2] / "knowledge_base"


def read_files(directory: Path) -> tuple[dict[str, Any], list[KnowledgeIssue]]:
    """Parse every known file; unreadable files become KB009 issues."""
    data: dict[str, Any] = {}
    issues: list[KnowledgeIssue] = []
    for name in FILES:
        path = directory / name
        try:
            parsed = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as error:
            detail = str(error).splitlines()[0] if str(error) else type(error).__name__
            issues.append(_issue(IssueCode.FILE_UNREADABLE, name, "", f"niet te lezen: {detail}"))
            continue
        if not isinstance(parsed, dict):
            issues.append(
                _issue(IssueCode.WRONG_TYPE, name, "", "verwacht velden op het hoogste niveau")
            )
            continue
        data[name] = parsed
    return data, issues


def validate_data(
    data: Mapping[str, Any], *, themes: set[str] | None = None
) -> list[KnowledgeIssue]:
    """Check parsed files (from `read_files`) against the schema and the set-level rules."""
    refs = {
        "approach": set(_codes(data, "approaches.yaml", "approaches")),
        "format": set(_codes(data, "meeting_formats.yaml", "meeting_formats")),
    }
    issues: list[KnowledgeIssue] = []
    for name, fields in FILES.items():
        if name not in data:
            continue
        walker = Walker(file=name, refs=refs)
        walker.check_fields(data[name], fields, "")
        issues.extend(walker.issues)
        for key in fields:
            issues.extend(_duplicates(name, key, data[name].get(key)))
    issues.extend(_completeness(data))
    issues.extend(_order(data))
    issues.extend(_rule_numbers(data))
    issues.extend(_provenance(data))
    if themes is not None:
        issues.extend(_unknown_themes(data, themes))
    return issues


def validate_knowledge_base(directory: Path | None = None) -> list[KnowledgeIssue]:
    """All issues of the knowledge base in `directory` (default: the packaged one)."""
    folder = directory or default_directory()
    data, issues = read_files(folder)
    return issues + validate_data(data, themes=read_theme_codes(folder / "themes.yaml"))


def read_theme_codes(path: Path) -> set[str] | None:
    """Theme codes in themes.yaml (full `parent.child` codes too), or None without a usable file."""
    try:
        parsed = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    codes: set[str] = set()
    _collect_codes(parsed, "", codes)
    return codes or None


def _collect_codes(node: object, parent: str, codes: set[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _collect_codes(item, parent, codes)
    elif isinstance(node, dict):
        code = node.get("code")
        here = parent
        if isinstance(code, str):
            codes.add(code)
            here = code if "." in code or not parent else f"{parent}.{code}"
            codes.add(here)
        for value in node.values():
            if isinstance(value, list | dict):
                _collect_codes(value, here, codes)


def _issue(code: IssueCode, file: str, path: str, message: str) -> KnowledgeIssue:
    return KnowledgeIssue(code=code, message=message, file=file, path=path)


def _items(data: Mapping[str, Any], file: str, key: str) -> list[dict[str, Any]]:
    value = data.get(file, {}).get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _codes(data: Mapping[str, Any], file: str, key: str) -> list[str]:
    return [str(item["code"]) for item in _items(data, file, key) if "code" in item]


def _duplicates(file: str, key: str, value: object) -> Iterable[KnowledgeIssue]:
    if not isinstance(value, list):
        return
    seen: set[object] = set()
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            continue
        ident = item.get("code", item.get("number", item.get("url")))
        if "theme" in item and "floor_phase" in item:
            ident = (item["theme"], item["floor_phase"])
        if ident is None:
            continue
        if ident in seen:
            yield _issue(
                IssueCode.DUPLICATE_CODE, file, f"{key}[{index}]", f"'{ident}' komt dubbel voor"
            )
        seen.add(ident)


def _completeness(data: Mapping[str, Any]) -> Iterable[KnowledgeIssue]:
    for (file, key), enum in _COMPLETE_SETS.items():
        if file not in data:
            continue
        present = set(_codes(data, file, key))
        for member in enum:
            if member.value not in present:
                message = f"'{member.value}' ontbreekt in {key}"
                yield _issue(IssueCode.INCOMPLETE_SET, file, key, message)


def _order(data: Mapping[str, Any]) -> Iterable[KnowledgeIssue]:
    for file, ranks in _RANKS.items():
        key = "phases" if file == "phases.yaml" else "levels"
        for index, item in enumerate(_items(data, file, key)):
            expected = ranks.get(str(item.get("code")))
            if expected is not None and item.get("rank") != expected:
                message = f"rank van '{item['code']}' moet {expected} zijn"
                yield _issue(IssueCode.WRONG_ORDER, file, f"{key}[{index}].rank", message)


def _rule_numbers(data: Mapping[str, Any]) -> Iterable[KnowledgeIssue]:
    if "decision_rules.yaml" in data:
        numbers = {item.get("number") for item in _items(data, "decision_rules.yaml", "rules")}
        for number in range(1, DECISION_RULE_COUNT + 1):
            if number not in numbers:
                yield _issue(
                    IssueCode.INCOMPLETE_SET,
                    "decision_rules.yaml",
                    "rules",
                    f"regel {number} ontbreekt",
                )
    for index, item in enumerate(_items(data, "warnings.yaml", "warnings")):
        rule = item.get("rule")
        if isinstance(rule, int) and not 1 <= rule <= DECISION_RULE_COUNT:
            message = f"regel {rule} bestaat niet (1 t/m {DECISION_RULE_COUNT})"
            yield _issue(
                IssueCode.INVALID_VALUE, "warnings.yaml", f"warnings[{index}].rule", message
            )


def _unknown_themes(data: Mapping[str, Any], themes: set[str]) -> Iterable[KnowledgeIssue]:
    for index, item in enumerate(_items(data, "phase_evidence.yaml", "rules")):
        theme = item.get("theme")
        if not isinstance(theme, str):
            continue
        if theme in themes or any(code.startswith(f"{theme}.") for code in themes):
            continue
        yield KnowledgeIssue(
            code=IssueCode.UNKNOWN_THEME,
            message=f"thema '{theme}' staat niet in themes.yaml; deze regel telt dan nooit mee",
            file="phase_evidence.yaml",
            path=f"rules[{index}].theme",
            severity=Severity.WARNING,
        )


def _provenance(data: Mapping[str, Any]) -> Iterable[KnowledgeIssue]:
    items = sourced_items(data)
    if "sources.yaml" in data:
        known = {str(item.get("url")) for item in _items(data, "sources.yaml", "sources")}
        for ref in items:
            urls = [ref.raw.get("source_url"), *(ref.raw.get("see_also") or [])]
            for url in urls:
                if isinstance(url, str) and url and url not in known:
                    message = (
                        f"bron '{url}' staat niet in sources.yaml (geef haar een leesbare titel)"
                    )
                    yield _issue(IssueCode.UNKNOWN_SOURCE, ref.file, ref.path, message)
    if "unverified.yaml" not in data:
        return
    listed = {
        (str(item.get("file")), str(item.get("item"))): index
        for index, item in enumerate(_items(data, "unverified.yaml", "items"))
    }
    open_items = {(ref.file, ref.key) for ref in items if ref.unverified}
    for ref in items:
        if ref.unverified and (ref.file, ref.key) not in listed:
            message = (
                f"'{ref.key}' is niet geverifieerd en geen eigen oordeel; zet het met de reden in "
                "unverified.yaml, of voeg een passage of judgement toe"
            )
            yield _issue(IssueCode.UNLISTED_UNVERIFIED, ref.file, ref.path, message)
    for (file, key), index in listed.items():
        if (file, key) not in open_items:
            message = f"{file}: '{key}' bestaat niet of is niet (meer) onbevestigd"
            yield _issue(IssueCode.STALE_UNVERIFIED, "unverified.yaml", f"items[{index}]", message)
