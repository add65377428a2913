"""The leaf themes, how often each is reported, its season and who reports it.

Shares are the background mix of a town (normalised below). Seasons are a cosine around a peak
day of the year; `MOR_SHARE` is the chance that a background signal of a theme comes in as a
`melding_openbare_ruimte` (public-space report, never with a household key).
"""

from __future__ import annotations

LEAVES: tuple[str, ...] = (
    "overlast.geluid",
    "overlast.jongeren",
    "overlast.buren",
    "overlast.drank_en_drugs",
    "overlast.dieren",
    "leefbaarheid.afval",
    "leefbaarheid.groen",
    "leefbaarheid.verkeer_en_parkeren",
    "leefbaarheid.onderhoud_woning",
    "veiligheid.inbraak_en_diefstal",
    "veiligheid.onveilig_gevoel",
    "veiligheid.vernieling",
    "veiligheid.bedreiging_en_geweld",
    "samenleven.burenruzie",
    "samenleven.spanningen_tussen_groepen",
    "samenleven.discriminatie",
    "welzijn.eenzaamheid",
    "welzijn.armoede_en_schulden",
    "welzijn.zorgen_om_bewoner",
    "welzijn.opvoeding",
    "voorzieningen.ontmoetingsplek",
    "voorzieningen.winkels",
    "voorzieningen.speelplek",
    "participatie.vrijwilligers",
    "participatie.bewonersinitiatief",
    "overig",
)

_RAW_SHARE: dict[str, float] = {
    "overlast.geluid": 9.0,
    "overlast.jongeren": 6.0,
    "overlast.buren": 6.0,
    "overlast.drank_en_drugs": 4.0,
    "overlast.dieren": 3.0,
    "leefbaarheid.afval": 10.0,
    "leefbaarheid.groen": 5.0,
    "leefbaarheid.verkeer_en_parkeren": 9.0,
    "leefbaarheid.onderhoud_woning": 6.0,
    "veiligheid.inbraak_en_diefstal": 4.0,
    "veiligheid.onveilig_gevoel": 4.0,
    "veiligheid.vernieling": 3.0,
    "veiligheid.bedreiging_en_geweld": 2.0,
    "samenleven.burenruzie": 4.0,
    "samenleven.spanningen_tussen_groepen": 1.5,
    "samenleven.discriminatie": 1.0,
    "welzijn.eenzaamheid": 4.0,
    "welzijn.armoede_en_schulden": 5.0,
    "welzijn.zorgen_om_bewoner": 4.0,
    "welzijn.opvoeding": 2.5,
    "voorzieningen.ontmoetingsplek": 1.5,
    "voorzieningen.winkels": 1.5,
    "voorzieningen.speelplek": 2.0,
    "participatie.vrijwilligers": 1.0,
    "participatie.bewonersinitiatief": 1.5,
    "overig": 4.0,
}
_TOTAL = sum(_RAW_SHARE.values())
SHARE: dict[str, float] = {code: _RAW_SHARE[code] / _TOTAL for code in LEAVES}

# (amplitude, peak day of year): intensity = 1 + amplitude * cos(2π (day - peak) / 365.25)
SEASON: dict[str, tuple[float, int]] = {
    "overlast.geluid": (0.35, 196),
    "overlast.jongeren": (0.45, 196),
    "overlast.drank_en_drugs": (0.2, 200),
    "overlast.dieren": (0.15, 180),
    "leefbaarheid.afval": (0.15, 210),
    "leefbaarheid.groen": (0.3, 160),
    "leefbaarheid.verkeer_en_parkeren": (0.1, 260),
    "leefbaarheid.onderhoud_woning": (0.25, 20),
    "veiligheid.inbraak_en_diefstal": (0.25, 350),
    "veiligheid.onveilig_gevoel": (0.15, 340),
    "welzijn.eenzaamheid": (0.35, 355),
    "welzijn.armoede_en_schulden": (0.2, 15),
    "welzijn.opvoeding": (0.1, 260),
    "voorzieningen.ontmoetingsplek": (0.1, 330),
    "voorzieningen.speelplek": (0.3, 190),
}

# Themes of the public space come in as meldingen openbare ruimte; welfare themes hardly ever.
_PUBLIC = {
    "overlast.geluid": 0.35,
    "overlast.jongeren": 0.35,
    "overlast.dieren": 0.45,
    "overlast.drank_en_drugs": 0.2,
    "leefbaarheid.afval": 0.6,
    "leefbaarheid.groen": 0.6,
    "leefbaarheid.verkeer_en_parkeren": 0.55,
    "veiligheid.vernieling": 0.5,
    "voorzieningen.speelplek": 0.35,
    "veiligheid.onveilig_gevoel": 0.15,
    "overig": 0.2,
}
MOR_SHARE: dict[str, float] = {code: 0.8 * _PUBLIC.get(code, 0.025) for code in LEAVES}

# Plausible other leaf codes a professional might choose for a signal of this theme.
CONFUSED_WITH: dict[str, tuple[str, ...]] = {
    "overlast.geluid": ("overlast.buren",),
    "overlast.jongeren": ("veiligheid.onveilig_gevoel", "overlast.geluid"),
    "overlast.buren": ("samenleven.burenruzie", "overlast.geluid"),
    "overlast.drank_en_drugs": ("overlast.jongeren", "veiligheid.onveilig_gevoel"),
    "overlast.dieren": ("overlast.buren", "leefbaarheid.groen"),
    "leefbaarheid.afval": ("leefbaarheid.groen",),
    "leefbaarheid.groen": ("leefbaarheid.afval", "voorzieningen.speelplek"),
    "leefbaarheid.verkeer_en_parkeren": ("veiligheid.onveilig_gevoel",),
    "leefbaarheid.onderhoud_woning": ("welzijn.zorgen_om_bewoner",),
    "veiligheid.inbraak_en_diefstal": ("veiligheid.onveilig_gevoel",),
    "veiligheid.onveilig_gevoel": ("overlast.jongeren", "veiligheid.bedreiging_en_geweld"),
    "veiligheid.vernieling": ("overlast.jongeren",),
    "veiligheid.bedreiging_en_geweld": ("samenleven.burenruzie", "veiligheid.onveilig_gevoel"),
    "samenleven.burenruzie": ("overlast.buren", "veiligheid.bedreiging_en_geweld"),
    "samenleven.spanningen_tussen_groepen": ("samenleven.discriminatie",),
    "samenleven.discriminatie": ("samenleven.spanningen_tussen_groepen",),
    "welzijn.eenzaamheid": ("welzijn.zorgen_om_bewoner",),
    "welzijn.armoede_en_schulden": ("welzijn.zorgen_om_bewoner",),
    "welzijn.zorgen_om_bewoner": ("welzijn.eenzaamheid",),
    "welzijn.opvoeding": ("welzijn.zorgen_om_bewoner", "overlast.jongeren"),
    "voorzieningen.ontmoetingsplek": ("participatie.bewonersinitiatief",),
    "voorzieningen.winkels": ("overig",),
    "voorzieningen.speelplek": ("leefbaarheid.groen",),
    "participatie.vrijwilligers": ("participatie.bewonersinitiatief",),
    "participatie.bewonersinitiatief": ("participatie.vrijwilligers",),
    "overig": (),
}

ROLES: tuple[str, ...] = ("affected", "causing", "involved", "asking_help")
SOURCES: tuple[str, ...] = (
    "huisbezoek",
    "spreekuur",
    "telefoon",
    "melding_openbare_ruimte",
    "politie",
    "corporatie",
    "school",
    "overig",
)
MOR = "melding_openbare_ruimte"
