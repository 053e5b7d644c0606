"""One quote per speaker and wording: a quote or reported statement that several documents
carry (an agency story run by several outlets, a line repeated in follow-ups) is kept once,
on its earliest-published source, with `sources` listing every paragraph that carries it.

Runs after `merge`, whose actor ids tell that two speakers are one. Speakers without an actor
id (unnamed sources) are compared by the words that describe them.
"""
from __future__ import annotations

from typing import TypeVar

from .model import Briefing, Quote, Ref, Statement
from .versions import text_key

Said = TypeVar("Said", Quote, Statement)


def fold_repeats(briefing: Briefing) -> None:
    """Fold the briefing's repeated quotes and statements in place; every one gets `sources`."""
    published = {d.id: (d.date is None, d.date or "", d.id) for d in briefing.documents}
    briefing.quotes = _folded(briefing.quotes, published)
    briefing.statements = _folded(briefing.statements, published)


def _folded(records: list[Said], published: dict[str, tuple]) -> list[Said]:
    """The first-published record of each speaker and wording, in the input order, with the
    paragraphs of all its copies as `sources`."""
    position = {id(r): i for i, r in enumerate(records)}
    groups: dict[tuple[str, str, str], list[Said]] = {}
    for r in sorted(records, key=lambda r: (published.get(r.document, (True, "", r.document)), r.paragraph, r.id)):
        who = (r.speaker, "") if r.speaker else ("", text_key(r.speaker_name))
        groups.setdefault((*who, text_key(r.text)), []).append(r)
    kept = []
    for group in groups.values():
        first = group[0]
        first.sources = list({(r.document, r.paragraph): Ref(r.document, r.paragraph) for r in group}.values())
        if isinstance(first, Quote) and not first.context:
            first.context = next((r.context for r in group if r.context), None)  # type: ignore[union-attr]
        kept.append(first)
    return sorted(kept, key=lambda r: position[id(r)])
