"""The Dutch questionnaire 'Situatie bepalen': what is observed in a buurt, how often, by whom, where.

Each observation option points to the phase it signals (living past each other → rust;
discomfort and small irritations → ongemak; us-versus-them talk, avoidance, discrimination,
exclusion → spanning; vandalism, threats, violence → incidenten). The per-phase indicators of the
KIS analysis instrument are not public, so these cues are the project's own reading of the sources
(https://sociaaldomeinonline.nl/nieuwe-online-tool-verbindend-contact-in-jouw-wijk-waarom-het-werkt-en-hoe-jij-vandaag-nog-aan-de-slag-kan/ ,
https://www.dewijkverbinder.nl/verbinden/bij-spanningen/ , https://www.kis.nl/artikel/wat-is-polarisatie).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wijkverbinder.core.knowledge.vocabulary import SCHEIDSLIJN_LABELS
from wijkverbinder.core.vocabulary import Phase


@dataclass(frozen=True, kw_only=True)
class AnswerOption:
    """One answer a professional can pick; `phase` only for observations."""

    code: str
    label: str
    phase: Phase | None = None


@dataclass(frozen=True, kw_only=True)
class Question:
    """One question of the questionnaire."""

    code: str
    text: str
    help: str
    multiple: bool
    required: bool
    options: tuple[AnswerOption, ...]

    def option(self, code: str) -> AnswerOption | None:
        """The option with this code, if any."""
        return next((option for option in self.options if option.code == code), None)


OBSERVED = "waargenomen"
FREQUENCY = "hoe_vaak"
LAST_SEEN = "laatste_keer"
REPORTED_BY = "gemeld_door"
DIVIDING_LINES = "scheidslijnen"
LOCATIONS = "waar"


def _option(code: str, label: str, phase: Phase | None = None) -> AnswerOption:
    return AnswerOption(code=code, label=label, phase=phase)


QUESTIONS: tuple[Question, ...] = (
    Question(
        code=OBSERVED,
        text="Wat ziet of hoort u in de buurt?",
        help="Kies alles wat u zelf of uw partners waarnemen.",
        multiple=True,
        required=True,
        options=(
            _option("goed_contact", "Bewoners kennen en helpen elkaar", Phase.RUST),
            _option("langs_elkaar_heen", "Bewoners leven langs elkaar heen", Phase.RUST),
            _option(
                "kleine_ergernissen",
                "Ongemak en kleine ergernissen (geluid, afval, niet groeten)",
                Phase.ONGEMAK,
            ),
            _option("onbegrip", "Onbegrip over elkaars gewoonten", Phase.ONGEMAK),
            _option(
                "overlast", "Overlast (bijvoorbeeld lawaai, hangjongeren, drugs)", Phase.ONGEMAK
            ),
            _option("wij_zij_taal", "Wij-zij-taal over andere groepen", Phase.SPANNING),
            _option("vooroordelen", "Negatieve ideeën en vooroordelen over elkaar", Phase.SPANNING),
            _option("elkaar_mijden", "Bewoners mijden elkaar", Phase.SPANNING),
            _option("discriminatie", "Discriminatie", Phase.SPANNING),
            _option("uitsluiting", "Uitsluiting van bewoners of groepen", Phase.SPANNING),
            _option("vernieling", "Vernieling", Phase.INCIDENTEN),
            _option("bedreiging", "Bedreiging of intimidatie", Phase.INCIDENTEN),
            _option("geweld", "Geweld", Phase.INCIDENTEN),
        ),
    ),
    Question(
        code=FREQUENCY,
        text="Hoe vaak komt dit voor?",
        help="Denk aan het afgelopen halfjaar.",
        multiple=False,
        required=True,
        options=(
            _option("eenmalig", "Eén keer"),
            _option("soms", "Af en toe, een paar keer per halfjaar"),
            _option("regelmatig", "Regelmatig, elke maand"),
            _option("vaak", "Vaak, elke week of vaker"),
        ),
    ),
    Question(
        code=LAST_SEEN,
        text="Wanneer gebeurde het voor het laatst?",
        help="Vooral van belang bij incidenten.",
        multiple=False,
        required=False,
        options=(
            _option("afgelopen_maand", "In de afgelopen maand"),
            _option("afgelopen_drie_maanden", "In de afgelopen drie maanden"),
            _option("langer_geleden", "Langer dan drie maanden geleden"),
        ),
    ),
    Question(
        code=REPORTED_BY,
        text="Wie meldt of ziet dit?",
        help="Hoe meer verschillende bronnen, hoe steviger de uitkomst.",
        multiple=True,
        required=True,
        options=(
            _option("bewoners_een_groep", "Bewoners uit één groep"),
            _option("bewoners_meerdere_groepen", "Bewoners uit verschillende groepen"),
            _option("wijkteam", "Wijkteam of maatschappelijk werk"),
            _option("opbouwwerk_jongerenwerk", "Opbouwwerk of jongerenwerk"),
            _option("corporatie", "Woningcorporatie of huismeester"),
            _option("wijkagent", "Wijkagent of politie"),
            _option("school", "School of kinderopvang"),
            _option("gemeente", "Gemeente"),
        ),
    ),
    Question(
        code=DIVIDING_LINES,
        text="Langs welke scheidslijnen speelt het?",
        help="Tussen welke groepen lopen de verschillen?",
        multiple=True,
        required=False,
        options=tuple(_option(str(code), label) for code, label in SCHEIDSLIJN_LABELS.items()),
    ),
    Question(
        code=LOCATIONS,
        text="Waar speelt het?",
        help="Kies alle plekken die van toepassing zijn.",
        multiple=True,
        required=False,
        options=(
            _option("straat_portiek", "In een straat of portiek"),
            _option("plein_speelplek", "Op een plein of speelplek"),
            _option("buurtcentrum", "In of bij het buurtcentrum"),
            _option("school", "Bij een school"),
            _option("winkels", "Bij winkels"),
            _option("online", "Online of in sociale media"),
            _option("hele_buurt", "In de hele buurt"),
        ),
    ),
)

#: reporters that are professionals or organisations, independent of the residents themselves
PROFESSIONAL_REPORTERS = frozenset(
    {"wijkteam", "opbouwwerk_jongerenwerk", "corporatie", "wijkagent", "school", "gemeente"}
)


def question(code: str) -> Question | None:
    """A question by code."""
    return next((item for item in QUESTIONS if item.code == code), None)


def questionnaire_definition() -> list[dict[str, Any]]:
    """The questionnaire as plain data (for the API and the page)."""
    return [
        {
            "code": item.code,
            "tekst": item.text,
            "toelichting": item.help,
            "meerdere_antwoorden": item.multiple,
            "verplicht": item.required,
            "antwoorden": [
                {"code": option.code, "label": option.label, "fase": option.phase}
                for option in item.options
            ],
        }
        for item in QUESTIONS
    ]
