"""`wijkverbinder effect`: text and JSON for the user's own trajectory; another team's or an unknown
id, an unknown user and a bad moment exit with status 2 and a Dutch message (issue 15)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from wijkverbinder.portal.demo.trajectory import build_demo_trajectory
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests.test_effect import _history

pytestmark = pytest.mark.django_db


@pytest.fixture
def handed_over(demo: None) -> Trajectory:
    _history()
    return build_demo_trajectory(end=timezone.localdate())


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("effect", *args, stdout=out)
    return out.getvalue()


def test_text_and_json(handed_over: Trajectory) -> None:
    text = _run(str(handed_over.uuid), "--user", "joost")
    assert "Gemeten vanaf de overdracht" in text
    assert "Daling: ongeveer" in text
    document = json.loads(_run(str(handed_over.uuid), "--user", "joost", "--json"))
    assert document["oordeel"] == "daling"
    assert document["moment"] == "overdracht"
    assert document["plek"] == {"niveau": "straat", "naam": "Tulpenhof"}
    assert document["interval90"]["boven"] < 1
    assert len(document["weken"]) > 20
    start = json.loads(
        _run(str(handed_over.uuid), "--user", "joost", "--json", "--moment", "start")
    )
    assert start["moment"] == "start"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--user", "pieter"), "Dit traject bestaat niet of hoort niet bij uw team."),
        (("--user", "niemand"), "Gebruiker 'niemand' bestaat niet."),
    ],
)
def test_refused_with_status_2(
    handed_over: Trajectory, args: tuple[str, ...], message: str
) -> None:
    with pytest.raises(CommandError) as refused:
        _run(str(handed_over.uuid), *args)
    assert refused.value.returncode == 2
    assert str(refused.value) == message


def test_unknown_id_and_moment_not_reached(demo: None) -> None:
    with pytest.raises(CommandError) as unknown:
        _run("geen-id", "--user", "joost")
    assert unknown.value.returncode == 2
    from wijkverbinder.trajectories.tests import factories

    started = factories.started()
    with pytest.raises(CommandError) as not_yet:
        _run(str(started.uuid), "--user", "joost", "--moment", "overdracht")
    assert not_yet.value.returncode == 2
    assert str(not_yet.value) == "Dit traject heeft nog geen overdracht."
