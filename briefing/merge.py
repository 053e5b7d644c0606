"""Merge per-document extractions into one corpus-wide `Briefing` with stable ids.

An actor or program named in several documents becomes one entry: the same canonical name,
an alias of one matching the other's name, or (for people) a lone surname that fits exactly
one known full name. Ids are slugs of canonical names, so they do not depend on the order or
number of documents; records that point at actors are rewritten to the merged ids.
"""
from __future__ import annotations

from typing import Iterable

from .model import Actor, Briefing, Extraction, Program, Ref


class _Registry:
    """Entities (actors or programs) merged so far, findable by any of their names."""

    def __init__(self) -> None:
        self.items: dict[str, Actor | Program] = {}
        self.by_name: dict[tuple[str, str], str] = {}

    def find(self, names: list[str], kind: str) -> str | None:
        for name in names:
            hit = self.by_name.get((kind, name.casefold()))
            if hit:
                return hit
        if kind == "person" and len(names) == 1 and " " not in names[0]:
            return self._unique_surname(names[0])
        return None

    def _unique_surname(self, surname: str) -> str | None:
        hits = {
            item_id
            for (kind, name), item_id in self.by_name.items()
            if kind == "person" and " " in name and name.split()[-1] == surname.casefold()
        }
        return hits.pop() if len(hits) == 1 else None

    def add(self, item: Actor | Program, kind: str) -> str:
        names = [item.name, *item.aliases]
        found = self.find(names, kind)
        if found is None:
            found = self._free_id(item.id, kind)
            self.items[found] = _fresh_copy(item, found)
        else:
            _absorb(self.items[found], item)
        for name in [item.name, *item.aliases]:
            self.by_name.setdefault((kind, name.casefold()), found)
        return found

    def _free_id(self, wanted: str, kind: str) -> str:
        if wanted not in self.items:
            return wanted
        candidate = f"{wanted}-{kind}"
        n = 2
        while candidate in self.items:
            candidate = f"{wanted}-{kind}-{n}"
            n += 1
        return candidate


def _fresh_copy(item: Actor | Program, new_id: str) -> Actor | Program:
    copy = type(item).from_dict(item.to_dict())
    copy.id = new_id
    return copy


def _absorb(target: Actor | Program, other: Actor | Program) -> None:
    """Fold `other` into `target`; the longer name becomes canonical."""
    names = {target.name, *target.aliases, other.name, *other.aliases}
    if len(other.name) > len(target.name) and isinstance(target, Actor):
        target.name = other.name
    target.aliases = sorted(n for n in names if n != target.name)
    target.mentions = _sorted_refs([*target.mentions, *other.mentions])
    if isinstance(target, Actor) and isinstance(other, Actor):
        target.roles = sorted(set(target.roles) | set(other.roles))
    if isinstance(target, Program) and isinstance(other, Program):
        target.description = target.description or other.description
        target.participants = sorted(set(target.participants) | set(other.participants))


def _sorted_refs(refs: Iterable[Ref]) -> list[Ref]:
    unique = {(r.document, r.paragraph): r for r in refs}
    return [unique[k] for k in sorted(unique)]


def merge(extractions: Iterable[Extraction]) -> Briefing:
    """One briefing from the extractions of every document, in document order."""
    briefing = Briefing()
    actors, programs = _Registry(), _Registry()
    for ex in extractions:
        actor_ids = {a.id: actors.add(a, a.kind) for a in ex.actors}
        for program in ex.programs:
            program.participants = sorted({actor_ids.get(p, p) for p in program.participants})
            programs.add(program, "program")
        for quote in ex.quotes:
            quote.speaker = actor_ids.get(quote.speaker, quote.speaker) if quote.speaker else None
        for statement in ex.statements:
            statement.speaker = actor_ids.get(statement.speaker, statement.speaker) if statement.speaker else None
        for event in ex.events:
            event.actors = sorted({actor_ids.get(a, a) for a in event.actors})
        briefing.documents.append(ex.document)
        briefing.quotes.extend(ex.quotes)
        briefing.statements.extend(ex.statements)
        briefing.events.extend(ex.events)
        briefing.glossary.extend(ex.glossary)
    briefing.actors = sorted(actors.items.values(), key=lambda a: a.id)  # type: ignore[arg-type]
    briefing.programs = sorted(programs.items.values(), key=lambda p: p.id)  # type: ignore[arg-type]
    briefing.events.sort(key=lambda e: (e.date, e.document, e.paragraph, e.id))
    return briefing

