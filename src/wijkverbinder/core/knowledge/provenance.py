"""Every sourced item of the parsed knowledge base, with a stable key, for the provenance checks.

An item's key is what `unverified.yaml` names and what the Kennisbank shows: its `code`; `regel N`
for a decision rule; `theme:floor` for an evidence rule; `approach@phase` for a phase link;
`phase.huidig` / `phase.gewenst` for a situation; `condition.action` for a team action; the field
name for a single object such as `acute_danger`. Used by the validator (KB017-KB019) and the loader
(`KnowledgeBase.provenance`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from wijkverbinder.core.knowledge.schema import FILES, Kind, Spec

_FIELD_LABELS = {"current_situation": "huidig", "desired_situation": "gewenst"}
_NAME_FIELDS = ("name", "title", "question", "text", "reason")


@dataclass(frozen=True, kw_only=True)
class ItemRef:
    """One sourced object of one file."""

    file: str
    key: str
    path: str
    name: str
    raw: Mapping[str, Any]

    @property
    def verified(self) -> bool:
        """True when the item says `verified: true`."""
        return self.raw.get("verified") is True

    @property
    def judgement(self) -> str:
        """The project's own reasoning, when the item is a judgement."""
        return str(self.raw.get("judgement") or "").strip()

    @property
    def unverified(self) -> bool:
        """Neither confirmed by its source nor marked as the project's own judgement."""
        return not self.verified and not self.judgement


def sourced_items(data: Mapping[str, Any]) -> list[ItemRef]:
    """All sourced objects of the parsed files, in file order."""
    found: list[ItemRef] = []
    for file, fields in FILES.items():
        content = data.get(file)
        if not isinstance(content, Mapping):
            continue
        for field, spec in fields.items():
            found.extend(_visit(file, content.get(field), spec, path=field, parent="", field=field))
    return found


def _visit(
    file: str, value: object, spec: Spec, *, path: str, parent: str, field: str
) -> Iterator[ItemRef]:
    if spec.kind is Kind.LIST and isinstance(value, list) and spec.item is not None:
        for index, item in enumerate(value):
            yield from _visit(
                file, item, spec.item, path=f"{path}[{index}]", parent=parent, field=""
            )
        return
    if spec.kind is not Kind.OBJECT or not isinstance(value, Mapping):
        return
    key = _key(value, parent, field)
    if spec.sourced:
        yield ItemRef(file=file, key=key, path=path, name=_name(value, key), raw=value)
    for name, child in spec.fields.items():
        yield from _visit(
            file, value.get(name), child, path=f"{path}.{name}", parent=key, field=name
        )


def _key(item: Mapping[str, Any], parent: str, field: str) -> str:
    if field:
        label = _FIELD_LABELS.get(field, field)
        return f"{parent}.{label}" if parent else label
    if "number" in item:
        return f"regel {item['number']}"
    if "theme" in item and "floor_phase" in item:
        return f"{item['theme']}:{item['floor_phase']}"
    if "code" in item:
        return f"{parent}.{item['code']}" if parent else str(item["code"])
    if "phase" in item:
        return f"{parent}@{item['phase']}"
    return parent


def _name(item: Mapping[str, Any], key: str) -> str:
    for field in _NAME_FIELDS:
        value = item.get(field)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return key
