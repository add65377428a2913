"""`wijkverbinder advise`: text and JSON output, same advice as the core, Dutch errors with exit 2."""

from __future__ import annotations

import json

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
    assert {"ADV002", "ADV007"} <= {w["code"] for w in data["waarschuwingen"]}
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
    assert "Bron: https://" in out
    assert "(niet nu) Buurtbemiddeling" in out


def test_goals_set_with_residents_silences_adv007(capsys):
    cli.run(
        [
            "--phase",
            "rust",
            "--goal",
            "kennismaken",
            "--goals-set-with",
            "bewoners Lindelaan",
            "--json",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert "ADV007" not in {w["code"] for w in data["waarschuwingen"]}


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--phase", "storm"], "Onbekende fase 'storm'"),
        (["--phase", "rust", "--format", "rave"], "Onbekende bijeenkomstvorm 'rave'"),
        (["--phase", "rust", "--exclusion", "kat"], "Onbekend criterium 'kat'"),
        ([], "Geef een fase op"),
        (["--phase"], "verwacht een waarde"),
        (["--phase", "rust", "--onzin"], "onbekende opties"),
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
