"""Shared words: one more series per word, so that households writing about the same thing at one
place and period stand out even when their themes and counts do not.

A matter such as a removed cash machine or a new phone mast is reported under many themes (or
none), by households spread over a buurt's streets, a few at a time: by counts per theme or per
place it looks like background. What these households share is a word ("pinautomaat", "zendmast")
that is rare in the town. Each word (Snowball stem of a content word of at least four letters)
found in at least ``word_min_signals`` texts, and in at most ``word_max_share`` of all texts (or
``word_min_cap`` texts in a small run), becomes a pseudo-theme ``woord:<stem>``: every signal whose
text holds it counts in the word's (buurt) and (street-or-cell) series, which are scanned like any
theme. The expectation is the word's town-wide share times the buurt's volume, shrunk toward the
buurt's and the street's own past use of the word (`series`), so a word a street always uses (its
own name, its school) is no surprise there. A household counts once per series (repeat reports,
and near-identical reports without a household key, count once: `reporters`). Every word window is
one more test, so the multiple-testing correction covers them and the score keeps its meaning. The
limit on a word's share bounds the cost (a common word adds many windows and, through the
correction, lowers every score) and leaves out words that say little about one matter.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.frame import IntArray, SignalFrame
from wijkverbinder.core.text import content_words, stem

PREFIX = "woord:"
_MIN_LENGTH = 4
#: Largest (word × buurt) table `in_buurten_with_households` builds (bytes).
_LOOKUP_SIZE = 50_000_000


def _stems(text: str) -> set[str]:
    return {stem(word) for word in content_words(text) if len(word) >= _MIN_LENGTH}


class SharedWords:
    """The words of one run that get a series, with their number of texts."""

    def __init__(self, texts: Sequence[str], config: DetectionConfig) -> None:
        # Vectorised over all words of all texts (a million texts hold some nine million words):
        # each written word gets a number once, each stem its rank among the run's stems by name,
        # and the distinct (text, stem) pairs come from one sort of a combined key.
        words_of = list(map(content_words, texts))
        lengths = np.fromiter(map(len, words_of), dtype=np.int64, count=len(words_of))
        written = {word: n for n, word in enumerate(dict.fromkeys(chain.from_iterable(words_of)))}
        stem_of_written = [stem(word) if len(word) >= _MIN_LENGTH else "" for word in written]
        names = sorted(set(stem_of_written) - {""})
        rank = {name: n for n, name in enumerate(names)}
        rank_of_written = np.fromiter(
            (rank.get(name, -1) for name in stem_of_written),
            dtype=np.int64,
            count=len(stem_of_written),
        )
        ranks = rank_of_written[
            np.fromiter(
                map(written.__getitem__, chain.from_iterable(words_of)),
                dtype=np.int64,
                count=int(lengths.sum()),
            )
        ]
        del words_of, written
        long = ranks >= 0
        n_names = max(len(names), 1)
        in_text = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[long]
        pairs = _distinct(in_text * n_names + ranks[long])
        text_index: IntArray = pairs // n_names
        ranks = pairs % n_names
        counts = np.bincount(ranks, minlength=len(names))
        most = max(config.word_max_share * len(texts), config.word_min_cap)
        kept = (counts >= config.word_min_signals) & (counts <= most)
        if config.word_max_share <= 0:
            kept[:] = False
        #: Town-wide number of texts of each kept word.
        self.count: dict[str, int] = {
            names[n]: int(counts[n]) for n in np.flatnonzero(kept).tolist()
        }
        chosen = kept[ranks]
        # sorted by (text, rank): the order of (row, code) once the codes follow the names
        self._pairs = (text_index[chosen], ranks[chosen])
        self._names = names

    def events(self, frame: SignalFrame, first_row: int = 0) -> tuple[IntArray, IntArray]:
        """(frame row, pseudo-theme code) of every kept word of the texts given at construction,
        which are frame rows ``first_row`` onwards, sorted by row and code; registers the codes
        (in the order of the words) and their town-wide counts (`SignalFrame.theme_totals`)."""
        texts, ranks = self._pairs
        code = np.zeros(len(self._names), dtype=np.int64)
        for word in np.unique(ranks).tolist():
            name = self._names[word]
            code[word] = frame.theme_code(PREFIX + name)
            frame.theme_totals[int(code[word])] = self.count[name]
        self._pairs = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        rows, codes = texts + first_row, code[ranks]
        if len(codes) > 1 and not _increasing(codes, rows):
            order = np.lexsort((codes, rows))  # a code that existed before the run's words
            return rows[order], codes[order]
        return rows, codes

    def codes(self, text: str, frame: SignalFrame) -> list[int]:
        """The pseudo-theme codes of one new text's kept words (a word new to the run is left
        out: its town-wide count is not known)."""
        index = frame.themes.index
        found = (index.get(PREFIX + key) for key in _stems(text) if key in self.count)
        return sorted(code for code in found if code is not None)


def in_buurten_with_households(
    word_rows: IntArray, codes: IntArray, rows: IntArray, frame: SignalFrame, households: int
) -> tuple[IntArray, IntArray]:
    """The (row, code) pairs of ``rows`` whose word at least ``households`` households of their
    buurt used: no window of a word used by fewer can hold enough households to be tested, so its
    series are not built (most words of a large town, typing errors above all). A window that is
    never tested needs no place in the correction."""
    if len(rows) < len(frame.records):
        member = np.zeros(frame.size, dtype=bool)  # faster than np.isin for one buurt's rows
        member[rows] = True
        inside = member[word_rows]
        word_rows, codes = word_rows[inside], codes[inside]
    if len(word_rows) == 0:
        return word_rows, codes
    n_buurten = max(len(frame.buurten.names), 1)
    n_households = max(len(frame.households.names), 1)
    place = codes * n_buurten + frame.column("buurt")[word_rows]
    distinct = _distinct(place * n_households + frame.column("household")[word_rows])
    series = distinct // n_households
    first = np.flatnonzero(np.r_[True, series[1:] != series[:-1]])
    count = np.diff(np.r_[first, len(series)])
    enough = series[first][count >= households]
    size = int(place.max()) + 1
    if size <= _LOOKUP_SIZE:  # a table of (word, buurt) is faster than searching millions
        table = np.zeros(size, dtype=bool)
        table[enough] = True
        kept = table[place]
    else:
        position = np.minimum(np.searchsorted(enough, place), max(len(enough) - 1, 0))
        kept = enough[position] == place if len(enough) else np.zeros(len(place), dtype=bool)
    return word_rows[kept], codes[kept]


def _distinct(values: IntArray) -> IntArray:
    """The sorted distinct values (`np.unique` by sorting: its hash table is slower on the
    millions of word events of a large run)."""
    ordered = np.sort(values)
    result: IntArray = (
        ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered
    )
    return result


def _increasing(codes: IntArray, rows: IntArray) -> bool:
    """Whether (row, code) pairs are in order."""
    same = rows[1:] == rows[:-1]
    return bool(np.all(codes[1:][same] > codes[:-1][same]))
