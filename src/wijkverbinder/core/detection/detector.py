"""Batch and incremental detection of collective questions (method: see the package docstring).

`IncrementalDetector` runs the whole pipeline once on construction (themes → new topics → series
and baselines → window scan → greedy selection → description) and keeps its state. `add` places one
new signal and redoes only its buurt (every theme and the all-signals series), reusing the same
functions: the baselines of other buurten are not refreshed until the next batch run. `detect` is the one-shot batch form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext

import numpy as np

from wijkverbinder.core.classify import ThemeClassifier
from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.describe import KeywordModel, describe
from wijkverbinder.core.detection.frame import IntArray, SignalFrame
from wijkverbinder.core.detection.matters import merge_clusters
from wijkverbinder.core.detection.newtopics import NewTopics
from wijkverbinder.core.detection.reporters import pseudo_households
from wijkverbinder.core.detection.results import CollectiveQuestionResult, DetectionResult
from wijkverbinder.core.detection.scan import scan
from wijkverbinder.core.detection.select import select_clusters
from wijkverbinder.core.detection.series import ALL_SIGNALS, build_series, family_codes
from wijkverbinder.core.detection.themes import assign_themes, prepare_classifier
from wijkverbinder.core.detection.words import SharedWords, in_buurten_with_households
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.text import remembered_words

Progress = Callable[[str], None]
_TEXT_SAMPLE = 20_000
_REMEMBER_WORDS_FROM = 50_000
_KEYWORD_SAMPLE = 5_000


def _sample(items: Sequence[str], size: int, rng: np.random.Generator) -> list[str]:
    if len(items) <= size:
        return list(items)
    picks = np.sort(rng.choice(len(items), size=size, replace=False))
    return [items[int(i)] for i in picks]


def _order(question: CollectiveQuestionResult) -> tuple[float, int, str]:
    return (-question.score, -question.households, question.id)


class IncrementalDetector:
    """Collective questions of a set of signals, kept up to date one signal at a time."""

    def __init__(
        self,
        signals: Sequence[SignalRecord],
        *,
        seeds: Mapping[str, Sequence[str]] | None = None,
        classifier: ThemeClassifier | None = None,
        config: DetectionConfig | None = None,
        seed: int = 0,
        progress: Progress | None = None,
    ) -> None:
        self.config = config or DetectionConfig()
        report = progress or (lambda stage: None)
        rng = np.random.default_rng(seed)
        # A large batch keeps every text's words for the steps that tokenise it again; a team's
        # run relies on the per-process cache of the last 50,000 texts, kept between runs.
        with remembered_words() if len(signals) > _REMEMBER_WORDS_FROM else nullcontext():
            report("thema's")
            self.classifier = prepare_classifier(
                signals, seeds, classifier, max_training=self.config.max_training, seed=seed
            )
            assignment = assign_themes(signals, self.classifier)
            self.suggested = dict(assignment.suggested)
            report("nieuwe onderwerpen")
            themes = self._new_topics(signals, assignment.themes, rng)
            self.abstained = [s.id for s, t in zip(signals, themes, strict=True) if t is None]
            report("reeksen")
            self.frame = SignalFrame(self.config.cell_size_m)
            self.frame.extend(signals, themes, pseudo_households(signals))
            self.words = SharedWords([s.text for s in signals], self.config)
            self._word_rows, self._word_codes = self.words.events(self.frame)
            texts = _sample([s.text for s in signals], _KEYWORD_SAMPLE, rng)
            self.keyword_model = KeywordModel(texts)
        self.windows_tested = 0
        self._all = self.frame.theme_code(ALL_SIGNALS)
        self._groups: dict[int, tuple[CollectiveQuestionResult, ...]] = {}
        report("vensters")
        self.windows_tested, groups = self._detect(np.arange(self.frame.size))
        self._groups.update(groups)
        report("klaar")

    def _new_topics(
        self, signals: Sequence[SignalRecord], themes: list[str | None], rng: np.random.Generator
    ) -> list[str | None]:
        unthemed = [s.text for s, t in zip(signals, themes, strict=True) if t is None]
        themed = [s.text for s, t in zip(signals, themes, strict=True) if t is not None]
        self.new_topics = NewTopics(
            unthemed,
            _sample(themed, _TEXT_SAMPLE, rng),
            self.config.new_topic_min_signals,
            self.config.new_topic_min_lift,
        )
        labels = iter(self.new_topics.labels)
        return [t if t is not None else next(labels) for t in themes]

    def _detect(
        self, rows: IntArray
    ) -> tuple[int, dict[int, tuple[CollectiveQuestionResult, ...]]]:
        """Questions among ``rows``: each themed row in its theme's series, every row in the
        all-signals series of its place; clusters of one place and period merged per matter."""
        if len(rows) == 0:
            return 0, {}
        theme = self.frame.column("theme")[rows]
        themed = rows[theme >= 0]
        family = family_codes(self.frame)[theme[theme >= 0]]
        in_family = family >= 0
        word_rows, word_codes = in_buurten_with_households(
            self._word_rows, self._word_codes, rows, self.frame, self.config.min_households
        )
        series_rows = np.concatenate([themed, themed[in_family], rows, word_rows])
        series_theme = np.concatenate(
            [theme[theme >= 0], family[in_family], np.full(len(rows), self._all), word_codes]
        )
        events, table = build_series(self.frame, series_rows, self.config, series_theme)
        candidates = scan(events, table, self.config, self.windows_tested)
        claimed = np.zeros(self.frame.size, dtype=bool)
        clusters = select_clusters(events, table, candidates, claimed, self.config)
        matters = merge_clusters(clusters, self.frame, table, self.config.merge_gap_days)
        tested = candidates.windows_tested
        limits = (self.config.keywords, self.config.examples)
        grouped: dict[int, list[CollectiveQuestionResult]] = {}
        for matter in matters:
            group = int(table.buurt[matter.best.series])
            result = describe(
                matter,
                self.frame,
                table,
                windows_tested=tested,
                keyword_model=self.keyword_model,
                limits=limits,
            )
            grouped.setdefault(group, []).append(result)
        return candidates.windows_tested, {
            group: tuple(sorted(found, key=_order)) for group, found in grouped.items()
        }

    @property
    def questions(self) -> tuple[CollectiveQuestionResult, ...]:
        """All current questions, most urgent first."""
        found = [q for group in self._groups.values() for q in group]
        return tuple(sorted(found, key=_order))

    def result(self) -> DetectionResult:
        """The current state as a `DetectionResult`."""
        return DetectionResult(
            self.questions, self.windows_tested, dict(self.suggested), tuple(self.abstained)
        )

    def _theme_of(self, signal: SignalRecord) -> str | None:
        if signal.theme:
            return signal.theme
        if self.classifier is not None:
            prediction = self.classifier.predict(signal.text)
            if prediction.theme is not None:
                self.suggested[signal.id] = prediction.theme
                return prediction.theme
        return self.new_topics.label(signal.text)

    def add(self, signal: SignalRecord) -> tuple[CollectiveQuestionResult, ...]:
        """Add one signal; returns the refreshed questions of its buurt."""
        theme = self._theme_of(signal)
        self.frame.extend([signal], [theme])
        codes = self.words.codes(signal.text, self.frame)
        self._word_rows = np.concatenate(
            [self._word_rows, np.full(len(codes), self.frame.size - 1, dtype=np.int64)]
        )
        self._word_codes = np.concatenate([self._word_codes, np.array(codes, dtype=np.int64)])
        if theme is None:
            self.abstained.append(signal.id)
        self.windows_tested += 2 * len(self.config.window_days) * (1 + len(codes))
        buurt_code = int(self.frame.column("buurt")[-1])
        in_buurt = np.flatnonzero(self.frame.column("buurt") == buurt_code)
        _, groups = self._detect(in_buurt)
        refreshed = groups.get(buurt_code, ())
        self._groups[buurt_code] = refreshed
        return refreshed


def detect(
    signals: Sequence[SignalRecord],
    *,
    seeds: Mapping[str, Sequence[str]] | None = None,
    classifier: ThemeClassifier | None = None,
    config: DetectionConfig | None = None,
    seed: int = 0,
    progress: Progress | None = None,
) -> DetectionResult:
    """Collective questions of ``signals``, most urgent first (one batch run)."""
    detector = IncrementalDetector(
        signals, seeds=seeds, classifier=classifier, config=config, seed=seed, progress=progress
    )
    return detector.result()
