"""The site under gunicorn with production settings, as the bench serves it.

Worker class: ``sync``, two workers per instance. The pages are CPU-bound Python (templates,
facet counts) against a connection pool, so one request per process at a time uses a core
fully; threads would only contend for the GIL. In production a buffering reverse proxy
(nginx) sits in front and absorbs slow clients and keep-alive, which is the case gunicorn's
sync workers are designed for; the bench's load generator is a fast client on the same
machine, so the proxy is not needed to measure the application. Each instance runs in its
own process group and is always stopped, even on Ctrl+C or a failure.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2
WORKER_CLASS = "sync"
READY_PATH = "/bench/floor/"


@dataclass
class Server:
    """One gunicorn instance: its master process, port and log."""

    name: str
    port: int
    process: subprocess.Popen
    log: Path

    def worker_pids(self) -> list[int]:
        """The master's children: the workers serving requests."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in path.read_text().split()]
        except OSError:
            return []

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    """A process's resident memory (VmRSS) in MB, or 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def start(name: str, env: dict[str, str], log_dir: Path) -> Server:
    """Start one instance on a free port (in its own process group); not yet ready."""
    port = free_port()
    log = log_dir / f"gunicorn-{name}.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "resource_centre.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(WORKERS),
        "--worker-class",
        WORKER_CLASS,
        "--timeout",
        "120",
        "--graceful-timeout",
        "5",
        "--no-control-socket",
        "--log-level",
        "warning",
        "--error-logfile",
        str(log),
    ]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: stopped as one, spared the Ctrl+C
    )
    return Server(name=name, port=port, process=process, log=log)


def wait_ready(server: Server, timeout: float = 60) -> None:
    """Wait until the instance answers the floor page with 200, or fail with its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"gunicorn {server.name} exited:\n{server.log_tail()}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
            conn.request("GET", READY_PATH)
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                return
            raise RuntimeError(f"gunicorn {server.name}: {READY_PATH} answered {status}")
        except (ConnectionError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn {server.name} not ready after {timeout:.0f} s")


def stop(server: Server) -> None:
    """Stop an instance and its workers: TERM to the group, KILL if it lingers."""
    if server.process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.process.pid, signal.SIGTERM)
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait()


@contextlib.contextmanager
def running(names: list[str], env: dict[str, str], log_dir: Path) -> Iterator[list[Server]]:
    """Instances started together, ready, and always stopped when the block ends."""
    servers: list[Server] = []
    try:
        for name in names:
            servers.append(start(name, env, log_dir))
        for server in servers:
            wait_ready(server)
        yield servers
    finally:
        for server in servers:
            stop(server)
