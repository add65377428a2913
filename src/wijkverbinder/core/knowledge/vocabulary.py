"""Closed vocabularies of the Wijkverbinder knowledge base (DOMAIN.md §8.1).

The code values follow DOMAIN §8.1 (lower case, Dutch terms of art); the Dutch labels are what the UI
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
    """The escalation ladder, lightest first (CCV escalatieladder + Wijkverbinder, DOMAIN §6)."""

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
    """Hard exclusion criteria of buurtbemiddeling (DOMAIN §6)."""

    GEWELD_OF_KANS_OP_GEWELD = "geweld_of_kans_op_geweld"
    BUITENSPORIGE_AGRESSIE = "buitensporige_agressie"
    NIET_AANSPREEKBAAR = "niet_aanspreekbaar"
    BINNEN_FAMILIE = "binnen_familie"
    LOPENDE_JURIDISCHE_PROCEDURE = "lopende_juridische_procedure"
    STRAFBARE_FEITEN = "strafbare_feiten"
    ORGANISATIE_VS_INDIVIDU = "organisatie_vs_individu"
    GEEN_VRIJWILLIGHEID = "geen_vrijwilligheid"


class Scheidslijn(StrEnum):
    """Dividing lines between groups in a buurt (DOMAIN §2)."""

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
