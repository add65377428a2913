"""The `wijkverbinder` console script.

Core-only commands (they work on files, without a database) are dispatched here without starting
Django; every other command is a Django management command. `wijkverbinder`, `wijkverbinder help`
and `wijkverbinder --help` list both kinds in Dutch; argparse speaks Dutch everywhere
(`dutch_argparse`). Output piped into a program that stops reading (`| head`) ends quietly with
exit status 141, like other command-line tools, instead of a BrokenPipe traceback.
"""

from __future__ import annotations

import difflib
import importlib
import os
import sys
from collections.abc import Callable

from wijkverbinder.cli import dutch_argparse

#: command name -> module in `wijkverbinder.cli` with `run(argv: list[str]) -> int`
CORE_COMMANDS: dict[str, str] = {
    "redact": "redact",
    "redaction-cache": "redaction_cache",
    "detect": "detect",
    "advise": "advise",
    "straattafel-analyse": "straattafel_analyse",
}
#: one line per core command for the overview (the modules load heavy libraries)
CORE_SUMMARIES: dict[str, str] = {
    "redact": "persoonsgegevens weglakken in regels van standaardinvoer",
    "redaction-cache": "de opzoekcache van het weglakken nu opbouwen",
    "detect": "gemeenschappelijke vragen uit een CSV-bestand vinden",
    "advise": "het advies van de kennisbank voor een fase en een plan",
    "straattafel-analyse": "meningsgroepen en gedeelde grond van een straattafel (openData-map)",
}
HELP_WORDS = {"help", "-h", "--help"}
SIGPIPE_STATUS = 141
UNKNOWN_COMMAND_STATUS = 2  # refused input, as the commands' own refusals
PROJECT_PACKAGE = "wijkverbinder"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    dutch_argparse.install()
    return quiet_on_broken_pipe(lambda: _dispatch(args))


def _dispatch(args: list[str]) -> int:
    if not args or (len(args) == 1 and args[0] in HELP_WORDS):
        print(overview())
        return 0
    if args[0] in CORE_COMMANDS:
        module = importlib.import_module(f"wijkverbinder.cli.{CORE_COMMANDS[args[0]]}")
        code: int = module.run(args[1:])
        return code
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkverbinder.config.settings")
    from django.core.management import execute_from_command_line

    if not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")  # `import-areas` runs the command `import_areas`
        if (unknown := _unknown_command(args[0])) is not None:
            print(unknown, file=sys.stderr)
            return UNKNOWN_COMMAND_STATUS
    execute_from_command_line(["wijkverbinder", *args])
    return 0


def _unknown_command(name: str) -> str | None:
    """A Dutch refusal naming the nearest commands (as typed: `import-signals`), or None when
    `name` is a command. Django's own answer was English and offered `import_areas` for `import`."""
    import django
    from django.core.management import get_commands

    django.setup()
    django_names = set(get_commands())
    if name in django_names:
        return None
    typed = name.replace("_", "-")
    names = sorted({*CORE_COMMANDS, *(n.replace("_", "-") for n in django_names)})
    near = [n for n in names if n.startswith(f"{typed}-")] or difflib.get_close_matches(
        typed, names, n=3
    )
    listed = f"{', '.join(near[:-1])} of {near[-1]}" if len(near) > 1 else "".join(near)
    hint = f" Bedoelt u {listed}?" if near else ""
    return f"wijkverbinder: onbekende opdracht '{typed}'.{hint} Alle opdrachten: wijkverbinder help"


def quiet_on_broken_pipe(run: Callable[[], int]) -> int:
    """Run; when the reader of standard output went away, stop without a traceback."""
    try:
        code = run()
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout again at exit; point it at /dev/null so that flush is silent too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return SIGPIPE_STATUS
    return code


def overview() -> str:
    """Every command in Dutch: the core commands, then the management commands per kind."""
    lines = [
        "gebruik: wijkverbinder <opdracht> [opties]",
        "Hulp bij één opdracht: wijkverbinder <opdracht> --help",
        "",
        "Zonder database:",
    ]
    width = max(len(name) for name in CORE_COMMANDS) + 2
    lines += [f"  {name.ljust(width)}{CORE_SUMMARIES[name]}" for name in CORE_COMMANDS]
    own, other = _management_commands()
    lines += ["", "Met database (wijkverbinder):"]
    width = max([width, *(len(name) + 2 for name, _ in own)])
    lines += [f"  {name.ljust(width)}{summary}" for name, summary in own]
    lines += ["", "Met database (Django en hulpmiddelen):"]
    lines += [f"  {name}" for name in other]
    return "\n".join(lines)


def _management_commands() -> tuple[list[tuple[str, str]], list[str]]:
    """The project's management commands with the first line of their help, and the others."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkverbinder.config.settings")
    import django
    from django.core.management import get_commands, load_command_class

    django.setup()
    own: list[tuple[str, str]] = []
    other: list[str] = []
    for name, app in sorted(get_commands().items()):
        if app.startswith(PROJECT_PACKAGE):
            text = str(load_command_class(app, name).help).strip().splitlines()
            own.append((name.replace("_", "-"), text[0] if text else ""))
        else:
            other.append(name)
    return own, other


if __name__ == "__main__":
    raise SystemExit(main())
