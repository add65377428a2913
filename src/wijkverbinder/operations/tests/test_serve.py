"""`wijkverbinder serve` in a real process: the port opens only when the process is ready (the
first answer on it already says "gereed"), and SIGTERM (what systemd sends) stops it cleanly. With
SERVE_MIGRATE off (production) it does not migrate itself: it waits, port closed, until
`wijkverbinder migrate` has run."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _accepts(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _command(*args: str) -> list[str]:
    return [sys.executable, "-c", "from wijkverbinder.cli import main; main()", *args]


def _environment(tmp_path, port: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}  # own SQLite in tmp_path
    return env | {"WIJKVERBINDER_VAR": str(tmp_path), "PORT": str(port)} | extra


def _wait_for_port(server: subprocess.Popen[str], port: int) -> None:
    deadline = time.monotonic() + 240
    while not _accepts(port):
        assert server.poll() is None, server.communicate()[0][-2000:]
        assert time.monotonic() < deadline, "serve did not open its port in time"
        time.sleep(0.05)


@contextlib.contextmanager
def _serve(env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    server = subprocess.Popen(
        _command("serve"), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        yield server
    finally:
        if server.poll() is None:
            server.kill()


def _ready_body(port: int) -> dict[str, object]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/gezondheid/gereed") as answer:
        assert answer.status == 200
        body: dict[str, object] = json.load(answer)
    return body


def _stop(server: subprocess.Popen[str]) -> str:
    server.send_signal(signal.SIGTERM)
    return server.communicate(timeout=30)[0]


def test_port_opens_when_ready_and_sigterm_stops(tmp_path):
    port = _free_port()
    with _serve(_environment(tmp_path, port, DEMO_AUTOLOAD="false")) as server:
        _wait_for_port(server, port)
        assert _ready_body(port)["status"] == "gereed"  # the first answer already says so
        output = _stop(server)
    assert server.returncode == 0
    assert output.index("wijkverbinder draait op") < output.index("wijkverbinder is gestopt")
    assert "ResourceWarning" not in output  # the listening socket was closed


def test_without_serve_migrate_it_waits_for_migrate(tmp_path):
    port = _free_port()
    env = _environment(tmp_path, port, DEMO_AUTOLOAD="false", SERVE_MIGRATE="false")
    with _serve(env) as server:
        time.sleep(3)
        assert server.poll() is None
        assert not _accepts(port)  # not migrated: not ready, port closed
        subprocess.run(_command("migrate", "--verbosity", "0"), env=env, check=True)
        _wait_for_port(server, port)
        assert _ready_body(port)["status"] == "gereed"
        output = _stop(server)
    assert "Wacht op `wijkverbinder migrate`" in output
