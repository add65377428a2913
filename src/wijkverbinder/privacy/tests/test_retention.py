"""Retention on a small golden set: exactly what the policy says is removed, counts stay."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.intake.models import Signal, SignalEdit, SignalImport
from wijkverbinder.privacy.models import RetentionRun
from wijkverbinder.privacy.retention import apply_retention
from wijkverbinder.trajectories.models import Contact, Stakeholder, Trajectory, TrajectoryEvent

NOW = timezone.now()


def _ago(days: int) -> object:
    return NOW - timedelta(days=days)


def _signal(team: Team, buurt: Neighbourhood, *, days_ago: int, text: str = "Lawaai") -> Signal:
    signal = Signal.objects.create(
        team=team,
        observed_on=date(2020, 3, 15),
        neighbourhood=buurt,
        text=text,
        theme="overlast.geluid",
        household="abc",
        lat=52.3,
        lon=5.6,
    )
    SignalEdit.objects.create(signal=signal, action="update", changes={"text": ["a", "b"]})
    Signal.objects.filter(pk=signal.pk).update(updated_at=_ago(days_ago))
    return signal


def _question(
    team: Team, buurt: Neighbourhood, *, days_ago: int, signals: list[Signal]
) -> CollectiveQuestion:
    question = CollectiveQuestion.objects.create(
        team=team, neighbourhood=buurt, theme="overlast.geluid", title="Geluid", examples=["Lawaai"]
    )
    CollectiveQuestion.objects.filter(pk=question.pk).update(
        created_at=_ago(days_ago), detected_at=_ago(days_ago)
    )
    question.signals.add(*signals)
    return question


def _trajectory(team: Team, buurt: Neighbourhood, *, status: str, days_ago: int) -> Trajectory:
    trajectory = Trajectory.objects.create(
        team=team,
        district=buurt.district,
        neighbourhood=buurt,
        theme="overlast.geluid",
        title="Rust in de Kastanjelaan",
        step="hand_over",
        status=status,
    )
    holder = Stakeholder.objects.create(
        trajectory=trajectory,
        kind="household",
        role="affected",
        label="Huishouden 1",
        reached="own_contact",
        note="Woont er al lang",
    )
    Contact.objects.create(
        trajectory=trajectory,
        stakeholder=holder,
        on=date(2020, 1, 1),
        format="gesprek",
        summary="Gesprek",
    )
    TrajectoryEvent.objects.create(
        trajectory=trajectory, kind="contact", detail="Gesprek met Huishouden 1"
    )
    Trajectory.objects.filter(pk=trajectory.pk).update(updated_at=_ago(days_ago))
    return trajectory


@pytest.fixture
def golden(demo: None) -> dict[str, Any]:
    team = Team.objects.get(name="Wijkteam W")
    buurt = Neighbourhood.objects.get(code="BU99010102")
    old = _signal(team, buurt, days_ago=800)
    recent = _signal(team, buurt, days_ago=100)
    in_active = _signal(team, buurt, days_ago=800)
    in_stale = _signal(team, buurt, days_ago=800)
    emptied = _signal(team, buurt, days_ago=800, text="")
    active_q = _question(team, buurt, days_ago=10, signals=[in_active])
    stale_q = _question(team, buurt, days_ago=900, signals=[in_stale])
    closed_long_ago = _trajectory(team, buurt, status="closed", days_ago=6 * 365)
    closed_lately = _trajectory(team, buurt, status="closed", days_ago=365)
    active_old = _trajectory(team, buurt, status="active", days_ago=6 * 365)
    old_import = SignalImport.objects.create(team=team, filename="export-oud.csv", format="x")
    SignalImport.objects.filter(pk=old_import.pk).update(at=_ago(3 * 365))
    new_import = SignalImport.objects.create(team=team, filename="export-nieuw.csv", format="x")
    return locals()


def test_golden_set(golden: dict[str, Any]) -> None:
    report = apply_retention(now=NOW, username="test")
    assert report.counts == {
        "signal": 2,
        "collective_question": 1,
        "trajectory": 1,
        "signal_import": 1,
    }
    texts = {
        name: Signal.objects.get(pk=golden[name].pk)
        for name in ("old", "recent", "in_active", "in_stale")
    }
    for name in ("old", "in_stale"):
        signal = texts[name]
        assert (signal.text, signal.household, signal.lat) == ("", "", None)
        assert signal.theme == "overlast.geluid"  # the anonymous count stays
        assert not SignalEdit.objects.filter(signal=signal).exclude(changes={}).exists()
    for name in ("recent", "in_active"):
        assert texts[name].text == "Lawaai"
        assert texts[name].household == "abc"
    assert CollectiveQuestion.objects.get(pk=golden["stale_q"].pk).examples == []
    assert CollectiveQuestion.objects.get(pk=golden["active_q"].pk).examples == ["Lawaai"]
    gone = Trajectory.objects.get(pk=golden["closed_long_ago"].pk)
    assert gone.title == ""
    assert Contact.objects.get(trajectory=gone).summary == ""
    assert TrajectoryEvent.objects.get(trajectory=gone).detail == ""
    assert Stakeholder.objects.get(trajectory=gone).note == ""
    for name in ("closed_lately", "active_old"):
        assert Trajectory.objects.get(pk=golden[name].pk).title == "Rust in de Kastanjelaan"
    assert SignalImport.objects.get(pk=golden["old_import"].pk).filename == ""
    assert SignalImport.objects.get(pk=golden["new_import"].pk).filename == "export-nieuw.csv"
    assert report.tombstones == [
        {
            "kind": "signal",
            "team": golden["team"].pk,
            "buurt": "BU99010102",
            "theme": "overlast.geluid",
            "month": "2020-03",
            "count": 2,
        }
    ]
    assert apply_retention(now=NOW).counts["signal"] == 0  # idempotent


def test_dry_run_changes_nothing_and_is_recorded(
    golden: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("retention", "--dry-run")
    out = capsys.readouterr().out
    assert "Zou verwijderen" in out
    assert Signal.objects.filter(text="Lawaai").count() == 4
    run = RetentionRun.objects.get()
    assert run.dry_run
    assert run.counts["signal"] == 2
    call_command("retention")
    assert Signal.objects.filter(text="Lawaai").count() == 2
