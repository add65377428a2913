"""The rows of an import on their way to the database: keys, what is new, redacted text, themes,
streets, and the column values `bulk.insert_signals` takes.

A row's external id is its key (`id`, `signal_uuid`, `service_request_id`) or, without one, a digest
of its content. A row whose melding is stored already (by that key or by its Signalen number,
`import_match`) adds no signal; it goes on only when it can fill in the stored one (`candidates`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.core import validation
from wijkverbinder.core.intake_formats import ParsedSignal
from wijkverbinder.core.pseudonym import household_pseudonym
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.intake.import_match import enrichment, needs_text, number_of, stored_matches
from wijkverbinder.intake.locating import TeamAreas
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.services import pseudonym_secret
from wijkverbinder.intake.themes import classifier_for


def external_id(record: SignalRecord) -> str:
    if record.id:
        return record.id[:100]
    content = "|".join(
        str(v)
        for v in (
            record.date,
            record.text,
            record.neighbourhood,
            record.street,
            record.lat,
            record.lon,
            record.household,
        )
    )
    return "sha256:" + hashlib.sha256(content.encode()).hexdigest()[:40]


@dataclass(frozen=True)
class Candidate:
    """A row that may add a signal or fill in a stored one; `redact`: its text is needed."""

    row: ParsedSignal
    key: str
    redact: bool
    known: bool


def candidates(rows: list[ParsedSignal], team: Team) -> tuple[list[Candidate], int]:
    """The rows that are new or may fill in a stored signal of the same melding
    (`import_match`), and how many rows add nothing (already stored and nothing to fill in)."""
    keyed = [(row, external_id(row.record)) for row in rows]
    matches = stored_matches(
        team, [key for _, key in keyed], [number_of(row, key) for row, key in keyed]
    )
    out, seen = [], set()
    for row, key in keyed:
        if key in seen:
            continue
        seen.add(key)
        stored = matches.find(key, number_of(row, key))
        if stored is None:
            out.append(Candidate(row, key, redact=True, known=False))
            continue
        text = needs_text(stored, row)
        number = number_of(row, key)
        free = bool(number) and number not in matches.by_number
        if enrichment(stored, row, key, text="" if text else None, number_free=free):
            out.append(Candidate(row, key, redact=text, known=True))
    return out, len(keyed) - len(out)


class Streets:
    """Street lookup per buurt with get-or-create, one query per new street."""

    def __init__(self, buurten: list[Neighbourhood]) -> None:
        self._known = {
            (s.neighbourhood_id, s.name.lower()): s
            for s in Street.objects.filter(neighbourhood__in=buurten)
        }

    def get(self, buurt: Neighbourhood, name: str | None) -> Street | None:
        """A known street by name; a new one only when, cut at the house number, the name looks
        like a street name (a file's street column may hold a name or phone number too)."""
        folded = " ".join((name or "").split())[:120]
        if not folded:
            return None
        known = self._known.get((buurt.pk, folded.lower()))
        if known is not None:
            return known
        clean = validation.street_name_candidate(folded)
        key = (buurt.pk, clean.lower())
        if key not in self._known:
            if not validation.looks_like_street_name(clean):
                return None
            self._known[key] = Street.objects.get_or_create(neighbourhood=buurt, name=clean)[0]
        return self._known[key]


@dataclass(frozen=True)
class Prepared:
    """A new signal ready to store: everything except its street (made in the transaction)."""

    row: ParsedSignal
    buurt: Neighbourhood
    key: str
    text: str
    theme: str
    origin: str
    confidence: float | None


def prepare(
    fresh: list[tuple[ParsedSignal, str]], texts: list[str], team: Team, areas: TeamAreas
) -> list[Prepared]:
    """Buurt, redacted text and theme (suggested where the file has none) for every new row."""
    guesses = iter(
        classifier_for(team).predict_many(
            [t for (row, _), t in zip(fresh, texts, strict=True) if not row.record.theme]
        )
    )
    out = []
    for (row, key), text in zip(fresh, texts, strict=True):
        theme, confidence = row.record.theme or "", None
        origin: str = Signal.ThemeOrigin.IMPORTED
        if not row.record.theme:
            guess = next(guesses)
            theme, confidence = guess.theme or "", round(guess.confidence, 3)
            origin = Signal.ThemeOrigin.SUGGESTED if guess.theme else ""
        buurt = areas.by_code[row.record.neighbourhood or ""]
        out.append(Prepared(row, buurt, key, text, theme, origin, confidence))
    return out


def signal_rows(
    prepared: list[Prepared], team: Team, user: User, streets: Streets
) -> Iterator[dict[str, Any]]:
    """The column values of each new signal, one at a time: a large import never holds all its
    rows as dicts at once."""
    secret = pseudonym_secret()
    for item in prepared:
        record = item.row.record
        street = streets.get(item.buurt, record.street)
        yield (
            {
                "team_id": team.pk,
                "observed_on": record.date,
                "neighbourhood_id": item.buurt.pk,
                "street_id": street.pk if street else None,
                "lat": record.lat,
                "lon": record.lon,
                "text": item.text,
                "role": record.role or "",
                "source": record.source or "",
                "theme": item.theme,
                "theme_origin": item.origin,
                "theme_confidence": item.confidence,
                "household": household_pseudonym(record.household, secret=secret)
                if record.household
                else "",
                "external_id": item.key,
                "signalen_number": number_of(item.row, item.key) or "",
                "created_by_id": user.pk,
            }
        )
