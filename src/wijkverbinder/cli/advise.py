"""`wijkverbinder advise`: the advice of the knowledge base on the command line, without a database.

    wijkverbinder advise --phase PHASE [--goal TEXT] [--goals-set-with WHO] [--sensitive]
                         [--large-differences] [--format FORMAT] [--approach APPROACH]
                         [--exclusion CRITERION] [--safety-restored] [--json]

Prints the ranked approaches, the suitable meeting formats and the warnings (each with its stable code
and source), in Dutch, or the same data as JSON (`--json`, identical to the API). Bad input gives a
Dutch message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import NoReturn

from wijkverbinder.core.advice import (
    Advice,
    AdviceError,
    AdviceRequest,
    Goal,
    advice_as_dict,
    advise,
    parse_phase,
)
from wijkverbinder.core.knowledge import KnowledgeBaseError
from wijkverbinder.core.knowledge.vocabulary import FIT_LABELS, Fit

EXIT_USAGE = 2


class _UsageError(Exception):
    pass


_TRANSLATIONS = {
    "unrecognized arguments": "onbekende opties",
    "expected one argument": "verwacht een waarde",
    "ambiguous option": "dubbelzinnige optie",
    "argument ": "optie ",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        for english, dutch in _TRANSLATIONS.items():
            message = message.replace(english, dutch)
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wijkverbinder advise",
        description="Advies over aanpakken en bijeenkomstvormen die passen bij de fase van de buurt.",
    )
    parser.add_argument("--phase", help="fase: rust, ongemak, spanning of incidenten")
    parser.add_argument("--goal", action="append", default=[], help="doel (mag vaker)")
    parser.add_argument(
        "--goals-set-with", default="", help="met welke bewoners de doelen zijn gesteld"
    )
    parser.add_argument("--sensitive", action="store_true", help="het thema ligt gevoelig")
    parser.add_argument(
        "--large-differences", action="store_true", help="grote verschillen of vijandigheid"
    )
    parser.add_argument("--format", help="geplande bijeenkomstvorm (code)")
    parser.add_argument("--approach", help="geplande aanpak (code)")
    parser.add_argument(
        "--exclusion", action="append", default=[], help="uitsluitingscriterium buurtbemiddeling"
    )
    parser.add_argument("--safety-restored", action="store_true", help="de veiligheid is hersteld")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    return parser


def _request(args: argparse.Namespace) -> AdviceRequest:
    with_whom = str(args.goals_set_with).strip()
    goals = tuple(
        Goal(text=text, set_with_residents=bool(with_whom), set_with=with_whom)
        for text in args.goal
    )
    return AdviceRequest(
        phase=parse_phase(args.phase),
        goals=goals,
        large_differences=args.large_differences,
        sensitive=args.sensitive,
        planned_format=args.format,
        planned_approach=args.approach,
        exclusions=tuple(args.exclusion),
        safety_restored=args.safety_restored,
    )


def run(argv: list[str]) -> int:
    """Entry point; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except _UsageError as error:
        return _fail(f"Ongeldige invoer: {error}")
    except SystemExit as done:  # --help
        return int(done.code or 0)
    if not args.phase:
        return _fail("Geef een fase op met --phase (rust, ongemak, spanning of incidenten).")
    try:
        advice = advise(_request(args))
    except AdviceError as error:
        return _fail(error.message)
    except KnowledgeBaseError as error:
        return _fail(str(error))
    if args.json:
        print(json.dumps(advice_as_dict(advice), ensure_ascii=False, indent=2))
    else:
        print(render_text(advice))
    return 0


def _fail(message: str) -> int:
    print(f"wijkverbinder advise: {message}", file=sys.stderr)
    return EXIT_USAGE


def render_text(advice: Advice) -> str:
    """The advice as readable Dutch text."""
    data = advice_as_dict(advice)
    phase = data["fase"]
    lines = [f"Fase: {phase['naam']} ({phase['kleur']}) — {phase['motto']}", "", "Aanpakken:"]
    for item in data["aanpakken"]:
        lines.append(f"  {item['rang']}. {item['naam']}: {item['in_deze_fase']}")
        lines.extend(f"     - waarom: {reason}" for reason in item["waarom"])
        lines.extend(f"     + werkt wel: {p['tekst']}" for p in item["werkt_wel"])
        lines.extend(f"     x werkt niet: {p['tekst']}" for p in item["werkt_niet"])
        lines.extend(
            f"     > voorbeeld: {ex['naam']} ({ex['url']})" for ex in item["praktijkvoorbeelden"]
        )
    lines.extend(f"  (niet nu) {held['naam']}: {held['reden']}" for held in data["niet_nu"])
    lines += ["", "Geschikte bijeenkomstvormen:"]
    lines.extend(
        f"  - {fmt['naam']} ({FIT_LABELS[Fit(fmt['geschiktheid'])]})"
        for fmt in data["bijeenkomstvormen"]
    )
    lines += ["", "Waarschuwingen:" if data["waarschuwingen"] else "Geen waarschuwingen."]
    for warning in data["waarschuwingen"]:
        lines.append(f"  [{warning['code']}] {warning['titel']} (regel {warning['regel']})")
        lines.append(f"     {warning['melding']}")
        lines.extend(f"     · {detail}" for detail in warning["details"])
        lines.append(f"     Tip: {warning['suggestie']}")
        lines.append(f"     Bron: {warning['bron']}")
    return "\n".join(lines)
