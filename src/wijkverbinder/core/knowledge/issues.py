"""Validation issues of the knowledge base, with stable codes (KB001-KB020).

The codes never change meaning: a Django system check, the test suite and the content editors'
README all refer to them. Messages are Dutch, for the content editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wijkverbinder.core.numbers import counted


class IssueCode(StrEnum):
    """Stable codes of knowledge-base problems."""

    MISSING_SOURCE_URL = "KB001"
    UNKNOWN_PHASE = "KB002"
    MISSING_VERIFIED = "KB003"
    UNKNOWN_APPROACH = "KB004"
    DUPLICATE_CODE = "KB005"
    MISSING_FIELD = "KB006"
    WRONG_TYPE = "KB007"
    INVALID_URL = "KB008"
    FILE_UNREADABLE = "KB009"
    INVALID_VALUE = "KB010"
    UNKNOWN_FIELD = "KB011"
    UNKNOWN_FORMAT = "KB012"
    INCOMPLETE_SET = "KB013"
    WRONG_ORDER = "KB014"
    UNKNOWN_THEME = "KB015"
    MISSING_PASSAGE = "KB016"
    UNLISTED_UNVERIFIED = "KB017"
    STALE_UNVERIFIED = "KB018"
    UNKNOWN_SOURCE = "KB019"
    VERIFIED_WITH_JUDGEMENT = "KB020"


ISSUE_TITLES: dict[IssueCode, str] = {
    IssueCode.MISSING_SOURCE_URL: "source_url ontbreekt",
    IssueCode.UNKNOWN_PHASE: "onbekende fase",
    IssueCode.MISSING_VERIFIED: "verified ontbreekt of is geen true/false",
    IssueCode.UNKNOWN_APPROACH: "onbekende aanpak",
    IssueCode.DUPLICATE_CODE: "dubbele code",
    IssueCode.MISSING_FIELD: "verplicht veld ontbreekt of is leeg",
    IssueCode.WRONG_TYPE: "verkeerd soort waarde",
    IssueCode.INVALID_URL: "ongeldige url",
    IssueCode.FILE_UNREADABLE: "bestand ontbreekt of is geen geldige YAML",
    IssueCode.INVALID_VALUE: "waarde niet toegestaan",
    IssueCode.UNKNOWN_FIELD: "onbekend veld",
    IssueCode.UNKNOWN_FORMAT: "onbekende bijeenkomstvorm",
    IssueCode.INCOMPLETE_SET: "verplicht onderdeel ontbreekt",
    IssueCode.WRONG_ORDER: "volgorde klopt niet",
    IssueCode.UNKNOWN_THEME: "thema niet gevonden in themes.yaml",
    IssueCode.MISSING_PASSAGE: "geverifieerd item zonder passage of zonder read_in",
    IssueCode.UNLISTED_UNVERIFIED: "onbevestigd item ontbreekt in unverified.yaml",
    IssueCode.STALE_UNVERIFIED: "unverified.yaml noemt een item dat niet (meer) onbevestigd is",
    IssueCode.UNKNOWN_SOURCE: "bron staat niet in sources.yaml",
    IssueCode.VERIFIED_WITH_JUDGEMENT: "item is geverifieerd én eigen oordeel",
}


class Severity(StrEnum):
    """Errors stop loading; warnings are shown but do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, kw_only=True)
class KnowledgeIssue:
    """One problem in one place of one file."""

    code: IssueCode
    message: str
    file: str
    path: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.path}" if self.path else self.file
        return f"{self.code} {where}: {self.message}"


class KnowledgeBaseError(Exception):
    """The knowledge base has errors and cannot be loaded."""

    def __init__(self, issues: list[KnowledgeIssue]) -> None:
        self.issues = issues
        lines = "\n".join(f"  {issue}" for issue in issues)
        super().__init__(f"De kennisbank bevat {counted(len(issues), 'fout', 'fouten')}:\n{lines}")
