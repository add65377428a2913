"""Theme suggestion for signals: the core classifier, per team, learning from confirmed themes.

Day one it knows only the taxonomy's seed words; each theme a professional confirms is learned
(incremental linear model in `core.classify`). Below the confidence threshold it abstains and the
signal waits for a human, as Signalen does.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from django.db import transaction

from wijkverbinder.accounts.models import Team
from wijkverbinder.core.classify import ThemeClassifier
from wijkverbinder.core.taxonomy import Taxonomy, load_taxonomy
from wijkverbinder.intake.models import ThemeModel

_lock = threading.Lock()


@dataclass(frozen=True)
class Suggestion:
    """A theme suggestion: `theme` is None when the classifier abstains."""

    theme: str | None
    label: str
    best: str | None
    best_label: str
    confidence: float


@lru_cache(maxsize=1)
def seed_classifier_bytes() -> bytes:
    """The seed-only classifier, built once per process (deterministic)."""
    return ThemeClassifier(load_taxonomy().seeds()).to_bytes()


def classifier_for(team: Team) -> ThemeClassifier:
    """The team's classifier: its learned state, or the seed-only one."""
    state = ThemeModel.objects.filter(team=team).values_list("state", flat=True).first()
    return ThemeClassifier.from_bytes(bytes(state) if state else seed_classifier_bytes())


def _label(taxonomy: Taxonomy, code: str | None) -> str:
    if not code:
        return ""
    theme = taxonomy.get(code)
    return theme.label if theme is not None else code


def suggest_theme(*, team: Team, text: str) -> Suggestion:
    """Suggest a theme for a (redacted) text."""
    prediction = classifier_for(team).predict(text)
    taxonomy = load_taxonomy()
    return Suggestion(
        theme=prediction.theme,
        label=_label(taxonomy, prediction.theme),
        best=prediction.best,
        best_label=_label(taxonomy, prediction.best),
        confidence=round(prediction.confidence, 3),
    )


def learn_theme(*, team: Team, text: str, theme: str) -> None:
    """Learn one confirmed theme for the team's classifier."""
    with _lock, transaction.atomic():
        classifier = classifier_for(team)
        classifier.learn([text], [theme])
        ThemeModel.objects.update_or_create(team=team, defaults={"state": classifier.to_bytes()})
