"""The verdict never claims more than the 90 % interval allows (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wijkverbinder.core.effect import wording


@given(
    ratio=st.floats(0.01, 20.0),
    below=st.floats(1.0, 10.0),
    above=st.floats(1.0, 10.0),
)
def test_a_claim_only_when_the_interval_excludes_one(
    ratio: float, below: float, above: float
) -> None:
    low, high = ratio / below, ratio * above
    code = wording.verdict(ratio, low, high)
    text = wording.describe(code, ratio, low, high)
    if low <= 1.0 <= high:
        assert code not in {"daling", "stijging"}
        assert not text.startswith(("Daling:", "Stijging:"))
    if code == "daling":
        assert high < 1.0
    if code == "stijging":
        assert low > 1.0


def test_the_words() -> None:
    assert wording.verdict(0.6, 0.4, 0.9) == "daling"
    assert wording.verdict(1.6, 1.1, 2.4) == "stijging"
    assert wording.verdict(0.7, 0.4, 1.2) == "daling_onzeker"
    assert wording.verdict(1.3, 0.9, 1.9) == "stijging_onzeker"
    assert wording.verdict(0.95, 0.7, 1.3) == "geen_verandering"
    assert wording.describe("daling_onzeker", 0.7, 0.4, 1.2).startswith(
        "Daling, maar te weinig meldingen om zeker te zijn: ongeveer 30 % minder"
    )
    assert "tussen 60 % minder en 20 % meer" in wording.describe("daling_onzeker", 0.7, 0.4, 1.2)
    assert wording.describe("geen_verandering", 1.0, 0.4, 2.5).endswith(
        "Het interval is breed: een flink effect is ook nog mogelijk."
    )
    assert wording.describe_insufficient("te_weinig_meldingen") == (
        "Te weinig meldingen om iets over het effect te zeggen."
    )
