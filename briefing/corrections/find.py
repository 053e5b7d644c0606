"""Find what a correction names: an actor or program by id or name, a quote, statement or event
by id or by a piece of its text, a glossary term by its abbreviation, a document by id or file.

Nothing is guessed: every function returns all the matches, and the caller reports none or
several as a problem. Names compare with whitespace collapsed and case folded.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import Actor, Document, Event, Program, Quote, Statement, Term
from ..slugs import slugify


def fold(text: str) -> str:
    """'  John   SMITH ' -> 'john smith'."""
    return " ".join(text.split()).casefold()


def squeeze(text: str) -> str:
    """Whitespace runs as one space (paragraph text as the names in it are written)."""
    return " ".join(text.split())


def follow(redirects: dict[str, str], item_id: str) -> str:
    """The id an item now has after the merges recorded in `redirects` (old id -> new id)."""
    seen = {item_id}
    while item_id in redirects and redirects[item_id] not in seen:
        item_id = redirects[item_id]
        seen.add(item_id)
    return item_id


def find_entities(records: Sequence[Actor | Program], ref: str, redirects: dict[str, str]) -> list[int]:
    """Positions of the records `ref` names, trying in turn: the id (or the id it was merged
    into); the name or an alias; the slug of the name or an alias (an id that a longer name,
    found in a later seed, has since replaced)."""
    wanted = follow(redirects, ref)
    hits = [i for i, r in enumerate(records) if r.id == wanted]
    if hits:
        return hits
    key = fold(ref)
    hits = [i for i, r in enumerate(records) if any(fold(n) == key for n in (r.name, *r.aliases))]
    if hits:
        return hits
    slug = slugify(ref)
    return [i for i, r in enumerate(records) if any(slugify(n) == slug for n in (r.name, *r.aliases))]


def passage_text(record: Quote | Statement | Event) -> str:
    return record.sentence if isinstance(record, Event) else record.text


def find_passages(records: Sequence[Quote | Statement | Event], ref: str) -> list[int]:
    """Positions of the quotes, statements or events with id `ref`, else whose text holds `ref`."""
    hits = [i for i, r in enumerate(records) if r.id == ref]
    if hits:
        return hits
    piece = squeeze(ref)
    return [i for i, r in enumerate(records) if piece in squeeze(passage_text(r))]


def find_terms(glossary: Sequence[Term], abbreviation: str, expansion: str | None = None) -> list[int]:
    """Positions of the glossary entries of an abbreviation (and of one expansion, if given)."""
    return [
        i for i, t in enumerate(glossary)
        if fold(t.abbreviation) == fold(abbreviation) and (expansion is None or fold(t.expansion) == fold(expansion))
    ]


def find_document(documents: Iterable[Document], ref: str) -> Document | None:
    """The document whose id or seed file name is `ref`."""
    return next((d for d in documents if ref in (d.id, d.source)), None)


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where `name` occurs in `text` as whole words."""
    return [m.span() for m in _pattern(name).finditer(text)] if name else []


def names_in(text: str, names: Iterable[str]) -> bool:
    """True when one of `names` occurs in `text` as whole words."""
    return any(spans(text, n) for n in names)


def uncovered(text: str, name: str, others: Iterable[str]) -> bool:
    """True when `name` occurs in `text` outside every longer name of `others` ('Smith' on its
    own, not as part of 'John Smith')."""
    covers = [s for other in others if len(other) > len(name) for s in spans(text, other)]
    return any(not any(a <= start and end <= b for a, b in covers) for start, end in spans(text, name))
