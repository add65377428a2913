"""Spans of personal data, the tags they become, and how overlapping spans are merged.

A span is a half-open character range `[start, end)` with one tag. When detectors disagree, the
union of overlapping spans is removed (recall first) and gets the most specific tag by
`TAG_PRIORITY`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Tag(StrEnum):
    """The placeholders that replace personal data in stored text."""

    NAAM = "NAAM"
    TELEFOON = "TELEFOON"
    EMAIL = "EMAIL"
    ADRES = "ADRES"
    POSTCODE = "POSTCODE"
    GEBOORTEDATUM = "GEBOORTEDATUM"
    BSN = "BSN"
    IBAN = "IBAN"

    @property
    def placeholder(self) -> str:
        """The text written in place of the personal data, e.g. `[NAAM]`."""
        return f"[{self.value}]"


#: Most specific first: on overlap the merged span takes the first tag in this order.
TAG_PRIORITY: tuple[Tag, ...] = (
    Tag.EMAIL,
    Tag.IBAN,
    Tag.BSN,
    Tag.TELEFOON,
    Tag.GEBOORTEDATUM,
    Tag.POSTCODE,
    Tag.ADRES,
    Tag.NAAM,
)
_RANK = {tag: index for index, tag in enumerate(TAG_PRIORITY)}


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """One piece of personal data found in a text."""

    start: int
    end: int
    tag: Tag

    def overlaps(self, other: Span) -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort, drop empty spans and merge overlapping ones into their union."""
    ordered = sorted(span for span in spans if span.end > span.start)
    merged: list[Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            tag = min((last.tag, span.tag), key=_RANK.__getitem__)
            merged[-1] = Span(last.start, max(last.end, span.end), tag)
        else:
            merged.append(span)
    return merged


def apply_spans(text: str, spans: list[Span]) -> tuple[str, Counter[str]]:
    """Replace merged, sorted spans by their placeholders; return the text and tag counts."""
    parts: list[str] = []
    counts: Counter[str] = Counter()
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(span.tag.placeholder)
        counts[span.tag.value] += 1
        position = span.end
    parts.append(text[position:])
    return "".join(parts), counts
