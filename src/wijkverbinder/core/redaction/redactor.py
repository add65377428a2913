"""`redact()`: replace personal data in free text by tags before it is stored.

Pipeline: deduce (names, street + number, phone, e-mail, BSN) → clean-up of its name spans →
our own rules (titled names, phone, e-mail, IBAN, BSN, postcode, address, date of birth) →
union of overlapping spans → placeholders such as `[NAAM]`. The original text is never logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from wijkverbinder.core.redaction import engine
from wijkverbinder.core.redaction.names import clean_name_span, find_titled_names
from wijkverbinder.core.redaction.patterns import find_structured
from wijkverbinder.core.redaction.spans import Span, Tag, apply_spans, merge_spans


@dataclass(frozen=True, slots=True)
class Redaction:
    """Redacted text plus how many spans of each tag were replaced."""

    text: str
    counts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def total(self) -> int:
        """Number of replaced spans."""
        return sum(self.counts.values())


def find_spans(text: str, *, use_deduce: bool = True) -> list[Span]:
    """Merged, sorted personal-data spans; `use_deduce=False` gives the rules-only baseline."""
    spans: list[Span] = [*find_structured(text), *find_titled_names(text)]
    if use_deduce:
        for span in engine.deduce_spans(text):
            if span.tag is Tag.NAAM:
                cleaned = clean_name_span(text, span)
                if cleaned is not None:
                    spans.append(cleaned)
            else:
                spans.append(span)
    return merge_spans(spans)


def redact(text: str) -> Redaction:
    """Replace names, phone numbers, e-mail, addresses, postcodes, dates of birth, BSN and IBAN."""
    if not text.strip():
        return Redaction(text=text)
    redacted, counts = apply_spans(text, find_spans(text))
    return Redaction(text=redacted, counts=MappingProxyType(dict(counts)))


def redact_free_text(text: str) -> str:
    """Free text a person typed, ready to store: whitespace folded, control characters (such as
    NUL) dropped, personal data redacted."""
    folded = " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())
    return redact(folded).text if folded else ""


def warm_up() -> float:
    """Load the shared deduce instance now (e.g. at start-up), however long that takes.

    Returns the seconds loading took; raises `RedactionUnavailableError` when it cannot be loaded.
    """
    engine.get_engine(timeout=-1)
    return engine.load_seconds() or 0.0
