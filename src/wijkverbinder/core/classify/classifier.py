"""Theme classifier for signal texts.

Method: an online softmax regression (`model.SoftmaxModel`) on hashed Dutch stem + character n-gram
features (`wijkverbinder.core.text`). On day one it is trained on pseudo-documents built from the
taxonomy's seed words (`seeding.pseudo_documents`), so it works without any labelled signal; every
batch of themes confirmed by professionals is learned with a few SGD passes, replaying the seed
documents so the seeds are not forgotten. An extra "no theme" class (seed fillers, and signals a
professional marks as fitting no theme) lets it say "none of these".

Decision rule after Signalen: accept the most likely theme only if its probability
is at least the threshold (0.41 by default); otherwise abstain, and the signal waits for a human.
Deterministic for a given seed and sequence of calls; the state round-trips through `to_bytes`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from wijkverbinder.core.classify.model import SoftmaxModel
from wijkverbinder.core.classify.seeding import NO_THEME, pseudo_documents
from wijkverbinder.core.text import N_FEATURES, featurise

DEFAULT_THRESHOLD = 0.41
_SEED_EPOCHS = 25
_LEARN_EPOCHS = 3
_SEED_RATE = 15.0
_LEARN_RATE = 5.0
_L2 = 1e-6


@dataclass(frozen=True, slots=True)
class ThemePrediction:
    """The classifier's answer for one text; ``theme`` is None when it abstains."""

    theme: str | None
    best: str | None
    confidence: float

    @property
    def abstained(self) -> bool:
        """True when the signal should wait for a human."""
        return self.theme is None


class ThemeClassifier:
    """Suggests a leaf theme code for a Dutch signal text, or abstains."""

    def __init__(
        self,
        seeds: Mapping[str, Sequence[str]],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        seed: int = 0,
        _model: SoftmaxModel | None = None,
        _updates: int = 0,
    ) -> None:
        self.seeds: dict[str, list[str]] = {code: list(words) for code, words in seeds.items()}
        self.threshold = threshold
        self.seed = seed
        self._updates = _updates
        self._seed_texts, self._seed_labels = pseudo_documents(
            self.seeds, np.random.default_rng([seed, 0])
        )
        if _model is None:
            _model = SoftmaxModel(n_features=N_FEATURES, classes=[NO_THEME, *sorted(self.seeds)])
            self._model = _model
            self._train(self._seed_texts, self._seed_labels, _SEED_EPOCHS, _SEED_RATE)
        self._model = _model

    @property
    def themes(self) -> list[str]:
        """Theme codes the classifier knows (seeded or learned)."""
        return [code for code in self._model.classes if code != NO_THEME]

    def _train(self, texts: list[str], labels: list[str], epochs: int, rate: float) -> None:
        features = featurise(texts)
        for _ in range(epochs):
            self._updates += 1
            rng = np.random.default_rng([self.seed, self._updates])
            self._model.sgd_epoch(features, labels, rng, learning_rate=rate, l2=_L2)

    def learn(self, texts: Sequence[str], themes: Sequence[str | None]) -> None:
        """Learn from confirmed themes; a theme of None or "" means "confirmed: no theme"."""
        if len(texts) != len(themes):
            raise ValueError("texts and themes differ in length")
        if not texts:
            return
        labels = [theme or NO_THEME for theme in themes]
        self._train(
            [*texts, *self._seed_texts], [*labels, *self._seed_labels], _LEARN_EPOCHS, _LEARN_RATE
        )

    def predict_many(self, texts: Sequence[str]) -> list[ThemePrediction]:
        """One prediction per text, in order."""
        best, confidence = self._best(texts)
        return [
            ThemePrediction(name if conf >= self.threshold else None, name, round(conf, 4))
            for name, conf in zip(best, confidence.tolist(), strict=True)
        ]

    def suggest_many(self, texts: Sequence[str]) -> list[str | None]:
        """The theme `predict_many` accepts per text (None where it abstains), without building
        a prediction per text (a large batch run classifies hundreds of thousands)."""
        best, confidence = self._best(texts)
        accepted = (confidence.astype(np.float64) >= self.threshold).tolist()
        return [name if ok else None for name, ok in zip(best, accepted, strict=True)]

    def _best(self, texts: Sequence[str]) -> tuple[list[str | None], np.ndarray]:
        """The most likely theme per text and its probability (float32)."""
        if not texts:
            return [], np.zeros(0, dtype=np.float32)
        classes = self._model.classes
        theme_cols = np.array([i for i, c in enumerate(classes) if c != NO_THEME], dtype=np.int64)
        if theme_cols.size == 0:
            return [None] * len(texts), np.zeros(len(texts), dtype=np.float32)
        probs = self._model.probabilities(featurise(texts))
        theme_probs = probs[:, theme_cols]
        best_local = theme_probs.argmax(axis=1)
        confidence: np.ndarray = theme_probs[np.arange(len(texts)), best_local]
        names = np.asarray(classes, dtype=object)[theme_cols]
        best: list[str | None] = names[best_local].tolist()
        return best, confidence

    def predict(self, text: str) -> ThemePrediction:
        """The prediction for one text."""
        return self.predict_many([text])[0]

    def to_bytes(self) -> bytes:
        """The whole state (seeds, threshold, weights) as compressed bytes."""
        meta = {
            "format": 1,
            "seeds": self.seeds,
            "threshold": self.threshold,
            "seed": self.seed,
            "updates": self._updates,
            "classes": self._model.classes,
        }
        buffer = io.BytesIO()
        arrays = self._model.to_arrays()
        np.savez_compressed(
            buffer,
            meta=np.frombuffer(json.dumps(meta).encode(), np.uint8),
            columns=arrays["columns"],
            weights=arrays["weights"],
            bias=arrays["bias"],
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ThemeClassifier:
        """Rebuild a classifier saved with `to_bytes`."""
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:
            meta = json.loads(stored["meta"].tobytes().decode())
            arrays = {key: stored[key] for key in ("columns", "weights", "bias")}
        model = SoftmaxModel.from_arrays(N_FEATURES, list(meta["classes"]), arrays)
        return cls(
            meta["seeds"],
            threshold=float(meta["threshold"]),
            seed=int(meta["seed"]),
            _model=model,
            _updates=int(meta["updates"]),
        )
