"""The records that flow through the pipeline, and their JSON form.

Each record mirrors one object of `data/briefing.schema.json`; `to_dict()` gives the JSON
form and `from_dict()` reads it back (used by the extraction cache). Extraction produces
per-document records whose ids are local slugs; `merge` turns them into one `Briefing`
with stable, corpus-wide ids. `briefing.corrections` then applies the editor's corrections:
an item they change lists them in `corrected`, and `Briefing.corrections` reports them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any, Literal, get_args

SCHEMA_ID = "briefing/1"
ACTOR_KINDS = ("person", "organization", "country", "location")
# How a quote's or statement's speaker was found: named in the sentence, a pronoun resolved, a
# description or document resolved to its actor, carried over from the previous speaker, or an
# unnamed source kept by its wording.
AttributionMethod = Literal["named", "pronoun", "description", "previous", "unnamed"]
ATTRIBUTION_METHODS: tuple[str, ...] = get_args(AttributionMethod)


class Record:
    """Shared JSON helpers for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = _field_names(cls)
        return cls(**{k: v for k, v in data.items() if k in names})


@lru_cache(maxsize=None)
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))  # type: ignore[arg-type]


@dataclass
class Paragraph(Record):
    """A body paragraph; `version` names the seed file of the earlier version it comes from,
    for a paragraph that a story's latest version no longer has (`None` otherwise)."""

    n: int
    text: str
    version: str | None = None


@dataclass
class Ref(Record):
    """Where an item was found: a document id and a 1-based paragraph number; `part` is
    "caption" for a mention in the document's photo caption (its paragraph is then 1, the
    paragraph the caption stands above), `None` for the body."""

    document: str
    paragraph: int
    part: str | None = None

    @property
    def key(self) -> tuple[str, int, str]:
        """Identity and order of a place: document, paragraph, then the caption after the body."""
        return self.document, self.paragraph, self.part or ""


@dataclass
class Version(Record):
    """One seed file of a story: its own id, date and title, and for each of its paragraphs
    (in order) the story paragraph that now holds that text."""

    source: str
    id: str
    title: str
    date: str | None = None
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Document(Record):
    """A story: the text of its latest version, then what earlier versions said that it no
    longer does. `versions` lists its seed files oldest first (empty before `stories` runs)."""

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
    versions: list[Version] = field(default_factory=list)

    @property
    def heading(self) -> str:
        """The title to show: the document's own, else its file name (a page without a headline)."""
        return self.title or self.source

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        doc = super().from_dict(data)
        doc.paragraphs = [Paragraph.from_dict(p) for p in data["paragraphs"]]
        doc.versions = [Version.from_dict(v) for v in data.get("versions", [])]
        return doc


class Mentioned(Record):
    """A record with `mentions`, read back from JSON as `Ref`s."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        item = super().from_dict(data)
        item.mentions = [Ref.from_dict(m) for m in data.get("mentions", [])]
        return item


class Sourced(Record):
    """A quote or statement: `sources` lists every paragraph that carries it (its own
    `document`/`paragraph` first) once repeated quotes are folded; empty before that."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        item = super().from_dict(data)
        item.sources = [Ref.from_dict(m) for m in data.get("sources", [])]
        return item

    def refs(self) -> list[Ref]:
        """Every paragraph that carries the item."""
        return self.sources or [Ref(self.document, self.paragraph)]


@dataclass
class Actor(Mentioned):
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Ref] = field(default_factory=list)
    corrected: list[dict] = field(default_factory=list)


@dataclass
class Quote(Sourced):
    id: str
    text: str
    speaker: str | None
    speaker_name: str
    document: str
    paragraph: int
    context: str | None = None
    sources: list[Ref] = field(default_factory=list)
    attribution: AttributionMethod = "named"
    corrected: list[dict] = field(default_factory=list)


@dataclass
class Statement(Sourced):
    id: str
    speaker: str | None
    speaker_name: str
    text: str
    document: str
    paragraph: int
    sources: list[Ref] = field(default_factory=list)
    attribution: AttributionMethod = "named"
    corrected: list[dict] = field(default_factory=list)


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
    corrected: list[dict] = field(default_factory=list)


@dataclass
class Program(Mentioned):
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    participants: list[str] = field(default_factory=list)
    mentions: list[Ref] = field(default_factory=list)
    corrected: list[dict] = field(default_factory=list)


@dataclass
class Term(Record):
    abbreviation: str
    expansion: str
    document: str
    paragraph: int
    corrected: list[dict] = field(default_factory=list)


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
        return cls(document=Document.from_dict(data["document"]), **_item_lists(data))


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
    corrections: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA_ID, **_plain(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Briefing":
        documents = [Document.from_dict(d) for d in data["documents"]]
        return cls(documents=documents, corrections=data.get("corrections", {}), **_item_lists(data))


# Written to JSON only when set: a paragraph's earlier version (most paragraphs are the latest
# version's), and the marks and report of corrections.yaml (most items are never corrected, and a
# briefing built without corrections has no report).
_ONLY_IF_SET = frozenset({"version", "corrected", "corrections", "part"})


def _plain(value: Any) -> Any:
    """Records and lists as JSON data (`dataclasses.asdict` for these records, twice as fast)."""
    if isinstance(value, Record):
        return {name: _plain(item) for name, item in vars(value).items() if item or name not in _ONLY_IF_SET}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


_ITEM_TYPES = {
    "actors": Actor, "quotes": Quote, "statements": Statement, "events": Event, "programs": Program, "glossary": Term,
}


def _item_lists(data: dict[str, Any]) -> dict[str, list]:
    """The extracted item lists of a JSON object, as records (`statements` may be absent)."""
    return {key: [kind.from_dict(item) for item in data.get(key, [])] for key, kind in _ITEM_TYPES.items()}
