"""Turn a chosen cluster into a `CollectiveQuestionResult` a professional can read.

Keywords: content words ranked by how often they occur in the cluster's texts times their inverse
document frequency in a sample of the run's texts (TF-IDF style), grouped by Snowball stem and shown in
their most frequent written form; street names are left out. Examples: the texts closest to the
cluster's centroid in the hashed feature space. Trend: households whose first report falls in the
second half of the period against the first half.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from wijkverbinder.core.detection.frame import SignalFrame
from wijkverbinder.core.detection.matters import Matter
from wijkverbinder.core.detection.results import (
    CollectiveQuestionResult,
    PlaceLevel,
    Trend,
    question_id,
)
from wijkverbinder.core.detection.series import ALL_SIGNALS, SeriesTable
from wijkverbinder.core.detection.words import PREFIX as WORD_PREFIX
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.text import content_tokens, featurise, stem

_SIDES = ("affected", "causing")
_SAMPLE = 60
#: Theme of a matter none of whose signals has a theme (the taxonomy's catch-all leaf).
_UNTHEMED = "overig"


class KeywordModel:
    """Document frequencies of stems in a sample of texts, for TF-IDF keyword ranking."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.size = len(texts)
        self.frequency: Counter[str] = Counter()
        for text in texts:
            self.frequency.update({stem(word) for word in content_tokens(text)})

    def keywords(self, texts: Sequence[str], exclude: set[str], limit: int) -> tuple[str, ...]:
        """The ``limit`` most characteristic words of ``texts``."""
        counts: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = {}
        for text in texts:
            words = {w for w in content_tokens(text) if len(w) > 2 and w not in exclude}
            for word in words:
                key = stem(word)
                counts[key] += 1
                forms.setdefault(key, Counter())[word] += 1
        scored = sorted(
            counts.items(),
            key=lambda kv: (
                -kv[1] * math.log((self.size + 1) / (self.frequency[kv[0]] + 1)),
                kv[0],
            ),
        )
        return tuple(_shown_form(forms[key]) for key, _ in scored[:limit])


def _shown_form(forms: Counter[str]) -> str:
    """The written form of a stem to show: the most frequent, on a tie the shortest, then the first
    in the alphabet ("werkt" before "gewerkt"). Never the order in which a set happened to give the
    words, which changes with Python's hash seed between runs."""
    return min(forms.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]


def _sample(records: list[SignalRecord]) -> list[SignalRecord]:
    if len(records) <= _SAMPLE:
        return records
    step = len(records) / _SAMPLE
    return [records[int(i * step)] for i in range(_SAMPLE)]


def _examples(texts: list[str], limit: int) -> tuple[str, ...]:
    unique = list(dict.fromkeys(texts))
    if len(unique) <= limit:
        return tuple(unique)
    matrix = featurise(unique)
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    similarity = matrix @ centroid
    order = np.argsort(-similarity, kind="stable")[:limit]
    return tuple(unique[int(i)] for i in order)


def _trend(records: list[SignalRecord]) -> Trend:
    first_report: dict[str, int] = {}
    for record in records:
        household = record.household or record.id
        day = record.date.toordinal()
        first_report[household] = min(day, first_report.get(household, day))
    days = sorted(first_report.values())
    middle = (days[0] + days[-1]) / 2
    early = sum(1 for d in days if d <= middle)
    late = len(days) - early
    if late > 1.5 * early and late - early >= 2:
        return Trend.RISING
    if early > 1.5 * late and early - late >= 2:
        return Trend.FALLING
    return Trend.STABLE


def describe(
    matter: Matter,
    frame: SignalFrame,
    table: SeriesTable,
    *,
    windows_tested: int,
    keyword_model: KeywordModel,
    limits: tuple[int, int],
) -> CollectiveQuestionResult:
    """The result for one matter; ``limits`` is (keywords, examples)."""
    cluster = matter.best
    records = sorted((frame.records[int(r)] for r in matter.rows), key=lambda r: (r.date, r.id))
    theme = frame.themes.names[int(table.theme[cluster.series])]
    if matter.themes:
        theme = matter.themes[0]
    elif theme == ALL_SIGNALS or theme.startswith(WORD_PREFIX):
        theme = _UNTHEMED
    buurt = frame.buurten.names[int(table.buurt[cluster.series])] or None
    place = int(table.place[cluster.series])
    place_key = frame.places.names[place] if place >= 0 else f"{buurt or ''}|buurt"
    level = PlaceLevel.NEIGHBOURHOOD
    if place >= 0:
        level = PlaceLevel.STREET if "|s|" in place_key else PlaceLevel.AREA
    streets = Counter(r.street.strip() for r in records if r.street and r.street.strip())
    street_names = tuple(name for name, _ in streets.most_common())
    roles = Counter(r.role for r in records if r.role)
    sample = _sample(records)
    exclude = {word for name in street_names for word in content_tokens(name)}
    return CollectiveQuestionResult(
        id=question_id(theme, place_key, records[0].id),
        theme=theme,
        signal_ids=tuple(r.id for r in records),
        households=matter.households,
        neighbourhood=buurt,
        street=street_names[0] if level is PlaceLevel.STREET and street_names else None,
        start=records[0].date,
        end=records[-1].date,
        score=-(cluster.log10_p + math.log10(max(windows_tested, 1))),
        p_value=10.0**cluster.log10_p,
        expected=cluster.expected,
        level=level,
        streets=street_names,
        keywords=keyword_model.keywords([r.text for r in sample], exclude, limits[0]),
        examples=_examples([r.text for r in sample], limits[1]),
        trend=_trend(records),
        sides=tuple(side for side in _SIDES if roles.get(side)),
        role_counts=tuple(sorted(roles.items())),
        new_topic=theme.startswith("nieuw:"),
        themes=matter.themes or (theme,),
    )
