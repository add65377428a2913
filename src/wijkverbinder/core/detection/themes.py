"""Themes for detection: confirmed themes as given, the rest suggested by the classifier.

When seeds (or a ready classifier) are given, a `ThemeClassifier` is built from the seeds, learns
from a deterministic sample of the input's confirmed themes (at most ``max_training``), and suggests
a theme for every signal without one; it abstains below its threshold. Signals left without a theme
go to new-topic discovery (`newtopics`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from wijkverbinder.core.classify import ThemeClassifier
from wijkverbinder.core.records import SignalRecord


@dataclass(frozen=True, slots=True)
class ThemeAssignment:
    """The theme used per signal, plus which were suggested and where the classifier abstained."""

    themes: list[str | None]
    suggested: dict[str, str]
    abstained: tuple[str, ...]
    classifier: ThemeClassifier | None


def prepare_classifier(
    records: Sequence[SignalRecord],
    seeds: Mapping[str, Sequence[str]] | None,
    classifier: ThemeClassifier | None,
    *,
    max_training: int,
    seed: int,
) -> ThemeClassifier | None:
    """The given classifier, or one built from ``seeds`` and the input's confirmed themes."""
    if classifier is not None or not seeds:
        return classifier
    built = ThemeClassifier(seeds, seed=seed)
    confirmed = [i for i, r in enumerate(records) if r.theme]
    if confirmed:
        rng = np.random.default_rng(seed)
        if len(confirmed) > max_training:
            picks = np.sort(rng.choice(len(confirmed), size=max_training, replace=False))
            confirmed = [confirmed[int(i)] for i in picks]
        built.learn([records[i].text for i in confirmed], [records[i].theme for i in confirmed])
    return built


def assign_themes(
    records: Sequence[SignalRecord], classifier: ThemeClassifier | None, batch: int = 20_000
) -> ThemeAssignment:
    """Confirmed themes kept; missing ones suggested by ``classifier`` when there is one."""
    themes: list[str | None] = [r.theme or None for r in records]
    missing = [i for i, theme in enumerate(themes) if theme is None]
    suggested: dict[str, str] = {}
    abstained: list[str] = []
    if classifier is None:
        return ThemeAssignment(themes, suggested, tuple(records[i].id for i in missing), None)
    for start in range(0, len(missing), batch):
        chunk = missing[start : start + batch]
        suggestions = classifier.suggest_many([records[i].text for i in chunk])
        for index, theme in zip(chunk, suggestions, strict=True):
            if theme is None:
                abstained.append(records[index].id)
            else:
                themes[index] = theme
                suggested[records[index].id] = theme
    return ThemeAssignment(themes, suggested, tuple(abstained), classifier)
