"""The briefing as CSV tables for spreadsheets: one file per kind of record, ids to join them.

Files are UTF-8 with a byte order mark (so Excel reads them as UTF-8; LibreOffice and the
`csv` module with `encoding="utf-8-sig"` do too), comma-separated, with one header row, CRLF
line ends and the `csv` module's quoting (cells with commas, quotes or line breaks are quoted).
A list in one cell (aliases, roles, topics, actor ids) is joined with "; ". A text cell that
starts with = + - @ or a tab gets a leading apostrophe, so no spreadsheet runs it as a formula.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..graph import RelationGraph
from ..model import Briefing

LIST_SEPARATOR = "; "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Table = tuple[list[str], Iterable[list[Any]]]


def tables(briefing: Briefing, graph: RelationGraph) -> dict[str, Table]:
    """Every table by file name: its header and its rows, in the briefing's order."""
    b = briefing
    return {
        "documents.csv": (
            ["id", "source", "title", "subtitle", "caption", "credit", "date", "url", "publisher", "author",
             "topics", "paragraphs", "sha256"],
            ([d.id, d.source, d.title, d.subtitle, d.caption, d.credit, d.date, d.url, d.publisher, d.author,
              _list(d.topics), len(d.paragraphs), d.sha256] for d in b.documents),
        ),
        "paragraphs.csv": (
            ["document_id", "paragraph", "text"],
            ([d.id, p.n, p.text] for d in b.documents for p in d.paragraphs),
        ),
        "actors.csv": (
            ["id", "name", "kind", "aliases", "roles", "documents", "paragraphs"],
            ([a.id, a.name, a.kind, _list(a.aliases), _list(a.roles), graph.nodes[a.id].documents,
              graph.nodes[a.id].paragraphs] for a in b.actors),
        ),
        "mentions.csv": (
            ["id", "type", "name", "document_id", "paragraph", "part"],
            _mentions(briefing),
        ),
        "relations.csv": (
            ["actor_id", "other_id", "actor_name", "other_name", "shared_paragraphs", "shared_documents"],
            ([a, o, graph.nodes[a].name, graph.nodes[o].name, len(refs), len({d for d, _ in refs})]
             for (a, o), refs in sorted(graph.evidence.items())),
        ),
        "quotes.csv": (
            ["id", "speaker_id", "speaker_name", "text", "context", "document_id", "paragraph"],
            ([q.id, q.speaker, q.speaker_name, q.text, q.context, q.document, q.paragraph] for q in b.quotes),
        ),
        "statements.csv": (
            ["id", "speaker_id", "speaker_name", "text", "document_id", "paragraph"],
            ([s.id, s.speaker, s.speaker_name, s.text, s.document, s.paragraph] for s in b.statements),
        ),
        "events.csv": (
            ["id", "date", "date_text", "inferred", "sentence", "actor_ids", "document_id", "paragraph"],
            ([e.id, e.date, e.date_text, "yes" if e.inferred else "no", e.sentence, _list(e.actors), e.document,
              e.paragraph] for e in b.events),
        ),
        "programs.csv": (
            ["id", "name", "aliases", "description", "participant_ids", "documents", "paragraphs"],
            ([p.id, p.name, _list(p.aliases), p.description, _list(p.participants),
              len({m.document for m in p.mentions}), len({(m.document, m.paragraph) for m in p.mentions})]
             for p in b.programs),
        ),
        "glossary.csv": (
            ["abbreviation", "expansion", "document_id", "paragraph"],
            ([t.abbreviation, t.expansion, t.document, t.paragraph] for t in b.glossary),
        ),
    }


def _mentions(b: Briefing) -> Iterator[list[Any]]:
    """Every mention of an actor or a program: one row per mention record; `part` is 'caption'
    for a mention in the photo caption, empty for the body."""
    for kind, records in (("actor", b.actors), ("program", b.programs)):
        for r in records:
            for m in r.mentions:
                yield [r.id, kind, r.name, m.document, m.paragraph, m.part or ""]


def _list(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(values)


def _cell(value: Any) -> Any:
    """A cell as written: no value is empty, and text never starts like a formula."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_table(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([_cell(v) for v in row] for row in rows)
