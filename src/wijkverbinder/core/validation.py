"""Plausibility rules for everything people and files put in: one place, used by every path.

Forms, the API, CSV imports, services and commands call these functions, so a rule holds whichever
way the data comes in (issue 10: a signal dated 0001-01-01 skewed detection; an agreement of the
year 8856 was stored; a street name held a resident's name and phone number).

* Dates: a signal is observed between `EARLIEST_DATE` and today; a plan (agreement, check-in,
  meeting) lies between `EARLIEST_DATE` and `PLAN_YEARS_AHEAD` years from today; something that
  happened (a contact, a check-in held) lies between `EARLIEST_DATE` and today.
* Text: NUL and other control characters are refused everywhere (tab and line breaks only where a
  text may have several lines).
* Identifiers from other systems (`externId`, the `id` column of a file) look like identifiers: no
  spaces, no phone number, e-mail address, BSN or IBAN in them. A UUID (Signalen's `signal_uuid`,
  optionally with a source prefix) is accepted as it is: about 3 in 1,000 random UUIDs hold a
  digit run that passes the 11-proef or looks like a phone number.
* Street names from files are cut at the house number; what is left must look like a street name
  (its last word ends in a Dutch street word such as -straat, -laan, -weg), or it is not kept.

Each check returns a Dutch message, or `None` when the value is fine; `InputError` carries the message
where raising is handier. Plain Python: no Django.
"""

from __future__ import annotations

import re
from datetime import date

from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.redaction.patterns import find_bsns, find_emails, find_ibans, find_phones

EARLIEST_DATE = date(2000, 1, 1)
PLAN_YEARS_AHEAD = 3

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/#+-]{0,99}")
_UUID = re.compile(r"(?:[A-Za-z]+:)?[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_HOUSE_NUMBER_TAIL = re.compile(r"\s+\d+\s*[a-zA-Z]?(?:[\s,/-].*)?$")
_STREET_NAME = re.compile(r"(?:\d{1,2}e )?[^\W\d_][\w'’.\- ]{1,78}[^\W_]")
STREET_WORDS = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "hof", "pad", "steeg", "dijk",
    "dreef", "park", "gang", "wal", "markt", "baan", "erf", "veld", "burcht", "haven", "plantsoen",
    "boulevard", "allee", "hoek", "zijde", "oord", "kamp", "dam", "dal", "berg", "bosch", "bos",
    "weide", "akker", "brink", "werf", "ring", "poort", "rade", "lint", "tuin", "tuinen", "hoven",
    "kwartier", "promenade", "passage", "galerij", "polder", "vaart", "wetering", "sloot", "wijk",
    "heuvel", "rondeel", "carré", "square", "terras",
)  # fmt: skip


class InputError(ValueError):
    """A value people or a file gave that is not plausible; the message is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _latest_plan(today: date) -> date:
    try:
        return today.replace(year=today.year + PLAN_YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + PLAN_YEARS_AHEAD, day=28)


def signal_date_problem(value: date, *, today: date) -> str | None:
    """A signal is observed on or after 1 January 2000 and not after today."""
    if value < EARLIEST_DATE:
        return f"De datum ligt vóór {EARLIEST_DATE:%d-%m-%Y}; controleer het jaartal."
    if value > today:
        return "De datum ligt in de toekomst."
    return None


def event_date_problem(value: date, *, today: date) -> str | None:
    """Something that happened (a contact, a check-in held): from 2000 up to today."""
    return signal_date_problem(value, today=today)


def plan_date_problem(value: date, *, today: date) -> str | None:
    """A plan (agreement, check-in, meeting): from 2000 up to `PLAN_YEARS_AHEAD` years ahead."""
    if value < EARLIEST_DATE:
        return f"De datum ligt vóór {EARLIEST_DATE:%d-%m-%Y}; controleer het jaartal."
    latest = _latest_plan(today)
    if value > latest:
        return (
            f"De datum ligt meer dan {PLAN_YEARS_AHEAD} jaar vooruit (na {latest:%d-%m-%Y}); "
            "controleer het jaartal."
        )
    return None


def control_character_problem(text: str, *, multiline: bool = False) -> str | None:
    """NUL and other control characters are refused (tab and line breaks only in `multiline`)."""
    pattern = _CONTROL if multiline else _CONTROL_SINGLE_LINE
    if pattern.search(text):
        return "De tekst bevat een onzichtbaar stuurteken (zoals NUL); haal het weg."
    return None


def check_text(text: str, *, multiline: bool = False) -> str:
    """`text` unchanged, or `InputError` when it holds control characters."""
    problem = control_character_problem(text, multiline=multiline)
    if problem:
        raise InputError(problem)
    return text


def identifier_problem(value: str) -> str | None:
    """An identifier from another system: no spaces, no personal data such as a phone number."""
    if not value:
        return None
    if not _IDENTIFIER.fullmatch(value):
        return (
            "Een extern kenmerk bestaat uit letters, cijfers en . _ : / # + - "
            "(geen spaties, hoogstens 100 tekens)."
        )
    if _UUID.fullmatch(value):  # random by construction: its digit runs are no one's number
        return None
    if find_phones(value) or find_emails(value) or find_bsns(value) or find_ibans(value):
        return "Een extern kenmerk mag geen telefoonnummer, e-mailadres, BSN of IBAN bevatten."
    return None


def street_name_candidate(raw: str) -> str:
    """A street name from a file, with a house number and whatever follows it cut off."""
    folded = " ".join(raw.split())
    return _HOUSE_NUMBER_TAIL.sub("", folded).strip(" ,")


def looks_like_street_name(name: str) -> bool:
    """Letters (and . ' - and spaces), up to 80 characters, the last word a Dutch street word."""
    if not _STREET_NAME.fullmatch(name) or len(name.split()) > 6:
        return False
    last = name.rsplit(maxsplit=1)[-1].casefold().replace("’", "'")
    return last.endswith(STREET_WORDS)


def record_problems(record: SignalRecord, *, today: date) -> list[tuple[str, str]]:
    """Every problem of one signal from a file, as `(column, Dutch message)`."""
    problems: list[tuple[str, str]] = []
    date_problem = signal_date_problem(record.date, today=today)
    if date_problem:
        problems.append(("date", date_problem))
    if control_character_problem(record.text, multiline=True):
        problems.append(("text", "de tekst bevat een stuurteken (zoals NUL)"))
    single_line = {
        "id": record.id,
        "neighbourhood": record.neighbourhood,
        "street": record.street,
        "role": record.role,
        "household": record.household,
        "theme": record.theme,
        "source": record.source,
    }
    for column, value in single_line.items():
        if value and control_character_problem(value):
            problems.append((column, "de waarde bevat een stuurteken (zoals NUL)"))
    id_problem = identifier_problem(record.id) if record.id else None
    if id_problem and not any(column == "id" for column, _ in problems):
        problems.append(("id", id_problem))
    return problems
