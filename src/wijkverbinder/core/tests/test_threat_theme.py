"""The theme for threats and violence (issue 13): seeds, Signalen mapping and phase evidence.

Sources of the evidence rules: Movisie, 'Fasen van polarisatie' (violent incidents are the
heaviest phase), https://www.movisie.nl/artikel/fasen-polarisatie-wat-helpt-om-onveilige-situaties-te-verminderen ,
and Platform31 Wijkengids 10.6 (threats as serious woonoverlast),
http://www.platform31.nl/wijkengids/10-wijkveiligheid/10-6-de-aanpak-van-woonoverlast .
"""

from __future__ import annotations

import pytest

from wijkverbinder.core.classify import ThemeClassifier
from wijkverbinder.core.diagnosis import diagnose
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.core.vocabulary import Phase

THEME = "veiligheid.bedreiging_en_geweld"
CALM = {
    "waargenomen": ["langs_elkaar_heen"],
    "hoe_vaak": "soms",
    "gemeld_door": ["bewoners_een_groep"],
}


@pytest.fixture(scope="module")
def classifier() -> ThemeClassifier:
    return ThemeClassifier(load_taxonomy().seeds(), seed=3)


def test_theme_exists_with_its_own_seed_words():
    taxonomy = load_taxonomy()
    theme = taxonomy.get(THEME)
    assert theme is not None
    assert theme.label == "Bedreiging en geweld"
    assert 20 <= len(theme.seed_words) <= 40
    assert taxonomy.full_label(THEME) == "Veiligheid › Bedreiging en geweld"
    others = {w for code, words in taxonomy.seeds().items() if code != THEME for w in words}
    assert not set(theme.seed_words) & others


@pytest.mark.parametrize(
    "text",
    [
        "De buurman heeft haar bedreigd met een mes",
        "Vechtpartij voor de flat, iemand is geslagen en geschopt",
        "Bewoner kreeg een doodsbedreiging door de brievenbus",
    ],
)
def test_threat_texts_get_the_theme(classifier, text):
    assert classifier.predict(text).theme == THEME


def test_unsafe_feeling_stays_its_own_theme(classifier):
    prediction = classifier.predict("Het pad naar het station is donker en slecht verlicht, eng")
    assert prediction.theme == "veiligheid.onveilig_gevoel"


def test_no_signalen_category_is_mapped_to_threats():
    """Signalen's public-space categories have no category for threats; none is forced onto it."""
    taxonomy = load_taxonomy()
    assert THEME not in {theme for _name, theme in taxonomy.signalen}
    assert taxonomy.map_signalen("overige-overlast-door-personen") == "overig"


def test_one_threat_signal_raises_the_floor_to_spanning():
    result = diagnose(answers=CALM, signal_counts={THEME: 1})
    assert result.phase is Phase.SPANNING
    assert result.raised_by_evidence
    assert [e.floor_phase for e in result.evidence] == [Phase.SPANNING]


def test_two_threat_signals_raise_the_floor_to_incidenten():
    result = diagnose(answers=CALM, signal_counts={THEME: 2})
    assert result.phase is Phase.INCIDENTEN
    assert {e.floor_phase for e in result.evidence} == {Phase.INCIDENTEN, Phase.SPANNING}
    assert result.evidence[0].floor_phase is Phase.INCIDENTEN


def test_main_theme_counts_threats_and_vandalism_apart():
    result = diagnose(answers=CALM, signal_counts={"veiligheid.vernieling": 1, THEME: 1})
    assert result.phase is Phase.SPANNING
