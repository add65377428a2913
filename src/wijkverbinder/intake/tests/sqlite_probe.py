"""Two imports at once on a real SQLite file while a third connection holds the write lock longer
than SQLite's busy timeout (5 s). Run by `test_concurrent_imports.py` in its own process:
`python -m wijkverbinder.intake.tests.sqlite_probe FOLDER`; prints a JSON line with the outcome."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

HOLD_SECONDS = 6.0


def main(folder: Path) -> dict[str, object]:
    os.environ["WIJKVERBINDER_VAR"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "wijkverbinder.config.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from wijkverbinder.accounts.models import User
    from wijkverbinder.intake.imports import import_signals
    from wijkverbinder.intake.models import Signal
    from wijkverbinder.intake.tests.test_concurrent_imports import _file
    from wijkverbinder.portal.demo.build import build_demo

    call_command("migrate", verbosity=0)
    build_demo()
    users = {name: User.objects.get(username=name) for name in ("fatima", "joost")}
    database = connections["default"].settings_dict["NAME"]
    connections.close_all()
    outcome: dict[str, object] = {}
    locked = threading.Event()

    def hold_the_lock() -> None:
        raw = sqlite3.connect(database, isolation_level=None)
        raw.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(HOLD_SECONDS)
        raw.execute("COMMIT")
        raw.close()

    def run(name: str) -> None:
        locked.wait()
        try:
            report = import_signals(user=users[name], data=_file(name, 200, 300))
            outcome[name] = report.created
        except Exception as error:
            outcome[name] = f"{type(error).__name__}: {error}"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=hold_the_lock)]
    threads += [threading.Thread(target=run, args=(name,)) for name in users]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    outcome["seconds"] = round(time.monotonic() - started, 1)
    outcome["signals"] = Signal.objects.count()
    return outcome


if __name__ == "__main__":
    sys.stdout.write(json.dumps(main(Path(sys.argv[1]))) + "\n")
