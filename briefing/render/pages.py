"""The overview, actor, program, index, quotes and glossary pages as plain template data."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any, Iterable

from markupsafe import Markup

from ..model import ACTOR_KINDS, Actor, Event, Program
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
from .views import KIND_LABELS, KIND_NAMES, document_summary, event_view, kind_label, quote_view, statement_view


def overview_page(cat: Catalog) -> dict[str, Any]:
    b = cat.briefing
    top = sorted(cat.actors.values(), key=lambda e: (-len(e.paragraphs), name_key(e.name)))[:10]
    kinds = Counter(a.kind for a in b.actors)
    years = sorted({e.date[:4] for e in b.events})
    return {
        "documents": [document_summary(cat, d) for d in cat.sorted_documents()],
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
            {"name": e.name, "url": e.url, "kind": kind_label(e.record.kind), "count": len(e.paragraphs)}  # type: ignore[union-attr]
            for e in top
        ],
        "latest_events": [event_view(cat, e) for e in reversed(sorted_events(b.events)[-5:])],
    }


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
    paragraphs_of = [(a, set(a.paragraphs)) for a in top_actors]
    for ref, text in sorted(cat.paragraphs.items(), key=lambda kv: cat.ref_key(kv[0])):
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


def actor_page(cat: Catalog, entity: Entity, cooccurrence: dict[str, Counter]) -> dict[str, Any]:
    actor: Actor = entity.record  # type: ignore[assignment]
    ids = PageIds("quotes", "statements", "mentions", "related", "timeline", "programs")
    related = [
        {"name": cat.actors[o].name, "url": cat.actors[o].url, "shared": n}
        for o, n in sorted(cooccurrence[actor.id].items(), key=lambda kv: (-kv[1], name_key(cat.actors[kv[0]].name)))
    ][:20]
    quotes = cat.by_speaker.get(actor.id, {}).get("quotes", [])
    statements = cat.by_speaker.get(actor.id, {}).get("statements", [])
    programs = cat.programs_of_actor.get(actor.id, [])
    return {
        "anchor": ids.take(entity.page),
        "name": actor.name,
        "kind": actor.kind,
        "kind_label": kind_label(actor.kind),
        "roles": sorted(set(actor.roles), key=name_key),
        "aliases": sorted(set(actor.aliases) - {actor.name}, key=name_key),
        "mention_count": len(entity.paragraphs),
        "document_count": len({d for d, _ in entity.paragraphs}),
        "quotes": [
            quote_view(cat, q, ids) for q in sorted(quotes, key=lambda q: (cat.ref_key((q.document, q.paragraph)), q.id))
        ],
        "statements": [
            statement_view(cat, s) for s in sorted(statements, key=lambda s: (cat.ref_key((s.document, s.paragraph)), s.id))
        ],
        "programs": [{"name": p.name, "url": p.url} for p in programs],
        "mention_groups": _mention_views(cat, entity, ids),
        "related": related,
        "events": [event_view(cat, e) for e in _events_of(cat, entity, cat.events_of_actor.get(actor.id, []))],
        "correct": actor_correction(cat, actor),
    }


def actor_cooccurrence(cat: Catalog) -> dict[str, Counter]:
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
        "mention_count": len(entity.paragraphs),
        "mention_groups": _mention_views(cat, entity, ids),
        "events": [event_view(cat, e) for e in _events_of(cat, entity)],
        "correct": program_correction(cat, program),
    }


def _mention_views(cat: Catalog, entity: Entity, ids: PageIds) -> list[dict[str, Any]]:
    """Mentions grouped by document, each with an excerpt of its paragraph."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for document, n in entity.paragraphs:
        parts = excerpt(cat.paragraphs[document, n], entity.surfaces)
        groups[document].append({"ref": cat.ref(document, n), "html": excerpt_markup(parts)})
    return [
        {
            "anchor": ids.take("in-" + cat.doc_urls[d].removeprefix("sources/").removesuffix(".md")),
            "title": cat.documents[d].heading,
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
    return sorted_events(found.values())


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
        "count": len(e.paragraphs),
        "note": sorted(roles, key=name_key)[0] if roles else None,
    }


def quotes_page(cat: Catalog) -> dict[str, Any]:
    """Quotes and reported statements grouped by speaker: named speakers first, then unnamed."""
    groups: dict[tuple, dict[str, Any]] = {}
    for kind, records in (("quotes", cat.briefing.quotes), ("statements", cat.briefing.statements)):
        for item in records:
            speaker = cat.actors.get(item.speaker or "")
            key = (0, name_key(speaker.name), speaker.id) if speaker else (1, name_key(item.speaker_name), "")
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
                "quotes": [quote_view(cat, q, ids) for q in sorted(g["quotes"], key=order)],
                "statements": [statement_view(cat, s) for s in sorted(g["statements"], key=order)],
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
