"""How sure the phase is: a level with a stated meaning and the reasons that built it.

Points: +1 several reporters, +1 a professional or organisation among them (independent of the
residents), +1 the signs come back monthly or more often, +1 two or more signs point to the phase,
+1 signals confirm the phase; −1 a single reporter, −1 the signals set the phase above the answers
(answers and signals disagree). Level: ≥ 3 hoog, 1–2 midden, ≤ 0 laag. Starting from concrete
observations rather than a vague feeling follows the KIS afwegingskader
(https://www.gemeente.nu/sociaal/spanning-of-polarisatie-hulpmiddel-helpt-bepalen/).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wijkverbinder.core.diagnosis.answers import DiagnosisAnswers
from wijkverbinder.core.diagnosis.questionnaire import PROFESSIONAL_REPORTERS
from wijkverbinder.core.diagnosis.rules import FREQUENT


class ConfidenceLevel(StrEnum):
    """Low, medium or high confidence."""

    LAAG = "laag"
    MIDDEN = "midden"
    HOOG = "hoog"


CONFIDENCE_MEANINGS: dict[ConfidenceLevel, str] = {
    ConfidenceLevel.HOOG: (
        "Meerdere, onafhankelijke waarnemingen bevestigen elkaar. U kunt op deze fase een aanpak "
        "kiezen; bepaal de fase opnieuw bij nieuwe incidenten of over drie maanden."
    ),
    ConfidenceLevel.MIDDEN: (
        "De fase is aannemelijk, maar rust op een beperkt aantal waarnemingen. Vraag partners als "
        "de wijkagent, de corporatie of het jongerenwerk wat zij zien."
    ),
    ConfidenceLevel.LAAG: (
        "Dit is een eerste inschatting op weinig of tegenstrijdige waarnemingen. Verzamel meer "
        "signalen voordat u een aanpak kiest."
    ),
}


@dataclass(frozen=True, kw_only=True)
class Confidence:
    """The confidence of a phase assessment."""

    level: ConfidenceLevel
    score: int
    meaning: str
    reasons: tuple[str, ...]


def assess_confidence(
    *,
    answers: DiagnosisAnswers,
    decisive_count: int,
    evidence_confirms: bool,
    raised_by_evidence: bool,
) -> Confidence:
    """Score the confidence of the outcome."""
    points: list[tuple[int, str]] = []
    if len(answers.reported_by) >= 2:
        points.append((1, "meerdere bronnen melden het"))
    else:
        points.append((-1, "maar één bron meldt het"))
    if PROFESSIONAL_REPORTERS & set(answers.reported_by):
        points.append((1, "een professional of organisatie ziet het ook"))
    if answers.frequency in FREQUENT:
        points.append((1, "het komt regelmatig terug"))
    if decisive_count >= 2:
        points.append((1, "meerdere waarnemingen wijzen op deze fase"))
    if evidence_confirms:
        points.append((1, "recente signalen bevestigen de fase"))
    if raised_by_evidence:
        points.append((-1, "de signalen wijzen op een hogere fase dan de antwoorden"))
    score = sum(value for value, _ in points)
    level = (
        ConfidenceLevel.HOOG
        if score >= 3
        else ConfidenceLevel.MIDDEN
        if score >= 1
        else ConfidenceLevel.LAAG
    )
    reasons = tuple(f"{'+' if value > 0 else '−'} {text}" for value, text in points)
    return Confidence(level=level, score=score, meaning=CONFIDENCE_MEANINGS[level], reasons=reasons)
