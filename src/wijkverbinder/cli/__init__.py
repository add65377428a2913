"""The `wijkverbinder` console script.

Core-only commands (they work on files, without a database) are dispatched here without starting
Django; every other command is a Django management command.
"""

from __future__ import annotations

import importlib
import os
import sys

#: command name -> module in `wijkverbinder.cli` with `run(argv: list[str]) -> int`
CORE_COMMANDS: dict[str, str] = {
    "redact": "redact",
    "redaction-cache": "redaction_cache",
    "detect": "detect",
    "advise": "advise",
    "straattafel-analyse": "straattafel_analyse",
}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in CORE_COMMANDS:
        module = importlib.import_module(f"wijkverbinder.cli.{CORE_COMMANDS[args[0]]}")
        code: int = module.run(args[1:])
        return code
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkverbinder.config.settings")
    from django.core.management import execute_from_command_line

    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")  # `import-areas` runs the command `import_areas`
    execute_from_command_line(["wijkverbinder", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
