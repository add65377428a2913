"""Checks one parsed YAML file against its schema (types, required fields, sources, references).

Cross-file references (approach and meeting-format codes) are passed in by the validator; set-level
rules (completeness, order, duplicates) live in `validator.py`.
"""

from __future__ import annotations

from collections.abc import Mapping

from wijkverbinder.core.knowledge.issues import IssueCode, KnowledgeIssue
from wijkverbinder.core.knowledge.schema import PROVENANCE_FIELDS, Kind, Spec
from wijkverbinder.core.knowledge.vocabulary import ReadIn
from wijkverbinder.core.vocabulary import Phase

_REF_CODES = {"approach": IssueCode.UNKNOWN_APPROACH, "format": IssueCode.UNKNOWN_FORMAT}
_REF_NAMES = {"approach": "aanpak", "format": "bijeenkomstvorm"}


def is_url(value: object) -> bool:
    """An http(s) address without spaces."""
    return (
        isinstance(value, str)
        and value.startswith(("http://", "https://"))
        and " " not in value
        and len(value) > len("https://x")
    )


class Walker:
    """Collects the issues of one file."""

    def __init__(self, *, file: str, refs: Mapping[str, set[str]]) -> None:
        self.file = file
        self.refs = refs
        self.issues: list[KnowledgeIssue] = []

    def add(self, code: IssueCode, path: str, message: str) -> None:
        """Record one issue."""
        self.issues.append(KnowledgeIssue(code=code, message=message, file=self.file, path=path))

    def check_fields(
        self, data: Mapping[str, object], fields: Mapping[str, Spec], path: str
    ) -> None:
        """Check an object's fields: unknown, missing and each value."""
        prefix = f"{path}." if path else ""
        for key in data:
            if key not in fields and key not in PROVENANCE_FIELDS:
                self.add(IssueCode.UNKNOWN_FIELD, f"{prefix}{key}", f"onbekend veld '{key}'")
        for key, spec in fields.items():
            value = data.get(key)
            if value is None or value == "":
                if spec.required:
                    self.add(IssueCode.MISSING_FIELD, f"{prefix}{key}", f"veld '{key}' ontbreekt")
                continue
            self.check(value, spec, f"{prefix}{key}")

    def check(self, value: object, spec: Spec, path: str) -> None:
        """Check one value against its spec."""
        if spec.kind is Kind.OBJECT:
            self._check_object(value, spec, path)
        elif spec.kind is Kind.LIST:
            self._check_list(value, spec, path)
        elif spec.kind is Kind.PHASE_MAP:
            self._check_phase_map(value, spec, path)
        else:
            self._check_scalar(value, spec, path)

    def _check_object(self, value: object, spec: Spec, path: str) -> None:
        if not isinstance(value, dict):
            self.add(IssueCode.WRONG_TYPE, path, "verwacht een object met velden")
            return
        self.check_fields(value, spec.fields, path)
        if spec.sourced:
            self._check_source(value, path)

    def _check_source(self, data: Mapping[str, object], path: str) -> None:
        url = data.get("source_url")
        if url is None or url == "":
            self.add(IssueCode.MISSING_SOURCE_URL, f"{path}.source_url", "source_url ontbreekt")
        elif not is_url(url):
            self.add(IssueCode.INVALID_URL, f"{path}.source_url", f"'{url}' is geen geldige url")
        verified = data.get("verified")
        if not isinstance(verified, bool):
            self.add(
                IssueCode.MISSING_VERIFIED,
                f"{path}.verified",
                "verified ontbreekt of is geen true/false",
            )
        self._check_grounding(data, path, verified=verified is True)

    def _check_grounding(self, data: Mapping[str, object], path: str, *, verified: bool) -> None:
        """A verified item needs its passage (+ read_in); a judgement is not also verified."""
        for key in ("passage", "judgement"):
            if key in data and not isinstance(data[key], str):
                self.add(IssueCode.WRONG_TYPE, f"{path}.{key}", "verwacht tekst")
        passage = str(data.get("passage") or "").strip()
        read_in = data.get("read_in")
        if verified and not passage:
            self.add(
                IssueCode.MISSING_PASSAGE,
                f"{path}.passage",
                "geverifieerd item zonder passage: beschrijf in eigen woorden wat de bron zegt",
            )
        if passage and read_in is None:
            self.add(IssueCode.MISSING_PASSAGE, f"{path}.read_in", "read_in ontbreekt")
        elif read_in is not None and read_in not in {item.value for item in ReadIn}:
            allowed = ", ".join(item.value for item in ReadIn)
            self.add(
                IssueCode.INVALID_VALUE, f"{path}.read_in", f"'{read_in}' kan niet; kies: {allowed}"
            )
        if verified and str(data.get("judgement") or "").strip():
            self.add(
                IssueCode.VERIFIED_WITH_JUDGEMENT,
                f"{path}.judgement",
                "een geverifieerd item is geen eigen oordeel: kies verified of judgement",
            )

    def _check_list(self, value: object, spec: Spec, path: str) -> None:
        if not isinstance(value, list):
            self.add(IssueCode.WRONG_TYPE, path, "verwacht een lijst")
            return
        assert spec.item is not None
        for index, item in enumerate(value):
            self.check(item, spec.item, f"{path}[{index}]")

    def _check_phase_map(self, value: object, spec: Spec, path: str) -> None:
        if not isinstance(value, dict):
            self.add(IssueCode.WRONG_TYPE, path, "verwacht een waarde per fase")
            return
        assert spec.item is not None
        for key in value:
            if key not in {phase.value for phase in Phase}:
                self.add(IssueCode.UNKNOWN_PHASE, f"{path}.{key}", f"onbekende fase '{key}'")
        for phase in Phase:
            if phase.value not in value:
                self.add(IssueCode.MISSING_FIELD, f"{path}.{phase}", f"fase '{phase}' ontbreekt")
            else:
                self.check(value[phase.value], spec.item, f"{path}.{phase}")

    def _check_scalar(self, value: object, spec: Spec, path: str) -> None:
        kind = spec.kind
        if kind is Kind.BOOL and not isinstance(value, bool):
            self.add(IssueCode.WRONG_TYPE, path, "verwacht true of false")
        elif kind is Kind.INT and (isinstance(value, bool) or not isinstance(value, int)):
            self.add(IssueCode.WRONG_TYPE, path, "verwacht een geheel getal")
        elif kind in (Kind.TEXT, Kind.ENUM, Kind.REF, Kind.URL) and not isinstance(value, str):
            self.add(IssueCode.WRONG_TYPE, path, "verwacht tekst")
        elif kind is Kind.URL and not is_url(value):
            self.add(IssueCode.INVALID_URL, path, f"'{value}' is geen geldige url")
        elif kind is Kind.ENUM and value not in spec.choices:
            code = IssueCode.UNKNOWN_PHASE if spec.ref == "phase" else IssueCode.INVALID_VALUE
            allowed = ", ".join(spec.choices)
            self.add(code, path, f"'{value}' is niet toegestaan; kies uit: {allowed}")
        elif kind is Kind.REF and value not in self.refs.get(spec.ref, set()):
            name = _REF_NAMES[spec.ref]
            self.add(_REF_CODES[spec.ref], path, f"onbekende {name} '{value}'")
