"""The overview, actor, program, index, quotes and glossary pages as plain template data."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any, Iterable

from markupsafe import Markup

from ..model import ACTOR_KINDS, Actor, Document, Event, Program, Quote, Statement
from ..slugs import slugify
from .catalog import (
    Catalog,
    Entity,
    PageIds,
    anchor,
    excerpt,
    excerpt_markup,
    mentions_any,
    name_key,
    sentences,
    sorted_events,
)
from .correct import actor_correction, program_correction
from .escape import normalize_text, opt_text
from .listing import ListPage, list_pages
from .quotes import Speaker
from .source_lists import latest_documents
from .split import DAY, MONTH, YEAR, period_label, split_by_date
from .views import (
    KIND_LABELS, KIND_NAMES, date_label, document_summary, event_view, kind_label, quote_view, statement_view,
)


LATEST_DOCUMENTS = 10
TOP_ACTORS = 10
LATEST_EVENTS = 10


def documents_of(entity: Entity) -> int:
    return len(entity.documents)


def top_actors(cat: Catalog, entities: Iterable[Entity], count: int) -> list[Entity]:
    """The actors named in the most documents (then paragraphs, then by name)."""
    return sorted(entities, key=lambda e: (-documents_of(e), -e.mention_count, name_key(e.name), e.id))[:count]


def overview_page(cat: Catalog) -> dict[str, Any]:
    """Counts, the latest documents and events, and the actors named in the most documents."""
    b = cat.briefing
    top = top_actors(cat, cat.actors.values(), TOP_ACTORS)
    kinds = Counter(a.kind for a in b.actors)
    years = sorted({e.date[:4] for e in b.events})
    latest = latest_documents(cat, LATEST_DOCUMENTS)
    return {
        "document_count": len(b.documents),
        "latest_documents": [document_summary(cat, d) for d in latest],
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
        "key_points": key_points(cat, top[:5], latest),
        "top_actors": [
            {"name": e.name, "url": e.url, "kind": kind_label(e.record.kind), "documents": documents_of(e),  # type: ignore[union-attr]
             "count": e.mention_count}
            for e in top
        ],
        "latest_events": [event_view(cat, e) for e in reversed(sorted_events(b.events)[-LATEST_EVENTS:])],
    }


def key_points(cat: Catalog, top_actors: list[Entity], documents: list[Document], extra: int = 5) -> list[dict[str, Any]]:
    """The lead sentence of each of `documents`, then their sentences naming the most-mentioned actors."""
    chosen: dict[tuple[str, int], str] = {}
    for d in documents:
        if d.paragraphs:
            first = min(d.paragraphs, key=lambda p: p.n)
            lead = sentences(first.text)
            if lead:
                chosen[d.id, first.n] = lead[0]
    scored = []
    paragraphs_of = [(a, set(a.paragraphs)) for a in top_actors]
    refs = sorted(((d.id, p.n) for d in documents for p in d.paragraphs), key=cat.ref_key)
    for ref in refs:
        text = cat.paragraphs[ref]
        if ref in chosen:
            continue
        present = [a for a, refs in paragraphs_of if ref in refs]
        if not present:
            continue
        for sentence in sentences(text):
            names = [a for a in present if mentions_any(sentence, a.surfaces)]
            if names:
                weight = sum(len(a.paragraphs) for a in names)
                scored.append((-len(names), -weight, cat.ref_key(ref), ref, sentence))
                break
    for *_, ref, sentence in sorted(scored, key=lambda t: t[:3])[:extra]:
        chosen[ref] = sentence
    return [
        {"text": chosen[ref], "ref": cat.ref(*ref)} for ref in sorted(chosen, key=cat.ref_key)
    ]


PREVIEW_QUOTES = 10
PREVIEW_DOCUMENTS = 20
PREVIEW_EVENTS = 20
MENTION_DOCUMENTS_PER_PAGE = 100
EVENTS_PER_PAGE = 200


def actor_page(cat: Catalog, entity: Entity, speaker: Speaker | None) -> dict[str, Any]:
    """An actor at a glance: the latest quotes, statements, documents and events, each list
    with a link to the whole of it when it is longer; its related actors and map come from
    `network` (ids `with-*`)."""
    actor: Actor = entity.record  # type: ignore[assignment]
    ids = PageIds("quotes", "statements", "mentions", "related", "timeline", "programs")
    records = speaker.records if speaker else []
    quotes = [r for r in records if isinstance(r, Quote)]
    statements = [r for r in records if isinstance(r, Statement)]
    events = _events_of(cat, entity, cat.events_of_actor.get(actor.id, []))
    return {
        "anchor": ids.take(entity.page),
        "name": actor.name,
        "kind": actor.kind,
        "kind_label": kind_label(actor.kind),
        "roles": sorted(set(actor.roles), key=name_key),
        "aliases": sorted(set(actor.aliases) - {actor.name}, key=name_key),
        "mention_count": entity.mention_count,
        "document_count": documents_of(entity),
        "quote_count": len(quotes),
        "quotes": [quote_view(cat, q, ids) for q in _latest(quotes, PREVIEW_QUOTES)],
        "statement_count": len(statements),
        "statements": [statement_view(cat, s) for s in _latest(statements, PREVIEW_QUOTES)],
        "speaker_url": speaker.url if speaker else None,
        "programs": [{"name": p.name, "url": p.url} for p in cat.programs_of_actor.get(actor.id, [])],
        **_previews(cat, entity, ids, events),
        "correct": actor_correction(cat, actor),
    }


def _latest(records: list, count: int) -> list:
    """The last `count` of records in source order, newest first."""
    return list(reversed(records[-count:]))


def _previews(cat: Catalog, entity: Entity, ids: PageIds, events: list[Event]) -> dict[str, Any]:
    """The latest documents naming an entity and its latest events, with the pages listing all."""
    groups = _mention_groups(cat, entity)
    latest = list(reversed(groups[-PREVIEW_DOCUMENTS:]))
    return {
        "mention_groups": [_group_view(cat, entity, d, refs, ids) for d, refs in latest],
        "mentions_url": entity_list_url(entity, "mentions") if len(groups) > len(latest) else None,
        "event_count": len(events),
        "events": [event_view(cat, e) for e in events[-PREVIEW_EVENTS:]],
        "events_url": entity_list_url(entity, "events") if len(events) > PREVIEW_EVENTS else None,
    }


def entity_list_url(entity: Entity, what: str, key: str = "") -> str:
    """Where all mentions (or events) of an actor or program are listed: `actors/<page>/mentions.md`."""
    base = entity.url.removesuffix(".md")
    return f"{base}/{what}/{key}.md" if key else f"{base}/{what}.md"


def entity_list_pages(cat: Catalog, entity: Entity) -> Iterable[ListPage]:
    """The whole lists behind an actor's or program's previews, cut by month when long."""
    groups = _mention_groups(cat, entity)
    if len(groups) > PREVIEW_DOCUMENTS:
        ids = PageIds("mentions", entity.page)
        root = split_by_date(groups, lambda g: cat.document_date(g[0]), MENTION_DOCUMENTS_PER_PAGE, (MONTH, DAY))
        yield from list_pages(
            root,
            url=lambda key: entity_list_url(entity, "mentions", key),
            title=lambda key: f"{entity.name}: documents" + (f", {period_label(key)}" if key else ""),
            anchor=lambda key: "d" + key if key else "mentions",
            view=lambda g: _group_view(cat, entity, g[0], g[1], ids),
            extra={"list": "mentions", "entity": {"name": entity.name, "url": entity.url}, "total": len(groups)},
        )
    explicit = cat.events_of_actor.get(entity.id, []) if isinstance(entity.record, Actor) else []
    events = _events_of(cat, entity, explicit)
    if len(events) > PREVIEW_EVENTS:
        root = split_by_date(events, lambda e: e.date, EVENTS_PER_PAGE, (YEAR, MONTH, DAY),
                             reported_on=lambda e: cat.document_date(e.document))
        yield from list_pages(
            root,
            url=lambda key: entity_list_url(entity, "events", key),
            title=lambda key: f"{entity.name}: events" + (f", {period_label(key)}" if key else ""),
            anchor=lambda key: "y" + key if key else "events",
            part_anchor=lambda key: "y" + key,
            view=lambda e: event_view(cat, e),
            extra={"list": "events", "entity": {"name": entity.name, "url": entity.url}, "total": len(events)},
        )


def program_page(cat: Catalog, entity: Entity) -> dict[str, Any]:
    program: Program = entity.record  # type: ignore[assignment]
    participants = [cat.actors[a] for a in program.participants if a in cat.actors]
    ids = PageIds("participants", "mentions", "timeline")
    return {
        "anchor": ids.take(entity.page),
        "name": program.name,
        "aliases": sorted(set(program.aliases) - {program.name}, key=name_key),
        "description": opt_text(program.description),
        "participants": [
            {"name": a.name, "url": a.url, "kind": kind_label(a.record.kind)}  # type: ignore[union-attr]
            for a in sorted(participants, key=lambda a: name_key(a.name))
        ],
        "mention_count": entity.mention_count,
        "document_count": documents_of(entity),
        **_previews(cat, entity, ids, _events_of(cat, entity)),
        "correct": program_correction(cat, program),
    }


def _mention_groups(cat: Catalog, entity: Entity) -> list[tuple[str, list[int]]]:
    """(document, paragraph numbers) for each document naming the entity (in its body or only
    in its caption), in source order."""
    groups: dict[str, list[int]] = {d: [] for d in entity.captions}
    groups = defaultdict(list, groups)
    for document, n in entity.paragraphs:
        groups[document].append(n)
    return sorted(groups.items(), key=lambda kv: cat.doc_order[kv[0]])


def _group_view(cat: Catalog, entity: Entity, document: str, paragraphs: list[int], ids: PageIds) -> dict[str, Any]:
    """One document's mentions of an entity, each with an excerpt of its paragraph."""
    d = cat.documents[document]
    return {
        "anchor": ids.take("in-" + cat.doc_urls[document].removeprefix("sources/").removesuffix(".md")),
        "title": d.heading,
        "date": date_label(d.date[:10]) if d.date else None,
        "url": cat.doc_urls[document],
        "mentions": _caption_mention(cat, entity, document) + [
            {"ref": cat.ref(document, n), "html": excerpt_markup(excerpt(cat.paragraphs[document, n], entity.surfaces))}
            for n in paragraphs
        ],
    }


def _caption_mention(cat: Catalog, entity: Entity, document: str) -> list[dict[str, Any]]:
    """The entity's mention in a document's photo caption, shown before its paragraphs."""
    if document not in entity.captions:
        return []
    caption = normalize_text(cat.documents[document].caption or "")
    return [{"ref": cat.caption_ref(document), "html": excerpt_markup(excerpt(caption, entity.surfaces))}]


def _events_of(cat: Catalog, entity: Entity, explicit: Iterable[Event] = ()) -> list[Event]:
    """Events naming the entity, or whose sentence mentions it in a paragraph it is in."""
    found = {e.id: e for e in explicit}
    for ref in entity.paragraphs:
        for e in cat.events_at.get(ref, []):
            if mentions_any(normalize_text(e.sentence), entity.surfaces):
                found[e.id] = e
    return sorted_events(found.values())


TOP_PER_KIND = 10


def _actors_by_kind(cat: Catalog) -> dict[str, list[Entity]]:
    by_kind: dict[str, list[Entity]] = defaultdict(list)
    for e in cat.sorted_entities(cat.actors):
        by_kind[e.record.kind].append(e)  # type: ignore[union-attr]
    kinds = [k for k in ACTOR_KINDS if by_kind.get(k)] + sorted(k for k in by_kind if k not in ACTOR_KINDS)
    return {k: by_kind[k] for k in kinds}


def letter_url(kind: str, letter: str) -> str:
    return f"actors/all/{slugify(kind)}-{'other' if letter == '#' else letter.lower()}.md"


def actors_index_page(cat: Catalog) -> dict[str, Any]:
    """Per kind: how many, the ones named in the most documents, and a page per initial letter."""
    ids = PageIds("actors", *ACTOR_KINDS)
    by_kind = _actors_by_kind(cat)
    return {
        "total": len(cat.actors),
        "kinds": [
            {
                "kind": kind,
                "anchor": anchor(kind) if kind in ACTOR_KINDS else ids.take(kind),
                "label": KIND_LABELS.get(kind, kind),
                "count": len(entities),
                "top": [_index_entry(e) for e in top_actors(cat, entities, TOP_PER_KIND)],
                "letters": [
                    {"letter": g["letter"], "url": letter_url(kind, g["letter"]), "count": len(g["entries"])}
                    for g in _letter_groups(entities, kind, PageIds())
                ],
            }
            for kind, entities in by_kind.items()
        ],
    }


def actor_letter_pages(cat: Catalog) -> Iterable[tuple[str, str, dict[str, Any]]]:
    """(path, title, data) of the alphabetical list of each kind of actor, a page per letter."""
    for kind, entities in _actors_by_kind(cat).items():
        label = KIND_LABELS.get(kind, kind)
        letters = _letter_groups(entities, kind, PageIds())
        for i, g in enumerate(letters):
            def side(j: int) -> dict[str, str] | None:
                return {"label": letters[j]["letter"], "url": letter_url(kind, letters[j]["letter"])} if 0 <= j < len(letters) else None
            title = f"{label}: {g['letter']}"
            yield letter_url(kind, g["letter"]), title, {
                "heading": title,
                "anchor": anchor(f"{slugify(kind)}-{'other' if g['letter'] == '#' else g['letter'].lower()}"),
                "label": label,
                "entries": [_index_entry(e) for e in g["entries"]],
                "letters": [{"letter": o["letter"], "url": letter_url(kind, o["letter"])} for o in letters],
                "pager": {"up": {"label": f"Actors: {label}", "url": f"actors/index.md#{kind}"}, "prev": side(i - 1), "next": side(i + 1)},
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
                    {**_index_entry(e), "note": opt_text(e.record.description)}  # type: ignore[union-attr]
                    for e in g["entries"]
                ],
            }
            for g in _letter_groups(entities, "letter", ids)
        ],
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


def _index_entry(e: Entity) -> dict[str, Any]:
    roles = getattr(e.record, "roles", [])
    return {
        "name": e.name,
        "url": e.url,
        "count": e.mention_count,
        "documents": documents_of(e),
        "note": sorted(roles, key=name_key)[0] if roles else None,
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


_ABBREVIATION = re.compile(r"^[A-Za-z0-9]*[A-Z][A-Za-z0-9]*$")


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
