"""The small theme taxonomy of the synthetic towns, with Dutch seed words of our own.

Leaf theme codes look like the project's taxonomy (``main.sub``); the real one comes from the
knowledge base. Benchmarks and tests use this one so they do not depend on the knowledge base.
"""

from __future__ import annotations

SYNTHETIC_SEEDS: dict[str, tuple[str, ...]] = {
    "overlast.geluid": ("geluid", "lawaai", "herrie", "muziek", "geluidsoverlast", "bonken"),
    "overlast.jongeren": ("jongeren", "hangjongeren", "hangplek", "jeugd", "intimiderend"),
    "overlast.drugs": ("drugs", "dealen", "dealer", "wiet", "blowen", "lachgas", "dronken"),
    "overlast.honden": ("hond", "honden", "hondenpoep", "blaffen", "aanlijnen", "uitlaten"),
    "leefomgeving.afval": ("afval", "vuilnis", "zwerfvuil", "grofvuil", "container", "dumpen"),
    "leefomgeving.parkeren": ("parkeren", "parkeerplaats", "auto", "foutparkeren", "busjes"),
    "leefomgeving.verkeer": ("verkeer", "hardrijden", "snelheid", "oversteken", "drempel"),
    "leefomgeving.groen": ("groen", "bomen", "speeltuin", "gras", "plantsoen", "onkruid"),
    "sociaal.eenzaamheid": ("eenzaam", "eenzaamheid", "alleen", "isolement", "niemand"),
    "sociaal.armoede": ("schulden", "armoede", "voedselbank", "rekeningen", "betalen"),
    "sociaal.burenconflict": ("ruzie", "conflict", "buren", "schelden", "bedreigen"),
    "zorg.verward": ("verward", "verwaarlozing", "vervuild", "hygiene", "dementie"),
    "wonen.onderhoud": ("schimmel", "vocht", "lekkage", "verhuurder", "reparatie"),
    "veiligheid.inbraak": ("inbraak", "ingebroken", "diefstal", "gestolen", "onveilig"),
    "sociaal.ontmoeting": ("ontmoeten", "buurthuis", "activiteiten", "ontmoetingsplek"),
    "zorg.mantelzorg": ("mantelzorg", "mantelzorger", "overbelast", "respijtzorg"),
}

#: Topics outside the taxonomy; their texts avoid every seed word above.
NEW_TOPICS: tuple[str, ...] = ("deelscooters", "glasvezel", "processierups", "warmtenet")

#: Relative frequency of each theme in the background of signals.
THEME_WEIGHTS: dict[str, float] = {
    "overlast.geluid": 3.0,
    "overlast.jongeren": 2.0,
    "overlast.drugs": 1.2,
    "overlast.honden": 1.2,
    "leefomgeving.afval": 3.0,
    "leefomgeving.parkeren": 2.0,
    "leefomgeving.verkeer": 1.2,
    "leefomgeving.groen": 1.0,
    "sociaal.eenzaamheid": 1.5,
    "sociaal.armoede": 1.5,
    "sociaal.burenconflict": 1.5,
    "zorg.verward": 0.8,
    "wonen.onderhoud": 1.5,
    "veiligheid.inbraak": 1.0,
    "sociaal.ontmoeting": 0.6,
    "zorg.mantelzorg": 0.6,
}

#: Themes that concern a whole buurt rather than one street (planted questions spread over it).
DIFFUSE_THEMES: frozenset[str] = frozenset(
    {"sociaal.eenzaamheid", "sociaal.armoede", "sociaal.ontmoeting", "zorg.mantelzorg"}
)

#: Themes reported more in summer (a seasonal rhythm the detector must not mistake for a question).
SUMMER_THEMES: frozenset[str] = frozenset(
    {"overlast.geluid", "overlast.jongeren", "leefomgeving.groen", "overlast.drugs"}
)
