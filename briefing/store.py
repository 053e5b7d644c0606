"""Read and write `briefing.json`, the one link between extraction and rendering."""
from __future__ import annotations

import json
from pathlib import Path

from .errors import BriefingError
from .model import Briefing


def dumps(briefing: Briefing) -> str:
    """Deterministic JSON: sorted keys, no timestamps, UTF-8 text kept readable.

    Each record is on a line of its own, so a diff between two builds shows the records that
    changed (and the fast C encoder does the work: `indent` would use the slow one).
    """
    lines = []
    for key, value in sorted(briefing.to_dict().items()):
        if isinstance(value, list) and value:
            records = ",\n".join("  " + _compact(item) for item in value)
            lines.append(f" {_compact(key)}: [\n{records}\n ]")
        else:
            lines.append(f" {_compact(key)}: {_compact(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


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
