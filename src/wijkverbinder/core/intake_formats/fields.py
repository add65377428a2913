"""Field checks shared by the intake parsers; each raises `FieldError` with a Dutch reason.

Rules: dates ISO 8601 (`2024-03-05`, also with a time and zone) or Dutch `d-m-jjjj` (also `/` and
`.`, also with a time `10:41` or `10:41:42`, as Dutch Excel writes them), not before `MIN_YEAR` and
not in the future; a time with a zone counts in Dutch local time (23:30 UTC on 2 December is
3 December); coordinates WGS84 inside the Netherlands' bounding box (`NL_BBOX`, land and
territorial waters, Caribbean Netherlands excluded); CBS buurt code `BU` + 8 letters or digits (the
parsers do not know which codes exist); text 1–`limit` characters (the app passes the setting
`SIGNAL_TEXT_MAX`); roles and sources as code or as the Dutch (or English) word the UI shows.
"""

from __future__ import annotations

import difflib
import math
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from wijkverbinder.core.intake_formats.types import DEFAULT_TEXT_MAX
from wijkverbinder.core.vocabulary import ROLE_LABELS, SOURCE_LABELS, Role, Source

MAX_ID = 100
MAX_STREET = 200
MAX_HOUSEHOLD = 128
MIN_YEAR = 1990
#: (min_lat, min_lon, max_lat, max_lon)
NL_BBOX = (50.70, 3.20, 53.70, 7.30)
_BUURT = re.compile(r"BU[0-9A-Za-z]{8}")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
LOCAL_TIME = ZoneInfo("Europe/Amsterdam")
#: date styles a parser may report: ISO 8601 or Dutch day-month-year
ISO, DUTCH = "iso", "nl"


class FieldError(ValueError):
    """A value that does not pass its check; the message is the Dutch reason."""


def parse_date(value: str, *, today: date | None = None) -> date:
    """ISO or d-m-jjjj (with or without a time); see the module docstring."""
    return parse_date_styled(value, today=today)[0]


def parse_date_styled(value: str, *, today: date | None = None) -> tuple[date, str]:
    """The date and its style (`ISO` or `DUTCH`), so a parser can report what it saw."""
    value = value.strip()
    if not value:
        raise FieldError("datum ontbreekt")
    parsed = _parse_date_text(value)
    if parsed is None:
        raise FieldError(_bad_date(value))
    when, style = parsed
    if when.year < MIN_YEAR:
        raise FieldError(f"datum {when.isoformat()} ligt voor {MIN_YEAR}")
    if when > (today or date.today()):
        raise FieldError(f"datum {when.isoformat()} ligt in de toekomst")
    return when, style


def _bad_date(value: str) -> str:
    match = _DMY.match(value)
    if match and int(match.group(1)) <= 12 < int(match.group(2)) <= 31:
        return (
            f"ongeldige datum {value[:30]!r}: dit lijkt maand-dag-jaar (Amerikaans); "
            "gebruik dd-mm-jjjj of jjjj-mm-dd"
        )
    return f"ongeldige datum {value[:30]!r}: gebruik jjjj-mm-dd of dd-mm-jjjj"


def _parse_date_text(value: str) -> tuple[date, str] | None:
    match = _DMY.fullmatch(value)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups()[:3])
            if match.group(4) is not None and int(match.group(4)) > 23:
                return None
            return date(year, month, day), DUTCH
        if len(value) == 10:
            return date.fromisoformat(value), ISO
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(LOCAL_TIME)
    return moment.date(), ISO


def parse_text(value: str, *, limit: int = DEFAULT_TEXT_MAX) -> str:
    """Non-empty free text of at most `limit` characters (surrounding space removed)."""
    text = value.strip()
    if not text:
        raise FieldError("tekst ontbreekt")
    if len(text) > limit:
        raise FieldError(
            f"tekst is {len(text)} tekens, het maximum is {limit} (instelling SIGNAL_TEXT_MAX)"
        )
    return text


def parse_optional(value: str | None, *, limit: int, what: str) -> str | None:
    """An optional string of at most `limit` characters; empty becomes None."""
    text = (value or "").strip()
    if len(text) > limit:
        raise FieldError(f"{what} is langer dan {limit} tekens")
    return text or None


def parse_neighbourhood(value: str | None) -> str | None:
    """An optional CBS buurt code (shape only)."""
    code = (value or "").strip()
    if code and not _BUURT.fullmatch(code):
        raise FieldError(f"ongeldige buurtcode {code[:20]!r}: verwacht BU gevolgd door 8 tekens")
    return code.upper() if code else None


def parse_neighbourhood_or_none(value: str | None) -> str | None:
    """A CBS buurt code when `value` is one, else None (for foreign area codes)."""
    code = (value or "").strip()
    return code.upper() if _BUURT.fullmatch(code) else None


def parse_coordinate(value: str, *, what: str) -> float:
    """A decimal number (point or comma as decimal sign)."""
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise FieldError(f"{what} is geen getal: {value[:30]!r}") from None
    if not math.isfinite(number):
        raise FieldError(f"{what} is geen getal")
    return number


def check_latitude(lat: float) -> None:
    """Raise when the latitude lies outside the Netherlands' bounding box."""
    min_lat, _, max_lat, _ = NL_BBOX
    if not min_lat <= lat <= max_lat:
        raise FieldError(f"breedtegraad {lat} ligt buiten Nederland ({min_lat}–{max_lat})")


def check_longitude(lon: float) -> None:
    """Raise when the longitude lies outside the Netherlands' bounding box."""
    _, min_lon, _, max_lon = NL_BBOX
    if not min_lon <= lon <= max_lon:
        raise FieldError(f"lengtegraad {lon} ligt buiten Nederland ({min_lon}–{max_lon})")


def parse_choice(value: str | None, *, allowed: frozenset[str], what: str) -> str | None:
    """An optional value out of a closed list."""
    text = (value or "").strip()
    if text and text not in allowed:
        if len(allowed) <= 10:
            hint = f"toegestaan: {', '.join(sorted(allowed))}"
        else:
            # a long list (the themes' codes): the likely ones first, the rest in the docs
            near = _near(text, allowed)
            hint = f"bedoelt u {' of '.join(map(repr, near))}? " if near else ""
            hint += "alle codes staan in docs/themes.md"
        raise FieldError(f"onbekende waarde {text[:40]!r} voor {what}; {hint}")
    return text or None


def _near(text: str, allowed: frozenset[str]) -> list[str]:
    """Up to three codes a person probably meant: 'geluid' for 'overlast.geluid', or typos."""
    wanted = text.lower()
    by_last_part = sorted(code for code in allowed if code.rsplit(".", 1)[-1] == wanted)
    similar = difflib.get_close_matches(wanted, sorted(allowed), n=3, cutoff=0.75)
    return list(dict.fromkeys([*by_last_part, *similar]))[:3]


def _key(text: str) -> str:
    return " ".join(text.replace("-", " ").replace("_", " ").split()).lower()


def _words(labels: dict[Role, str] | dict[Source, str], extra: dict[str, str]) -> dict[str, str]:
    words = {member.value: member.value for member in labels}
    words |= {label: member.value for member, label in labels.items()}
    return {_key(word): code for word, code in (words | extra).items()}


#: Role words accepted in files: the code, the Dutch label the UI shows, and common variants.
ROLE_WORDS = _words(
    ROLE_LABELS,
    {
        "veroorzaakt last": Role.CAUSING.value,
        "veroorzaker": Role.CAUSING.value,
        "vraagt hulp": Role.ASKING_HELP.value,
        "vraagt om hulp": Role.ASKING_HELP.value,
        "experiences nuisance": Role.AFFECTED.value,
        "causes nuisance": Role.CAUSING.value,
        "asks for help": Role.ASKING_HELP.value,
    },
)
#: Source words accepted in files: the code, the Dutch label the UI shows, and English labels.
SOURCE_WORDS = _words(
    SOURCE_LABELS,
    {
        "home visit": Source.HUISBEZOEK.value,
        "consultation hour": Source.SPREEKUUR.value,
        "telephone": Source.TELEFOON.value,
        "public-space report": Source.MELDING_OPENBARE_RUIMTE.value,
        "police": Source.POLITIE.value,
        "housing association": Source.CORPORATIE.value,
        "woningcorporatie": Source.CORPORATIE.value,
        "other": Source.OVERIG.value,
    },
)


def _hint(labels: dict[Role, str] | dict[Source, str]) -> str:
    return ", ".join(f"{label} ({member.value})" for member, label in labels.items())


ROLE_HINT = _hint(ROLE_LABELS | {Role.CAUSING: "veroorzaakt last"})
SOURCE_HINT = _hint(SOURCE_LABELS)


def parse_word(value: str | None, *, words: dict[str, str], what: str, hint: str) -> str | None:
    """An optional value given as code or word (case, hyphens and extra spaces ignored)."""
    text = _key(value or "")
    if not text:
        return None
    found = words.get(text)
    if found is None:
        raise FieldError(f"onbekende waarde {text[:40]!r} voor {what}; toegestaan: {hint}")
    return found


def street_from_address(address: str | None) -> str | None:
    """The street name of an address text, without house number, postcode or place."""
    text = (address or "").split(",")[0].strip()
    street = re.split(r"\s\d", text, maxsplit=1)[0].strip()
    return street[:MAX_STREET] or None
