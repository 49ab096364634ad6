"""Run a piece of a build in a forked child process while this process does another piece.

The build is pure Python, so one process uses one core; a piece whose inputs are all in memory
already (the dossier, when its pages are rendered) can run in a copy of this process made by
`fork`, which shares those inputs without sending them, and send back only what it made. The
child runs the piece and writes its pickled result to a pipe; `in_child` returns a function that
reads it, waiting if need be. Whatever goes wrong in the child (an exception, a crash, a result
that cannot be pickled), that function raises `Failed` and the caller does the piece itself:
the child changes nothing but time.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Failed(Exception):
    """The child did not give its result."""


def can_fork() -> bool:
    """Whether this process may fork a child that runs Python: on a system that forks, with no
    other thread running (a lock another thread holds at the fork stays held in the child)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def in_child(work: Callable[[], T]) -> Callable[[], T] | None:
    """Start `work` in a forked child; return a function giving its result (raising `Failed` if
    there is none), or None if this process cannot fork (`can_fork`): then the caller does it."""
    if not can_fork():
        return None
    sys.stdout.flush()
    sys.stderr.flush()
    readable, writable = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(readable)
        os.close(writable)
        return None
    if pid == 0:                                            # the child
        code = 1
        try:
            os.close(readable)
            data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(writable, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)          # (not the parent's exit handlers: its worker processes, its files)
    os.close(writable)

    def result() -> T:
        with os.fdopen(readable, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not data:
            raise Failed(f"the child process ended with status {status}")
        try:
            return pickle.loads(data)
        except Exception as exc:            # (cut short: then the status would not be 0)
            raise Failed(f"the child's result is unreadable: {exc}") from exc
    return result
