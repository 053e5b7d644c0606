"""Records as the templates see them: quotes, statements, events, documents, dates."""
from __future__ import annotations

from typing import Any

from ..model import Document, Event, Quote, Statement
from .catalog import Catalog, PageIds, name_key
from .correct import quote_correction
from .escape import normalize_text, opt_text

KIND_LABELS = {"person": "People", "organization": "Organizations", "country": "Countries", "location": "Locations"}
KIND_NAMES = {"person": "Person", "organization": "Organization", "country": "Country", "location": "Location"}
MONTHS = (
    "January February March April May June July August September October November December"
).split()


def date_label(date: str) -> str:
    """'2022-10-05' -> '5 October 2022'; '2022-10' -> 'October 2022'; '2022' -> '2022'."""
    parts = date.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = MONTHS[int(parts[1]) - 1]
        day = f"{int(parts[2])} " if len(parts) == 3 and parts[2].isdigit() else ""
        return f"{day}{month} {parts[0]}"
    return parts[0]


def kind_label(kind: str) -> str:
    return KIND_NAMES.get(kind, kind)


# How an inferred speaker was found, as the pages say it: (short label, explanation). A named
# speaker needs no note, and an unnamed source is already shown by its wording.
INFERRED_SPEAKER = {
    "pronoun": ("inferred: pronoun", "The text names the speaker by a pronoun (“he said”); who it is was inferred"),
    "description": ("inferred: description", "The text describes the speaker (“the minister said”); who it is was inferred"),
    "previous": ("inferred: previous speaker", "No speaker in this sentence: carried over from the quote before"),
}


def inferred_speaker(attribution: str) -> dict[str, str] | None:
    """The note an inferred attribution carries on the pages: {label, title}, or None."""
    note = INFERRED_SPEAKER.get(attribution)
    return {"label": note[0], "title": note[1]} if note else None


def quote_view(cat: Catalog, q: Quote, ids: PageIds) -> dict[str, Any]:
    return {
        "id": q.id,
        "anchor": ids.take(q.id),
        "text": q.text,
        "speaker_name": q.speaker_name,
        "speaker": cat.actor_link(q.speaker),
        "context": opt_text(q.context),
        "inferred": inferred_speaker(q.attribution),
        "ref": cat.ref(q.document, q.paragraph),
        "refs": source_refs(cat, q),
        "correct": quote_correction(cat, q),
    }


def statement_view(cat: Catalog, s: Statement) -> dict[str, Any]:
    return {
        "text": s.text,
        "speaker_name": s.speaker_name,
        "speaker": cat.actor_link(s.speaker),
        "inferred": inferred_speaker(s.attribution),
        "ref": cat.ref(s.document, s.paragraph),
        "refs": source_refs(cat, s),
    }


def source_refs(cat: Catalog, item: Quote | Statement) -> list[dict[str, Any]]:
    """Every paragraph that carries a quote or statement, its own first, then in reading order."""
    first, *others = item.refs()
    others = sorted({(r.document, r.paragraph) for r in others} - {(first.document, first.paragraph)}, key=cat.ref_key)
    return [cat.ref(first.document, first.paragraph)] + [cat.ref(d, n) for d, n in others]


def event_view(cat: Catalog, e: Event) -> dict[str, Any]:
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
        "actors": [{"name": a.name, "url": a.url} for a in sorted(actors, key=lambda a: name_key(a.name))],
        "ref": cat.ref(e.document, e.paragraph),
        "timeline_url": cat.event_url(e),
    }


def _date_words(date_text: str, label: str) -> str | None:
    """The date as worded in the text, when it says more than the normalized label."""
    words = normalize_text(date_text)
    return words if words and words.casefold() != label.casefold() else None


def document_summary(cat: Catalog, d: Document) -> dict[str, Any]:
    return {
        "title": d.heading,
        "url": cat.doc_urls[d.id],
        "date": date_label(d.date[:10]) if d.date else None,
        "paragraphs": sum(1 for p in d.paragraphs if not p.version),
        "versions": max(len(d.versions), 1),
        "subtitle": opt_text(d.subtitle),
    }
