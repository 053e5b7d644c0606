"""One job in a forked child process while this process goes on (the exports beside the pages).

`start(job, *args, parallel=True)` forks: the child inherits everything in memory (nothing is
pickled on the way in), runs `job(*args)` and sends its (picklable) result back through a pipe;
`result()` waits for it. Where `fork` is not available, or `parallel=False`, the job runs right
away in this process and `result()` hands its value over, so callers read the same either way.
"""
from __future__ import annotations

import multiprocessing
from typing import Any, Callable

from .errors import BriefingError


def can_fork() -> bool:
    """True where a forked child may share this process's memory (POSIX)."""
    return "fork" in multiprocessing.get_all_start_methods()


class Job:
    """A job started by `start`: `result()` waits for its value, `cancel()` stops it."""

    def __init__(self, job: Callable[..., Any], args: tuple, parallel: bool) -> None:
        self._process = None
        if not (parallel and can_fork()):
            self._value = job(*args)
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(send, job, args), daemon=True)
        self._process.start()
        send.close()

    def result(self) -> Any:
        """The job's value; a `BriefingError` naming the failure if the job raised or died."""
        if self._process is None:
            return self._value
        try:
            status, value = self._receive.recv()
        except EOFError:
            status, value = "error", None
        finally:
            self._process.join()
            self._receive.close()
        if value is None and status == "error":
            value = f"the process stopped with exit code {self._process.exitcode}"
        if status == "error":
            raise BriefingError(value)
        return value

    def cancel(self) -> None:
        """Stop the child, if it still runs (after a failure in this process)."""
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()


def start(job: Callable[..., Any], *args: Any, parallel: bool = True) -> Job:
    """Run `job(*args)` in a forked child (or here and now, see the module docstring)."""
    return Job(job, args, parallel)


def _run(send, job: Callable[..., Any], args: tuple) -> None:
    try:
        outcome = ("ok", job(*args))
    except BaseException as exc:  # reported to the parent, which raises it as a BriefingError
        outcome = ("error", f"{type(exc).__name__}: {exc}")
    send.send(outcome)
    send.close()
