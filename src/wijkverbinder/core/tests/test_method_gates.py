"""Refusals of steps 2-4 and escalation: each refusal fails this test if its rule breaks."""

from __future__ import annotations

from datetime import date

import pytest

from wijkverbinder.core.knowledge.vocabulary import BuurtbemiddelingExclusion, InterventionLevel
from wijkverbinder.core.method import (
    BuurtbemiddelingIntake,
    CheckInOutcome,
    MethodCode,
    MethodRefusalError,
    StakeholderContact,
    StakeholderRole,
    assess_intake,
    ensure_meeting_allowed,
    ensure_step2_gate,
    has_binding_item,
    next_level,
    parse_exclusions,
    propose_escalation,
)

NOT_IMPROVING = (CheckInOutcome(on=date(2025, 2, 1), improving=False),)


def test_step2_refusal_carries_code_and_dutch_message():
    with pytest.raises(MethodRefusalError) as refused:
        ensure_step2_gate(stakeholders=[], impartiality_checked=True)
    assert refused.value.code is MethodCode.STEP2_INCOMPLETE
    assert "bewoners die last ervaren" in refused.value.message


def test_uncontacted_affected_resident_does_not_count():
    stakeholders = [StakeholderContact(role=StakeholderRole.AFFECTED, contacted=False)]
    with pytest.raises(MethodRefusalError):
        ensure_step2_gate(stakeholders=stakeholders, impartiality_checked=True)


def test_meeting_refusal_for_social_media_on_sensitive_theme():
    with pytest.raises(MethodRefusalError) as refused:
        ensure_meeting_allowed(
            format_code="social_media",
            theme_sensitive=True,
            professionals_present=1,
            agenda=["Wat bindt ons?"],
        )
    assert refused.value.code is MethodCode.SOCIAL_MEDIA_SENSITIVE


def test_social_media_allowed_for_non_sensitive_theme():
    warnings = ensure_meeting_allowed(
        format_code="social_media",
        theme_sensitive=False,
        professionals_present=1,
        agenda=["Wat bindt ons?"],
    )
    assert warnings == ()


def test_meeting_refusal_without_binding_item():
    with pytest.raises(MethodRefusalError) as refused:
        ensure_meeting_allowed(
            format_code="portiekgesprek",
            theme_sensitive=False,
            professionals_present=1,
            agenda=["Welkom"],
        )
    assert refused.value.code is MethodCode.AGENDA_WITHOUT_BINDING_ITEM


def test_professionals_warning_respects_configured_limit():
    warnings = ensure_meeting_allowed(
        format_code="portiekgesprek",
        theme_sensitive=False,
        professionals_present=3,
        agenda=["Wat verbindt ons als buren"],
        max_professionals=3,
    )
    assert warnings == ()


def test_unknown_meeting_format_is_refused():
    with pytest.raises(MethodRefusalError) as refused:
        ensure_meeting_allowed(
            format_code="rave", theme_sensitive=False, professionals_present=0, agenda=[]
        )
    assert refused.value.code is MethodCode.INVALID_INPUT


@pytest.mark.parametrize(
    ("agenda", "expected"),
    [(["Wat bindt ons?"], True), (["Ons gemeenschappelijk belang"], True), (["Klachten"], False)],
)
def test_binding_item_detection(agenda, expected):
    assert has_binding_item(agenda) is expected


def test_intake_not_voluntary_or_not_addressable_blocks():
    result = assess_intake(
        BuurtbemiddelingIntake(parties_voluntary=False, parties_addressable=False)
    )
    assert not result.eligible
    assert len(result.reasons) == 2
    assert any("GGZ" in referral for referral in result.referrals)


def test_every_exclusion_blocks_and_refers():
    for criterion in BuurtbemiddelingExclusion:
        intake = BuurtbemiddelingIntake(
            parties_voluntary=True, parties_addressable=True, exclusions=frozenset({criterion})
        )
        result = assess_intake(intake)
        assert not result.eligible, criterion
        assert result.referrals, criterion


def test_unknown_exclusion_code_is_refused():
    with pytest.raises(MethodRefusalError) as refused:
        parse_exclusions(["ruzie_om_de_kat"])
    assert refused.value.code is MethodCode.INVALID_INPUT


def test_skipping_excluded_buurtbemiddeling_needs_no_extra_reason():
    intake = BuurtbemiddelingIntake(
        parties_voluntary=True,
        parties_addressable=True,
        exclusions=frozenset({BuurtbemiddelingExclusion.BINNEN_FAMILIE}),
    )
    proposal = propose_escalation(
        current=InterventionLevel.PROFESSIONELE_ONDERSTEUNING,
        check_ins=NOT_IMPROVING,
        target=InterventionLevel.AANSPREKEN_CORPORATIE_OF_WIJKAGENT,
        intake=intake,
    )
    assert proposal.skipped == (InterventionLevel.BUURTBEMIDDELING,)
    assert "uitgesloten" in proposal.reason
    assert proposal.referrals


def test_skip_with_reason_is_allowed():
    proposal = propose_escalation(
        current=InterventionLevel.BEWONERS_ZELF,
        check_ins=NOT_IMPROVING,
        target=InterventionLevel.AANSPREKEN_CORPORATIE_OF_WIJKAGENT,
        skip_reason="Structurele intimidatie van de buren.",
    )
    assert proposal.reason == "Structurele intimidatie van de buren."
    assert len(proposal.skipped) == 2


def test_latest_check_in_decides():
    check_ins = [
        CheckInOutcome(on=date(2025, 1, 1), improving=False),
        CheckInOutcome(on=date(2025, 2, 1), improving=True),
    ]
    with pytest.raises(MethodRefusalError) as refused:
        propose_escalation(current=InterventionLevel.BEWONERS_ZELF, check_ins=check_ins)
    assert refused.value.code is MethodCode.ESCALATION_WITHOUT_FAILED_CHECK_IN


def test_same_level_and_top_of_ladder_are_refused():
    with pytest.raises(MethodRefusalError) as same:
        propose_escalation(
            current=InterventionLevel.BUURTBEMIDDELING,
            check_ins=NOT_IMPROVING,
            target=InterventionLevel.BUURTBEMIDDELING,
        )
    assert same.value.code is MethodCode.SAME_LEVEL
    with pytest.raises(MethodRefusalError) as top:
        propose_escalation(current=InterventionLevel.BESTUURLIJK, check_ins=NOT_IMPROVING)
    assert top.value.code is MethodCode.TOP_OF_LADDER


def test_administrative_rung_is_informational():
    proposal = propose_escalation(
        current=InterventionLevel.AANSPREKEN_CORPORATIE_OF_WIJKAGENT, check_ins=NOT_IMPROVING
    )
    assert proposal.to_level is InterventionLevel.BESTUURLIJK
    assert proposal.informational_only


def test_next_level_order():
    assert (
        next_level(InterventionLevel.BEWONERS_ZELF) is InterventionLevel.PROFESSIONELE_ONDERSTEUNING
    )
    assert next_level(InterventionLevel.BESTUURLIJK) is None
