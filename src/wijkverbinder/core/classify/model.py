"""An online multinomial logistic regression on sparse hashed features.

Plain minibatch stochastic gradient descent on the softmax cross-entropy with L2 shrinkage, updating
only the feature columns present in the minibatch (so one update costs what the batch touches, not the
whole hashed space). Classes can be added at any time (a new theme in the taxonomy): their weights start
at zero. The weights are kept in float32; `to_arrays`/`from_arrays` store only the touched columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

FloatArray = np.ndarray[tuple[int, ...], np.dtype[np.float32]]


@dataclass
class SoftmaxModel:
    """Weights ``(features × classes)`` and biases of a softmax regression."""

    n_features: int
    classes: list[str] = field(default_factory=list)
    weights: FloatArray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    bias: FloatArray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))

    def __post_init__(self) -> None:
        if self.weights.shape != (self.n_features, len(self.classes)):
            self.weights = np.zeros((self.n_features, len(self.classes)), dtype=np.float32)
            self.bias = np.zeros(len(self.classes), dtype=np.float32)

    def ensure_classes(self, labels: list[str]) -> None:
        """Add unseen labels as new classes with zero weights."""
        new = sorted({label for label in labels if label not in self.classes})
        if not new:
            return
        self.classes.extend(new)
        extra = np.zeros((self.n_features, len(new)), dtype=np.float32)
        self.weights = np.hstack([self.weights, extra])
        self.bias = np.concatenate([self.bias, np.zeros(len(new), dtype=np.float32)])

    def probabilities(self, features: sp.csr_matrix) -> FloatArray:
        """Softmax class probabilities per row."""
        logits = np.asarray(features @ self.weights, dtype=np.float64) + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        probs: FloatArray = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
        return probs

    def sgd_epoch(
        self,
        features: sp.csr_matrix,
        labels: list[str],
        rng: np.random.Generator,
        *,
        learning_rate: float,
        l2: float,
        batch_size: int = 64,
    ) -> None:
        """One pass over the rows in a seeded random order."""
        self.ensure_classes(labels)
        index = {name: i for i, name in enumerate(self.classes)}
        targets = np.array([index[label] for label in labels], dtype=np.int64)
        order = rng.permutation(features.shape[0])
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            self._step(features[rows], targets[rows], learning_rate, l2)

    def _step(self, batch: sp.csr_matrix, targets: np.ndarray, rate: float, l2: float) -> None:
        cols = np.unique(batch.indices)
        if cols.size == 0:
            return
        local = sp.csr_matrix(
            (batch.data, np.searchsorted(cols, batch.indices), batch.indptr),
            shape=(batch.shape[0], len(cols)),
        )
        sub = self.weights[cols]
        logits = np.asarray(local @ sub, dtype=np.float64) + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        probs[np.arange(len(targets)), targets] -= 1.0
        scale = rate / len(targets)
        grad = np.asarray(local.T @ probs, dtype=np.float64)
        self.weights[cols] = (sub * (1.0 - rate * l2) - scale * grad).astype(np.float32)
        self.bias -= (scale * probs.sum(axis=0)).astype(np.float32)

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The touched columns only, for compact storage."""
        cols = np.flatnonzero(np.any(self.weights != 0, axis=1)).astype(np.int32)
        return {"columns": cols, "weights": self.weights[cols], "bias": self.bias}

    @classmethod
    def from_arrays(
        cls, n_features: int, classes: list[str], arrays: dict[str, np.ndarray]
    ) -> SoftmaxModel:
        """Rebuild a model saved with `to_arrays`."""
        model = cls(n_features=n_features, classes=list(classes))
        model.weights[arrays["columns"]] = arrays["weights"]
        model.bias = np.asarray(arrays["bias"], dtype=np.float32).copy()
        return model
