"""Hints for statements in plain Dutch (taalniveau B1), shown to the team while writing.

A hint never refuses a statement; it points at what often makes a statement hard to read or to vote
on: more than one thought, long sentences, long words, passive voice, double negation, a question
instead of a statement, and official words with a plainer alternative. The word list is our own.
"""

from __future__ import annotations

import re

MAX_WORDS = 15
LONG_WORD = 13  # letters; Dutch compounds make this lenient on purpose
PLAIN_WORDS: dict[str, str] = {
    "alsmede": "en",
    "betreffende": "over",
    "derhalve": "daarom",
    "dienen": "moeten",
    "faciliteren": "helpen, mogelijk maken",
    "geïnformeerd": "verteld",
    "hinder": "last",
    "indien": "als",
    "initiëren": "beginnen",
    "middels": "met",
    "momenteel": "nu",
    "omtrent": "over",
    "participeren": "meedoen",
    "reeds": "al",
    "teneinde": "om",
    "trachten": "proberen",
    "woonomgeving": "buurt, straat",
}
_WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")
_PASSIVE = re.compile(r"\b(wordt|worden|werd|werden)\b.*\bge\w+(d|t|en)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(niet|geen|nooit|niemand|niets)\b", re.IGNORECASE)


def b1_hints(text: str) -> list[str]:
    """Dutch hints for a statement; empty when nothing stands out."""
    hints: list[str] = []
    words = _WORD.findall(text)
    if len(words) > MAX_WORDS:
        hints.append(f"De stelling heeft {len(words)} woorden; probeer er {MAX_WORDS} of minder.")
    if text.strip().endswith("?"):
        hints.append("Schrijf een stelling, geen vraag: bewoners stemmen eens of oneens.")
    if re.search(r"\b(en|of)\b", text, re.IGNORECASE) and len(words) > 8:
        hints.append("Staan er twee dingen in? Eén gedachte per stelling stemt makkelijker.")
    long_words = [w for w in words if len(w) >= LONG_WORD]
    if long_words:
        hints.append(f"Lange woorden: {', '.join(long_words[:3])}. Kan het korter?")
    if _PASSIVE.search(text):
        hints.append("Schrijf actief: zeg wie iets doet ('wij', 'de gemeente', 'de buren').")
    if len(_NEGATION.findall(text)) >= 2:
        hints.append("Dubbele ontkenning: schrijf het positief.")
    for word in words:
        plain = PLAIN_WORDS.get(word.lower())
        if plain:
            hints.append(f"'{word}' is ambtelijk; eenvoudiger: {plain}.")
    return hints
