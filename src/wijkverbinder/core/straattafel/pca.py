"""Mean-imputed two-component PCA and the sparsity-aware projection (see docs/straattafel.md).

* The rating matrix is the vote matrix with every moderated-out statement (rejected or meta) set to
  0 for every participant, missing cells included, so those statements never drive the grouping.
* Missing cells are filled with the statement's mean vote; the centre is that mean. The components
  are the two leading eigenvectors of XᵀX (X the centred, imputed matrix), computed exactly with an
  eigendecomposition instead of Polis's power iteration (same subspace, no random start vector), and
  signed so that each component's largest loading is positive.
* A participant's position projects only the statements they voted on and is stretched by
  √(#statements / #own votes); moderated-out statements count as votes (a Polis quirk kept on purpose).
* A statement sits where a participant who agreed only with it would be: √c·(1 − m_j)·pc[j].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.linalg import eigh

from wijkverbinder.core.straattafel.matrix import BoolArray, FloatArray, VoteMatrix


@dataclass(frozen=True)
class Projection:
    """The PCA of one vote matrix and everybody's place on the map."""

    center: FloatArray  # (c,) mean vote per statement of the rating matrix
    components: FloatArray  # (2, c) unit rows; zero rows when there is no second component
    participants: FloatArray  # (n, 2) positions of all rows
    statements: FloatArray  # (c, 2) positions of the statements
    extremity: FloatArray  # (c,) distance of each statement from the origin


def rating_matrix(matrix: VoteMatrix, mod_out: BoolArray) -> FloatArray:
    """The vote matrix with moderated-out columns set to 0 for every row."""
    values = matrix.values.copy()
    values[:, mod_out] = 0.0
    return values


def _leading_components(centred: FloatArray, count: int) -> FloatArray:
    rows, cols = centred.shape
    gram = centred.T @ centred if rows >= cols else centred @ centred.T
    size = len(gram)
    _, vectors = eigh(gram, subset_by_index=[size - count, size - 1])
    leading = vectors[:, ::-1]  # largest eigenvalue first
    if rows >= cols:
        components = leading.T
    else:
        components = (centred.T @ leading).T
        norms = np.linalg.norm(components, axis=1, keepdims=True)
        components = np.divide(components, norms, out=np.zeros_like(components), where=norms > 0)
    peaks = np.argmax(np.abs(components), axis=1)
    signs = np.where(components[np.arange(len(components)), peaks] < 0, -1.0, 1.0)
    return np.asarray(components * signs[:, None], dtype=np.float64)


def project(matrix: VoteMatrix, mod_out: BoolArray) -> Projection:
    """PCA of the mean-imputed rating matrix and the projections of participants and statements."""
    rating = rating_matrix(matrix, mod_out)
    observed = ~np.isnan(rating)
    rows, cols = rating.shape
    counts = observed.sum(axis=0)
    sums = np.where(observed, rating, 0.0).sum(axis=0)
    center = np.divide(sums, counts, out=np.zeros(cols), where=counts > 0)
    centred = np.where(observed, rating - center, 0.0)
    components = np.zeros((2, cols))
    usable = min(rows, cols, 2)
    if usable > 0:
        components[:usable] = _leading_components(centred, usable)
    if usable < 2:  # Polis: with fewer than two components every position is (0, 0)
        zeros_c = np.zeros((cols, 2))
        return Projection(center, components, np.zeros((rows, 2)), zeros_c, np.zeros(cols))
    own_votes = np.maximum(observed.sum(axis=1), 1)
    stretch = np.sqrt(cols / own_votes)
    participants = (centred @ components.T) * stretch[:, None]
    statements = (np.sqrt(cols) * (1.0 - center))[:, None] * components.T
    extremity = np.linalg.norm(statements, axis=1)
    return Projection(center, components, participants, statements, extremity)
