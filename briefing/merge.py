"""Merge per-document extractions into one corpus-wide `Briefing` with stable ids.

Actors (and programs) named in several documents become one entry. Entities are grouped all
at once, never in document order, so the result does not depend on which document came first:

* the same kind and the same name: one entity (a person's name compared as first + last word,
  so "Lloyd J. Austin" is "Lloyd Austin"; a country's name is the lexicon's);
* an organisation or place whose name is an alias of exactly one other entity of its kind
  ("Raytheon" in one document, "Raytheon Technologies" with alias "Raytheon" in another),
  when that alias is an acronym or a leading short form (a "Senate" elsewhere is not the
  "Nigerian Senate"); two entities that only share an alias ("CSIS" for two different
  expansions) stay apart;
* a person known only by a surname joins the one full-named person with that surname in the
  corpus; when several people share it, the surname stays on its own;
* a place named like a country's seat-of-government alias ("Beijing" where China acted as
  "Beijing" in another document) is that country;
* company names compare without their legal form ("Sierra Nevada Corp." is "Sierra Nevada
  Corporation").

Ids are slugs of canonical names (a kind suffix only when two kinds share a slug), so adding a
seed keeps every id unless the new seed gives an entity a longer name. Records that point at
actors are rewritten to the merged ids.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, TypeVar

from .extract.name_keys import org_base, person_key, surname
from .model import Actor, Briefing, Extraction, Program, Ref
from .slugs import slugify

KIND_ORDER = ("person", "organization", "country", "location", "program")

Item = TypeVar("Item", Actor, Program)


class _Groups:
    """Union-find over item numbers."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.root(i)].append(i)
        return list(out.values())


def _kind(item: Actor | Program) -> str:
    return item.kind if isinstance(item, Actor) else "program"


def name_key(item: Actor | Program) -> tuple[str, str]:
    """What makes two items the same entity by name alone."""
    kind = _kind(item)
    if kind == "person":
        return kind, person_key(item.name)
    if kind == "organization":
        return kind, org_base(item.name).casefold()
    return kind, item.name.casefold()


def group_items(items: list[Item]) -> list[list[Item]]:
    """Items of the same entity, grouped by name, by unambiguous alias and by unique surname."""
    groups = _Groups(len(items))
    by_key: dict[tuple[str, str], int] = {}
    for i, item in enumerate(items):
        key = name_key(item)
        if key in by_key:
            groups.join(by_key[key], i)
        else:
            by_key[key] = i
    _join_by_alias(items, groups, by_key)
    _join_by_surname(items, groups)
    _join_seats(items, groups)
    return [_country_first([items[i] for i in sorted(members)]) for members in groups.members()]


def _join_seats(items: list[Item], groups: _Groups) -> None:
    """A place named like the seat of government that a country has as alias ('Beijing' where
    another document has China acting as 'Beijing') is that country."""
    seats: dict[str, set[int]] = defaultdict(set)
    for i, item in enumerate(items):
        if _kind(item) == "country":
            for alias in item.aliases:
                seats[alias.casefold()].add(groups.root(i))
    for i, item in enumerate(items):
        hits = seats.get(item.name.casefold(), set())
        if _kind(item) == "location" and len(hits) == 1:
            groups.join(i, next(iter(hits)))


def _country_first(group: list[Item]) -> list[Item]:
    """A group's country entries before its place entries, so the group is the country."""
    return sorted(group, key=lambda item: _kind(item) != "country")


def _join_by_alias(items: list[Item], groups: _Groups, by_key: dict[tuple[str, str], int]) -> None:
    """An item whose name is an alias of exactly one other entity (not a person) joins it."""
    owners: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, item in enumerate(items):
        if _kind(item) != "person":
            for alias in item.aliases:
                if portable_alias(alias, item.name):
                    owners[(_kind(item), alias.casefold())].add(groups.root(by_key[name_key(item)]))
    for i, item in enumerate(items):
        hits = owners.get(name_key(item), set()) - {groups.root(i)}
        if _kind(item) != "person" and len(hits) == 1:
            groups.join(i, hits.pop())


def portable_alias(alias: str, name: str) -> bool:
    """True when an alias names the entity in any document: an acronym ('NIAG') or a leading
    short form ('Raytheon' of 'Raytheon Technologies'); not a form that leans on its article's
    context ('Senate' of 'Nigerian Senate', 'Ministry of Defense' of 'Japanese Ministry of
    Defense')."""
    letters = alias.replace(".", "").replace("&", "")
    return (letters.isupper() and " " not in alias) or name.startswith(alias + " ")


def _join_by_surname(items: list[Item], groups: _Groups) -> None:
    """A person named by a surname alone joins the only full-named person with that surname."""
    full: dict[str, set[int]] = defaultdict(set)
    for i, item in enumerate(items):
        if _kind(item) == "person" and " " in item.name:
            full[surname(item.name).casefold()].add(groups.root(i))
    for i, item in enumerate(items):
        if _kind(item) == "person" and " " not in item.name:
            hits = full.get(item.name.casefold(), set())
            if len(hits) == 1:
                groups.join(i, next(iter(hits)))


def canonical(group: list[Item]) -> str:
    """The group's name: its longest name (a person's longest full name, an expansion over its
    acronym), so that adding documents only ever lengthens it; alphabetical on a tie."""
    names = [item.name for item in group if _kind(item) == _kind(group[0])]
    if _kind(group[0]) == "person":
        names = [n for n in names if " " in n] or names
    return max(names, key=lambda n: (len(n.split()), len(n), n))


def _combined(group: list[Item], name: str, new_id: str) -> Item:
    """One item from a group: names, aliases, mentions, roles / description and participants."""
    first = group[0]
    merged = type(first).from_dict(first.to_dict())
    merged.id, merged.name = new_id, name
    every = {n for item in group for n in (item.name, *item.aliases)}
    merged.aliases = sorted(n for n in every if n != name)
    merged.mentions = _sorted_refs(m for item in group for m in item.mentions)
    if isinstance(merged, Actor):
        merged.roles = _merged_roles(r for item in group for r in item.roles)
    else:
        merged.description = next((p.description for p in group if p.description), None)
        merged.participants = sorted({p for item in group for p in item.participants})
    return merged


def _merged_roles(roles: Iterable[str]) -> list[str]:
    """Roles in order of appearance, without one already contained in another."""
    out: list[str] = []
    for role in roles:
        folded = role.casefold()
        if any(folded in r.casefold() for r in out):
            continue
        out = [r for r in out if r.casefold() not in folded] + [role]
    return out


def _sorted_refs(refs: Iterable[Ref]) -> list[Ref]:
    unique = {(r.document, r.paragraph): r for r in refs}
    return [unique[k] for k in sorted(unique)]


def assign_ids(groups: list[list[Item]]) -> list[tuple[str, list[Item], str]]:
    """(id, group, canonical name) for every group: the slug of the canonical name, with the
    kind added when another kind has the same slug (the first kind of `KIND_ORDER` keeps it)."""
    named = [(canonical(g), g) for g in groups]
    named.sort(key=lambda ng: (slugify(ng[0]), KIND_ORDER.index(_kind(ng[1][0])), ng[0]))
    taken: set[str] = set()
    out = []
    for name, group in named:
        base = slugify(name)
        new_id = base if base not in taken else f"{base}-{_kind(group[0])}"
        n = 2
        while new_id in taken:
            new_id, n = f"{base}-{_kind(group[0])}-{n}", n + 1
        taken.add(new_id)
        out.append((new_id, group, name))
    return out


def merge_items(items_by_doc: list[tuple[str, list[Item]]]) -> tuple[list[Item], dict[tuple[str, str], str]]:
    """Merged items sorted by id, and (document id, local id) -> merged id."""
    tagged = [(doc_id, item) for doc_id, items in items_by_doc for item in items]
    origin = {id(item): doc_id for doc_id, item in tagged}
    groups = group_items([item for _, item in tagged])
    merged, ids = [], {}
    for new_id, group, name in assign_ids(groups):
        merged.append(_combined(group, name, new_id))
        for item in group:
            ids[(origin[id(item)], item.id)] = new_id
    return sorted(merged, key=lambda m: m.id), ids


def merge(extractions: Iterable[Extraction]) -> Briefing:
    """One briefing from the extractions of every document, in document order."""
    extractions = list(extractions)
    actors, actor_ids = merge_items([(ex.document.id, ex.actors) for ex in extractions])
    for ex in extractions:
        _rewrite_actor_refs(ex, lambda local, d=ex.document.id: actor_ids.get((d, local), local))
    programs, _ = merge_items([(ex.document.id, ex.programs) for ex in extractions])
    briefing = Briefing(actors=actors, programs=programs)
    for ex in extractions:
        briefing.documents.append(ex.document)
        briefing.quotes.extend(ex.quotes)
        briefing.statements.extend(ex.statements)
        briefing.events.extend(ex.events)
        briefing.glossary.extend(ex.glossary)
    briefing.events.sort(key=lambda e: (e.date, e.document, e.paragraph, e.id))
    return briefing


def _rewrite_actor_refs(ex: Extraction, new_id) -> None:
    """Point the document's quotes, statements, events and program participants at merged ids."""
    for quote in ex.quotes:
        quote.speaker = new_id(quote.speaker) if quote.speaker else None
    for statement in ex.statements:
        statement.speaker = new_id(statement.speaker) if statement.speaker else None
    for event in ex.events:
        event.actors = sorted({new_id(a) for a in event.actors})
    for program in ex.programs:
        program.participants = sorted({new_id(p) for p in program.participants})
