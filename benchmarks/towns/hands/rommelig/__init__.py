"""Hand `rommelig`: messages typed on a phone, with mistakes, regional words and English.

On top of the misspellings already in the templates, the frame drops accents, shortens words
the way people do in chat ("ff", "gwn", "kheb"), makes typing errors, adds a greeting or a
regional sign-off (Brabants, Rotterdams, Limburgs, Gronings), emoji and shouting.
"""

from __future__ import annotations

import random
import re

from benchmarks.towns.hands.rommelig.matters import MATTERS
from benchmarks.towns.hands.rommelig.themes_overlast import THEMES as _OVERLAST
from benchmarks.towns.hands.rommelig.themes_veiligheid import THEMES as _VEILIGHEID
from benchmarks.towns.hands.rommelig.themes_welzijn import THEMES as _WELZIJN
from benchmarks.towns.texts import Hand

SLOTS: dict[str, tuple[str, ...]] = {
    "buren": (
        "de bovenburen",
        "die lui naast me",
        "de buuf",
        "de buurman",
        "die gasten hiernaast",
        "de overbuurvrouw",
        "die nieuwe mensen",
        "de onderburen",
        "t stel van boven",
    ),
    "tijd": (
        "snachts",
        "s avonds laat",
        "om 3 uur snachts",
        "heel de nacht",
        "in t weekend",
        "elke avond",
        "midden in de nacht",
        "tot diep in de nacht",
        "na 12en",
    ),
    "duur": (
        "al weken",
        "al maanden",
        "sinds de zomer",
        "al een jaar ofzo",
        "al 2 maanden",
        "sinds kerst",
        "al heel lang",
        "sinds we hier wonen",
    ),
    "plek": (
        "bij t pleintje",
        "achter de flat",
        "bij de super",
        "bij de speeltuin",
        "op t veldje",
        "bij de bushalte",
        "in t park",
        "bij de snackbar",
        "onder de galerij",
        "bij de sporthal",
        "bij t water",
        "op de parkeerplaats",
        "bij de kerk",
        "achter de garageboxen",
    ),
    "eng": (
        "super annoying",
        "echt super irritant",
        "so done with it",
        "no joke",
        "wtf",
        "next level irritant",
        "seriously",
        "literally elke dag",
        "ik ben er zo klaar mee",
    ),
    "uitroef": (
        "echt",
        "serieus",
        "ik zweer het",
        "letterlijk",
        "sowieso",
        "echt waar he",
        "onwijs",
    ),
    "leeftijd": ("12", "13", "14", "15", "16", "17"),
    "pleintje": (
        "op t pleintje",
        "op t plein bij de flat",
        "bij de bankjes op t plein",
        "op t plein achter de super",
    ),
    "dat_huis": (
        "dat huis verderop",
        "die huurwoning op de hoek",
        "t feesthuis",
        "da huis schuin tegenover",
        "de overkant",
    ),
}
_GREETINGS = (
    "hoi",
    "hallo",
    "goeiedag",
    "moi",
    "hoi hoi",
    "hey",
    "goeiemiddag",
    "hallo daar",
    "houdoe, eh hoi",
    "ewa",
    "hee",
    "goeiendag",
)
_SIGNOFFS = (
    "groetjes",
    "gr",
    "mvg",
    "thx",
    "alvast bedankt",
    "doei",
    "houdoe",
    "ajuus",
    "doei doei",
    "xx",
    "dank je wel he",
    "later",
    "heujje",
    "tot ziens",
    "moi",
    "gegroet",
)
_EMOJI = ("😡", "🙄", "😤", "😢", "🤬", "🙏", "😩", "🤦‍♀️", "😭", "👎", "!!!", "??", "...")
_SHORT: dict[str, str] = {
    "even": "ff",
    "gewoon": "gwn",
    "eigenlijk": "eigelijk",
    "misschien": "mss",
    "waarschijnlijk": "wss",
    "ik heb": "kheb",
    "ik ben": "kben",
    "niet": "nie",
    "het": "t",
    "wordt": "word",
    "vind": "vindt",
    "heel": "heeel",
    "hebben": "hebbe",
    "mijn": "mn",
    "jij": "jy",
    "dat": "da",
}
_SHORTEN = re.compile(r"\b(" + "|".join(sorted(_SHORT, key=len, reverse=True)) + r")\b")
_ACCENTS = str.maketrans("éëèêïíóöüúàäç", "eeeeiioouuaac")
_REGIONAL = (
    (re.compile(r"\bje\b"), "ge"),  # Brabants, Limburgs
    (re.compile(r"\bniks\b"), "nix"),
    (re.compile(r"\bjongens\b"), "jonges"),  # Limburgs
    (re.compile(r"\bmeisje\b"), "wicht"),  # Gronings
    (re.compile(r"\bhelemaal\b"), "hillemaal"),
    (re.compile(r"\bzo\b"), "zow"),
    (re.compile(r"\bvervelend\b"), "kut"),
    (re.compile(r"\bgoed\b"), "goe"),
    (re.compile(r"\beven\b"), "effe"),  # Rotterdams
    (re.compile(r"\bmensen\b"), "lui"),
    (re.compile(r"\bwat\b"), "wa"),
    (re.compile(r"\bheel\b"), "kei"),  # Brabants
    (re.compile(r"\bmooi\b"), "sjoen"),  # Limburgs
    (re.compile(r"\bjongen\b"), "gozer"),
)


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    index = rng.randrange(len(words))
    word = words[index]
    if len(word) > 3 and word.isalpha():
        i = rng.randrange(1, len(word) - 1)
        kind = rng.random()
        if kind < 0.4:
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind < 0.7:
            word = word[:i] + word[i + 1 :]
        else:
            word = word[:i] + word[i] + word[i:]
        words[index] = word
    return " ".join(words)


def _chatty(rng: random.Random, text: str) -> str:
    text = _SHORTEN.sub(lambda m: _SHORT[m.group(1)] if rng.random() < 0.35 else m.group(1), text)
    for _ in range(2):
        if rng.random() < 0.3:
            pattern, local = rng.choice(_REGIONAL)
            text = pattern.sub(local, text)
    return text


def frame(rng: random.Random, core: str, source: str) -> str:
    """Make the message look typed on a phone in a hurry."""
    text = _chatty(rng, core)
    if rng.random() < 0.7:
        text = text.translate(_ACCENTS)
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        text = _typo(rng, text)
    if rng.random() < 0.25:
        text = f"{rng.choice(_GREETINGS)} {text}"
    if rng.random() < 0.3:
        text = f"{text} {rng.choice(_EMOJI)}"
    if rng.random() < 0.25:
        text = f"{text}, {rng.choice(_SIGNOFFS)}"
    if rng.random() < 0.08:
        text = text.upper()
    elif rng.random() < 0.2:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.1 and ", " in text:
        text = text.replace(", ", "\n", 1)
    return text


HAND = Hand(
    name="rommelig",
    themes={**_OVERLAST, **_VEILIGHEID, **_WELZIJN},
    matters=MATTERS,
    slots=SLOTS,
    frame=frame,
    repeat_prefixes=(
        "ALWEER: ",
        "nog een keer he: ",
        "weer!! ",
        "zelfde als gister: ",
        "nogmaals ",
    ),
    repeat_suffixes=(" nog steeds nix gebeurd", "!!!", " ...", " wanneer komt er iemand??", " 😡"),
)
