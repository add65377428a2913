"""Names of persons: our own title rule, and clean-up of the name spans deduce proposes.

Rule (own): a title or form of address ("mevrouw", "dhr.", "de heer", "familie", …) followed by
initials, tussenvoegsels and a capitalised surname marks that surname as a name; the title
itself stays in the text, so the note keeps saying *who kind of person* without saying who.

Clean-up of deduce's person spans (deduce is tuned for medical notes):
1. leading titles, relations ("buurman", "zoon"), weekdays and sentence openers are cut off;
2. a span that runs on into a place ("Hoekstra uit de Dorpsstraat") ends before the preposition;
3. what is left is dropped when it is an ordinary word or a known shop/organisation
   ("Jeugd", "Albert Heijn", "Maandag"), has no capital letter, or follows a facility word
   ("Buurthuis De Linde").
"""

from __future__ import annotations

import re

from wijkverbinder.core.redaction.spans import Span, Tag
from wijkverbinder.core.redaction.wordlists import (
    FACILITY_WORDS,
    KEEP_PHRASES,
    LEADING_NOISE,
    PLACE_PREPOSITIONS,
    ROLE_WORDS,
    STREET_SUFFIXES,
    TITLES,
)

_UPPER = "A-ZÀ-ÖØ-ÞŞĞİŠŽČĆŁ"
_TITLE = (
    r"(?:[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|[Mm]ej\.?|[Mm]eneer|[Mm]ijnheer|[Mm]nr\.?|[Dd]hr\.?"
    r"|[Dd]e heer|[Ff]amilie|[Ff]am\.)"
)
_INITIALS = rf"(?:[{_UPPER}]\.\s?){{0,4}}"
_PARTICLES = (
    r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|'t|[Ee]l|[Aa]l|[Oo]p|[Ii]n)\s)*"
)
_SURNAME = rf"[{_UPPER}][\w'’]+(?:-(?:[a-z]+\s)*[{_UPPER}][\w'’]+)?"
_TITLED_NAME = re.compile(rf"\b{_TITLE}\s+((?:{_SURNAME}\s)?{_INITIALS}{_PARTICLES}{_SURNAME})")
_TOKEN = re.compile(r"\S+")
_LEADING = TITLES | ROLE_WORDS | LEADING_NOISE | {word for word in KEEP_PHRASES if " " not in word}


def find_titled_names(text: str) -> list[Span]:
    """Names introduced by a title (see module docstring)."""
    spans = []
    for match in _TITLED_NAME.finditer(text):
        span = clean_name_span(text, Span(match.start(1), match.end(1), Tag.NAAM))
        if span is not None:
            spans.append(span)
    return spans


def _bare(token: str) -> str:
    return token.strip(".,:;()\"'’").lower()


def _trim_leading(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    while tokens:
        first = _bare(tokens[0].group(0))
        if first == "de" and len(tokens) > 1 and _bare(tokens[1].group(0)) == "heer":
            tokens = tokens[2:]
        elif first in _LEADING:
            tokens = tokens[1:]
        else:
            break
    return tokens


def _street_like(word: str) -> bool:
    """ "kerkstraat" is a street; "dijk" or "laan" alone is a surname as often as not."""
    return any(word.endswith(suffix) and len(word) > len(suffix) for suffix in STREET_SUFFIXES)


def _cut_at_place(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    for index, token in enumerate(tokens):
        if index and _bare(token.group(0)) in PLACE_PREPOSITIONS:
            rest = [_bare(t.group(0)) for t in tokens[index + 1 : index + 4]]
            if any(_street_like(word) for word in rest):
                return tokens[:index]
    return tokens


def clean_name_span(text: str, span: Span) -> Span | None:
    """Apply the clean-up rules to one proposed name span; None when nothing is left."""
    tokens = list(_TOKEN.finditer(text, span.start, span.end))
    tokens = _cut_at_place(_trim_leading(tokens))
    if not tokens:
        return None
    start, end = tokens[0].start(), tokens[-1].end()
    while end > start and text[end - 1] in ".,:;(":
        end -= 1
    words = text[start:end]
    lowered = words.lower()
    if lowered in KEEP_PHRASES or all(_bare(t.group(0)) in KEEP_PHRASES for t in tokens):
        return None
    if not any(char.isupper() for char in words):
        return None
    previous = text[:start].split()[-1:]
    if previous and _bare(previous[0]) in FACILITY_WORDS:
        return None
    return Span(start, end, Tag.NAAM)
