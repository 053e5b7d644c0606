"""Render a `Briefing` into the Markdown pages of the MkDocs site.

Three parts, in reading order:

1. Escaping: `md_text` turns any seed text into Markdown that shows literally as that text.
   It is the Jinja `finalize` hook, so every `{{ value }}` in a template is escaped unless the
   value is `Markup` made here from escaped parts (links, marked-up paragraphs).
2. Preparation: `Catalog` maps every record to its page and anchor; the `*_page` functions
   build the plain data each template reads (templates never compute or sort).
3. Writing: `render_site` renders every template and copies `assets/` into the docs folder.

Output is deterministic: every list is sorted explicitly and nothing depends on time.
"""
from __future__ import annotations

import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from markupsafe import Markup

from .errors import BriefingError
from .model import ACTOR_KINDS, Actor, Briefing, Document, Event, Program, Quote, Statement
from .slugs import slugify

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
ASSETS_DIR = Path(__file__).resolve().parent / "assets"

KIND_LABELS = {"person": "People", "organization": "Organizations", "country": "Countries", "location": "Locations"}
KIND_NAMES = {"person": "Person", "organization": "Organization", "country": "Country", "location": "Location"}
MONTHS = (
    "January February March April May June July August September October November December"
).split()

# ---------------------------------------------------------------------------------------------
# 1. Escaping
# ---------------------------------------------------------------------------------------------

# ASCII letters, digits, space and comma stay; every other ASCII character becomes a numeric
# character reference, which Markdown passes through untouched and the browser shows as the
# character itself. Control characters are dropped (whitespace was collapsed before).
_ASCII_TABLE = {
    code: (chr(code) if chr(code).isalnum() or chr(code) in " ," else f"&#{code};")
    for code in range(32, 127)
}
_ASCII_TABLE.update({code: None for code in [*range(0, 32), 127]})
_WHITESPACE = re.compile(r"\s+")
# Control characters (C0, DEL, C1), lone surrogates and the non-characters U+FFFE/U+FFFF.
_DROP = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def normalize_text(text: Any) -> str:
    """Seed text on one line: whitespace runs become one space, control characters go."""
    return _DROP.sub("", _WHITESPACE.sub(" ", str(text))).strip()


def _escape(text: str) -> str:
    """Escape already-normalized text without touching its spaces (for text fragments)."""
    return text.translate(_ASCII_TABLE)


def md_text(text: Any) -> str:
    """Markdown that renders literally as `text`: no markup, link, HTML or directive survives.

    The result is also safe inside a double- or single-quoted HTML attribute.

    >>> md_text("<b>*Hi*</b>\\n# 2")
    '&#60;b&#62;&#42;Hi&#42;&#60;&#47;b&#62; &#35; 2'
    """
    if text is None:
        return ""
    return _escape(normalize_text(text))


def _finalize(value: Any) -> str:
    """Jinja `finalize`: template-made `Markup` passes, everything else is escaped."""
    if isinstance(value, Markup):
        return str(value)
    return md_text(value)


# Our own URLs: relative paths built from safe slugs, optionally with a #fragment.
_SAFE_URL = re.compile(r"^[A-Za-z0-9_./-]*(#[A-Za-z0-9_-]+)?$")
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$")
_WEB_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s<>\"'`\\]*)?$")
_ABBREVIATION = re.compile(r"^[A-Za-z0-9]*[A-Z][A-Za-z0-9]*$")


def _url(context: Any, url: str) -> str:
    """`url` (site-root-relative, or `#anchor`) made relative to the page being rendered."""
    if not _SAFE_URL.match(url):
        raise BriefingError(f"refusing to write an unsafe link target: {url!r}")
    return url if url.startswith("#") else context.get("base", "") + url


@pass_context
def link(context: Any, text: Any, url: str) -> Markup:
    """A Markdown link with escaped text; `url` is one of ours, relative to the site root."""
    return Markup(f"[{_finalize(text)}]({_url(context, url)})")


def web_url(url: str | None) -> str | None:
    """`url` if it is a plain http(s) address that is safe to show as a link, else None."""
    url = normalize_text(url or "")
    return url if _WEB_URL.match(url) else None


def make_environment(templates_dir: Path = TEMPLATES_DIR) -> Environment:
    """The Jinja environment: escaping by `finalize`, strict undefined, no autoescape."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        autoescape=False,
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        comment_start_string="<##",
        comment_end_string="##>",
    )
    env.globals["link"] = link
    env.filters["attr"] = lambda value: Markup(md_text(value))
    env.filters["plural"] = plural
    return env


def plural(count: int, word: str) -> str:
    """'1 paragraph', '3 paragraphs' (template words only, all regular)."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# ---------------------------------------------------------------------------------------------
# 2. Preparation
# ---------------------------------------------------------------------------------------------


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


def _opt(text: str | None) -> str | None:
    """Optional seed text, normalized; None when nothing visible is left."""
    return normalize_text(text) or None if text is not None else None


@lru_cache(maxsize=None)
def _name_key(name: str) -> tuple[str, str]:
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


def date_label(date: str) -> str:
    """'2022-10-05' -> '5 October 2022'; '2022-10' -> 'October 2022'; '2022' -> '2022'."""
    parts = date.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = MONTHS[int(parts[1]) - 1]
        day = f"{int(parts[2])} " if len(parts) == 3 and parts[2].isdigit() else ""
        return f"{day}{month} {parts[0]}"
    return parts[0]


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
    match = f"**{_escape(parts['match'])}**" if parts["match"] else ""
    return Markup(_escape(parts["before"]) + match + _escape(parts["after"]))


@dataclass
class Entity:
    """An actor or program with the page name, surfaces and paragraphs render needs."""

    record: Actor | Program
    page: str
    url: str
    surfaces: list[str]
    paragraphs: list[tuple[str, int]] = field(default_factory=list)

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
        doc_pages = unique_names([d.id for d in briefing.documents], reserved=["index"])
        self.documents = {d.id: d for d in briefing.documents}
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
                for document in sorted({d for d, _ in e.paragraphs}):
                    self.entities_in[document].append(e)
        self.quotes_at: dict[tuple[str, int], list[Quote]] = defaultdict(list)
        self.by_speaker: dict[str, dict[str, list]] = defaultdict(lambda: {"quotes": [], "statements": []})
        for q in self.briefing.quotes:
            self.quotes_at[q.document, q.paragraph].append(q)
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
        self.event_anchors = {id(e): timeline_ids.take(f"ev-{e.id}") for e in _sorted_events(self.briefing.events)}
        self.programs_of_actor: dict[str, list[Entity]] = defaultdict(list)
        for p in self.sorted_entities(self.programs):
            for a in sorted(set(p.record.participants)):  # type: ignore[union-attr]
                self.programs_of_actor[a].append(p)

    def _entities(self, records: list[Actor] | list[Program], folder: str) -> dict[str, Entity]:
        pages = unique_names([r.id for r in records], reserved=["index"])
        entities = {}
        for r in records:
            refs = sorted({(m.document, m.paragraph) for m in r.mentions}, key=self.ref_key)
            page = pages[r.id]
            url = f"{folder}/{page}.md"
            entities[r.id] = Entity(r, page, url, _surfaces(r.name, r.aliases), refs)
        return entities

    def sorted_documents(self) -> list[Document]:
        """Dated documents oldest first, then undated ones; by title within a date."""
        return sorted(self.briefing.documents, key=lambda d: (d.date is None, d.date or "", d.title, d.id))

    def ref_key(self, ref: tuple[str, int]) -> tuple[int, int]:
        return (self.doc_order.get(ref[0], -1), ref[1])

    def ref_url(self, document: str, paragraph: int) -> str:
        """Site-root-relative link to one source paragraph."""
        return f"{self.doc_urls[document]}#p{paragraph}"

    def ref_label(self, document: str, paragraph: int) -> str:
        return f"{self.documents[document].title} ¶{paragraph}"

    def _check_refs(self) -> None:
        """Every item must point at an existing paragraph; say which one does not."""
        b = self.briefing
        items: list[tuple[str, str, int]] = [
            (f"{kind} {item.id!r}", item.document, item.paragraph)
            for kind, records in (("quote", b.quotes), ("statement", b.statements), ("event", b.events))
            for item in records
        ]
        items += [(f"glossary term {t.abbreviation!r}", t.document, t.paragraph) for t in b.glossary]
        for kind, entities in (("actor", self.actors), ("program", self.programs)):
            items += [(f"{kind} {e.id!r}", d, n) for e in entities.values() for d, n in e.paragraphs]
        for what, document, paragraph in items:
            if (document, paragraph) not in self.paragraphs:
                raise BriefingError(
                    f"{what} points to paragraph {paragraph} of document {document!r}, which does not exist"
                )

    def sorted_entities(self, entities: dict[str, Entity]) -> list[Entity]:
        return sorted(entities.values(), key=lambda e: (_name_key(e.name), e.id))

    def actor_link(self, actor_id: str | None) -> dict[str, str] | None:
        entity = self.actors.get(actor_id or "")
        return {"name": entity.name, "url": entity.url} if entity else None

    def ref(self, document: str, paragraph: int) -> dict[str, Any]:
        return {
            "url": self.ref_url(document, paragraph),
            "label": self.ref_label(document, paragraph),
            "title": self.documents[document].title,
            "n": paragraph,
        }


# --- Records as the templates see them ------------------------------------------------------


def _quote_view(cat: Catalog, q: Quote, ids: "PageIds") -> dict[str, Any]:
    return {
        "id": q.id,
        "anchor": ids.take(q.id),
        "text": q.text,
        "speaker_name": q.speaker_name,
        "speaker": cat.actor_link(q.speaker),
        "context": _opt(q.context),
        "ref": cat.ref(q.document, q.paragraph),
    }


def _statement_view(cat: Catalog, s: Statement) -> dict[str, Any]:
    return {
        "text": s.text,
        "speaker_name": s.speaker_name,
        "speaker": cat.actor_link(s.speaker),
        "ref": cat.ref(s.document, s.paragraph),
    }


def _event_view(cat: Catalog, e: Event) -> dict[str, Any]:
    actors = [cat.actors[a] for a in e.actors if a in cat.actors]
    return {
        "id": e.id,
        "anchor": cat.event_anchors[id(e)],
        "date": e.date,
        "label": date_label(e.date),
        "year": e.date[:4],
        "date_text": _date_words(e.date_text, date_label(e.date)),
        "inferred": bool(e.inferred),
        "sentence": e.sentence,
        "actors": [{"name": a.name, "url": a.url} for a in sorted(actors, key=lambda a: _name_key(a.name))],
        "ref": cat.ref(e.document, e.paragraph),
    }


def _date_words(date_text: str, label: str) -> str | None:
    """The date as worded in the text, when it says more than the normalized label."""
    words = normalize_text(date_text)
    return words if words and words.casefold() != label.casefold() else None


def _sorted_events(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date, e.document, e.paragraph, e.id))


def _mention_views(cat: Catalog, entity: Entity, ids: PageIds) -> list[dict[str, Any]]:
    """Mentions grouped by document, each with an excerpt of its paragraph."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for document, n in entity.paragraphs:
        parts = excerpt(cat.paragraphs[document, n], entity.surfaces)
        groups[document].append({"ref": cat.ref(document, n), "html": excerpt_markup(parts)})
    return [
        {
            "anchor": ids.take("in-" + cat.doc_urls[d].removeprefix("sources/").removesuffix(".md")),
            "title": cat.documents[d].title,
            "url": cat.doc_urls[d],
            "mentions": mentions,
        }
        for d, mentions in sorted(groups.items(), key=lambda kv: cat.doc_order[kv[0]])
    ]


def _events_of(cat: Catalog, entity: Entity, explicit: Iterable[Event] = ()) -> list[Event]:
    """Events naming the entity, or whose sentence mentions it in a paragraph it is in."""
    found = {e.id: e for e in explicit}
    for ref in entity.paragraphs:
        for e in cat.events_at.get(ref, []):
            if mentions_any(normalize_text(e.sentence), entity.surfaces):
                found[e.id] = e
    return _sorted_events(found.values())


# --- Pages -----------------------------------------------------------------------------------


def actor_page(cat: Catalog, entity: Entity, cooccurrence: dict[str, Counter]) -> dict[str, Any]:
    actor: Actor = entity.record  # type: ignore[assignment]
    ids = PageIds("quotes", "statements", "mentions", "related", "timeline", "programs")
    related = [
        {"name": cat.actors[o].name, "url": cat.actors[o].url, "shared": n}
        for o, n in sorted(cooccurrence[actor.id].items(), key=lambda kv: (-kv[1], _name_key(cat.actors[kv[0]].name)))
    ][:20]
    quotes = cat.by_speaker.get(actor.id, {}).get("quotes", [])
    statements = cat.by_speaker.get(actor.id, {}).get("statements", [])
    programs = cat.programs_of_actor.get(actor.id, [])
    return {
        "anchor": ids.take(entity.page),
        "name": actor.name,
        "kind": actor.kind,
        "kind_label": _kind_label(actor.kind),
        "roles": sorted(set(actor.roles), key=_name_key),
        "aliases": sorted(set(actor.aliases) - {actor.name}, key=_name_key),
        "mention_count": len(entity.paragraphs),
        "document_count": len({d for d, _ in entity.paragraphs}),
        "quotes": [
            _quote_view(cat, q, ids) for q in sorted(quotes, key=lambda q: (cat.ref_key((q.document, q.paragraph)), q.id))
        ],
        "statements": [
            _statement_view(cat, s) for s in sorted(statements, key=lambda s: (cat.ref_key((s.document, s.paragraph)), s.id))
        ],
        "programs": [{"name": p.name, "url": p.url} for p in programs],
        "mention_groups": _mention_views(cat, entity, ids),
        "related": related,
        "events": [_event_view(cat, e) for e in _events_of(cat, entity, cat.events_of_actor.get(actor.id, []))],
    }


def _kind_label(kind: str) -> str:
    return KIND_NAMES.get(kind, kind)


def program_page(cat: Catalog, entity: Entity) -> dict[str, Any]:
    program: Program = entity.record  # type: ignore[assignment]
    participants = [cat.actors[a] for a in program.participants if a in cat.actors]
    ids = PageIds("participants", "mentions", "timeline")
    return {
        "anchor": ids.take(entity.page),
        "name": program.name,
        "aliases": sorted(set(program.aliases) - {program.name}, key=_name_key),
        "description": _opt(program.description),
        "participants": [
            {"name": a.name, "url": a.url, "kind": _kind_label(a.record.kind)}  # type: ignore[union-attr]
            for a in sorted(participants, key=lambda a: _name_key(a.name))
        ],
        "mention_count": len(entity.paragraphs),
        "mention_groups": _mention_views(cat, entity, ids),
        "events": [_event_view(cat, e) for e in _events_of(cat, entity)],
    }


def _letter(name: str) -> str:
    folded = slugify(name)[:1].upper()
    return folded if folded.isalpha() and not slugify(name).startswith("x-") else "#"


def _letter_groups(entities: list[Entity], prefix: str, ids: PageIds) -> list[dict[str, Any]]:
    groups: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        groups[_letter(e.name)].append(e)
    return [
        {
            "letter": letter,
            "anchor": ids.take(f"{prefix}-{'other' if letter == '#' else letter.lower()}"),
            "entries": groups[letter],
        }
        for letter in sorted(groups, key=lambda g: (g == "#", g))
    ]


def actors_index_page(cat: Catalog) -> dict[str, Any]:
    ids = PageIds("actors", *ACTOR_KINDS)
    by_kind: dict[str, list[Entity]] = defaultdict(list)
    for e in cat.sorted_entities(cat.actors):
        by_kind[e.record.kind].append(e)  # type: ignore[union-attr]
    kinds = [k for k in ACTOR_KINDS if by_kind.get(k)] + sorted(k for k in by_kind if k not in ACTOR_KINDS)
    return {
        "total": len(cat.actors),
        "kinds": [
            {
                "kind": kind,
                "anchor": anchor(kind) if kind in ACTOR_KINDS else ids.take(kind),
                "label": KIND_LABELS.get(kind, kind),
                "count": len(by_kind[kind]),
                "letters": [
                    {**g, "entries": [_index_entry(e) for e in g["entries"]]}
                    for g in _letter_groups(by_kind[kind], kind, ids)
                ],
            }
            for kind in kinds
        ],
    }


def _index_entry(e: Entity) -> dict[str, Any]:
    roles = getattr(e.record, "roles", [])
    return {
        "name": e.name,
        "url": e.url,
        "count": len(e.paragraphs),
        "note": sorted(roles, key=_name_key)[0] if roles else None,
    }


def programs_index_page(cat: Catalog) -> dict[str, Any]:
    ids = PageIds("programs")
    entities = cat.sorted_entities(cat.programs)
    return {
        "total": len(entities),
        "letters": [
            {
                **g,
                "entries": [
                    {**_index_entry(e), "note": _opt(e.record.description)}  # type: ignore[union-attr]
                    for e in g["entries"]
                ],
            }
            for g in _letter_groups(entities, "letter", ids)
        ],
    }


def quotes_page(cat: Catalog) -> dict[str, Any]:
    """Quotes and reported statements grouped by speaker: named speakers first, then unnamed."""
    groups: dict[tuple, dict[str, Any]] = {}
    for kind, records in (("quotes", cat.briefing.quotes), ("statements", cat.briefing.statements)):
        for item in records:
            speaker = cat.actors.get(item.speaker or "")
            key = (0, _name_key(speaker.name), speaker.id) if speaker else (1, _name_key(item.speaker_name), "")
            group = groups.setdefault(
                key,
                {
                    "name": speaker.name if speaker else normalize_text(item.speaker_name),
                    "url": speaker.url if speaker else None,
                    "wanted": speaker.page if speaker else "unnamed-" + slugify(item.speaker_name),
                    "quotes": [],
                    "statements": [],
                },
            )
            group[kind].append(item)
    ids = PageIds("quotes", "speakers")
    out = []
    for key in sorted(groups):
        g = groups[key]
        order = lambda r: (cat.ref_key((r.document, r.paragraph)), r.id)  # noqa: E731
        out.append(
            {
                **g,
                "anchor": ids.take(g.pop("wanted")),
                "quotes": [_quote_view(cat, q, ids) for q in sorted(g["quotes"], key=order)],
                "statements": [_statement_view(cat, s) for s in sorted(g["statements"], key=order)],
            }
        )
    return {
        "quote_count": len(cat.briefing.quotes),
        "statement_count": len(cat.briefing.statements),
        "groups": out,
    }


def glossary_terms(cat: Catalog) -> list[dict[str, Any]]:
    terms = sorted(
        cat.briefing.glossary,
        key=lambda t: (t.abbreviation.casefold(), t.abbreviation, t.expansion, cat.ref_key((t.document, t.paragraph))),
    )
    return [
        {"abbreviation": t.abbreviation, "expansion": t.expansion, "ref": cat.ref(t.document, t.paragraph)}
        for t in terms
    ]


def abbreviation_definitions(cat: Catalog) -> dict[str, str]:
    """abbreviation -> expansion for the `abbr` extension: plain alphanumeric terms only.

    Terms with other characters stay in the glossary but are not marked up site-wide (their
    escaped form in the page text would not match anyway). For an abbreviation with several
    expansions the most frequent wins, then the alphabetically first.
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for t in cat.briefing.glossary:
        abbreviation, expansion = normalize_text(t.abbreviation), normalize_text(t.expansion)
        if _ABBREVIATION.match(abbreviation) and len(abbreviation) >= 2 and expansion:
            counts[abbreviation][expansion] += 1
    return {
        a: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for a, c in sorted(counts.items())
    }


def abbreviation_block(definitions: dict[str, str]) -> Markup:
    """`*[ABBR]: expansion` lines; the `abbr` extension turns them into tooltips on the page.

    The expansion becomes a `title` attribute. The serializer escapes `<` and `"` but keeps
    anything that looks like an entity, so `&` is escaped here to show entities literally.
    """
    lines = [f"*[{a}]: {e.replace('&', '&amp;')}" for a, e in definitions.items()]
    return Markup("\n".join(lines))


def _timeline_years(cat: Catalog) -> list[dict[str, Any]]:
    by_year: dict[str, list[Event]] = defaultdict(list)
    for e in cat.briefing.events:
        by_year[e.date[:4]].append(e)
    return [
        {"year": y, "anchor": anchor(f"y{y}"), "events": [_event_view(cat, e) for e in _sorted_events(by_year[y])]}
        for y in sorted(by_year)
    ]


def timeline_chart(years: list[dict[str, Any]], max_columns: int = 40) -> list[dict[str, Any]]:
    """Bars for the visual timeline: one per year in the span (or per year with events)."""
    counts = {int(y["year"]): len(y["events"]) for y in years if y["year"].isdigit()}
    if not counts:
        return []
    low, high = min(counts), max(counts)
    span = range(low, high + 1) if high - low < max_columns else sorted(counts)
    peak = max(counts.values())
    return [
        {
            "year": str(y),
            "count": counts.get(y, 0),
            "height": round(100 * counts.get(y, 0) / peak),
        }
        for y in span
    ]


def timeline_page(cat: Catalog) -> dict[str, Any]:
    years = _timeline_years(cat)
    return {"years": years, "chart": timeline_chart(years), "count": len(cat.briefing.events)}


def _topic_anchor(topic: str) -> str:
    return "topic-" + slugify(topic)


def sources_index_page(cat: Catalog) -> dict[str, Any]:
    docs = cat.sorted_documents()
    topics: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        for t in sorted({normalize_text(t) for t in d.topics if normalize_text(t)}, key=str.casefold):
            topics[t].append(d)
    ids = PageIds("sources", "documents", "topics")
    return {
        "documents": [_document_summary(cat, d) for d in docs],
        "topics": [
            {"name": t, "anchor": ids.take(_topic_anchor(t)), "documents": [_document_summary(cat, d) for d in topics[t]]}
            for t in sorted(topics, key=lambda t: (t.casefold(), t))
        ],
    }




def _document_summary(cat: Catalog, d: Document) -> dict[str, Any]:
    return {
        "title": d.title,
        "url": cat.doc_urls[d.id],
        "date": date_label(d.date[:10]) if d.date else None,
        "paragraphs": len(d.paragraphs),
        "subtitle": _opt(d.subtitle),
    }


def render_paragraph(cat: Catalog, document: str, n: int, base: str = "../") -> Markup:
    """One source paragraph as Markdown: escaped text, mentions linked, quotes marked."""
    text = cat.paragraphs[document, n]
    quotes = _quote_spans(text, cat.quotes_at.get((document, n), []))
    links = _link_spans(text, cat, (document, n), quotes)
    out, pos = [], 0
    for start, end, speaker in quotes:
        out.append(_linked(text, pos, start, links, base))
        title = md_text(f"Quote: {speaker}")
        out.append(f'<mark class="quote" title="{title}">{_linked(text, start, end, links, base)}</mark>')
        pos = end
    out.append(_linked(text, pos, len(text), links, base))
    return Markup("".join(out))


def _quote_spans(text: str, quotes: list[Quote]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for q in sorted(quotes, key=lambda q: (-len(q.text), q.id)):
        needle = normalize_text(q.text)
        start = text.find(needle) if needle else -1
        if start >= 0 and not any(start < e and s < start + len(needle) for s, e, _ in spans):
            spans.append((start, start + len(needle), normalize_text(q.speaker_name)))
    return sorted(spans)


def _link_spans(
    text: str, cat: Catalog, where: tuple[str, int], quotes: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Links for the actors and programs mentioned here: each one's first occurrence.

    Names are matched left to right, the longest name winning at any position; a later
    occurrence of an entity already linked still occupies its words, so a shorter name
    inside it ("Japan" in "Japan Maritime Self-Defense Force") is not linked instead.
    """
    matches = [
        (start, -len(surface), surface, entity.url)
        for entity in cat.entities_at.get(where, [])
        for surface in entity.surfaces
        for start in find_all(text, surface)
    ]
    occupied: list[tuple[int, int]] = []
    spans: list[tuple[int, int, str]] = []
    linked: set[str] = set()
    for start, negative_length, _, url in sorted(matches):
        end = start - negative_length
        if any(start < e and s < end for s, e in occupied):
            continue
        if any(start < qs < end or start < qe < end for qs, qe, _ in quotes):
            continue
        occupied.append((start, end))
        if url not in linked:
            spans.append((start, end, url))
            linked.add(url)
    return spans


def _linked(text: str, start: int, end: int, links: list[tuple[int, int, str]], base: str) -> str:
    out, pos = [], start
    for s, e, url in links:
        if start <= s and e <= end:
            out.append(_escape(text[pos:s]))
            out.append(f"[{_escape(text[s:e])}]({base}{url})")
            pos = e
    out.append(_escape(text[pos:end]))
    return "".join(out)


def source_page(cat: Catalog, d: Document, topic_anchors: dict[str, str]) -> dict[str, Any]:
    named = cat.entities_in.get(d.id, [])
    mentioned = [e for e in named if isinstance(e.record, Actor)]
    programs = [e for e in named if isinstance(e.record, Program)]
    topics = sorted({normalize_text(t) for t in d.topics if normalize_text(t)}, key=lambda t: (t.casefold(), t))
    return {
        "anchor": anchor("document"),
        "title": d.title,
        "subtitle": _opt(d.subtitle),
        "caption": _opt(d.caption),
        "credit": _opt(d.credit),
        "date": date_label(d.date[:10]) if d.date else None,
        "publisher": _opt(d.publisher),
        "author": _opt(d.author),
        "source": d.source,
        "web_url": web_url(d.url),
        "url_text": normalize_text(d.url) if d.url and not web_url(d.url) else None,
        "topics": [{"name": t, "url": f"sources/index.md#{topic_anchors[t]}"} for t in topics],
        "actors": [{"name": e.name, "url": e.url} for e in mentioned],
        "programs": [{"name": e.name, "url": e.url} for e in programs],
        "quote_count": sum(len(cat.quotes_at.get((d.id, p.n), [])) for p in d.paragraphs),
        "paragraphs": [
            {"n": p.n, "anchor": anchor(f"p{p.n}"), "html": render_paragraph(cat, d.id, p.n)}
            for p in sorted(d.paragraphs, key=lambda p: p.n)
        ],
    }


def _cooccurrence(cat: Catalog) -> dict[str, Counter]:
    """actor id -> Counter of other actor ids by number of shared paragraphs."""
    by_paragraph: dict[tuple[str, int], list[str]] = defaultdict(list)
    for e in cat.actors.values():
        for ref in e.paragraphs:
            by_paragraph[ref].append(e.id)
    counts: dict[str, Counter] = defaultdict(Counter)
    for ids in by_paragraph.values():
        for a in ids:
            for b in ids:
                if a != b:
                    counts[a][b] += 1
    return counts


def key_points(cat: Catalog, top_actors: list[Entity], extra: int = 5) -> list[dict[str, Any]]:
    """The lead sentence of each document, then sentences naming the most-mentioned actors."""
    chosen: dict[tuple[str, int], str] = {}
    for d in cat.sorted_documents():
        if d.paragraphs:
            first = min(d.paragraphs, key=lambda p: p.n)
            lead = sentences(first.text)
            if lead:
                chosen[d.id, first.n] = lead[0]
    scored = []
    for ref, text in sorted(cat.paragraphs.items(), key=lambda kv: cat.ref_key(kv[0])):
        if ref in chosen:
            continue
        for sentence in sentences(text):
            names = [a for a in top_actors if ref in a.paragraphs and mentions_any(sentence, a.surfaces)]
            if names:
                weight = sum(len(a.paragraphs) for a in names)
                scored.append((-len(names), -weight, cat.ref_key(ref), ref, sentence))
                break
    for *_, ref, sentence in sorted(scored, key=lambda t: t[:3])[:extra]:
        chosen[ref] = sentence
    return [
        {"text": chosen[ref], "ref": cat.ref(*ref)} for ref in sorted(chosen, key=cat.ref_key)
    ]


def overview_page(cat: Catalog) -> dict[str, Any]:
    b = cat.briefing
    top = sorted(cat.actors.values(), key=lambda e: (-len(e.paragraphs), _name_key(e.name)))[:10]
    kinds = Counter(a.kind for a in b.actors)
    years = sorted({e.date[:4] for e in b.events})
    return {
        "documents": [_document_summary(cat, d) for d in cat.sorted_documents()],
        "paragraph_count": len(cat.paragraphs),
        "actor_count": len(b.actors),
        "kind_counts": [
            {"label": f"{kinds[k]} {(KIND_NAMES if kinds[k] == 1 else KIND_LABELS)[k].lower()}", "anchor": anchor(k)}
            for k in ACTOR_KINDS
            if kinds[k]
        ],
        "program_count": len(b.programs),
        "quote_count": len(b.quotes),
        "statement_count": len(b.statements),
        "event_count": len(b.events),
        "year_span": f"{years[0]}–{years[-1]}" if len(years) > 1 else (years[0] if years else None),
        "term_count": len(b.glossary),
        "key_points": key_points(cat, top[:5]),
        "top_actors": [
            {"name": e.name, "url": e.url, "kind": _kind_label(e.record.kind), "count": len(e.paragraphs)}  # type: ignore[union-attr]
            for e in top
        ],
        "latest_events": [_event_view(cat, e) for e in reversed(_sorted_events(b.events)[-5:])],
    }


# ---------------------------------------------------------------------------------------------
# 3. Writing
# ---------------------------------------------------------------------------------------------


@dataclass
class PageSpec:
    """One page to write: where, with which template, its title and its data."""

    path: str
    template: str
    title: str
    data: dict[str, Any]


def pages(briefing: Briefing) -> Iterable[PageSpec]:
    """Every page of the site, in a fixed order."""
    cat = Catalog(briefing)
    yield PageSpec("index.md", "index.md.j2", "Overview", overview_page(cat))
    yield PageSpec("timeline.md", "timeline.md.j2", "Timeline", timeline_page(cat))
    yield PageSpec("quotes.md", "quotes.md.j2", "Quotes and statements", quotes_page(cat))
    yield PageSpec("glossary.md", "glossary.md.j2", "Glossary", {"terms": glossary_terms(cat)})
    yield PageSpec("actors/index.md", "actors_index.md.j2", "Actors", actors_index_page(cat))
    cooccurrence = _cooccurrence(cat)
    for entity in cat.sorted_entities(cat.actors):
        yield PageSpec(f"actors/{entity.page}.md", "actor.md.j2", entity.name, actor_page(cat, entity, cooccurrence))
    yield PageSpec("programs/index.md", "programs_index.md.j2", "Programs", programs_index_page(cat))
    for entity in cat.sorted_entities(cat.programs):
        yield PageSpec(f"programs/{entity.page}.md", "program.md.j2", entity.name, program_page(cat, entity))
    sources = sources_index_page(cat)
    yield PageSpec("sources/index.md", "sources_index.md.j2", "Sources", sources)
    topic_anchors = {t["name"]: t["anchor"] for t in sources["topics"]}
    for d in cat.sorted_documents():
        yield PageSpec(cat.doc_urls[d.id], "source.md.j2", d.title, source_page(cat, d, topic_anchors))


def render_site(briefing: Briefing, docs_dir: Path) -> list[Path]:
    """Write every Markdown page and the `assets/` folder into `docs_dir`; return the paths."""
    docs_dir = Path(docs_dir)
    env = make_environment()
    abbreviations = abbreviation_block(abbreviation_definitions(Catalog(briefing)))
    written: list[Path] = []
    for spec in pages(briefing):
        text = env.get_template(spec.template).render(
            title=spec.title, page=spec.data, base="../" * spec.path.count("/"), abbreviations=abbreviations
        )
        written.append(_write(docs_dir / spec.path, text))
    written += copy_assets(docs_dir)
    return sorted(written)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8", newline="\n")
    return path


def copy_assets(docs_dir: Path) -> list[Path]:
    """Copy briefing/assets/** to docs_dir/assets/ (CSS, JavaScript)."""
    written = []
    for source in sorted(p for p in ASSETS_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        target = docs_dir / "assets" / source.relative_to(ASSETS_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written
