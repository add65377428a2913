"""Hashed bag of stems and character n-grams for Dutch texts.

Each content word contributes its Snowball stem and its character 4- and 5-grams (with word
boundary marks, after fastText's subword idea), each block weighted to unit length. Compounds then
share n-grams with their parts (geluidsoverlast ~ geluid, hangjongeren ~ jongeren) and a typo only
spoils the few n-grams around it. Features are hashed with CRC-32 into ``N_FEATURES`` columns so the
vector space is fixed and stable across processes and runs (Python's ``hash`` is salted per process).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Sequence
from itertools import chain

import numpy as np
import scipy.sparse as sp

from wijkverbinder.core.text.normalise import content_tokens, content_words, stem

N_FEATURES = 1 << 18
_NGRAM_SIZES = (4, 5)
_MAX_CACHE = 300_000

_TOKEN_CACHE: dict[str, tuple[list[int], list[float]]] = {}


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (N_FEATURES - 1)


def text_features(word: str) -> list[str]:
    """The named features of one normalised word: its stem and its boundary-marked n-grams."""
    marked = f"<{word}>"
    grams = [
        marked[start : start + size]
        for size in _NGRAM_SIZES
        for start in range(len(marked) - size + 1)
    ]
    return [f"w:{stem(word)}", *(f"c:{gram}" for gram in grams)]


def _token_entry(word: str) -> tuple[list[int], list[float]]:
    entry = _TOKEN_CACHE.get(word)
    if entry is None:
        named = text_features(word)
        grams = named[1:]
        gram_weight = 1.0 / math.sqrt(len(grams)) if grams else 0.0
        entry = (
            [_hash(name) for name in named],
            [1.0, *([gram_weight] * len(grams))],
        )
        if len(_TOKEN_CACHE) >= _MAX_CACHE:
            _TOKEN_CACHE.clear()
        _TOKEN_CACHE[word] = entry
    return entry


def featurise(texts: Iterable[str]) -> sp.csr_matrix:
    """A row-normalised sparse matrix (texts × ``N_FEATURES``) of hashed stem and n-gram features."""
    tokenised = [content_words(text) for text in texts]
    flat = list(chain.from_iterable(tokenised))
    # Each distinct word once; its features are then gathered for every occurrence with numpy,
    # in the order a loop over texts and words would append them (same matrix, same sums).
    index: dict[str, int] = dict.fromkeys(flat, 0)
    for position, word in enumerate(index):
        index[word] = position
    word_ids = np.fromiter(map(index.__getitem__, flat), dtype=np.int64, count=len(flat))
    entries = [_token_entry(word) for word in index]
    sizes = np.fromiter((len(cols) for cols, _ in entries), dtype=np.int64, count=len(entries))
    starts = np.zeros(len(entries) + 1, dtype=np.int64)
    np.cumsum(sizes, out=starts[1:])
    all_cols = np.fromiter(
        (col for cols, _ in entries for col in cols), dtype=np.int32, count=int(starts[-1])
    )
    all_weights = np.fromiter(
        (weight for _, weights in entries for weight in weights),
        dtype=np.float64,
        count=int(starts[-1]),
    )
    lengths = sizes[word_ids]
    ends = np.cumsum(lengths)
    gather = np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64)
    gather += np.repeat(starts[word_ids] - (ends - lengths), lengths)
    per_text = np.fromiter((len(words) for words in tokenised), np.int64, count=len(tokenised))
    word_ends = np.cumsum(per_text)
    indptr = np.zeros(len(tokenised) + 1, dtype=np.int64)
    indptr[1:] = np.where(word_ends > 0, ends[np.maximum(word_ends - 1, 0)] if len(ends) else 0, 0)
    matrix = sp.csr_matrix(
        (all_weights[gather].astype(np.float32), all_cols[gather], indptr),
        shape=(len(tokenised), N_FEATURES),
    )
    matrix.sum_duplicates()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    scaled: sp.csr_matrix = sp.csr_matrix(sp.diags(1.0 / norms) @ matrix, dtype=np.float32)
    return scaled


def feature_vector(text: str) -> sp.csr_matrix:
    """The normalised feature row of one text."""
    return featurise([text])


def cosine(first: str, second: str) -> float:
    """Cosine similarity of two texts in the hashed feature space."""
    pair = featurise([first, second])
    return float(pair[0].multiply(pair[1]).sum())


def top_terms(texts: Sequence[str], limit: int) -> list[str]:
    """The most frequent content words of ``texts`` (by document frequency), for quick inspection."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(content_tokens(text)):
            counts[word] = counts.get(word, 0) + 1
    return [word for word, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
