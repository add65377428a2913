"""`wijkverbinder advise`: text and JSON output, same advice as the core, Dutch errors with exit 2."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from wijkverbinder.cli import advise as cli
from wijkverbinder.core.advice import AdviceRequest, advice_as_dict, advise
from wijkverbinder.core.vocabulary import Phase


def test_json_output_equals_core_advice(capsys):
    code = cli.run(
        ["--phase", "spanning", "--sensitive", "--format", "plenaire_infoavond", "--json"]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    expected = advice_as_dict(
        advise(
            AdviceRequest(phase=Phase.SPANNING, sensitive=True, planned_format="plenaire_infoavond")
        )
    )
    assert data == json.loads(json.dumps(expected))
    assert "ADV002" in {w["code"] for w in data["waarschuwingen"]}
    assert "ADV007" not in {w["code"] for w in data["waarschuwingen"]}
    assert [s["code"] for s in data["volgende_stappen"]] == ["doelen_vastleggen"]
    assert all(w["bron"].startswith("http") for w in data["waarschuwingen"])


def test_text_output_is_dutch_with_codes_and_sources(capsys):
    code = cli.run(
        ["--phase", "incidenten", "--format", "buurt_bbq", "--exclusion", "binnen_familie"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Fase: Incidenten (rood)" in out
    assert "[ADV001]" in out
    assert "[ADV006]" in out
    assert "(https://" in out
    assert "Bron: De Wijkverbinder" in out
    assert "(niet nu) Buurtbemiddeling" in out


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, Any]:
    assert cli.run([*argv, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_goals_set_with_a_resident_group_silence_adv007(capsys):
    base = ["--phase", "rust", "--goal", "kennismaken"]
    data = _json(capsys, [*base, "--goals-set-with", "bewoners_straat"])
    assert "ADV007" not in {w["code"] for w in data["waarschuwingen"]}
    assert data["doelen"][0]["met_bewoners"] is True
    partners = ["--goals-set-with", "gemeente", "--goals-set-with", "wijkagent"]
    data = _json(capsys, [*base, *partners])
    assert "ADV007" in {w["code"] for w in data["waarschuwingen"]}


def test_free_text_for_who_set_the_goals_is_refused(capsys):
    """The probe from issue 13: free text no longer counts as 'set with residents'."""
    argv = ["--phase", "rust", "--goal", "x", "--goals-set-with", "de gemeente en de wijkagent"]
    assert cli.run(argv) == 2
    assert (
        "Onbekende bewonersgroep of partner 'de gemeente en de wijkagent'"
        in capsys.readouterr().err
    )


def test_safety_restored_flag_is_refused(capsys):
    assert cli.run(["--phase", "incidenten", "--safety-restored"]) == 2
    assert "--safety-check" in capsys.readouterr().err


def test_recorded_safety_check_opens_the_next_step(capsys):
    """The probe from issue 13: after incidents, a passing safety check offers bridging contact."""
    today = date.today().isoformat()
    check = ["--safety-check", today, "--no-new-incidents", "--unsafety-addressed"]
    check += ["--residents-feel-safer", "--confirmed-by", "wijkagent"]
    plan = ["--phase", "incidenten", "--approach", "samenwerken_gemeenschappelijk_belang"]
    before = _json(capsys, plan)
    after = _json(capsys, [*plan, *check])
    assert "ADV003" in {w["code"] for w in before["waarschuwingen"]}
    assert "samenwerken_gemeenschappelijk_belang" in {h["code"] for h in before["niet_nu"]}
    assert {w["code"] for w in after["waarschuwingen"]} & {"ADV003", "ADV009"} == set()
    assert "samenwerken_gemeenschappelijk_belang" in {a["code"] for a in after["aanpakken"]}
    steps = [s["code"] for s in after["volgende_stappen"]]
    assert steps[-2:] == ["overbruggen_na_veiligheid", "fase_opnieuw_bepalen"]
    assert after["veiligheidscontrole"]["hersteld"] is True
    assert len(after["contactvoorwaarden"]) == 4


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--phase", "storm"], "Onbekende fase 'storm'"),
        (["--phase", "rust", "--format", "rave"], "Onbekende bijeenkomstvorm 'rave'"),
        (["--phase", "rust", "--exclusion", "kat"], "Onbekend criterium 'kat'"),
        ([], "Geef een fase op"),
        (["--phase"], "verwacht één waarde"),
        (["--phase", "rust", "--onzin"], "onbekende argumenten"),
        (["--phase", "incidenten", "--safety-check", "gisteren"], "Ongeldige datum 'gisteren'"),
        (
            ["--phase", "incidenten", "--safety-check", "2025-01-01", "--confirmed-by", "buurman"],
            "Onbekende partner 'buurman'",
        ),
    ],
)
def test_bad_input_gives_dutch_message_and_exit_2(capsys, argv, fragment):
    assert cli.run(argv) == 2
    captured = capsys.readouterr()
    assert fragment in captured.err
    assert captured.out == ""


def test_help_exits_zero(capsys):
    assert cli.run(["--help"]) == 0
    assert "--phase" in capsys.readouterr().out


def test_dispatch_through_console_script(capsys):
    from wijkverbinder.cli import main

    assert main(["advise", "--phase", "ongemak", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["fase"]["code"] == "ongemak"


@pytest.mark.parametrize("who", ["ouders", "de gemeente en de wijkagent"])
def test_who_set_the_goals_without_a_goal_is_refused(capsys, who):
    """Not silently ignored: without --goal the setters mean nothing, so the run is refused."""
    assert cli.run(["--phase", "ongemak", "--goals-set-with", who]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "maar geen doel" in captured.err
    assert "--goal" in captured.err
