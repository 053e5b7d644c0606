"""The records that flow through the pipeline, and their JSON form.

Each record mirrors one object of `data/briefing.schema.json`; `to_dict()` gives the JSON
form and `from_dict()` reads it back (used by the extraction cache). Extraction produces
per-document records whose ids are local slugs; `merge` turns them into one `Briefing`
with stable, corpus-wide ids.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_ID = "briefing/1"
ACTOR_KINDS = ("person", "organization", "country", "location")


class Record:
    """Shared JSON helpers for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Paragraph(Record):
    n: int
    text: str


@dataclass
class Ref(Record):
    """Where an item was found: a document id and a 1-based paragraph number."""

    document: str
    paragraph: int


@dataclass
class Document(Record):
    id: str
    source: str
    title: str
    paragraphs: list[Paragraph]
    subtitle: str | None = None
    caption: str | None = None
    credit: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    topics: list[str] = field(default_factory=list)
    sha256: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        doc = super().from_dict(data)
        doc.paragraphs = [Paragraph.from_dict(p) for p in data["paragraphs"]]
        return doc


@dataclass
class Actor(Record):
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Ref] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Actor":
        actor = super().from_dict(data)
        actor.mentions = [Ref.from_dict(m) for m in data.get("mentions", [])]
        return actor


@dataclass
class Quote(Record):
    id: str
    text: str
    speaker: str | None
    speaker_name: str
    document: str
    paragraph: int
    context: str | None = None


@dataclass
class Statement(Record):
    id: str
    speaker: str | None
    speaker_name: str
    text: str
    document: str
    paragraph: int


@dataclass
class Event(Record):
    id: str
    date: str
    date_text: str
    sentence: str
    document: str
    paragraph: int
    inferred: bool = False
    actors: list[str] = field(default_factory=list)


@dataclass
class Program(Record):
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    participants: list[str] = field(default_factory=list)
    mentions: list[Ref] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Program":
        program = super().from_dict(data)
        program.mentions = [Ref.from_dict(m) for m in data.get("mentions", [])]
        return program


@dataclass
class Term(Record):
    abbreviation: str
    expansion: str
    document: str
    paragraph: int


@dataclass
class Extraction(Record):
    """Everything extracted from one document; actor and program ids are local to it."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    glossary: list[Term] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Extraction":
        return cls(
            document=Document.from_dict(data["document"]),
            actors=[Actor.from_dict(a) for a in data["actors"]],
            quotes=[Quote.from_dict(q) for q in data["quotes"]],
            statements=[Statement.from_dict(s) for s in data["statements"]],
            events=[Event.from_dict(e) for e in data["events"]],
            programs=[Program.from_dict(p) for p in data["programs"]],
            glossary=[Term.from_dict(t) for t in data["glossary"]],
        )


@dataclass
class Briefing(Record):
    """The merged corpus: the content of `briefing.json`."""

    documents: list[Document] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    glossary: list[Term] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA_ID, **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Briefing":
        return cls(
            documents=[Document.from_dict(d) for d in data["documents"]],
            actors=[Actor.from_dict(a) for a in data["actors"]],
            quotes=[Quote.from_dict(q) for q in data["quotes"]],
            statements=[Statement.from_dict(s) for s in data.get("statements", [])],
            events=[Event.from_dict(e) for e in data["events"]],
            programs=[Program.from_dict(p) for p in data["programs"]],
            glossary=[Term.from_dict(t) for t in data["glossary"]],
        )
