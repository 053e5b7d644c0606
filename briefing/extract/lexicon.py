"""Word lists kept as data files under `briefing/data/` (one entry per line, `#` comments)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of `briefing/data/<name>.txt`, stripped, in file order."""
    text = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of a list, case-folded, as a set."""
    return frozenset(line.casefold() for line in lines(name))


@lru_cache(maxsize=None)
def patterns(name: str) -> tuple[dict, ...]:
    """The records of `briefing/data/<name>.jsonl`, one JSON object a line (spaCy's pattern
    format: `{"label": ..., "pattern": [...]}`); blank lines and `//` comment lines are skipped."""
    text = (DATA_DIR / f"{name}.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("//"))
