"""Hand `kort`: short professional notes in telegram style, with abbreviations.

Notes get a source-specific prefix now and then ("HB:", "Tel.:"), a follow-up remark and the
small inconsistencies of quick typing (missing full stop, lower-case start).
"""

from __future__ import annotations

import random

from benchmarks.towns.hands.kort.matters import MATTERS
from benchmarks.towns.hands.kort.themes_overlast import THEMES as _OVERLAST
from benchmarks.towns.hands.kort.themes_veiligheid import THEMES as _VEILIGHEID
from benchmarks.towns.hands.kort.themes_welzijn import THEMES as _WELZIJN
from benchmarks.towns.texts import Hand

SLOTS: dict[str, tuple[str, ...]] = {
    "Wie": (
        "Mw.",
        "Dhr.",
        "Bw.",
        "Mw. (80+)",
        "Jonge moeder",
        "Echtpaar",
        "Alleenst. dhr.",
        "Mw. met 3 kinderen",
        "Oudere dhr.",
        "Stel met baby",
        "Bewoonster",
        "Vader",
        "Mw. (ca. 45)",
        "Dhr. (70+)",
        "Student",
        "Gezin",
        "Alleenst. moeder",
        "Bewoner",
    ),
    "wie": (
        "mw.",
        "dhr.",
        "bw.",
        "oudere mw.",
        "jong gezin",
        "echtpaar",
        "alleenst. dhr.",
        "gezin met kinderen",
        "bewoonster",
        "bewoner",
        "mw. (70+)",
        "jonge vader",
    ),
    "buur": (
        "bovenburen",
        "onderburen",
        "buren links",
        "buren rechts",
        "buren overkant",
        "achterburen",
        "naastgelegen woning",
        "bw. in portiek",
        "buurman 2 hoog",
        "buurvrouw ernaast",
        "buren op galerij",
        "nieuwe huurders naast",
    ),
    "Buur": ("Bovenbuurman", "Buurvrouw", "Onderbuurman", "Buurman ernaast", "Buren"),
    "duur": (
        "al 3 wk",
        "sinds 2 mnd",
        "al mnd lang",
        "sinds de zomer",
        "ca. 6 wkn",
        "al ruim een jaar",
        "sinds oud en nieuw",
        "afgelopen wkn",
        "sinds kort",
        "al paar mnd",
        "sinds voorjaar",
        "al ca. half jaar",
        "sinds de verhuizing",
    ),
    "tijd": (
        "'s nachts",
        "na 23u",
        "tot 3u 's nachts",
        "vnl. in weekend",
        "'s avonds laat",
        "vroeg in de ochtend",
        "rond 2u",
        "overdag",
        "na schooltijd",
        "ook doordeweeks",
        "in de avond",
        "rond middernacht",
        "bij donker",
    ),
    "freq": (
        "dagelijks",
        "meerdere x p/wk",
        "elk weekend",
        "om de paar dagen",
        "2-3x p/wk",
        "bijna elke avond",
        "steeds vaker",
        "wekelijks",
    ),
    "plek": (
        "bij ingang flat",
        "op het plein",
        "achter winkelcentrum",
        "bij speeltuin",
        "in portiek",
        "bij bankjes",
        "onder galerij",
        "bij fietsenstalling",
        "bij bushokje",
        "in het park",
        "bij de kerk",
        "op het schoolplein",
        "bij de snackbar",
        "op de parkeerplaats",
        "bij het water",
        "in het achterpad",
        "bij de flat",
    ),
    "leeftijd": ("12", "13", "14", "15", "16", "17"),
    "kinderen": ("3 kinderen", "2 kleine kinderen", "tweeling", "4 kinderen", "zoon en dochter"),
    "huis": (
        "in woning verderop",
        "bij huurwoning schuin tegenover",
        "in huis op de hoek",
        "bij het 'feesthuis'",
        "bij nieuwe huurders verderop",
        "in pand overkant",
        "bij woning naast {wie}",
    ),
    "laat": ("4u 's nachts", "half 5", "ochtendgloren", "na 3u", "diep in de nacht"),
    "pleintje": (
        "op het pleintje",
        "bij de bankjes op het plein",
        "op het plein bij de flat",
        "bij het hek van het plein",
        "op het plein achter de winkels",
    ),
    "afstand": ("2 km verderop", "aan andere kant spoor", "in centrum", "half uur lopen"),
}

_PREFIX: dict[str, tuple[str, ...]] = {
    "huisbezoek": ("HB:", "Huisbezoek:", "Tijdens HB:", "HB ivm ander punt:", "HB -"),
    "spreekuur": ("Spreekuur:", "SPR:", "Inloop:", "Op spreekuur:"),
    "telefoon": ("Tel.:", "Telefonisch:", "Belde:", "Tel. contact:", "Tel -"),
    "melding_openbare_ruimte": ("MOR:", "Melding:", "Mld OR:", "Melding OR -"),
    "politie": ("Via WA:", "Info politie:", "Wijkagent meldt:", "Politie:"),
    "corporatie": ("Corp. meldt:", "Via corp.:", "Huismeester:", "Info corp:"),
    "school": ("School meldt:", "Via IB:", "Via school:", "Schoolmaatschappelijk werk:"),
    "overig": ("Via collega:", "Doorgestuurd:", "Overig:", "Via wijknetwerk:"),
}
_SUFFIX = (
    " Terugbellen.",
    " Actie: contact opnemen.",
    " Volgt.",
    " Besproken in overleg.",
    " Info doorgezet.",
    " Wil anoniem blijven.",
    " Afspraak gemaakt.",
    " Zie eerdere notitie.",
    " Nu geen actie.",
    " Navragen bij collega.",
    " Pakken we op.",
    " Vlgd week terugkoppelen.",
    " Wacht op reactie.",
    " Bw. tevreden met luisterend oor.",
    " Nogmaals laten weten.",
)


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an abbreviation in capitals."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def frame(rng: random.Random, core: str, source: str) -> str:
    """Prefix by source, maybe a follow-up remark, quick-typing inconsistencies."""
    text = core
    if rng.random() < 0.45:
        text = f"{rng.choice(_PREFIX[source])} {_lower_first(text)}"
    if rng.random() < 0.35:
        text += rng.choice(_SUFFIX)
    if rng.random() < 0.2:
        text = text.rstrip(".")
    if rng.random() < 0.1:
        text = _lower_first(text)
    return text


HAND = Hand(
    name="kort",
    themes={**_OVERLAST, **_VEILIGHEID, **_WELZIJN},
    matters=MATTERS,
    slots=SLOTS,
    frame=frame,
    repeat_prefixes=("Nogmaals: ", "Herhaalde melding: ", "Opnieuw: ", "Zelfde als eerder: "),
    repeat_suffixes=(
        ". Nog steeds niet opgelost.",
        ". Graag actie.",
        ". Is al eerder gemeld.",
        "!",
    ),
)
