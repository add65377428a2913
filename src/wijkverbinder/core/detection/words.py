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

from array import array
from collections.abc import Sequence

import numpy as np

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.frame import IntArray, SignalFrame
from wijkverbinder.core.text import content_words, stem

PREFIX = "woord:"
_MIN_LENGTH = 4


def _stems(text: str) -> set[str]:
    return {stem(word) for word in content_words(text) if len(word) >= _MIN_LENGTH}


class SharedWords:
    """The words of one run that get a series, with their number of texts."""

    def __init__(self, texts: Sequence[str], config: DetectionConfig) -> None:
        vocabulary: dict[str, int] = {}
        index_of: dict[str, int] = {}  # written word → its stem's number (one stem per word)
        text_index, word_index = array("q"), array("q")
        for position, text in enumerate(texts):
            found = set()
            for word in content_words(text):
                number = index_of.get(word)
                if number is None:
                    number = index_of[word] = (
                        vocabulary.setdefault(stem(word), len(vocabulary))
                        if len(word) >= _MIN_LENGTH
                        else -1
                    )
                if number >= 0:
                    found.add(number)
            text_index.extend([position] * len(found))
            word_index.extend(found)
        words = np.frombuffer(word_index, dtype=np.int64)
        counts = np.bincount(words, minlength=len(vocabulary))
        most = max(config.word_max_share * len(texts), config.word_min_cap)
        kept = (counts >= config.word_min_signals) & (counts <= most)
        if config.word_max_share <= 0:
            kept[:] = False
        names = np.array(list(vocabulary), dtype=object)
        #: Town-wide number of texts of each kept word.
        self.count: dict[str, int] = {
            str(name): int(n) for name, n in zip(names[kept], counts[kept], strict=True)
        }
        chosen = kept[words]
        self._pairs = (np.frombuffer(text_index, dtype=np.int64)[chosen], words[chosen])
        self._names = names

    def events(self, frame: SignalFrame, first_row: int = 0) -> tuple[IntArray, IntArray]:
        """(frame row, pseudo-theme code) of every kept word of the texts given at construction,
        which are frame rows ``first_row`` onwards, sorted by row and code; registers the codes
        (in the order of the words) and their town-wide counts (`SignalFrame.theme_totals`)."""
        texts, words = self._pairs
        present = np.unique(words)
        code = np.zeros(len(self._names), dtype=np.int64)
        for word in present[np.argsort(self._names[present].astype(str), kind="stable")]:
            name = str(self._names[word])
            code[word] = frame.theme_code(PREFIX + name)
            frame.theme_totals[int(code[word])] = self.count[name]
        rows, codes = texts + first_row, code[words]
        order = np.lexsort((codes, rows))
        self._pairs = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        return rows[order], codes[order]

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
