"""`wijkverbinder advise`: the advice of the knowledge base on the command line, without a database.

    wijkverbinder advise --phase PHASE [--goal TEXT] [--goals-set-with GROUP ...] [--sensitive]
                         [--large-differences] [--format FORMAT] [--approach APPROACH]
                         [--exclusion CRITERION] [--safety-check DATE [--no-new-incidents]
                         [--unsafety-addressed] [--residents-feel-safer] [--confirmed-by PARTNER]
                         [--incident-signals N]] [--json]

Prints the next steps, the ranked approaches, the contact conditions when contact between groups is
proposed, the suitable meeting formats and the warnings (each with its stable code and source), in
Dutch, or the same data as JSON (`--json`, identical to the API). `--goals-set-with` takes codes of
resident groups or partners (repeatable), not free text, and only together with `--goal` (alone it is refused). After incidents, `--safety-check` with its
answers stands for the recorded safety check (the old flag `--safety-restored` is refused). Bad input
gives a Dutch message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import NoReturn

from wijkverbinder.cli import dutch_argparse
from wijkverbinder.core.advice import (
    Advice,
    AdviceError,
    AdviceErrorCode,
    AdviceRequest,
    SafetyCheck,
    advice_as_dict,
    advise,
    goals_from,
    parse_phase,
    setter_choices,
)
from wijkverbinder.core.knowledge import KnowledgeBaseError
from wijkverbinder.core.knowledge.vocabulary import FIT_LABELS, Fit

EXIT_USAGE = 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"Ongeldige invoer: {message}")


def _parser() -> argparse.ArgumentParser:
    dutch_argparse.install()
    parser = _Parser(
        prog="wijkverbinder advise",
        description="Advies over aanpakken en bijeenkomstvormen die passen bij de fase van de buurt.",
    )
    parser.add_argument("--phase", help="fase: rust, ongemak, spanning of incidenten")
    parser.add_argument("--goal", action="append", default=[], help="doel (mag vaker)")
    codes = ", ".join(code for code, _label in setter_choices())
    parser.add_argument(
        "--goals-set-with",
        action="append",
        default=[],
        help=f"bewonersgroep of partner die de doelen mee bepaalde (mag vaker): {codes}",
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
    _safety_arguments(parser)
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    return parser


def _safety_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--safety-check", help="datum (JJJJ-MM-DD) van de veiligheidscontrole")
    parser.add_argument(
        "--no-new-incidents", action="store_true", help="controle: geen nieuwe incidenten"
    )
    parser.add_argument(
        "--unsafety-addressed", action="store_true", help="controle: onveiligheid aangepakt"
    )
    parser.add_argument(
        "--residents-feel-safer",
        action="store_true",
        help="controle: bewoners voelen zich veiliger",
    )
    parser.add_argument(
        "--confirmed-by", action="append", default=[], help="partner die de controle bevestigt"
    )
    parser.add_argument(
        "--incident-signals", type=int, default=0, help="recente signalen van incidenten"
    )


def _safety_check(args: argparse.Namespace) -> SafetyCheck | None:
    if not args.safety_check:
        return None
    try:
        checked_on = date.fromisoformat(str(args.safety_check))
    except ValueError:
        raise AdviceError(
            AdviceErrorCode.INVALID_DATE,
            f"Ongeldige datum '{args.safety_check}' bij --safety-check; gebruik JJJJ-MM-DD.",
        ) from None
    return SafetyCheck(
        checked_on=checked_on,
        no_new_incidents=args.no_new_incidents,
        unsafety_addressed=args.unsafety_addressed,
        residents_feel_safer=args.residents_feel_safer,
        confirmed_by=tuple(args.confirmed_by),
        incident_signals=max(0, args.incident_signals),
    )


def _request(args: argparse.Namespace) -> AdviceRequest:
    with_whom = tuple(str(code).strip() for code in args.goals_set_with if str(code).strip())
    texts = tuple(str(text).strip() for text in args.goal if str(text).strip())
    goals = goals_from(texts, with_whom)
    return AdviceRequest(
        phase=parse_phase(args.phase),
        goals=goals,
        large_differences=args.large_differences,
        sensitive=args.sensitive,
        planned_format=args.format,
        planned_approach=args.approach,
        exclusions=tuple(args.exclusion),
        safety_check=_safety_check(args),
    )


def _parse(argv: list[str]) -> argparse.Namespace:
    if "--safety-restored" in argv:
        raise _UsageError(
            "--safety-restored bestaat niet meer: leg de veiligheidscontrole vast met "
            "--safety-check JJJJ-MM-DD en de antwoorden (--no-new-incidents, --unsafety-addressed, "
            "--residents-feel-safer, --confirmed-by PARTNER)."
        )
    args = _parser().parse_args(argv)
    if not args.phase:
        raise _UsageError("Geef een fase op met --phase (rust, ongemak, spanning of incidenten).")
    return args


def run(argv: list[str]) -> int:
    """Entry point; returns the exit code."""
    try:
        args = _parse(argv)
        advice = advise(_request(args))
    except _UsageError as error:
        return _fail(str(error))
    except SystemExit as done:  # --help
        return int(done.code or 0)
    except AdviceError as error:
        if error.code is AdviceErrorCode.SETTERS_WITHOUT_GOAL:
            return _fail(f"{error.message} (--goal TEKST naast --goals-set-with)")
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
    lines = [f"Fase: {phase['naam']} ({phase['kleur']}) — {phase['motto']}"]
    if data["volgende_stappen"]:
        lines += ["", "Volgende stappen:"]
        for step in data["volgende_stappen"]:
            lines.append(f"  * {step['titel']}: {step['tekst']}")
            lines.extend(f"     · {detail}" for detail in step["details"])
            lines.append(f"     Bron: {step['bron_titel']} ({step['bron']})")
    lines += ["", "Aanpakken:"]
    for item in data["aanpakken"]:
        lines.append(f"  {item['rang']}. {item['naam']}: {item['in_deze_fase']}")
        lines.extend(f"     - waarom: {reason}" for reason in item["waarom"])
        lines.extend(f"     + werkt wel: {p['tekst']}" for p in item["werkt_wel"])
        lines.extend(f"     x werkt niet: {p['tekst']}" for p in item["werkt_niet"])
        lines.extend(
            f"     > voorbeeld: {ex['naam']} ({ex['url']})" for ex in item["praktijkvoorbeelden"]
        )
    lines.extend(f"  (niet nu) {held['naam']}: {held['reden']}" for held in data["niet_nu"])
    lines.extend(_conditions_text(data["contactvoorwaarden"]))
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
        lines.append(f"     Bron: {warning['bron_titel']} ({warning['bron']})")
    return "\n".join(lines)


def _conditions_text(conditions: list[dict[str, object]]) -> list[str]:
    if not conditions:
        return []
    lines = ["", "Voorwaarden voor contact tussen groepen (Allport, KIS):"]
    for item in conditions:
        lines.append(f"  - {item['naam']}: {item['uitleg']}")
        actions = item["wat_het_team_kan_doen"]
        assert isinstance(actions, list)
        lines.extend(f"     wat u kunt doen: {action['tekst']}" for action in actions)
    return lines
