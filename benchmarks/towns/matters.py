"""The kinds of matter a planted collective question is about (the same for every hand).

A matter has sub-aspects; each aspect lists the leaf codes a professional could plausibly pick
for a text about it, the usual role of the writer and whether it can come in as a melding
openbare ruimte. Every matter also has the aspect `vaag`: texts that speak of the matter without
its obvious words. `off_taxonomy` matters are ones no theme names well.
"""

from __future__ import annotations

from dataclasses import dataclass

VAGUE = "vaag"


@dataclass(frozen=True)
class Aspect:
    """One side of a matter."""

    name: str
    themes: tuple[str, ...]
    role: str = "affected"
    public: bool = False  # may come in as a melding openbare ruimte


@dataclass(frozen=True)
class Matter:
    """A kind of matter residents and professionals keep bringing up in one place."""

    kind: str
    description: str
    scope: str  # "straat", "straten" (two or three adjacent streets) or "buurt"
    aspects: tuple[Aspect, ...]
    off_taxonomy: bool = False

    @property
    def themes(self) -> tuple[str, ...]:
        """Every leaf code that fits the matter, in order of first mention."""
        seen: dict[str, None] = {}
        for aspect in self.aspects:
            seen.update(dict.fromkeys(aspect.themes))
        return tuple(seen)

    def aspect_names(self) -> tuple[str, ...]:
        """The aspects including `vaag`."""
        return (*(aspect.name for aspect in self.aspects), VAGUE)

    def aspect(self, name: str) -> Aspect:
        """The aspect called `name`; `vaag` borrows the first aspect's themes and role."""
        for aspect in self.aspects:
            if aspect.name == name:
                return aspect
        first = self.aspects[0]
        return Aspect(VAGUE, first.themes, first.role, first.public)


G, J, B, DD, DI = (
    "overlast.geluid",
    "overlast.jongeren",
    "overlast.buren",
    "overlast.drank_en_drugs",
    "overlast.dieren",
)
AF, GR, VP, OW = (
    "leefbaarheid.afval",
    "leefbaarheid.groen",
    "leefbaarheid.verkeer_en_parkeren",
    "leefbaarheid.onderhoud_woning",
)
IN, OV, VN, BG = (
    "veiligheid.inbraak_en_diefstal",
    "veiligheid.onveilig_gevoel",
    "veiligheid.vernieling",
    "veiligheid.bedreiging_en_geweld",
)
BR, SP, DS = (
    "samenleven.burenruzie",
    "samenleven.spanningen_tussen_groepen",
    "samenleven.discriminatie",
)
EE, AR, ZB, OP = (
    "welzijn.eenzaamheid",
    "welzijn.armoede_en_schulden",
    "welzijn.zorgen_om_bewoner",
    "welzijn.opvoeding",
)
OM, WI, SL = (
    "voorzieningen.ontmoetingsplek",
    "voorzieningen.winkels",
    "voorzieningen.speelplek",
)
VR, BI, OG = ("participatie.vrijwilligers", "participatie.bewonersinitiatief", "overig")

MATTERS: tuple[Matter, ...] = (
    Matter(
        "feesthuis",
        "Feesthuis: een woning waar bijna elk weekend tot diep in de nacht gefeest wordt",
        "straat",
        (
            Aspect("muziek", (G, B), public=True),
            Aspect("bezoekers", (DD, B, OV)),
            Aspect("parkeren", (VP,), public=True),
            Aspect("rommel", (AF,), public=True),
            Aspect("bewoners_feesthuis", (BR, B), role="causing"),
        ),
    ),
    Matter(
        "burenconflict",
        "Slepend conflict tussen twee buren in één portiek dat de andere bewoners meesleept",
        "straat",
        (
            Aspect("verwijten", (BR, B)),
            Aspect("lawaai_over_en_weer", (G, B)),
            Aspect("dreiging", (BG, BR)),
            Aspect("andere_kant", (BR,), role="causing"),
            Aspect("omstanders", (B, OV), role="involved"),
        ),
    ),
    Matter(
        "hangjongeren",
        "Jongeren die 's avonds en 's nachts op één pleintje rondhangen",
        "straat",
        (
            Aspect("hangen", (J, G), public=True),
            Aspect("intimidatie", (OV, J)),
            Aspect("vernieling", (VN, J), public=True),
            Aspect("rommel", (AF, DD), public=True),
            Aspect("jongeren_zelf", (J, OM), role="causing"),
        ),
    ),
    Matter(
        "ontmoetingsplek",
        "Bewoners missen een plek om elkaar te ontmoeten sinds het buurthuis dicht is",
        "buurt",
        (
            Aspect("gemis", (OM,)),
            Aspect("alleen", (EE, OM)),
            Aspect("initiatief", (BI, OM), role="asking_help"),
            Aspect("vrijwilligers", (VR, BI), role="involved"),
        ),
    ),
    Matter(
        "armoede",
        "Meerdere gezinnen in dezelfde straten komen niet rond",
        "straten",
        (
            Aspect("rekeningen", (AR,), role="asking_help"),
            Aspect("kinderen", (AR, OP)),
            Aspect("energie", (AR, OW)),
            Aspect("zorgen", (ZB, AR), role="involved"),
        ),
    ),
    Matter(
        "eenzame_flat",
        "Oudere bewoners van één seniorenflat raken vereenzaamd",
        "straat",
        (
            Aspect("alleen", (EE,)),
            Aspect("zorgen", (ZB, EE), role="involved"),
            Aspect("recreatieruimte", (OM, EE)),
            Aspect("bang", (OV, EE)),
        ),
    ),
    Matter(
        "dumpafval",
        "Gedumpt afval achter één winkelstrip",
        "straat",
        (
            Aspect("dumpen", (AF,), public=True),
            Aspect("ongedierte", (DI, AF), public=True),
            Aspect("winkeliers", (WI, AF), role="causing"),
            Aspect("stank", (AF, B), public=True),
        ),
    ),
    Matter(
        "bedreiging",
        "Conflict tussen twee families in een paar straten dat overgaat in bedreiging en geweld",
        "straten",
        (
            Aspect("bedreigd", (BG,)),
            Aspect("geweld", (BG, BR)),
            Aspect("angst", (OV, BG)),
            Aspect("familiekant", (BG, BR), role="causing"),
            Aspect("omstanders", (SP, OV), role="involved"),
        ),
    ),
    Matter(
        "drugs_portiek",
        "Dealen en gebruiken in één portiek en de achterom",
        "straat",
        (
            Aspect("dealen", (DD,)),
            Aspect("sporen", (AF, DD), public=True),
            Aspect("komen_en_gaan", (VP, DD), public=True),
            Aspect("angst", (OV, DD)),
            Aspect("verdachte_bewoner", (DD, B), role="causing"),
        ),
    ),
    Matter(
        "schimmel",
        "Vocht en schimmel in één complex van de woningcorporatie",
        "straat",
        (
            Aspect("schimmel", (OW,)),
            Aspect("gezondheid", (ZB, OW)),
            Aspect("verhuurder", (OW,)),
            Aspect("stookkosten", (AR, OW), role="asking_help"),
        ),
    ),
    Matter(
        "spanningen",
        "Spanningen tussen oude en nieuwe bewoners sinds een groep nieuwkomers in de buurt woont",
        "buurt",
        (
            Aspect("wantrouwen", (SP,)),
            Aspect("uitsluiting", (DS, SP)),
            Aspect("geruchten", (SP, OV)),
            Aspect("nieuwkomers", (DS, SP), role="affected"),
        ),
    ),
    Matter(
        "inbraakgolf",
        "Een reeks inbraken en pogingen tot inbraak in een paar straten",
        "straten",
        (
            Aspect("inbraak", (IN,)),
            Aspect("schuurtjes", (IN,)),
            Aspect("angst", (OV, IN)),
            Aspect("buurtpreventie", (BI, IN), role="involved"),
        ),
    ),
    Matter(
        "schoolverkeer",
        "Gevaarlijke verkeerssituatie bij een basisschool tijdens halen en brengen",
        "straat",
        (
            Aspect("dubbel_parkeren", (VP,), public=True),
            Aspect("bijna_ongeluk", (VP, OV)),
            Aspect("ouders", (VP,), role="causing"),
            Aspect("school", (VP, OP), role="involved"),
        ),
    ),
    Matter(
        "honden_park",
        "Loslopende honden en hondenpoep in één park waar kinderen spelen",
        "straat",
        (
            Aspect("poep", (DI, GR), public=True),
            Aspect("loslopend", (DI, OV)),
            Aspect("speelveld", (SL, DI)),
            Aspect("baasjes", (DI, BR), role="causing"),
        ),
    ),
    Matter(
        "speeltuin",
        "Een speeltuin die vernield is en niet wordt hersteld",
        "straat",
        (
            Aspect("kapot", (SL, VN), public=True),
            Aspect("gevaar", (SL,)),
            Aspect("daders", (VN, J)),
            Aspect("ouders_in_actie", (BI, SL), role="asking_help"),
        ),
    ),
    Matter(
        "deelscooters",
        "Deelscooters en deelfietsen die de stoep versperren",
        "straten",
        (
            Aspect("stoep", (OG, VP), public=True),
            Aspect("rollator", (OG, VP)),
            Aspect("rijgedrag", (OG, VP, OV)),
            Aspect("gebruikers", (OG, VP), role="causing"),
        ),
        off_taxonomy=True,
    ),
    Matter(
        "pinautomaat",
        "De enige geldautomaat in de buurt is weggehaald",
        "buurt",
        (
            Aspect("weg", (OG, WI)),
            Aspect("contant", (OG, WI, ZB)),
            Aspect("afstand", (OG, WI)),
        ),
        off_taxonomy=True,
    ),
    Matter(
        "zendmast",
        "Zorgen over een nieuwe zendmast",
        "straten",
        (
            Aspect("gezondheid", (OG,)),
            Aspect("niet_gevraagd", (OG, BI), role="asking_help"),
            Aspect("uitzicht", (OG,)),
        ),
        off_taxonomy=True,
    ),
)
MATTER_BY_KIND: dict[str, Matter] = {matter.kind: matter for matter in MATTERS}
