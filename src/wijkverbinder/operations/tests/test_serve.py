"""`wijkverbinder serve` in a real process: the port opens only when the process is ready (the
first answer on it already says "gereed"), and SIGTERM (what systemd sends) stops it cleanly. With
SERVE_MIGRATE off (production) it does not migrate itself: it waits, port closed, until
`wijkverbinder migrate` has run."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request


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


def test_port_opens_when_ready_and_sigterm_stops(tmp_path):
    port = _free_port()
    env = _environment(tmp_path, port, DEMO_AUTOLOAD="false")
    server = subprocess.Popen(
        _command("serve"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _wait_for_port(server, port)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/gezondheid/gereed") as answer:
            assert answer.status == 200
            body = json.load(answer)
        assert body["status"] == "gereed"
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=30)[0]
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode == 0
    assert output.index("wijkverbinder draait op") < output.index("wijkverbinder is gestopt")
    assert "ResourceWarning" not in output  # the listening socket was closed


def test_without_serve_migrate_it_waits_for_migrate(tmp_path):
    port = _free_port()
    env = _environment(tmp_path, port, DEMO_AUTOLOAD="false", SERVE_MIGRATE="false")
    server = subprocess.Popen(
        _command("serve"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        time.sleep(3)
        assert server.poll() is None
        assert not _accepts(port)  # not migrated: not ready, port closed
        subprocess.run(_command("migrate", "--verbosity", "0"), env=env, check=True)
        _wait_for_port(server, port)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/gezondheid/gereed") as answer:
            assert answer.status == 200
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=30)[0]
    finally:
        if server.poll() is None:
            server.kill()
    assert "Wacht op `wijkverbinder migrate`" in output
