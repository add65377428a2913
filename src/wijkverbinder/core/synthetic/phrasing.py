"""Assembly of one synthetic signal text: opening, one or two core statements, place, closing.

Adds the noise real texts have: lower case only, typos (dropped, doubled or swapped letters),
redaction tags left by the redaction pass, and now and then raw personal data that slipped through
(a name or a phone number), so detection is tested on what it will really see.
"""

from __future__ import annotations

import random

from wijkverbinder.core.synthetic.phrases import CLOSINGS, CORE, OPENINGS, RAW_NAMES

_PLACE_FORMS = (
    "in de {street}",
    "aan de {street}",
    "bij de {street}",
    "{street}",
    "omgeving {street}",
)


def _pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    pos = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:pos] + word[pos + 1 :]
    if kind == 1:
        return word[:pos] + word[pos] + word[pos:]
    return word[: pos - 1] + word[pos] + word[pos - 1] + word[pos + 1 :]


def _add_typos(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(rng.randrange(1, 3)):
        index = rng.randrange(len(words))
        words[index] = _typo(words[index], rng)
    return " ".join(words)


def _personal_data(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return f"contactpersoon {_pick(rng, RAW_NAMES)}."
    number = f"{rng.randrange(10**8):08d}"
    return f"tel 06-{number[:4]} {number[4:]}."


def compose(
    topic: str,
    rng: random.Random,
    *,
    street: str | None = None,
    focus: str | None = None,
) -> str:
    """One signal text about ``topic`` (a theme code or a new-topic name)."""
    bank = CORE[topic]
    parts = [_pick(rng, OPENINGS), focus if focus is not None else _pick(rng, bank)]
    if rng.random() < 0.3:
        parts.append("en " + _pick(rng, bank))
    if street and rng.random() < 0.35:
        parts.append(_pick(rng, _PLACE_FORMS).format(street=street))
    parts.append(_pick(rng, CLOSINGS))
    if rng.random() < 0.08:
        parts.append(_personal_data(rng))
    text = " ".join(part for part in parts if part).strip()
    if rng.random() < 0.2:
        text = _add_typos(text, rng)
    return text.lower() if rng.random() < 0.4 else text[:1].upper() + text[1:]
