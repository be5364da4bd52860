"""A time budget per request, kept cooperatively.

The server has one model worker, and a Python thread busy with the CPU cannot be stopped from outside:
a request that runs too long must stop itself. As with Go's `context.WithDeadline` (a deadline carried
with the request and checked by the work it reaches), the pipeline runs each story under its
`Deadline`, and the long loops of the readers and stages call `check_deadline()`, which raises
`RequestTimeout` once the story's budget is spent. The check is a context-variable lookup and a clock
read, cheap enough for every line, sentence or pair; without a running deadline it does nothing.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from .documents import InputError


class RequestTimeout(InputError):
    """A story ran past its time budget (`app.request_timeout_s` on the page, `batch.story_timeout_s`)."""


_running: ContextVar["Deadline | None"] = ContextVar("summarize_deadline", default=None)


class Deadline:
    """The time one story may take, counted only while it runs (`running`) or is charged (`spend`):
    stories summarized together do not use each other's time."""

    def __init__(self, seconds: float | None, setting: str = "app.request_timeout_s"):
        self.seconds = seconds
        self.setting = setting
        self.spent = 0.0
        self._since: float | None = None
        self.stage = ""

    def left(self) -> float:
        """Seconds left (infinite without a budget)."""
        return float("inf") if self.seconds is None else self.seconds - self.elapsed()

    def elapsed(self) -> float:
        return self.spent + (time.monotonic() - self._since if self._since is not None else 0.0)

    @contextmanager
    def running(self, stage: str) -> Iterator[None]:
        """Count time for this story while `stage` runs, and let `check_deadline()` see it."""
        self.stage, self._since = stage, time.monotonic()
        token = _running.set(self)
        try:
            yield
        finally:
            _running.reset(token)
            self.spent += time.monotonic() - self._since
            self._since = None

    def spend(self, seconds: float) -> None:
        """Charge time spent for this story elsewhere (a model batch shared with other stories)."""
        self.spent += seconds

    def check(self) -> None:
        if self.seconds is not None and self.elapsed() > self.seconds:
            where = f" in its '{self.stage}' stage" if self.stage else ""
            raise RequestTimeout(
                f"the summary took longer than {self.seconds:g} s, the time budget of one request "
                f"({self.setting} in the config), and was stopped{where}; give fewer or shorter articles")


def deadline_passed() -> bool:
    """Whether the story running in this thread is past its budget (for work that stops instead of raising,
    such as a model's decoding loop)."""
    deadline = _running.get()
    return deadline is not None and deadline.seconds is not None and deadline.elapsed() > deadline.seconds


def check_deadline() -> None:
    """Raise `RequestTimeout` when the story running in this thread is past its budget; else nothing."""
    deadline = _running.get()
    if deadline is not None:
        deadline.check()
