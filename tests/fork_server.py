"""Run the app's processes as forks of one that has imported it already (the kill loops).

A kill loop starts the CLI or an importing worker hundreds of times and SIGKILLs each at a
different step; as fresh interpreters, each paid ~0.6 s of imports (SQLAlchemy, Alembic,
Pillow, the app) before its first durable step, and the two loops were CI's two longest tests
(~290 s and ~250 s). Here one server process imports those modules once, then forks a child per
run: the child gets its own environment, arguments, stdout and stderr, runs the same entry
point as ``python -m needlejournal`` or ``python worker.py`` would, from the same first fault
point (the counter starts at zero: importing passes none), and is killed just as hard. What a
kill leaves behind is the same; only the imports are shared.

The server speaks JSON lines: a request ``{"module"|"path": …, "argv": […], "env": {…}}`` on
its stdin; then ``{"pid": …}``, ``{"out": line}`` for each line the child prints, and
``{"status": returncode, "stderr": …}`` (``-9`` for a SIGKILL) on its stdout.
"""

from __future__ import annotations

import json
import os
import runpy
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

# What every ``python -m needlejournal`` run imports before its command's own modules
# (``python -X importtime``): the CLI, the journal, its schema and migrations, SQLite's dialect.
CLI_MODULES = (
    "needlejournal.cli",
    "needlejournal.journal.api",
    "needlejournal.db.migrate",
    "needlejournal.db.models",
    "alembic.command",
    "alembic.config",
    "sqlalchemy.dialects.sqlite",
)


def cli_modules(*command: str) -> list[str]:
    """A CLI run's modules, with those of its command, for a server to preload."""
    return [*CLI_MODULES, *command]


@dataclass
class Finished:
    """A child's end, shaped like ``subprocess.CompletedProcess`` for the tests' asserts."""

    returncode: int
    stdout: str
    stderr: str


class ForkServer:
    """The server process, started once per test, and the runs it forks."""

    def __init__(self, preload: Sequence[str], env: dict[str, str]) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, str(Path(__file__)), *preload],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._requests: IO[str] = self._proc.stdin
        self._replies: IO[str] = self._proc.stdout
        assert self._reply() == {"ready": True}

    def _reply(self) -> dict[str, Any]:
        line = self._replies.readline()
        if not line:
            raise RuntimeError(f"the fork server stopped (exit {self._proc.wait()})")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def start(self, argv: Sequence[str], env: dict[str, str], *, module: str = "") -> Run:
        """Fork a child running ``python -m module ARGV`` (or ``python ARGV`` for a script)."""
        request = {"module": module, "argv": list(argv), "env": env}
        self._requests.write(json.dumps(request) + "\n")
        self._requests.flush()
        return Run(self, int(self._reply()["pid"]))

    def run(self, argv: Sequence[str], env: dict[str, str], *, module: str = "") -> Finished:
        """``start`` and wait for the end: the child's output and exit status."""
        return self.start(argv, env, module=module).wait()

    def close(self) -> None:
        self._requests.close()
        self._proc.wait(timeout=30)


@dataclass
class Run:
    """One forked child: its lines as they come, then its end."""

    server: ForkServer
    pid: int
    _printed: list[str] = field(default_factory=list)
    _end: dict[str, Any] | None = None

    def lines(self) -> Iterator[str]:
        """The child's stdout, line by line, until it ends."""
        while self._end is None:
            reply = self.server._reply()
            if "out" not in reply:
                self._end = reply
                return
            self._printed.append(str(reply["out"]))
            yield self._printed[-1]

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def wait(self) -> Finished:
        for _ in self.lines():
            pass
        assert self._end is not None
        return Finished(int(self._end["status"]), "".join(self._printed), str(self._end["stderr"]))


def _child(request: dict[str, Any], out_fd: int, err_fd: int) -> None:
    """In the forked child: become the requested process, then leave without cleanup."""
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)  # the requests are the server's, not its
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    os.environ.clear()
    os.environ.update(request["env"])
    from needlejournal import faults

    faults.reset_for_tests()
    code = 0
    try:
        if request["module"]:
            sys.argv = [request["module"], *request["argv"]]
            runpy.run_module(request["module"], run_name="__main__", alter_sys=True)
        else:
            sys.argv = list(request["argv"])
            runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit as end:
        code = end.code if isinstance(end.code, int) else (0 if end.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def serve(preload: Sequence[str]) -> None:
    import importlib

    for name in preload:
        importlib.import_module(name)
    replies = sys.stdout
    print(json.dumps({"ready": True}), file=replies, flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        out_read, out_write = os.pipe()
        with tempfile.TemporaryFile() as err:
            pid = os.fork()
            if pid == 0:
                os.close(out_read)
                _child(request, out_write, err.fileno())
            os.close(out_write)
            print(json.dumps({"pid": pid}), file=replies, flush=True)
            with os.fdopen(out_read, "r", encoding="utf-8", errors="replace") as out:
                for text in out:
                    print(json.dumps({"out": text}), file=replies, flush=True)
            _, status = os.waitpid(pid, 0)
            err.seek(0)
            stderr = err.read().decode("utf-8", "replace")
        code = os.waitstatus_to_exitcode(status)
        print(json.dumps({"status": code, "stderr": stderr}), file=replies, flush=True)


if __name__ == "__main__":
    serve(sys.argv[1:])
