"""`wijkverbinder createtoken USERNAME`: print a new API token for a system account."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkverbinder.accounts.services import create_token
from wijkverbinder.common.errors import DomainError


class Command(BaseCommand):
    help = "Maak een nieuwe API-token voor een gebruiker en toon die (een oude token vervalt)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            key = create_token(username=options["username"])
        except DomainError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(key)
