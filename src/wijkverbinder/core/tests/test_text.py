"""Dutch text features: normalisation, stop words, stemming, compounds, typos, redaction tags."""

from __future__ import annotations

import importlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkverbinder.core.text import (
    STOP_WORDS,
    content_tokens,
    content_words,
    cosine,
    featurise,
    normalise,
    remembered_words,
    stem,
    tokens,
)

# the package exports the function `normalise` under the module's name
normalise_module = importlib.import_module("wijkverbinder.core.text.normalise")


def test_normalise_drops_tags_accents_digits_and_punctuation():
    text = "Mevr. [NAAM] belde 06-12345678 <PERSOON-1> óver 3 Honden, café!"
    assert normalise(text) == "mevr belde over honden cafe"


def test_stop_words_are_left_out_but_theme_words_stay():
    assert content_tokens("De buren en de hond van hem") == ["buren", "hond"]
    assert "alleen" not in STOP_WORDS


def test_dutch_stemming_joins_plural_and_singular():
    assert stem("honden") == stem("hond")
    assert stem("jongeren") == stem("jongere")


def test_compounds_meet_their_parts():
    assert cosine("geluidsoverlast", "geluid") > 0.15
    assert cosine("hangjongeren", "jongeren") > 0.25
    assert cosine("geluidsoverlast", "jongeren") == 0.0


def test_typos_keep_most_of_the_overlap():
    assert cosine("geluidsoverlast", "geluidsoverlsat") > 0.3
    assert cosine("hondenpoep", "hondepoep") > 0.2


def test_redaction_tags_are_not_features():
    tagged, plain = featurise(
        ["[NAAM] [TELEFOON] [ADRES] klaagt over herrie", "klaagt over herrie"]
    )
    assert np.allclose(tagged.toarray(), plain.toarray())


def test_rows_are_unit_length_and_empty_text_is_zero():
    matrix = featurise(["veel zwerfvuil bij de container", ""])
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.allclose(norms, [1.0, 0.0], atol=1e-5)


_ODD_TEXTS = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("éëïöüçñßÆøå ﬁ½ℌİ̈\u0301 .,-[]<>"),
    ),
    max_size=80,
)


@settings(max_examples=400, deadline=None)
@given(text=_ODD_TEXTS)
def test_content_tokens_are_the_tokens_without_stop_words(text: str) -> None:
    # content_tokens folds accents character by character (fast path); it must give exactly the
    # words of the whole-text normalisation minus stop words.
    assert content_tokens(text) == [w for w in tokens(text) if w not in STOP_WORDS]


def test_content_tokens_fold_accents_and_compatibility_forms() -> None:
    text = "Café ﬁets Ærø straße naïef İstanbul [NAAM] x"
    assert content_tokens(text) == [w for w in tokens(text) if w not in STOP_WORDS]
    assert content_tokens("café ﬁets naïef") == ["cafe", "fiets", "naief"]


def test_remembered_words_give_the_same_words_and_are_let_go() -> None:
    texts = ["Harde muziek bij de buren", "café ﬁets [NAAM]", "", "Harde muziek bij de buren"]
    outside = [content_words(text) for text in texts]
    with remembered_words():
        with remembered_words():  # nested: the outer block keeps the memo
            inside = [content_words(text) for text in texts]
        assert normalise_module._LOCAL.memo
        assert content_words(texts[0]) is inside[0]  # remembered, not tokenised again
    assert inside == outside
    assert normalise_module._LOCAL.memo is None
