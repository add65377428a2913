"""The `wijkverbinder detect` command: output shape, ordering, Dutch errors with exit code 2.

The command runs in a subprocess through the console-script entry point (core may not import the
CLI package; the import-linter contract forbids it).
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys

from wijkverbinder.core.synthetic import generate_town, write_csv

HEADER = "id,date,text,neighbourhood,street,lat,lon,role,household\n"
_ENTRY = "import sys; from wijkverbinder.cli import main; raise SystemExit(main())"


def run(argv: list[str]) -> int:
    """Run `wijkverbinder detect` with ``argv``; stderr is echoed for capsys."""
    done = subprocess.run(
        [sys.executable, "-c", _ENTRY, "detect", *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    sys.stderr.write(done.stderr)
    return done.returncode


def test_writes_questions_sorted_by_score(tmp_path):
    town = generate_town(3000, seed=2)
    write_csv(town.signals, tmp_path / "in.csv")
    seeds = tmp_path / "seeds.json"
    seeds.write_text(json.dumps({"overlast.geluid": ["herrie", "lawaai"]}), encoding="utf-8")
    out = tmp_path / "out.json"
    assert run([str(tmp_path / "in.csv"), "--output", str(out), "--seeds", str(seeds)]) == 0
    questions = json.loads(out.read_text(encoding="utf-8"))["collective_questions"]
    assert questions
    keys = {"id", "theme", "signal_ids", "households", "neighbourhood", "street", "start", "end",
            "score", "keywords", "examples"}  # fmt: skip
    assert keys <= set(questions[0])
    scores = [q["score"] for q in questions]
    assert scores == sorted(scores, reverse=True)


def test_missing_file_is_a_dutch_error(tmp_path, capsys):
    assert run([str(tmp_path / "nope.csv"), "--output", str(tmp_path / "o.json")]) == 2
    err = capsys.readouterr().err
    assert "bestaat niet" in err
    # the same voice as the other commands ("wijkverbinder advise: …"), not "Fout: …"
    assert err.startswith("wijkverbinder detect: ")


def test_missing_seeds_file_is_a_dutch_error(tmp_path, capsys):
    """The seeds file is read with open(): its OSError spoke English ("No such file")."""
    (tmp_path / "in.csv").write_text(HEADER, encoding="utf-8")
    argv = [str(tmp_path / "in.csv"), "--output", str(tmp_path / "o.json")]
    assert run([*argv, "--seeds", str(tmp_path / "geen.json")]) == 2
    err = capsys.readouterr().err
    assert err == f"wijkverbinder detect: bestand '{tmp_path / 'geen.json'}' bestaat niet.\n"


def test_seeds_file_that_is_not_utf8_is_a_dutch_error(tmp_path, capsys):
    """A seeds file in another encoding was a UnicodeDecodeError with a traceback."""
    (tmp_path / "in.csv").write_text(HEADER, encoding="utf-8")
    seeds = tmp_path / "seeds.json"
    seeds.write_bytes(b"\xff\xfe{")
    assert (
        run([str(tmp_path / "in.csv"), "--output", str(tmp_path / "o.json"), "--seeds", str(seeds)])
        == 2
    )
    assert "geen tekst in UTF-8" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_missing_columns(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("id,date,text\n1,2024-01-01,herrie\n", encoding="utf-8")
    assert run([str(path), "--output", str(tmp_path / "o.json")]) == 2
    assert "kolommen ontbreken: neighbourhood" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_bad_rows_stop_or_are_skipped(tmp_path, capsys):
    path = tmp_path / "rows.csv"
    path.write_text(
        HEADER
        + "1,2024-13-01,herrie,BU00000001,Kerkstraat,,,affected,h1\n"
        + "2,2024-01-02,,BU00000001,Kerkstraat,,,affected,h2\n"
        + "3,02-01-2024,herrie,BU00000001,Kerkstraat,52.1,500,affected,h3\n"
        + "4,02-01-2024,herrie,BU00000001,Kerkstraat,52.1,5.1,affected,h4\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.json"
    assert run([str(path), "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert "3 foute regel(s)" in err
    assert "regel 2: ongeldige datum '2024-13-01'" in err
    assert "regel 3: tekst ontbreekt" in err
    assert "lengtegraad 500.0 ligt buiten Nederland" in err
    assert run([str(path), "--output", str(out), "--skip-invalid"]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == {"collective_questions": []}


def test_not_utf8_and_bad_arguments(tmp_path, capsys):
    path = tmp_path / "latin.csv"
    path.write_bytes((HEADER + "1,2024-01-01,caf\xe9,,,,,,\n").encode("latin-1"))
    assert run([str(path), "--output", str(tmp_path / "o.json")]) == 2
    assert "geen UTF-8" in capsys.readouterr().err
    assert run([str(path)]) == 2


def test_bad_seeds_file(tmp_path, capsys):
    path = tmp_path / "in.csv"
    path.write_text(
        HEADER + "1,2024-01-01,herrie,BU00000001,Kerkstraat,,,affected,h1\n", encoding="utf-8"
    )
    seeds = tmp_path / "seeds.json"
    seeds.write_text("{niet: json", encoding="utf-8")
    assert run([str(path), "--output", str(tmp_path / "o.json"), "--seeds", str(seeds)]) == 2
    assert "geen geldige JSON" in capsys.readouterr().err


def test_examples_in_the_output_are_redacted(tmp_path):
    """The input file may hold raw notes; the examples quoted in the output never do."""
    town = generate_town(3000, seed=2)
    write_csv(town.signals, tmp_path / "in.csv")
    lines = (tmp_path / "in.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    column = header.index("text")
    raw = tmp_path / "raw.csv"
    with raw.open("w", encoding="utf-8", newline="") as target:
        writer = csv.writer(target)
        writer.writerow(header)
        for row in csv.reader(lines[1:]):
            row[column] = f"Mevrouw Jansen (06-12345678) zegt: {row[column]}"
            writer.writerow(row)
    out = tmp_path / "out.json"
    assert run([str(raw), "--output", str(out)]) == 0
    questions = json.loads(out.read_text(encoding="utf-8"))["collective_questions"]
    examples = [text for question in questions for text in question["examples"]]
    assert examples
    assert all("Mevrouw [NAAM] ([TELEFOON]) zegt:" in text for text in examples)
    assert "Jansen" not in out.read_text(encoding="utf-8")
