"""Order of the steps (MTH016) and the gate from step 3 to step 4 (MTH015)."""

from __future__ import annotations

import pytest

from wijkverbinder.core.method import (
    MethodCode,
    MethodRefusalError,
    Step,
    check_step3_done,
    ensure_next_step,
    ensure_step3_done,
    next_step,
)


def test_steps_are_numbered_in_order():
    assert [step.number for step in Step] == [1, 2, 3, 4]
    assert next_step(Step.CONNECT) is Step.HAND_OVER
    assert next_step(Step.HAND_OVER) is None


def test_one_step_forward_is_allowed():
    ensure_next_step(current=Step.MAP_NETWORK, target=Step.CONNECT)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Step.MAP_NETWORK, Step.HAND_OVER),
        (Step.CONNECT, Step.MAP_NETWORK),
        (Step.CONNECT, Step.CONNECT),
        (Step.HAND_OVER, Step.HAND_OVER),
    ],
)
def test_skipping_or_going_back_is_refused(current: Step, target: Step):
    with pytest.raises(MethodRefusalError) as refused:
        ensure_next_step(current=current, target=target)
    assert refused.value.code is MethodCode.STEP_OUT_OF_ORDER
    assert "stap" in refused.value.message


def test_step4_needs_a_meeting():
    assert not check_step3_done(meetings=0).passed
    assert check_step3_done(meetings=1).passed
    with pytest.raises(MethodRefusalError) as refused:
        ensure_step3_done(meetings=0)
    assert refused.value.code is MethodCode.STEP3_INCOMPLETE
    assert "bijeenkomst" in refused.value.message
