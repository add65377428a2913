"""Rule-based detectors for structured personal data in Dutch text.

Each detector takes the text and returns `Span`s. Rules (our own, from the public formats):
- e-mail: local part `@` domain with a dot;
- IBAN: country + 2 check digits + BBAN, spaces allowed; valid by ISO 13616 mod-97, or any
  Dutch-shaped `NL99AAAA9999999999` (a typo is still personal data);
- BSN: 9 digits (also grouped with dots/spaces) that pass the 11-proef, or any 8/9-digit number
  right after "BSN"/"burgerservicenummer";
- telephone: +31/0031/0 forms with spaces, dashes, dots and `(0)`; 9 national digits;
- postcode: `1234 AB` / `1234AB` (4 digits, first not 0, two letters; no SA/SD/SS);
- address: street ending in a street word (+ optional prefixes) followed by a house number and
  an optional toevoeging (`12a`, `4-A`, `23 bis`, `7 III`, `45-1`);
- date of birth: a full date after a birth cue ("geboren", "geb.", …), or a full date whose
  year lies `OLD_DATE_YEARS` or more in the past (in these notes such a date is nearly always a
  date of birth; recent dates of visits and incidents stay readable); month + year only after
  a birth cue.
"""

from __future__ import annotations

import re
from datetime import date

from wijkverbinder.core.redaction.spans import Span, Tag
from wijkverbinder.core.redaction.wordlists import BIRTH_CUES, STREET_PREFIXES, STREET_SUFFIXES

OLD_DATE_YEARS = 12

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_IBAN = re.compile(
    r"(?i)(?<![\w])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![\w])"
)
_NL_IBAN = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
_BSN = re.compile(
    r"(?<![\d.,])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})"
    r"(?![\d]|[.,]\d)"
)
_BSN_CONTEXT = re.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\b[^\d\n]{0,25}(\d[\d. ]{6,10}\d)"
)
_PHONE = re.compile(r"(?<![\w@/])(?:\+31|0031|\(0|0)[\d\s().\-–]{7,20}\d(?!\d)")
_DATE_LIKE = re.compile(r"(0?[1-9]|[12]\d|3[01])[-/.](0?[1-9]|1[0-2])[-/.](19|20)\d\d(?!\d)")
_POSTCODE = re.compile(r"(?<![\w-])([1-9]\d{3}) ?(?!SA|SD|SS)([A-Z]{2})(?![\w-])")
_POSTCODE_CUE = re.compile(r"(?i)\bpostcode:? ?([1-9]\d{3} ?[a-z]{2})(?![\w-])")
_STREET_WORD = rf"[A-ZÀ-Þ][\w'’.-]*(?:{'|'.join(STREET_SUFFIXES)})"
_PREFIX_WORD = r"(?:[\w'.’]+|\d{1,2}e)"
_TOEVOEGING = (
    r"(?:-?[A-Za-z](?![\w])|-\d{1,4}(?![\w])"
    r"|[ -](?:bis|hs|huis|zw|I{1,3}|IV|[A-Z])(?![\w]))?"
)
_ADDRESS = re.compile(
    rf"(?P<lead>(?:{_PREFIX_WORD} ){{0,3}})(?P<street>{_STREET_WORD}) (?:nr\.? ?)?\d{{1,5}}(?!\d|[.,:]\d){_TOEVOEGING}"
)
_TOEVOEGING_AFTER = re.compile(_TOEVOEGING)
_ORDINAL = re.compile(r"\d{1,2}e")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATES = (
    re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(\d{4})(?![\d])"),
    re.compile(r"(?<![\d.])(\d{4})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d])"),
    re.compile(rf"(?i)(?<![\d.])(?:0?[1-9]|[12]\d|3[01]) (?:{_MONTHS})\.? (\d{{4}}|'\d\d)(?!\d)"),
)
_CLAUSE_END = re.compile(r"[;,!?\n]|(?<!geb)\.\s")
_MONTH_YEAR = re.compile(rf"(?i)(?<![\w])(?:{_MONTHS})\.? (\d{{4}})(?!\d)")


def find_emails(text: str) -> list[Span]:
    """E-mail addresses."""
    return [Span(m.start(), m.end(), Tag.EMAIL) for m in _EMAIL.finditer(text)]


def _iban_valid(compact: str) -> bool:
    if _NL_IBAN.fullmatch(compact):
        return True
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def find_ibans(text: str) -> list[Span]:
    """IBANs (checksum-valid, or Dutch-shaped)."""
    spans = []
    for match in _IBAN.finditer(text):
        if _iban_valid(match.group(1).replace(" ", "").upper()):
            spans.append(Span(match.start(1), match.end(1), Tag.IBAN))
    return spans


def elfproef(digits: str) -> bool:
    """The BSN 11-proef on a string of 9 digits."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(char) * weight for char, weight in zip(digits, weights, strict=True))
    return total % 11 == 0 and digits != "000000000"


def find_bsns(text: str) -> list[Span]:
    """BSN-like numbers: 11-proef, or any 8-9 digits introduced by a BSN cue."""
    spans = []
    for match in _BSN.finditer(text):
        if elfproef(re.sub(r"\D", "", match.group(1))):
            spans.append(Span(match.start(1), match.end(1), Tag.BSN))
    for match in _BSN_CONTEXT.finditer(text):
        if len(re.sub(r"\D", "", match.group(1))) in (8, 9):
            spans.append(Span(match.start(1), match.end(1), Tag.BSN))
    return spans


def _phone_valid(candidate: str) -> bool:
    if _DATE_LIKE.match(candidate):
        return False
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith(("+31", "0031")):
        national = digits[2:] if candidate.startswith("+") else digits[4:]
        if national.startswith("0"):  # the "(0)" of "+31 (0)6 …"
            national = national[1:]
        return len(national) == 9 and national[0] != "0"
    return len(digits) == 10 and digits[0] == "0" and digits[1] != "0"


def find_phones(text: str) -> list[Span]:
    """Dutch telephone numbers; a candidate that runs into other digits is shortened."""
    spans = []
    for match in _PHONE.finditer(text):
        candidate, start = match.group(0), match.start()
        if candidate.startswith("(") and ")" not in candidate:  # "(06-1234…" inside brackets
            candidate, start = candidate[1:], start + 1
        while candidate:
            if _phone_valid(candidate):
                spans.append(Span(start, start + len(candidate), Tag.TELEFOON))
                break
            cut = max(candidate.rfind(sep) for sep in " -–.")
            candidate = candidate[:cut].rstrip(" -–.(") if cut > 0 else ""
    return spans


def find_postcodes(text: str) -> list[Span]:
    """Dutch postcodes in capitals (`1234 AB`, `1234AB`), any case right after "postcode"."""
    spans = [Span(m.start(), m.end(), Tag.POSTCODE) for m in _POSTCODE.finditer(text)]
    spans += [Span(m.start(1), m.end(1), Tag.POSTCODE) for m in _POSTCODE_CUE.finditer(text)]
    return spans


def _continues_address(word: str) -> bool:
    return (
        word.lower() in STREET_PREFIXES
        or word[:1].isupper()
        or _ORDINAL.fullmatch(word) is not None
    )


def _starts_address(word: str) -> bool:
    if _ORDINAL.fullmatch(word):
        return True
    return word[:1].isupper() and word.lower() in STREET_PREFIXES


def _lead_length(lead: str) -> int:
    """Characters of `lead` (words before the street word) that belong to the address."""
    words = lead.split()
    first = len(words)
    while first > 0 and _continues_address(words[first - 1]):
        first -= 1
    while first < len(words) and not _starts_address(words[first]):
        first += 1
    return sum(len(word) + 1 for word in words[first:])


def find_addresses(text: str) -> list[Span]:
    """Street name with a house number; leading words count only when they are street prefixes.

    So "Burgemeester de Withstraat 23" is whole, while "Huisbezoek Kerkstraat 12" and "bewoner
    van Lindenlaan 27" lose their leading words.
    """
    spans = []
    for match in _ADDRESS.finditer(text):
        start = match.start("street") - _lead_length(match.group("lead"))
        spans.append(Span(start, match.end(), Tag.ADRES))
    return spans


def extend_toevoeging(text: str, span: Span) -> Span:
    """Widen an address span that stops at the house number to include `-A`, ` bis`, …"""
    match = _TOEVOEGING_AFTER.match(text, span.end)
    return Span(span.start, match.end(), span.tag) if match and match.end() > span.end else span


def _has_birth_cue(text: str, start: int) -> bool:
    """A birth cue in the same clause, at most 30 characters before the date."""
    before = _CLAUSE_END.split(text[max(0, start - 30) : start].lower())[-1]
    return any(cue in before for cue in BIRTH_CUES)


def _full_year(year_text: str, this_year: int) -> int:
    if not year_text.startswith("'"):
        return int(year_text)
    short = int(year_text[1:])
    return 2000 + short if 2000 + short <= this_year else 1900 + short


def find_birth_dates(text: str, *, today: date | None = None) -> list[Span]:
    """Full dates that are dates of birth by cue or by age (see module docstring)."""
    this_year = (today or date.today()).year
    spans = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            year = _full_year(match.group(match.lastindex or 0), this_year)
            if _has_birth_cue(text, match.start()) or year <= this_year - OLD_DATE_YEARS:
                spans.append(Span(match.start(), match.end(), Tag.GEBOORTEDATUM))
    # month and year only ("geboren in maart 1944") count after a birth cue
    for match in _MONTH_YEAR.finditer(text):
        if _has_birth_cue(text, match.start()):
            spans.append(Span(match.start(), match.end(), Tag.GEBOORTEDATUM))
    return spans


_DIGIT = re.compile(r"\d")
#: what a street address needs at the least: a street word's ending, a space, (nr.) and a digit
_ADDRESS_HINT = re.compile(rf"(?:{'|'.join(STREET_SUFFIXES)}) (?:nr\.? ?)?\d")
#: what a date of birth needs at the least: a four-digit year, or `'50` after a month
_YEAR_HINT = re.compile(r"\d{4}|'\d\d")
#: a BSN has 9 digits (8 or 9 after a cue), a phone number 9 or 10
_FEWEST_DIGITS_BSN, _FEWEST_DIGITS_PHONE = 8, 9


def find_structured(text: str) -> list[Span]:
    """All rule-based detectors except names, each run only on a text that can hold what it looks
    for (same spans, a fraction of the time; a property test compares it with `all_structured`).

    Every detector but the e-mail one needs a digit, so a text without digits is only searched for
    e-mail addresses, and only when it holds an "@"; a BSN needs at least 8 digits, a phone number
    9; an address a street word's ending followed by a house number; a date of birth a year.
    """
    if not _DIGIT.search(text):
        return find_emails(text) if "@" in text else []
    digits = len(_DIGIT.findall(text))
    spans = find_emails(text) if "@" in text else []
    spans += find_ibans(text)
    if digits >= _FEWEST_DIGITS_BSN:
        spans += find_bsns(text)
    if digits >= _FEWEST_DIGITS_PHONE:
        spans += find_phones(text)
    spans += find_postcodes(text)
    if _ADDRESS_HINT.search(text):
        spans += find_addresses(text)
    if _YEAR_HINT.search(text):
        spans += find_birth_dates(text)
    return spans


def all_structured(text: str) -> list[Span]:
    """Every rule-based detector except names, without the short cuts of `find_structured`."""
    return [
        *find_emails(text),
        *find_ibans(text),
        *find_bsns(text),
        *find_phones(text),
        *find_postcodes(text),
        *find_addresses(text),
        *find_birth_dates(text),
    ]
