"""Pseudo-documents that turn seed words into training data for a classifier with no examples yet.

A pseudo-document holds one or two seed words of a theme among a few theme-neutral filler words, so
the model learns that the seed carries the theme even when diluted in a sentence of typical length;
now and then the seed is glued into a compound with a neutral part, so its character n-grams learn
the theme too.
Documents of fillers only are labelled with the "no theme" class, which gives the classifier a way to
say "none of these". The filler list is our own: words frequent in neighbourhood signals of any kind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

NO_THEME = ""


def _words(block: str) -> list[str]:
    return block.split()


FILLER_WORDS: tuple[str, ...] = tuple(
    _words(
        """
    straat buurt woning huis flat portiek galerij hoek plein laan weg pand blok
    avond ochtend middag week weken maand maanden jaar gisteren vandaag morgen
    mensen familie vrouw man moeder vader zoon dochter iedereen anderen
    probleem situatie lastig vervelend moeilijk gedoe last zorg
    vertellen verteld wonen woont gewoond nieuw oud groot klein lang kort
    goed slecht beter hulp denken denkt vinden vindt merken merkt zien ziet
    gebeuren gebeurt opgelost oplossen contact bellen gebeld
        """
    )
)

#: Parts glued to a seed now and then, so the seed's character n-grams (not only its stem) learn the
#: theme and compounds such as "geluidsoverlast" or "buurtjongeren" are recognised.
_COMPOUND_HEADS = ("buurt", "straat", "hang", "wijk")
_COMPOUND_TAILS = ("overlast", "probleem", "zorgen", "plek", "melding")
_DOCS_PER_THEME = 40
_NULL_DOCS = 80


def _fillers(rng: np.random.Generator, count: int) -> list[str]:
    picks = rng.integers(0, len(FILLER_WORDS), size=count)
    return [FILLER_WORDS[int(i)] for i in picks]


def _maybe_compound(word: str, rng: np.random.Generator) -> str:
    roll = rng.random()
    if roll < 0.2:
        return word + _COMPOUND_TAILS[int(rng.integers(0, len(_COMPOUND_TAILS)))]
    if roll < 0.3:
        return _COMPOUND_HEADS[int(rng.integers(0, len(_COMPOUND_HEADS)))] + word
    return word


def pseudo_documents(
    seeds: Mapping[str, Sequence[str]], rng: np.random.Generator
) -> tuple[list[str], list[str]]:
    """Texts and labels built from the seed words (themes in sorted order, deterministic)."""
    texts: list[str] = []
    labels: list[str] = []
    for theme in sorted(seeds):
        words = [word for word in seeds[theme] if word.strip()]
        if not words:
            continue
        for index in range(max(_DOCS_PER_THEME, 2 * len(words))):
            chosen = [_maybe_compound(words[index % len(words)], rng)]
            if rng.random() < 0.4:
                chosen.append(words[int(rng.integers(0, len(words)))])
            parts = chosen + _fillers(rng, int(rng.integers(0, 8)))
            rng.shuffle(parts)
            texts.append(" ".join(parts))
            labels.append(theme)
    for _ in range(_NULL_DOCS):
        texts.append(" ".join(_fillers(rng, int(rng.integers(2, 9)))))
        labels.append(NO_THEME)
    return texts, labels
