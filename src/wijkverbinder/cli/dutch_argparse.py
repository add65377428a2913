"""argparse in Dutch: 'gebruik:', 'opties', error messages (argparse translates through gettext).

argparse looks up its `_` and `ngettext` at call time, so replacing them in its module makes every
parser of the console script Dutch, the core commands' and Django's management commands' alike.
The help lines Django gives every management command (`--verbosity`, `--settings`, …) are plain
strings, not passed through gettext: the help formatter looks them up in `NL_HELP`.
Unknown strings fall back to the English original.
"""

from __future__ import annotations

import argparse

NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit "
    "%(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hooguit één waarde",
    "expected at least one argument": "verwacht ten minste één waarde",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan "
    "%(matches)s zijn",
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "ignored explicit argument %r": "genegeerd expliciet argument %r",
}
NL_HELP: dict[str, str] = {
    "Show program's version number and exit.": "toon het versienummer en stop",
    "Verbosity level; 0=minimal output, 1=normal output, 2=verbose output, 3=very verbose output": (
        "hoeveel uitvoer: 0=minimaal, 1=normaal, 2=uitgebreid, 3=zeer uitgebreid"
    ),
    'The Python path to a settings module, e.g. "myproject.settings.main". If this isn\'t '
    "provided, the DJANGO_SETTINGS_MODULE environment variable will be used.": (
        "Python-pad van een instellingenmodule; zonder deze optie geldt DJANGO_SETTINGS_MODULE"
    ),
    'A directory to add to the Python path, e.g. "/home/djangoprojects/myproject".': (
        "een map om aan het Python-pad toe te voegen"
    ),
    "Display a full stack trace on CommandError exceptions.": (
        "toon de volledige traceback bij een fout van de opdracht"
    ),
    "Don't colorize the command output.": "uitvoer zonder kleur",
    "Force colorization of the command output.": "uitvoer altijd in kleur",
    "Skip system checks.": "sla de systeemcontroles over",
}
NL_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("verwacht %s waarde", "verwacht %s waarden"),
}


def dutch(message: str) -> str:
    """The Dutch text of an argparse message (the original when unknown)."""
    return NL.get(message, message)


def dutch_plural(singular: str, plural: str, n: int) -> str:
    """The Dutch singular or plural of an argparse message."""
    found = NL_PLURAL.get(singular)
    if found is None:
        return singular if n == 1 else plural
    return found[0] if n == 1 else found[1]


def _dutch_help_string(_formatter: argparse.HelpFormatter, action: argparse.Action) -> str:
    text = action.help or ""
    return NL_HELP.get(text, text)


def install() -> None:
    """Make argparse speak Dutch for the rest of the process."""
    argparse._ = dutch  # type: ignore[attr-defined]
    argparse.ngettext = dutch_plural  # type: ignore[attr-defined]
    argparse.HelpFormatter._get_help_string = _dutch_help_string  # type: ignore[method-assign,assignment]
