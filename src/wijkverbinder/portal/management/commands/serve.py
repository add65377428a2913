"""`wijkverbinder serve`: migrate, load the demo on first start, and serve with waitress.

The embedded default: SQLite under `var/`, and a worker thread for the background tasks (imports
from the web, detection), so no separate worker command is needed (`common.task_worker`). Ctrl-C
(or SIGTERM, as systemd sends) stops the server and the worker cleanly. The port opens only when
the process is ready: migrations applied and the redaction engine loaded (it loads in the
background while the database is prepared).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from types import FrameType
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError, CommandParser

from wijkverbinder.areas.models import Municipality
from wijkverbinder.common.management.base import ProjectCommand
from wijkverbinder.common.task_worker import EmbeddedWorker, start_embedded_worker
from wijkverbinder.intake.jobs import recover_interrupted
from wijkverbinder.operations import readiness
from wijkverbinder.portal.demo.build import build_demo
from wijkverbinder.portal.management.commands.demo import login_lines
from wijkverbinder.privacy.tasks import schedule_retention


class Command(ProjectCommand):
    help = "Start wijkverbinder: database bijwerken, demo laden bij de eerste start, en serveren."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=settings.SERVE_HOST)
        parser.add_argument("--port", type=int, default=settings.SERVE_PORT)
        parser.add_argument("--no-demo", action="store_true", help="laad de demogemeente niet")

    def handle(self, *args: Any, **options: Any) -> None:
        from django.core.wsgi import get_wsgi_application
        from waitress import create_server, wasyncore

        application = get_wsgi_application()
        readiness.arm()  # the redaction engine loads while the database is prepared

        self._migrate_or_wait()
        demo_loaded = False
        if settings.DEMO_AUTOLOAD and not options["no_demo"] and not Municipality.objects.exists():
            self.stdout.write("Eerste start: de demogemeente wordt geladen …")
            demo_loaded = build_demo(with_signals=True).created
        self._wait_until_ready()
        stop = threading.Event()
        schedule_retention(stop)
        worker = self._start_worker()
        server = create_server(  # opens the port: only now, when the process is ready
            application,
            host=options["host"],
            port=options["port"],
            threads=settings.SERVE_THREADS,
            connection_limit=settings.SERVE_CONNECTIONS,
            ident="wijkverbinder",
        )
        url = f"http://{options['host']}:{options['port']}"
        self.stdout.write(self.style.SUCCESS(f"wijkverbinder draait op {url}  (stoppen: Ctrl-C)"))
        if demo_loaded:  # only at the first start: a password is not printed on every start
            self.stdout.write("Demo-accounts:\n" + "\n".join(login_lines()))
        elif settings.DEMO_AUTOLOAD and not settings.PRODUCTION:
            self.stdout.write(
                "Demo-accounts: zie README.md (`wijkverbinder demo` toont ze opnieuw)."
            )
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        signal.signal(signal.SIGTERM, _stop)
        try:
            server.run()  # on Ctrl-C/SIGTERM it lets running requests finish (up to 5 s)
        except KeyboardInterrupt:
            pass  # waitress usually handles Ctrl-C itself and returns
        finally:
            wasyncore.close_all(server._map)  # the listening socket and any open connection
            stop.set()
            if worker is not None:
                worker.stop()
            self.stdout.write("\nwijkverbinder is gestopt.")

    def _start_worker(self) -> EmbeddedWorker | None:
        if not settings.TASKS_WORKER_IN_SERVE:
            return None
        interrupted = recover_interrupted()
        if interrupted:
            self.stdout.write(f"{interrupted} onderbroken import(s) gemarkeerd als mislukt.")
        worker = start_embedded_worker()
        if worker is not None:
            self.stdout.write("Achtergrondtaken (imports, detectie) draaien in dit proces.")
        return worker

    def _migrate_or_wait(self) -> None:
        """Embedded: migrate now. Production: `wijkverbinder migrate` is an upgrade step run once
        (several processes must not migrate at the same time), so wait until it has been run."""
        if settings.SERVE_MIGRATE:
            call_command("migrate", interactive=False, verbosity=0)
            return
        check = readiness.migrations_check()
        if not check.ok:
            self.stdout.write(f"Wacht op `wijkverbinder migrate` (migraties: {check.detail}) …")
        while not check.ok:
            time.sleep(readiness.RETRY_AFTER_SECONDS)
            check = readiness.migrations_check()

    def _wait_until_ready(self) -> None:
        if not readiness.redaction_check().ok:
            self.stdout.write("De redactie van persoonsgegevens wordt geladen …")
        failed = readiness.wait_until_ready()
        if failed:
            details = "; ".join(f"{check.name}: {check.detail}" for check in failed)
            raise CommandError(f"wijkverbinder is niet gereed en start niet ({details}).")


def _stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM stops the server like Ctrl-C does (waitress closes its sockets on it)."""
    raise KeyboardInterrupt
