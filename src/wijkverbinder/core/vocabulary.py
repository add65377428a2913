"""Closed vocabularies shared by core and the apps (see docs/glossary.md).

The code values are English (or Dutch terms of art); the Dutch labels are what the UI shows.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """The position of the resident in a signal."""

    AFFECTED = "affected"
    CAUSING = "causing"
    INVOLVED = "involved"
    ASKING_HELP = "asking_help"


ROLE_LABELS: dict[Role, str] = {
    Role.AFFECTED: "ervaart last",
    Role.CAUSING: "veroorzaakt",
    Role.INVOLVED: "betrokken",
    Role.ASKING_HELP: "hulpvraag",
}


class Source(StrEnum):
    """Where a signal came from."""

    HUISBEZOEK = "huisbezoek"
    SPREEKUUR = "spreekuur"
    TELEFOON = "telefoon"
    MELDING_OPENBARE_RUIMTE = "melding_openbare_ruimte"
    POLITIE = "politie"
    CORPORATIE = "corporatie"
    SCHOOL = "school"
    OVERIG = "overig"


SOURCE_LABELS: dict[Source, str] = {
    Source.HUISBEZOEK: "huisbezoek",
    Source.SPREEKUUR: "spreekuur",
    Source.TELEFOON: "telefoon",
    Source.MELDING_OPENBARE_RUIMTE: "melding openbare ruimte",
    Source.POLITIE: "politie",
    Source.CORPORATIE: "corporatie",
    Source.SCHOOL: "school",
    Source.OVERIG: "overig",
}


class Phase(StrEnum):
    """The Wijkverbinder's four situations of a neighbourhood, from calm to incidents."""

    RUST = "rust"
    ONGEMAK = "ongemak"
    SPANNING = "spanning"
    INCIDENTEN = "incidenten"

    @property
    def rank(self) -> int:
        """1 (rust) to 4 (incidenten)."""
        return list(Phase).index(self) + 1


def normalise_postcode(value: str) -> str | None:
    """`1234 ab` → `1234AB`; None when it is not a Dutch postcode."""
    compact = "".join(value.split()).upper()
    if (
        len(compact) == 6
        and compact.isascii()
        and compact[:4].isdigit()
        and compact[0] != "0"
        and compact[4:].isalpha()
    ):
        return compact
    return None


def split_house_number(value: str) -> tuple[int, str] | None:
    """`12`, `12a`, `12-A`, `12 bis` → (12, "A"/"BIS"); None when there is no leading number."""
    text = value.strip().upper()
    digits = ""
    for char in text:
        if char not in "0123456789":  # not `isdigit()`: "²" is a digit to Python but no number
            break
        digits += char
    if not digits or int(digits) == 0 or len(digits) > 5:
        return None
    addition = "".join(c for c in text[len(digits) :] if c.isascii() and c.isalnum())
    return int(digits), addition[:10]
