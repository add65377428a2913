"""Ranking, formats and the JSON shape of the advice."""

from __future__ import annotations

from wijkverbinder.core.advice import AdviceRequest, Goal, advice_as_dict, advise
from wijkverbinder.core.knowledge.vocabulary import Fit
from wijkverbinder.core.vocabulary import Phase


def test_every_phase_offers_approaches_with_content():
    for phase in Phase:
        advice = advise(AdviceRequest(phase=phase))
        assert advice.approaches, phase
        for item in advice.approaches:
            assert item.reasons[0].startswith("hoort bij de fase")
            assert item.works, item.approach.code


def test_goal_keywords_lift_an_approach():
    plain = advise(AdviceRequest(phase=Phase.ONGEMAK))
    goal = (Goal(text="een schone en veilige speelplek", set_with=("ouders",)),)
    lifted = advise(AdviceRequest(phase=Phase.ONGEMAK, goals=goal))
    assert plain.approaches[0].approach.code == "dialoog"
    assert lifted.approaches[0].approach.code == "samenwerken_gemeenschappelijk_belang"


def test_ranks_are_consecutive_and_scores_descending():
    advice = advise(AdviceRequest(phase=Phase.SPANNING, sensitive=True, large_differences=True))
    assert [a.rank for a in advice.approaches] == list(range(1, len(advice.approaches) + 1))
    scores = [a.score for a in advice.approaches]
    assert scores == sorted(scores, reverse=True)


def test_formats_exclude_avoided_and_put_good_first():
    advice = advise(AdviceRequest(phase=Phase.SPANNING, sensitive=True))
    fits = [f.fit for f in advice.formats]
    assert Fit.AVOID not in fits
    assert fits == sorted(fits, key=list(Fit).index)
    codes = {f.format.code for f in advice.formats}
    assert not {"social_media", "plenaire_infoavond", "buurt_bbq"} & codes


def test_practice_examples_come_with_links():
    advice = advise(AdviceRequest(phase=Phase.RUST))
    helping = next(a for a in advice.approaches if a.approach.code == "elkaar_helpen")
    assert helping.practice_examples[0].url.startswith("https://")


def test_json_shape():
    data = advice_as_dict(advise(AdviceRequest(phase=Phase.INCIDENTEN, planned_format="buurt_bbq")))
    assert data["fase"]["code"] == "incidenten"
    assert data["aanpakken"][0]["code"] == "aanpakken_en_handhaven"
    codes = [w["code"] for w in data["waarschuwingen"]]
    assert codes == sorted(codes)
    assert {"code", "regel", "titel", "melding", "suggestie", "bron", "geverifieerd"} <= set(
        data["waarschuwingen"][0]
    )
