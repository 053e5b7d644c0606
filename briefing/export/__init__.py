"""The data to take away, written by the build beside `briefing.json`, in `docs/exports/`.

CSV tables for spreadsheets (`tables`), the relationship graph as GEXF for Gephi (`gexf`) and
FollowTheMoney entities for Aleph (`ftm`). Like the pages (`render.reuse`), a file whose inputs
(the briefing and this code) did not change is taken over from the previous build instead of
being written again. `downloads` lists the files for the overview page, with their sizes.
"""
from __future__ import annotations

import hashlib
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Callable

from ..graph import RelationGraph
from ..model import Briefing
from ..render.reuse import PageReuse
from .ftm import write_ftm
from .gexf import write_gexf
from .tables import tables, write_table

EXPORTS_DIR = "exports"
_CODE = [Path(__file__).resolve().parent, Path(__file__).resolve().parents[1] / "graph.py"]

# Every file the overview may link to, in the order it lists them.
DESCRIPTIONS = {
    "briefing.json": "Everything extracted, in the briefing's own JSON format",
    "exports/documents.csv": "The source documents: title, date, author, publisher, topics",
    "exports/paragraphs.csv": "Every paragraph of every document, verbatim",
    "exports/actors.csv": "People, organizations, countries and places, with aliases and roles",
    "exports/mentions.csv": "Each mention of an actor or program: document and paragraph",
    "exports/relations.csv": "Pairs of actors named in the same paragraphs, and how often",
    "exports/quotes.csv": "Verbatim quotes with their speakers",
    "exports/statements.csv": "Reported statements with their speakers",
    "exports/events.csv": "Dated events with the actors involved",
    "exports/programs.csv": "Programs, systems and initiatives, with participants",
    "exports/glossary.csv": "Abbreviations and what they stand for",
    "exports/relations.gexf": "The relationship graph for Gephi: actors and their shared paragraphs",
    "exports/entities.ftm.jsonl": "FollowTheMoney entities (JSON lines) for Aleph and the ftm tools",
}


def write_exports(briefing: Briefing, graph: RelationGraph, docs_dir: Path, reuse: PageReuse | None = None) -> None:
    """Write every export into `docs_dir/exports/`; `docs_dir/briefing.json` must be written."""
    (docs_dir / EXPORTS_DIR).mkdir(parents=True, exist_ok=True)
    key = _key(docs_dir / "briefing.json") if reuse else ""
    writers: dict[str, Callable[[Path], None]] = {
        name: partial(write_table, header=header, rows=rows) for name, (header, rows) in tables(briefing, graph).items()
    }
    writers["relations.gexf"] = partial(write_gexf, graph)
    writers["entities.ftm.jsonl"] = partial(write_ftm, briefing, graph)
    for name, write in writers.items():
        relative, target = f"{EXPORTS_DIR}/{name}", docs_dir / EXPORTS_DIR / name
        if reuse and reuse.take(relative, key, target):
            continue
        write(target)
        if reuse:
            reuse.record(relative, key, target)


def _key(briefing_json: Path) -> str:
    """Hash of everything an export depends on: the briefing, this code, the writing libraries."""
    digest = hashlib.sha256(briefing_json.read_bytes())
    for folder in _CODE:
        for path in sorted(folder.rglob("*.py")) if folder.is_dir() else [folder]:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(f"{version('networkx')} {version('followthemoney')}".encode())
    return digest.hexdigest()


def downloads(docs_dir: Path) -> list[dict[str, str]]:
    """The data files present in `docs_dir`, for the overview: name, link, description, size."""
    return [
        {"name": path.rsplit("/", 1)[-1], "url": path, "description": text, "size": human_size((docs_dir / path).stat().st_size)}
        for path, text in DESCRIPTIONS.items()
        if (docs_dir / path).is_file()
    ]


def human_size(size: int) -> str:
    """'950 bytes', '12.3 kB', '4.1 MB' (decimal units)."""
    if size < 1000:
        return f"{size} bytes"
    value, unit = size / 1000, "kB"
    for bigger in ("MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{value:.1f} {unit}"
