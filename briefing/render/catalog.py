"""`Catalog`: every record of a briefing with its page, anchor and paragraphs; name finding."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Iterable

from markupsafe import Markup

from ..errors import BriefingError
from ..model import Actor, Briefing, Document, Event, Program, Quote
from ..slugs import slugify
from .escape import escape_fragment, normalize_text

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$")


def unique_names(ids: Iterable[str], reserved: Iterable[str] = ()) -> dict[str, str]:
    """A file-safe, case-insensitively unique name for each id (ids that are safe stay)."""
    taken = {r.casefold() for r in reserved}
    names: dict[str, str] = {}
    for item_id in sorted(set(ids)):
        base = item_id if _SAFE_ID.match(item_id) else slugify(item_id)
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name.casefold())
        names[item_id] = name
    return names


def anchor(wanted: str) -> Markup:
    """An HTML id made from `wanted` (kept when already safe), ready for `{: #id }`."""
    return Markup(wanted if _SAFE_ID.match(wanted) else slugify(wanted))


class PageIds:
    """Heading ids of one page: the first taker of an id keeps it, later ones get a suffix."""

    def __init__(self, *reserved: str) -> None:
        self.taken = set(reserved)

    def take(self, wanted: str) -> Markup:
        base = str(anchor(wanted))
        name, n = base, 2
        while name in self.taken:
            name, n = f"{base}-{n}", n + 1
        self.taken.add(name)
        return Markup(name)


@lru_cache(maxsize=None)
def name_key(name: str) -> tuple[str, str]:
    return (normalize_text(name).casefold(), name)


def _surfaces(name: str, aliases: Iterable[str]) -> list[str]:
    """Names to look for in text, longest first."""
    names = {normalize_text(n) for n in [name, *aliases]}
    return sorted((n for n in names if n), key=lambda n: (-len(n), n))


def _is_word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def find_name(text: str, name: str, start: int = 0) -> int:
    """Index of `name` in `text` as a whole word (not inside a longer word), or -1."""
    while name and (i := text.find(name, start)) >= 0:
        if not _is_word_char(text, i - 1) and not _is_word_char(text, i + len(name)):
            return i
        start = i + 1
    return -1


def find_all(text: str, name: str) -> Iterable[int]:
    """Every whole-word occurrence of `name` in `text`."""
    i = find_name(text, name)
    while i >= 0:
        yield i
        i = find_name(text, name, i + 1)


def mentions_any(text: str, names: Iterable[str]) -> bool:
    return any(find_name(text, n) >= 0 for n in names)


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(A-Z0-9])")


def sentences(text: str) -> list[str]:
    """A rough sentence split, good enough for picking key points."""
    return [s for s in _SENTENCE_END.split(normalize_text(text)) if s]


def excerpt(text: str, surfaces: list[str], width: int = 90) -> dict[str, str]:
    """The words around the first name in `surfaces` found in normalized `text`."""
    hits = [(i, -len(s)) for s in surfaces for i in [find_name(text, s)] if i >= 0]
    if not hits:
        short = text if len(text) <= 2 * width else text[: 2 * width].rsplit(" ", 1)[0] + " …"
        return {"before": short, "match": "", "after": ""}
    start, negative_length = min(hits)
    end = start - negative_length
    before, after = text[:start], text[end:]
    if len(before) > width:
        before = "… " + before[-width:].split(" ", 1)[-1]
    if len(after) > width:
        after = after[:width].rsplit(" ", 1)[0] + " …"
    return {"before": before, "match": text[start:end], "after": after}


def excerpt_markup(parts: dict[str, str]) -> Markup:
    """An excerpt as Markdown with its match in bold (spaces kept, unlike `md_text`)."""
    match = f"**{escape_fragment(parts['match'])}**" if parts["match"] else ""
    return Markup(escape_fragment(parts["before"]) + match + escape_fragment(parts["after"]))


def sorted_events(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date, e.document, e.paragraph, e.id))


@dataclass
class Entity:
    """An actor or program with the page name, surfaces and paragraphs render needs."""

    record: Actor | Program
    page: str
    url: str
    surfaces: list[str]
    paragraphs: list[tuple[str, int]] = field(default_factory=list)  # body paragraphs naming it
    captions: list[str] = field(default_factory=list)  # documents whose photo caption names it

    @property
    def mention_count(self) -> int:
        """Paragraphs and captions naming it."""
        return len(self.paragraphs) + len(self.captions)

    @property
    def documents(self) -> set[str]:
        """The documents naming it, in the body or the caption."""
        return {d for d, _ in self.paragraphs} | set(self.captions)

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def name(self) -> str:
        return self.record.name


class Catalog:
    """Every record of the briefing, indexed by id, with its page and its paragraphs."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        # `dates/` and `topics/` hold the lists of sources, `all/` the lists of actors and programs.
        self.documents = {d.id: d for d in briefing.documents}
        self.version_of = {v.id: d for d in briefing.documents for v in d.versions if v.id not in self.documents}
        doc_pages = unique_names([*self.documents, *self.version_of], reserved=["index", "dates", "topics"])
        self.doc_order = {d.id: i for i, d in enumerate(self.sorted_documents())}
        self.doc_urls = {d: f"sources/{name}.md" for d, name in doc_pages.items()}
        self.paragraphs = {
            (d.id, p.n): normalize_text(p.text) for d in briefing.documents for p in d.paragraphs
        }
        self.actors = self._entities(briefing.actors, "actors")
        self.programs = self._entities(briefing.programs, "programs")
        self._check_refs()
        self._index()

    def _index(self) -> None:
        """Lookups by paragraph, document and speaker, so pages are built in linear time."""
        self.entities_at: dict[tuple[str, int], list[Entity]] = defaultdict(list)
        self.entities_in: dict[str, list[Entity]] = defaultdict(list)
        for entities in (self.actors, self.programs):
            for e in self.sorted_entities(entities):
                for ref in e.paragraphs:
                    self.entities_at[ref].append(e)
                for document in sorted(e.documents):
                    self.entities_in[document].append(e)
        self.quotes_at: dict[tuple[str, int], list[Quote]] = defaultdict(list)
        self.by_speaker: dict[str, dict[str, list]] = defaultdict(lambda: {"quotes": [], "statements": []})
        for q in self.briefing.quotes:
            for where in q.refs():
                self.quotes_at[where.document, where.paragraph].append(q)
        for kind, records in (("quotes", self.briefing.quotes), ("statements", self.briefing.statements)):
            for r in records:
                if r.speaker:
                    self.by_speaker[r.speaker][kind].append(r)
        self.events_at: dict[tuple[str, int], list[Event]] = defaultdict(list)
        self.events_of_actor: dict[str, list[Event]] = defaultdict(list)
        for e in self.briefing.events:
            self.events_at[e.document, e.paragraph].append(e)
            for a in set(e.actors):
                self.events_of_actor[a].append(e)
        timeline_ids = PageIds("timeline", *(f"y{e.date[:4]}" for e in self.briefing.events))
        self.event_anchors = {id(e): timeline_ids.take(f"ev-{e.id}") for e in sorted_events(self.briefing.events)}
        self.programs_of_actor: dict[str, list[Entity]] = defaultdict(list)
        for p in self.sorted_entities(self.programs):
            for a in sorted(set(p.record.participants)):  # type: ignore[union-attr]
                self.programs_of_actor[a].append(p)

    def _entities(self, records: list[Actor] | list[Program], folder: str) -> dict[str, Entity]:
        pages = unique_names([r.id for r in records], reserved=["index", "all"])
        entities = {}
        for r in records:
            refs = sorted({(m.document, m.paragraph) for m in r.mentions if not m.part}, key=self.ref_key)
            captions = sorted({m.document for m in r.mentions if m.part}, key=lambda d: self.doc_order.get(d, -1))
            page = pages[r.id]
            url = f"{folder}/{page}.md"
            entities[r.id] = Entity(r, page, url, _surfaces(r.name, r.aliases), refs, captions)
        return entities

    @cached_property
    def timeline(self):
        """The timeline cut into pages (`timeline.timeline_tree`)."""
        from .timeline import timeline_tree

        return timeline_tree(self)

    @cached_property
    def event_pages(self) -> dict[int, str]:
        """id(event) -> the timeline page that lists it."""
        from .timeline import timeline_url

        return {id(e): timeline_url(part.key) for part in self.timeline.walk() for e in part.items}

    def event_url(self, e: Event) -> str:
        return f"{self.event_pages[id(e)]}#{self.event_anchors[id(e)]}"

    def document_date(self, document: str) -> str | None:
        """The publication day of a document ('2024-07-16'), or None."""
        date = self.documents[document].date
        return date[:10] if date else None

    def sorted_documents(self) -> list[Document]:
        """Dated documents oldest first, then undated ones; by title within a date."""
        return sorted(self.briefing.documents, key=lambda d: (d.date is None, d.date or "", d.title, d.id))

    def ref_key(self, ref: tuple[str, int]) -> tuple[int, int]:
        return (self.doc_order.get(ref[0], -1), ref[1])

    def ref_url(self, document: str, paragraph: int) -> str:
        """Site-root-relative link to one source paragraph."""
        return f"{self.doc_urls[document]}#p{paragraph}"

    def ref_label(self, document: str, paragraph: int) -> str:
        return f"{self.documents[document].heading} ¶{paragraph}"

    def _check_refs(self) -> None:
        """Every item must point at an existing paragraph; say which one does not."""
        b = self.briefing
        items: list[tuple[str, str, int]] = [
            (f"{kind} {item.id!r}", where.document, where.paragraph)
            for kind, records in (("quote", b.quotes), ("statement", b.statements))
            for item in records
            for where in item.refs()
        ]
        items += [(f"event {e.id!r}", e.document, e.paragraph) for e in b.events]
        items += [(f"glossary term {t.abbreviation!r}", t.document, t.paragraph) for t in b.glossary]
        for kind, entities in (("actor", self.actors), ("program", self.programs)):
            items += [(f"{kind} {e.id!r}", d, n) for e in entities.values() for d, n in e.paragraphs]
        for what, document, paragraph in items:
            if (document, paragraph) not in self.paragraphs:
                raise BriefingError(
                    f"{what} points to paragraph {paragraph} of document {document!r}, which does not exist"
                )

    def sorted_entities(self, entities: dict[str, Entity]) -> list[Entity]:
        return sorted(entities.values(), key=lambda e: (name_key(e.name), e.id))

    def actor_link(self, actor_id: str | None) -> dict[str, str] | None:
        entity = self.actors.get(actor_id or "")
        return {"name": entity.name, "url": entity.url} if entity else None

    def ref(self, document: str, paragraph: int) -> dict[str, Any]:
        return {
            "url": self.ref_url(document, paragraph),
            "label": self.ref_label(document, paragraph),
            "title": self.documents[document].heading,
            "n": paragraph,
            "mark": f"¶{paragraph}",
        }

    def caption_ref(self, document: str) -> dict[str, Any]:
        """A link to a document's photo caption (`#caption` on its source page)."""
        heading = self.documents[document].heading
        return {"url": f"{self.doc_urls[document]}#caption", "label": f"{heading} caption", "title": heading,
                "n": 1, "mark": "caption"}
