"""The base of the project's management commands: errors in the same voice as the core commands.

Django prints a refused command as "CommandError: <message>". The core commands of the console
script print "wijkverbinder <opdracht>: <message>" (`wijkverbinder.cli`); commands built on
`ProjectCommand` print their refusals the same way, with the command's exit status: 2 for input
the command refuses (`refusal`), 1 for a state of the installation. With
`--traceback`, or when called from code (`call_command`), the error is raised as Django does.
A command run against a database whose migrations have not been applied says so, instead of a
traceback about a missing table.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, SystemCheckError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.utils import OperationalError, ProgrammingError
from django.utils.translation import gettext as _

PROGRAM = "wijkverbinder"
# Exit statuses, as the core commands and argparse use them: 2 for input the command refuses (an
# unknown team, user or file, a wrong option), 1 for a state of the installation (database not
# migrated, a detection already running, a server that is not ready).
BAD_INPUT = 2
NOT_NOW = 1


def refusal(message: str) -> CommandError:
    """The error for input the command refuses: exit status 2, the Dutch message on stderr."""
    return CommandError(message, returncode=BAD_INPUT)


def unreadable(path: object, exc: OSError) -> CommandError:
    """The refusal for a file that cannot be read, in Dutch (the system's own text is English)."""
    if isinstance(exc, FileNotFoundError):
        reason = "het bestand bestaat niet"
    elif isinstance(exc, IsADirectoryError):
        reason = "dit is een map, geen bestand"
    elif isinstance(exc, PermissionError):
        reason = "u mag het bestand niet lezen (rechten)"
    else:
        reason = f"systeemfout {exc.errno}" if exc.errno else "onbekende systeemfout"
    return refusal(f"Kan {path} niet lezen: {reason}.")


class ProjectCommand(BaseCommand):
    """A management command whose refusals read "wijkverbinder <opdracht>: <melding>"."""

    _program = PROGRAM

    def run_from_argv(self, argv: list[str]) -> None:
        """Remember the name the user typed (`import-signals`), then run as Django does."""
        name = argv[1].replace("_", "-") if len(argv) > 1 else ""
        self._program = f"{Path(argv[0]).name or PROGRAM} {name}".strip()
        super().run_from_argv(argv)

    def execute(self, *args: Any, **options: Any) -> str | None:
        """Run; on the command line a refusal is one line on standard error and the exit status."""
        try:
            result: str | None = self._execute_checked(*args, **options)
        except CommandError as error:
            if not getattr(self, "_called_from_command_line", False) or options.get("traceback"):
                raise
            if isinstance(error, SystemCheckError):
                raise
            self.stderr.write(f"{self._program}: {error}")
            sys.exit(error.returncode)
        return result

    def _execute_checked(self, *args: Any, **options: Any) -> str | None:
        try:
            result: str | None = super().execute(*args, **options)
        except (OperationalError, ProgrammingError) as error:
            if not migrations_pending(options.get("database") or DEFAULT_DB_ALIAS):
                raise
            message = _(
                "De database is nog niet ingericht of niet bijgewerkt: voer eerst "
                "'wijkverbinder migrate' uit (of 'make run')."
            )
            raise CommandError(message, returncode=NOT_NOW) from error
        return result


def migrations_pending(alias: str) -> bool:
    """True when the database lacks migrations that the code has (a table may be missing)."""
    try:
        executor = MigrationExecutor(connections[alias])
        return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    except (OperationalError, ProgrammingError):
        return True
