"""`wijkverbinder serve`: migrate, load the demo on first start, and serve with waitress.

The embedded default: SQLite under `var/`, and a worker thread for the background tasks (imports
from the web, detection), so no separate worker command is needed (`common.task_worker`). Ctrl-C
stops the server and the worker cleanly.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from wijkverbinder.areas.models import Municipality
from wijkverbinder.common.task_worker import EmbeddedWorker, start_embedded_worker
from wijkverbinder.intake.jobs import recover_interrupted
from wijkverbinder.intake.warmup import warm_up
from wijkverbinder.portal.demo.build import build_demo
from wijkverbinder.portal.management.commands.demo import login_lines
from wijkverbinder.privacy.tasks import schedule_retention


class Command(BaseCommand):
    help = "Start wijkverbinder: database bijwerken, demo laden bij de eerste start, en serveren."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=settings.SERVE_HOST)
        parser.add_argument("--port", type=int, default=settings.SERVE_PORT)
        parser.add_argument("--no-demo", action="store_true", help="laad de demogemeente niet")

    def handle(self, *args: Any, **options: Any) -> None:
        from django.core.wsgi import get_wsgi_application
        from waitress import serve

        application = get_wsgi_application()

        call_command("migrate", interactive=False, verbosity=0)
        demo_loaded = False
        if settings.DEMO_AUTOLOAD and not options["no_demo"] and not Municipality.objects.exists():
            self.stdout.write("Eerste start: de demogemeente wordt geladen …")
            demo_loaded = build_demo(with_signals=True).created
        url = f"http://{options['host']}:{options['port']}"
        self.stdout.write(self.style.SUCCESS(f"wijkverbinder draait op {url}  (stoppen: Ctrl-C)"))
        if demo_loaded:  # only at the first start: a password is not printed on every start
            self.stdout.write("Demo-accounts:\n" + "\n".join(login_lines()))
        elif settings.DEMO_AUTOLOAD and not settings.PRODUCTION:
            self.stdout.write(
                "Demo-accounts: zie README.md (`wijkverbinder demo` toont ze opnieuw)."
            )
        threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
        stop = threading.Event()
        schedule_retention(stop)
        worker = self._start_worker()
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        try:
            serve(
                application,
                host=options["host"],
                port=options["port"],
                threads=settings.SERVE_THREADS,
                connection_limit=settings.SERVE_CONNECTIONS,
                ident="wijkverbinder",
                _quiet=True,
            )
        except KeyboardInterrupt:
            pass  # waitress usually handles Ctrl-C itself and returns
        finally:
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
