"""Normalisation and tokenisation of Dutch signal texts.

Steps: drop redaction tags (``[NAAM]``, ``[TELEFOON]``, ``<PERSOON-1>`` …), fold accents
(NFKD, so "café" and "cafe" meet), lower case, turn digits and punctuation into spaces. Stems come
from the Snowball Dutch stemmer (snowballstemmer), cached per word. The pure-Python stemmer keeps
the word it works on in itself, so every thread has its own (web requests and the background
worker stem at the same time).
"""

from __future__ import annotations

import re
import string
import sys
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import snowballstemmer

from wijkverbinder.core.text.stopwords import STOP_WORDS

#: Redaction placeholders as the redaction pass and common tools leave them.
_REDACTION_TAG = re.compile(r"\[[A-Za-z_\-]+(?:[-_ ]?\d+)?\]|<[A-Za-z_\-]+(?:[-_ ]?\d+)?>")
_NON_LETTER = re.compile(r"[^a-z]+")
_MIN_TOKEN_LENGTH = 2

# A Snowball stemmer keeps the word it works on in itself: one per thread (the server answers
# requests in several threads; a shared one gave wrong stems and IndexErrors under load).
_LOCAL = threading.local()


def _stemmer() -> Any:
    found = getattr(_LOCAL, "stemmer", None)
    if found is None:
        found = _LOCAL.stemmer = snowballstemmer.stemmer("dutch")
    return found


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _LetterTable(dict[int, str]):
    """A `str.translate` table, filled on first use: each character of lower-cased text to its
    accent-free letters a–z, every other character to a space.

    Per character this is what `normalise` does to the whole text: NFKD decomposes character by
    character, and the canonical reordering it adds moves only combining marks, which are dropped.
    """

    def __missing__(self, code: int) -> str:
        folded = _fold_accents(chr(code))
        letters = "".join(ch if "a" <= ch <= "z" else " " for ch in folded)
        self[code] = letters
        return letters


_LETTERS = _LetterTable()
#: `bytes.translate` table: ASCII letters a–z kept, every other byte a space.
_ASCII_LETTERS = bytes(code if 97 <= code <= 122 else 32 for code in range(256))
#: Words `content_tokens` leaves out: stop words and one-letter words (`tokens` keeps length ≥ 2).
_DROPPED = STOP_WORDS | frozenset(string.ascii_lowercase)


def normalise(text: str) -> str:
    """Lower-case, accent-free text with only letters and single spaces; redaction tags removed."""
    without_tags = _REDACTION_TAG.sub(" ", text)
    folded = without_tags.lower()
    if not folded.isascii():
        folded = _fold_accents(folded)
    return _NON_LETTER.sub(" ", folded).strip()


def tokens(text: str) -> list[str]:
    """All words of the normalised text (length ≥ 2)."""
    return [word for word in normalise(text).split() if len(word) >= _MIN_TOKEN_LENGTH]


def content_tokens(text: str) -> list[str]:
    """Words of the text without stop words."""
    return list(content_words(text))


def content_words(text: str) -> tuple[str, ...]:
    """`content_tokens` as a tuple (shared from the cache: no copy)."""
    memo: dict[str, tuple[str, ...]] | None = getattr(_LOCAL, "memo", None)
    if memo is None:
        return _content_words(text)
    found = memo.get(text)
    if found is None:
        found = memo[text] = tuple(map(sys.intern, _split(text)))
    return found


@contextmanager
def remembered_words() -> Iterator[None]:
    """Within the block, this thread keeps the content words of every text it tokenises, not
    only the last 50,000: a batch run of a million signals tokenises a text for the classifier,
    new topics and repeat reporters. Words are interned, so a text costs its tuple (≈ 150 bytes
    at 12 words); everything is let go at the end of the outermost block."""
    outer = getattr(_LOCAL, "memo", None)
    if outer is None:
        _LOCAL.memo = {}
    try:
        yield
    finally:
        if outer is None:
            _LOCAL.memo = None


@lru_cache(maxsize=50_000)
def _content_words(text: str) -> tuple[str, ...]:
    # Cached per text: a team's detection tokenises the same texts at every run (new topics,
    # keyword model, repeat reporters); 50,000 texts are about 25 MB.
    return _split(text)


def _split(text: str) -> tuple[str, ...]:
    # The same words as `tokens` without stop words, in one pass (a 1,000,000-signal run
    # tokenises about a million texts): ASCII text through a byte table, other text through
    # `_LETTERS` instead of NFKD of the whole text.
    if "[" in text or "<" in text:
        text = _REDACTION_TAG.sub(" ", text)
    lowered = text.lower()
    if lowered.isascii():
        letters = lowered.encode("ascii").translate(_ASCII_LETTERS).decode("ascii")
    else:
        letters = lowered.translate(_LETTERS)
    return tuple([word for word in letters.split() if word not in _DROPPED])


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball Dutch stem of one normalised word."""
    result: str = _stemmer().stemWord(word)
    return result
