"""argparse in Dutch: 'gebruik:', 'opties', error messages (argparse translates through gettext).

argparse looks up its `_` and `ngettext` at call time, so replacing them in its module makes every
parser of the console script Dutch, the core commands' and Django's management commands' alike.
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


def install() -> None:
    """Make argparse speak Dutch for the rest of the process."""
    argparse._ = dutch  # type: ignore[attr-defined]
    argparse.ngettext = dutch_plural  # type: ignore[attr-defined]
