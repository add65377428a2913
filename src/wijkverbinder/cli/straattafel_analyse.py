"""`wijkverbinder straattafel-analyse`: Polis's analysis of a folder in the openData layout.

    wijkverbinder straattafel-analyse DIR [--meta IDS] [--split-rule] [--json]

Reads `comments.csv` and `votes.csv` (or `participants-votes.csv`) from DIR, without a database.
Statements with `moderated = -1` are left out of the grouping, as are meta statements (`is-meta`
in newer exports, or `--meta 1,4-14` for old exports without that column). `--split-rule` applies
the straattafel's "no meaningful split" rule (a documented deviation from Polis). Prints a Dutch
summary, or with `--json` the document described in `core.straattafel.output`. Bad input gives a
Dutch message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wijkverbinder.cli.advise import _Parser, _UsageError
from wijkverbinder.core.straattafel import Analysis, AnalysisOptions, analyse
from wijkverbinder.core.straattafel.opendata import OpenDataError, parse_id_list, read_conversation
from wijkverbinder.core.straattafel.output import analysis_as_dict

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wijkverbinder straattafel-analyse",
        description="Meningsgroepen en gemeenschappelijke grond van een gesprek in de openData-indeling.",
    )
    parser.add_argument("folder", help="map met comments.csv en votes.csv")
    parser.add_argument("--meta", default="", help="meta-stellingen, bijvoorbeeld 1,4-14")
    parser.add_argument(
        "--split-rule", action="store_true", help="regel 'geen betekenisvolle tweedeling' toepassen"
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    return parser


def run(argv: list[str]) -> int:
    """Entry point; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except _UsageError as error:
        return _fail(f"Ongeldige invoer: {error}")
    except SystemExit as done:  # --help
        return int(done.code or 0)
    try:
        conversation = read_conversation(Path(args.folder))
        meta = conversation.meta | parse_id_list(args.meta)
    except OpenDataError as error:
        return _fail(str(error))
    if not conversation.votes:
        return _fail("Er zijn geen stemmen in deze map.")
    options = AnalysisOptions(rejected=conversation.rejected, meta=meta, split_rule=args.split_rule)
    result = analyse(conversation.votes, options)
    if args.json:
        print(json.dumps(analysis_as_dict(result), ensure_ascii=False, indent=1))
    else:
        print(render_text(result))
    return 0


def _fail(message: str) -> int:
    print(f"wijkverbinder straattafel-analyse: {message}", file=sys.stderr)
    return EXIT_USAGE


def render_text(result: Analysis) -> str:
    """A short Dutch summary: groups, what binds (GIC), what divides."""
    data = analysis_as_dict(result)
    clustered = sum(1 for p in data["participants"] if p["group"] is not None)
    lines = [
        f"Deelnemers: {len(data['participants'])}, in groepen ingedeeld: {clustered}",
        f"Stellingen met stemmen: {len(data['statements'])}",
        f"Groepen: {data['groups']}",
    ]
    if result.split is not None and not result.split.meaningful:
        lines.append(f"Geen betekenisvolle tweedeling: {result.split.reason}")
    ranked = sorted(data["statements"], key=lambda s: -s["gic"])[:5]
    lines += ["", "Wat ons bindt (hoogste groepsgeïnformeerde consensus):"]
    lines.extend(f"  stelling {s['id']}: {s['gic']:.3f}" for s in ranked)
    for group, items in sorted(result.repness.items()):
        shown = ", ".join(
            f"{i.statement} ({'eens' if i.repful_for == 'agree' else 'oneens'})" for i in items
        )
        lines.append(f"Groep {group}: kenmerkend {shown or '—'}")
    return "\n".join(lines)
