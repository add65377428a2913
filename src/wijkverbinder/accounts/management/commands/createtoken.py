"""`wijkverbinder createtoken USER [--name NAME] [--days N]`: a new API key, shown this once.

Only the key's digest is stored: copy the key now into the system that will use it. A key of that
user with the same name is replaced.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from wijkverbinder.accounts.services import create_token
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.management.base import ProjectCommand, refusal


class Command(ProjectCommand):
    help = "Maak een nieuwe API-sleutel voor een gebruiker; de sleutel wordt alleen nu getoond."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", help="gebruikersnaam van de eigenaar van de sleutel")
        parser.add_argument(
            "--name", default="API", help="naam van het systeem dat de sleutel gebruikt"
        )
        parser.add_argument(
            "--days", type=int, default=None, help="dagen geldig (standaard API_TOKEN_DAYS)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            key = create_token(
                username=options["username"], name=options["name"], days=options["days"]
            )
        except DomainError as exc:
            raise refusal(exc.message) from exc
        self.stdout.write(key)
