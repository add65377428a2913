"""Theme classifier: seed words only, abstention, learning from confirmed themes, state."""

from __future__ import annotations

import pytest

from wijkverbinder.core.classify import DEFAULT_THRESHOLD, ThemeClassifier

SEEDS = {
    "overlast.geluid": ["geluid", "lawaai", "herrie", "muziek"],
    "overlast.jongeren": ["jongeren", "hangplek", "jeugd"],
    "leefomgeving.afval": ["afval", "vuilnis", "container", "zwerfvuil"],
    "sociaal.eenzaamheid": ["eenzaam", "alleen", "eenzaamheid"],
}


@pytest.fixture(scope="module")
def classifier():
    return ThemeClassifier(SEEDS, seed=3)


def test_seed_words_classify_on_day_one(classifier):
    assert classifier.predict("Veel geluidsoverlast van de bovenburen").theme == "overlast.geluid"
    assert classifier.predict("groep hangjongeren bij de flat").theme == "overlast.jongeren"
    assert classifier.predict("vuilniszakken naast de containers").theme == "leefomgeving.afval"
    assert classifier.predict("mevrouw is erg eenzaam").theme == "sociaal.eenzaamheid"


def test_abstains_when_nothing_fits(classifier):
    prediction = classifier.predict("de glasvezelaanleg duurt maanden")
    assert prediction.abstained
    assert prediction.theme is None
    assert prediction.confidence < DEFAULT_THRESHOLD


def test_higher_threshold_abstains_more(classifier):
    strict = ThemeClassifier(SEEDS, seed=3, threshold=0.9)
    text = "Veel geluidsoverlast van de bovenburen"
    assert classifier.predict(text).theme == "overlast.geluid"
    assert strict.predict(text).abstained


def test_learns_from_confirmed_themes():
    model = ThemeClassifier(SEEDS, seed=3)
    text = "feestjes tot diep in de nacht met dreunende bassen"
    before = model.predict(text)
    examples = [
        "feestjes tot diep in de nacht",
        "dreunende bassen van de bovenburen",
        "elke nacht feestjes en bassen",
        "bassen dreunen door de muur",
    ] * 3
    model.learn(examples, ["overlast.geluid"] * len(examples))
    after = model.predict(text)
    assert after.theme == "overlast.geluid"
    assert after.confidence > before.confidence


def test_learns_new_theme_codes():
    model = ThemeClassifier(SEEDS, seed=3)
    examples = ["deelscooters op het trottoir", "overal deelscooters voor de deur"] * 10
    model.learn(examples, ["nieuw.deelscooters"] * len(examples))
    assert "nieuw.deelscooters" in model.themes
    assert model.predict("weer deelscooters op de stoep").theme == "nieuw.deelscooters"


def test_learn_rejects_mismatched_lengths(classifier):
    with pytest.raises(ValueError, match="differ"):
        classifier.learn(["een"], [])


def test_deterministic_and_serialisable(classifier):
    again = ThemeClassifier(SEEDS, seed=3)
    assert again.to_bytes() == classifier.to_bytes()
    restored = ThemeClassifier.from_bytes(classifier.to_bytes())
    texts = ["herrie", "jeugd op straat", "niets bijzonders", "vuilnis"]
    assert restored.predict_many(texts) == classifier.predict_many(texts)
    assert restored.to_bytes() == classifier.to_bytes()
