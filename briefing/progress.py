"""A small progress display for the terminal: one bar per stage, then its time."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Draws `stage [#####.....] done/total` on a terminal; silent when not a terminal."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None, width: int = 30):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.width = width
        self._stage: dict[str, list[float]] = {}

    def start(self, stage: str, *, total: int, done: int = 0) -> None:
        self._stage[stage] = [done, total, time.perf_counter()]
        self._draw(stage)

    def advance(self, stage: str, step: int = 1) -> None:
        self._stage[stage][0] += step
        self._draw(stage)

    def finish(self, stage: str) -> None:
        done, total, began = self._stage[stage]
        if self.enabled:
            self.stream.write(f"\r{stage:<8} {int(done)}/{int(total)} in {time.perf_counter() - began:.1f} s\033[K\n")
            self.stream.flush()

    def _draw(self, stage: str) -> None:
        if not self.enabled:
            return
        done, total, began = self._stage[stage]
        filled = int(self.width * done / total) if total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        elapsed = time.perf_counter() - began
        self.stream.write(f"\r{stage:<8} [{bar}] {int(done)}/{int(total)} {elapsed:.1f} s\033[K")
        self.stream.flush()
