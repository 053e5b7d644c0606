"""Errors the CLI turns into one clear line (never a traceback)."""
from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """A problem the user can fix; the message says what and where."""


class SeedError(BriefingError):
    """A seed file that cannot be used, with the file's name and the reason."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        name = str(self.path)
        # A name with a newline or a terminal escape is shown escaped: the message stays one line.
        super().__init__(f"{name if name.isprintable() else repr(name)}: {reason}")
