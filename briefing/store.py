"""Read and write `briefing.json`, the one link between extraction and rendering."""
from __future__ import annotations

import json
from pathlib import Path

from .errors import BriefingError
from .model import Briefing


def dumps(briefing: Briefing) -> str:
    """Deterministic JSON: sorted keys, no timestamps, UTF-8 text kept readable."""
    return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(briefing: Briefing, path: Path) -> None:
    path.write_text(dumps(briefing), encoding="utf-8")


def read_json(path: Path) -> Briefing:
    """The briefing stored at `path`; a clear error when it is missing or not a briefing."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Briefing.from_dict(data)
    except FileNotFoundError:
        raise BriefingError(f"{path}: not found (run `briefing build` first)") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BriefingError(f"{path}: not a briefing.json ({exc})") from None
