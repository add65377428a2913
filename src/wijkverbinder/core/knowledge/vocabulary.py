"""Closed vocabularies of the Wijkverbinder knowledge base.

The code values are lower case Dutch terms of art; the Dutch labels are what the UI
shows. Open lists (approaches, meeting formats) live in the YAML files, not here; these enums are the
values the rules reason about and the validator checks the YAML against.
"""

from __future__ import annotations

from enum import StrEnum


class Fit(StrEnum):
    """How well a meeting format fits a phase or a sensitive theme."""

    GOOD = "good"
    CAUTION = "caution"
    AVOID = "avoid"


FIT_LABELS: dict[Fit, str] = {
    Fit.GOOD: "past goed",
    Fit.CAUTION: "met zorg",
    Fit.AVOID: "afgeraden",
}


class PrincipleKind(StrEnum):
    """'Werkt wel' or 'werkt niet'."""

    WORKS = "works"
    DOES_NOT_WORK = "does_not_work"


PRINCIPLE_KIND_LABELS: dict[PrincipleKind, str] = {
    PrincipleKind.WORKS: "werkt wel",
    PrincipleKind.DOES_NOT_WORK: "werkt niet",
}


class ContactForm(StrEnum):
    """Direct, indirect (buurtkrant, film, theatre) or imagined contact."""

    DIRECT_PERSOONLIJK = "direct_persoonlijk"
    INDIRECT = "indirect"
    DENKBEELDIG = "denkbeeldig"


class ContactCondition(StrEnum):
    """Allport's four conditions for contact that works (KIS wording)."""

    GELIJKWAARDIGE_POSITIE = "gelijkwaardige_positie"
    GEMEENSCHAPPELIJK_DOEL = "gemeenschappelijk_doel"
    SAMENWERKING = "samenwerking"
    STEUN_AUTORITEITEN = "steun_autoriteiten"


class FormatTrait(StrEnum):
    """Properties of a meeting format that the advice rules look at."""

    EENMALIG_FEESTELIJK = "eenmalig_feestelijk"
    PLENAIR = "plenair"
    ONLINE = "online"
    DIALOOG = "dialoog"
    KLEINSCHALIG = "kleinschalig"
    OVERBRUGGEND = "overbruggend"
    LAAGDREMPELIG = "laagdrempelig"


class InterventionLevel(StrEnum):
    """The escalation ladder, lightest first (CCV escalatieladder + Wijkverbinder)."""

    BEWONERS_ZELF = "bewoners_zelf"
    PROFESSIONELE_ONDERSTEUNING = "professionele_ondersteuning"
    BUURTBEMIDDELING = "buurtbemiddeling"
    AANSPREKEN_CORPORATIE_OF_WIJKAGENT = "aanspreken_corporatie_of_wijkagent"
    BESTUURLIJK = "bestuurlijk"

    @property
    def rank(self) -> int:
        """0 (residents themselves) to 4 (administrative steps)."""
        return list(InterventionLevel).index(self)


class BuurtbemiddelingExclusion(StrEnum):
    """Hard exclusion criteria of buurtbemiddeling."""

    GEWELD_OF_KANS_OP_GEWELD = "geweld_of_kans_op_geweld"
    BUITENSPORIGE_AGRESSIE = "buitensporige_agressie"
    NIET_AANSPREEKBAAR = "niet_aanspreekbaar"
    BINNEN_FAMILIE = "binnen_familie"
    LOPENDE_JURIDISCHE_PROCEDURE = "lopende_juridische_procedure"
    STRAFBARE_FEITEN = "strafbare_feiten"
    ORGANISATIE_VS_INDIVIDU = "organisatie_vs_individu"
    GEEN_VRIJWILLIGHEID = "geen_vrijwilligheid"


class Scheidslijn(StrEnum):
    """Dividing lines between groups in a buurt."""

    ETNISCH_CULTUREEL_RELIGIEUS = "etnisch_cultureel_religieus"
    JONG_OUD = "jong_oud"
    LANG_KORT_WONEND = "lang_kort_wonend"
    HUUR_KOOP = "huur_koop"
    MET_ZONDER_RUGZAK = "met_zonder_rugzak"
    ARM_RIJK = "arm_rijk"
    HOOG_LAAG_OPGELEID = "hoog_laag_opgeleid"
    LOKAAL_KOSMOPOLITISCH = "lokaal_kosmopolitisch"
    RANDSTAD_REGIO = "randstad_regio"
    LINKS_RECHTS = "links_rechts"
    OVERIG = "overig"


SCHEIDSLIJN_LABELS: dict[Scheidslijn, str] = {
    Scheidslijn.ETNISCH_CULTUREEL_RELIGIEUS: "etnische, culturele of religieuze achtergrond",
    Scheidslijn.JONG_OUD: "jong en oud",
    Scheidslijn.LANG_KORT_WONEND: "lang wonende en nieuwe bewoners",
    Scheidslijn.HUUR_KOOP: "huurders en kopers",
    Scheidslijn.MET_ZONDER_RUGZAK: "bewoners met en zonder 'rugzak' (psychiatrie, beperking)",
    Scheidslijn.ARM_RIJK: "arm en rijk",
    Scheidslijn.HOOG_LAAG_OPGELEID: "hoog- en laagopgeleid",
    Scheidslijn.LOKAAL_KOSMOPOLITISCH: "lokaal en kosmopolitisch",
    Scheidslijn.RANDSTAD_REGIO: "Randstad en regio",
    Scheidslijn.LINKS_RECHTS: "politiek links en rechts",
    Scheidslijn.OVERIG: "anders",
}


class ReadIn(StrEnum):
    """Where the passage behind a verified item was read during the source review (issue 13)."""

    PAGE = "page"  # the page itself (a stored copy of the public page)
    DOMAIN = "domain"  # page not reachable in the review; passage as recorded in the project's domain notes


READ_IN_LABELS: dict[ReadIn, str] = {
    ReadIn.PAGE: "nagelezen op de pagina",
    ReadIn.DOMAIN: "pagina niet zelf nagelezen; passage volgens de domeinnotities",
}


class ResidentGroup(StrEnum):
    """Named groups of residents who can set goals (not free text; issue 13)."""

    GETROFFEN_BEWONERS = "getroffen_bewoners"
    VEROORZAKENDE_BEWONERS = "veroorzakende_bewoners"
    SLEUTELFIGUREN = "sleutelfiguren"
    KARTREKKERS = "kartrekkers"
    BEWONERS_STRAAT = "bewoners_straat"
    BEWONERSCOMMISSIE = "bewonerscommissie"
    BEWONERSORGANISATIE = "bewonersorganisatie"
    OUDERS = "ouders"
    JONGEREN = "jongeren"
    OUDEREN = "ouderen"
    NIEUWE_BEWONERS = "nieuwe_bewoners"
    LANG_WONENDE_BEWONERS = "lang_wonende_bewoners"


RESIDENT_GROUP_LABELS: dict[ResidentGroup, str] = {
    ResidentGroup.GETROFFEN_BEWONERS: "bewoners die de last ervaren",
    ResidentGroup.VEROORZAKENDE_BEWONERS: "bewoners die de last veroorzaken",
    ResidentGroup.SLEUTELFIGUREN: "sleutelfiguren uit de buurt",
    ResidentGroup.KARTREKKERS: "kartrekkers",
    ResidentGroup.BEWONERS_STRAAT: "bewoners van de straat of het portiek",
    ResidentGroup.BEWONERSCOMMISSIE: "bewonerscommissie of huurdersvereniging",
    ResidentGroup.BEWONERSORGANISATIE: "bewonersorganisatie of buurtvereniging",
    ResidentGroup.OUDERS: "ouders",
    ResidentGroup.JONGEREN: "jongeren",
    ResidentGroup.OUDEREN: "ouderen",
    ResidentGroup.NIEUWE_BEWONERS: "nieuwe bewoners",
    ResidentGroup.LANG_WONENDE_BEWONERS: "lang wonende bewoners",
}

#: trajectory stakeholder roles (trajectories.Stakeholder.Role) that are resident groups
STAKEHOLDER_ROLE_GROUPS: dict[str, ResidentGroup] = {
    "affected": ResidentGroup.GETROFFEN_BEWONERS,
    "causing": ResidentGroup.VEROORZAKENDE_BEWONERS,
    "key_figure": ResidentGroup.SLEUTELFIGUREN,
    "kartrekker": ResidentGroup.KARTREKKERS,
}


class Partner(StrEnum):
    """Professional parties and authorities (they take part, but are not residents)."""

    GEMEENTE = "gemeente"
    WIJKAGENT = "wijkagent"
    WONINGCORPORATIE = "woningcorporatie"
    WIJKTEAM = "wijkteam"
    OPBOUWWERK = "opbouwwerk"
    JONGERENWERK = "jongerenwerk"
    HANDHAVING = "handhaving"
    BUURTBEMIDDELING = "buurtbemiddeling"


PARTNER_LABELS: dict[Partner, str] = {
    Partner.GEMEENTE: "gemeente",
    Partner.WIJKAGENT: "wijkagent of politie",
    Partner.WONINGCORPORATIE: "woningcorporatie",
    Partner.WIJKTEAM: "sociaal wijkteam",
    Partner.OPBOUWWERK: "opbouwwerk",
    Partner.JONGERENWERK: "jongerenwerk",
    Partner.HANDHAVING: "handhaving (boa)",
    Partner.BUURTBEMIDDELING: "buurtbemiddeling",
}

#: partners that carry authority (support from authorities, Allport; safety check confirmation)
AUTHORITIES = frozenset(
    {Partner.GEMEENTE, Partner.WIJKAGENT, Partner.WONINGCORPORATIE, Partner.HANDHAVING}
)


class SafetyCriterion(StrEnum):
    """What a recorded safety check must confirm before bridging contact after incidents."""

    GEEN_NIEUWE_INCIDENTEN = "geen_nieuwe_incidenten"
    ONVEILIGHEID_AANGEPAKT = "onveiligheid_aangepakt"
    BEWONERS_VOELEN_ZICH_VEILIGER = "bewoners_voelen_zich_veiliger"
    BEVESTIGD_DOOR_PARTNER = "bevestigd_door_partner"


class NextStep(StrEnum):
    """Next steps the advice proposes (not warnings); texts in next_steps.yaml."""

    DOELEN_VASTLEGGEN = "doelen_vastleggen"
    VEILIGHEID_CONTROLEREN = "veiligheid_controleren"
    OVERBRUGGEN_NA_VEILIGHEID = "overbruggen_na_veiligheid"
    FASE_OPNIEUW_BEPALEN = "fase_opnieuw_bepalen"


class WarningCode(StrEnum):
    """Stable codes of advice warnings (ADV) and activity-plan checks (PLN); texts in warnings.yaml."""

    FESTIVE_IN_TENSION = "ADV001"
    PLENARY_ON_SENSITIVE = "ADV002"
    BRIDGING_BEFORE_SAFETY = "ADV003"
    CONFRONTATION_LARGE_GAP = "ADV004"
    SOCIAL_MEDIA_SENSITIVE = "ADV005"
    BUURTBEMIDDELING_EXCLUDED = "ADV006"
    GOALS_NOT_WITH_RESIDENTS = "ADV007"
    FORMAT_AVOIDED_IN_PHASE = "ADV008"
    APPROACH_NOT_IN_PHASE = "ADV009"
    NOT_CO_DESIGNED = "PLN001"
    GROUP_TOO_LARGE = "PLN002"
    COMPETITION = "PLN003"
    RECURRING_TOO_SHORT = "PLN004"
    NO_KEY_FIGURES = "PLN005"
    DIALOGUE_NO_GROUND_RULES = "PLN006"
    DIALOGUE_NO_NEUTRAL_FACILITATOR = "PLN007"
    CONTACT_CONDITIONS_MISSING = "PLN008"
    FOCUS_ON_DIFFERENCES = "PLN009"
