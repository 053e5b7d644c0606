"""Swapping a freshly written folder in for the old one, so no reader ever sees half a build."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def fresh_beside(target: Path) -> Path:
    """A new empty folder next to `target`, to build into."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))


def swap(new: Path, target: Path) -> None:
    """Put `new` where `target` is, replacing it with two renames (no half-written state)."""
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
        new.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        new.rename(target)
    os.chmod(target, 0o755)
