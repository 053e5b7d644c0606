"""Actors: people, organizations, countries and locations named in one document.

`extract_actors` returns an `ActorTable`: the document's actors (ids are local slugs of the
canonical name) plus every occurrence with its character offsets, which the other extractors
use to resolve names, pronouns and the actors of a sentence.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..model import Actor, Ref, Term
from ..nlp import ParsedDocument
from ..slugs import slugify

KIND_BY_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "location"}


@dataclass(frozen=True, order=True)
class Occurrence:
    """One mention of an actor: paragraph number and character span inside that paragraph."""

    paragraph: int
    start: int
    end: int
    actor_id: str
    text: str


@dataclass
class ActorTable:
    """The actors of one document and where each is mentioned."""

    actors: list[Actor] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)  # sorted

    def __post_init__(self) -> None:
        self.occurrences.sort()
        self._by_id = {a.id: a for a in self.actors}
        self._by_name: dict[str, str] = {}
        for actor in self.actors:
            for name in [actor.name, *actor.aliases]:
                self._by_name.setdefault(name.casefold(), actor.id)

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def resolve(self, name: str) -> Actor | None:
        """The actor called `name` (canonical name or alias, case-insensitive), if any."""
        actor_id = self._by_name.get(name.strip().casefold())
        return self._by_id.get(actor_id) if actor_id else None

    def in_range(self, paragraph: int, start: int, end: int) -> list[Occurrence]:
        """Occurrences inside characters [start, end) of a paragraph, in text order."""
        lo = bisect.bisect_left(self.occurrences, (paragraph, start))
        out = []
        for occ in self.occurrences[lo:]:
            if occ.paragraph != paragraph or occ.start >= end:
                break
            if occ.end <= end:
                out.append(occ)
        return out

    def last_before(self, paragraph: int, offset: int, *, kind: str | None = "person") -> Actor | None:
        """The last actor (of `kind`, if given) mentioned before `offset` in `paragraph` or earlier."""
        hi = bisect.bisect_left(self.occurrences, (paragraph, offset))
        for occ in reversed(self.occurrences[:hi]):
            actor = self._by_id[occ.actor_id]
            if kind is None or actor.kind == kind:
                return actor
        return None


def extract_actors(parsed: ParsedDocument, *, glossary: list[Term] | None = None) -> ActorTable:
    """Named actors of one document, merged by name (surnames fold into full names)."""
    doc_id = parsed.document.id
    found: list[tuple[int, Span, str]] = []
    for n, doc in enumerate(parsed.docs, start=1):
        for ent in doc.ents:
            kind = KIND_BY_LABEL.get(ent.label_)
            if kind:
                found.append((n, ent, kind))
    actors: dict[str, Actor] = {}
    alias_to_id: dict[str, str] = {}
    occurrences: list[Occurrence] = []
    # longest names first, so that surnames can fold into full names
    for n, ent, kind in sorted(found, key=lambda f: -len(f[1].text)):
        name = _clean(ent)
        if not name:
            continue
        actor_id = alias_to_id.get(name.casefold())
        if actor_id is None and kind == "person" and " " not in name:
            actor_id = next((a.id for a in actors.values() if a.kind == "person" and a.name.split()[-1] == name), None)
        if actor_id is None:
            actor_id = slugify(name)
            actors.setdefault(actor_id, Actor(id=actor_id, name=name, kind=kind))
        actor = actors[actor_id]
        if name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)
        alias_to_id[name.casefold()] = actor_id
        ref = Ref(doc_id, n)
        if ref not in actor.mentions:
            actor.mentions.append(ref)
        occurrences.append(Occurrence(n, ent.start_char, ent.end_char, actor_id, ent.text))
    for actor in actors.values():
        actor.mentions.sort(key=lambda r: r.paragraph)
        actor.aliases.sort()
    return ActorTable(sorted(actors.values(), key=lambda a: a.id), occurrences)


def _clean(ent: Span) -> str:
    """The entity text without a leading article or trailing possessive."""
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return ent.doc[tokens[0].i : tokens[-1].i + 1].text
