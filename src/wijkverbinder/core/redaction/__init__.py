"""Redaction of personal data in Dutch free text (issue 3), before anything is stored.

`redact(text)` returns a `Redaction` whose text has names, phone numbers, e-mail addresses,
street addresses with house numbers, postcodes, dates of birth, BSN-like numbers and IBANs
replaced by `[NAAM]`, `[TELEFOON]`, `[EMAIL]`, `[ADRES]`, `[POSTCODE]`, `[GEBOORTEDATUM]`,
`[BSN]` and `[IBAN]`. It combines deduce with our own rules (see the submodules). When the deduce engine cannot be had,
`RedactionUnavailableError` is raised: text is never passed on unredacted.
"""

from __future__ import annotations

from wijkverbinder.core.redaction.engine import RedactionUnavailableError
from wijkverbinder.core.redaction.redactor import (
    Redaction,
    find_spans,
    redact,
    redact_free_text,
    warm_up,
)
from wijkverbinder.core.redaction.spans import Span, Tag

__all__ = [
    "Redaction",
    "RedactionUnavailableError",
    "Span",
    "Tag",
    "find_spans",
    "redact",
    "redact_free_text",
    "warm_up",
]
