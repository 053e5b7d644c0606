"""Merge per-document extractions into one corpus-wide `Briefing` with stable ids.

Actors (and programs) named in several documents become one entry. Entities are grouped all
at once, never in document order, so the result does not depend on which document came first.
Identity is decided per pair of full names, never through a shared short form:

* people: two full names are one person when `name_keys.same_person` says so (case, diacritics,
  punctuation and middle initials aside; Jr./Sr./III apart; Chris / Christopher joined). Names
  are taken most complete first, and a name joins a group only when it fits every name already
  in it and no other group fits it too, so nothing chains ("Thomas Crooks" never links two
  different middle names). A person known in a document by a surname alone joins the corpus's
  one person of that surname; when several people share it, the role the document gives
  ("President") must point to exactly one of them, or the mention stays unlinked: no page of
  its own, no guess;
* organisations: the same name without an article, a leading country name or demonym and a
  legal form ("Secret Service", "US Secret Service", "the United States Secret Service"; a bare
  name joins the country-led one only when one country has it: "Senate" is not the "Nigerian
  Senate" when a "US Senate" exists too); a name that is an acronym or leading short form of
  exactly one other entity ("Raytheon" of "Raytheon Technologies", "NIAG"); two entities that only
  share an alias ("CSIS" for two different expansions) stay apart;
* countries and places by name; a place named like a country's seat-of-government alias
  ("Beijing" where China acted as "Beijing" in another document) is that country; programs by
  name and alias.

The canonical name is `name_keys.canonical_name` over the forms and the number of documents
using each. Ids are slugs of canonical names (a kind suffix only when two kinds share a slug).
Records that point at actors are rewritten to the merged ids (to none for an unlinked one).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable, TypeVar

from .extract import gazetteer
from .extract.name_keys import (
    UnionFind,
    canonical_name,
    canonical_org_name,
    fold,
    is_acronym,
    merged_roles,
    org_core,
    org_heads,
    org_suffixes,
    parse_person,
    role_words,
    same_person,
    same_title,
    spellings,
)
from .model import Actor, Briefing, Extraction, Program, Ref
from .slugs import slugify

KIND_ORDER = ("person", "organization", "country", "location", "program")

Item = TypeVar("Item", Actor, Program)


def _kind(item: Actor | Program) -> str:
    return item.kind if isinstance(item, Actor) else "program"


def name_key(item: Actor | Program) -> tuple[str, str]:
    """What makes two items the same entity by their written name alone."""
    kind = _kind(item)
    if kind == "organization":
        country, core = org_core(item.name)
        return kind, f"{country or ''}|{core}"
    return kind, fold(item.name)


def group_items(items: list[Item], documents: list[str] | None = None) -> tuple[list[list[Item]], list[Item]]:
    """Items of the same entity grouped, and the items left unlinked (a surname that several
    people of the corpus share, with nothing to tell which); `documents[i]` is the document of
    `items[i]` (what else it names tells a bare organisation name's country)."""
    groups = UnionFind(range(len(items)))
    by_key: dict[tuple[str, str], int] = {}
    for i, item in enumerate(items):
        key = name_key(item)
        if _kind(item) == "person" and parse_person(item.name).full:
            continue  # full names are grouped pair by pair (`_group_people`)
        groups.union(by_key.setdefault(key, i), i)
    unlinked = _group_people(items, groups, documents or [str(i) for i in range(len(items))])
    _join_country_led(items, groups, documents or [""] * len(items))
    _join_across_kinds(items, groups)
    _join_by_alias(items, groups, by_key)
    _join_acronyms(items, groups)
    _join_seats(items, groups)
    members = [sorted(g) for g in groups.groups() if not set(g) & unlinked]
    return [_kind_first([items[i] for i in m]) for m in sorted(members)], [items[i] for i in sorted(unlinked)]


def _group_people(items: list[Item], groups: UnionFind, documents: list[str]) -> set[int]:
    """Join full names pair by pair and surnames to their one person; the unlinked surnames.

    Two full names that one document gives to two different people ('Ramón Jesurún' and his son
    'Ramón Jamil Jesurún') are never joined, whatever other documents say.
    """
    people = [i for i, item in enumerate(items) if _kind(item) == "person"]
    full = [i for i in people if parse_person(items[i].name).full]
    by_form: dict[str, list[int]] = defaultdict(list)
    for i in full:
        by_form[fold(items[i].name)].append(i)
    apart = _named_apart(items, full, documents)
    clusters: list[list[str]] = []  # forms of one person, most complete first
    by_last: dict[tuple[str, str], list[int]] = defaultdict(list)  # (last, suffix) -> cluster numbers

    def specificity(form: str) -> tuple:
        name = parse_person(items[by_form[form][0]].name)
        return -(len(name.middles) + len(name.first.split())), -len(by_form[form]), form

    by_middle: dict[tuple[str, str], list[int]] = defaultdict(list)  # a one-middle name's middle -> clusters
    for form in sorted(by_form, key=specificity):
        name = items[by_form[form][0]].name
        parts = parse_person(name)
        key = (parts.last, parts.suffix)
        near = dict.fromkeys([*by_last[key], *(by_middle[key] if not parts.middles else [])])
        fits = [c for c in near if all(
            (form, f) not in apart and same_person(name, items[by_form[f][0]].name) for f in clusters[c])]
        if len(fits) == 1:
            clusters[fits[0]].append(form)
            if fits[0] not in by_last[key]:
                by_last[key].append(fits[0])
            continue
        by_last[key].append(len(clusters))
        if len(parts.middles) == 1:
            by_middle[(parts.middles[0], parts.suffix)].append(len(clusters))  # 'Edmundo González Urrutia'
        clusters.append([form])
    for forms in clusters:
        members = [i for f in forms for i in by_form[f]]
        for i in members[1:]:
            groups.union(members[0], i)
    return _join_surnames(items, clusters, by_form, by_last, groups)


def _named_apart(items: list[Item], full: list[int], documents: list[str]) -> set[tuple[str, str]]:
    """(form, form) pairs of full names that one document gives to two different people."""
    by_document: dict[tuple[str, str], list[int]] = defaultdict(list)  # people of one surname in one document
    for i in full:
        by_document[(documents[i], parse_person(items[i].name).last)].append(i)
    apart = set()
    for members in by_document.values():
        for i in members:
            for j in members:
                if i != j:
                    apart.add((fold(items[i].name), fold(items[j].name)))
    return apart


def _join_surnames(items, clusters, by_form, by_last, groups) -> set[int]:
    """A surname alone joins the one person of that surname, or the one whose roles share a
    title with the roles its document gives it; otherwise it stays unlinked. A first name
    alone that is nobody's surname does the same with first names ('Kamala'). A one-word
    organisation or place named like that surname is the surname too ('Jeffries' tagged as a
    place, 'Trump' as an organisation) when the corpus uses the word more as the surname."""
    unlinked: set[int] = set()
    people_docs = Counter(last for (last, _suffix), found in by_last.items() for c in found
                          for f in clusters[c] for _ in by_form[f])
    named_docs = Counter(fold(item.name) for item in items if _kind(item) in ("organization", "location"))
    by_first: dict[str, list[int]] = defaultdict(list)
    for c, forms in enumerate(clusters):
        for first in sorted({parse_person(items[by_form[f][0]].name).first for f in forms}):
            by_first[first].append(c)

    @lru_cache(maxsize=None)
    def titles(c: int) -> frozenset[str]:
        return frozenset(w for f in clusters[c] for j in by_form[f] for r in items[j].roles for w in role_words(r))

    for i, item in enumerate(items):
        person = _person_like(items, i, clusters, by_form, by_last, named_docs)
        if person is not None:
            groups.union(by_form[clusters[person][0]][0], i)
            continue
        if _kind(item) == "person":
            if parse_person(item.name).full:
                continue
        elif not _surname_like(item, people_docs, named_docs):
            continue
        parts = parse_person(item.name)
        candidates = by_last.get((parts.last, parts.suffix), [])
        if not candidates and not parts.suffix:  # 'Sikora' of 'William Sikora III'
            candidates = [c for (last, _), found in sorted(by_last.items()) if last == parts.last for c in found]
        if not candidates and _kind(item) == "person" and not parts.suffix:
            candidates = by_first.get(parts.last, [])  # a first name alone ('Kamala')
        if len(candidates) > 1:
            words = frozenset().union(*map(role_words, item.roles)) if isinstance(item, Actor) else frozenset()
            candidates = [c for c in candidates if same_title(words, titles(c))]
            if len(candidates) != 1:
                unlinked.add(i)
                continue
        if candidates:
            groups.union(by_form[clusters[candidates[0]][0]][0], i)
    roots = {groups.find(u) for u in unlinked}
    return {i for i in range(len(items)) if groups.find(i) in roots}


def _person_like(items, i: int, clusters, by_form, by_last, named_docs: Counter) -> int | None:
    """The person cluster an organisation or place with a person's full name belongs to ('Hakeem
    Jeffries' tagged as an organisation): two or three capitalised words, no organisation word,
    that fit exactly one person named so in at least as many documents; None otherwise."""
    item = items[i]
    name, words = item.name, item.name.split()
    if _kind(item) not in ("organization", "location") or not 2 <= len(words) <= 3:
        return None
    if not all(w[:1].isupper() for w in words) or any(w in org_heads() or w in org_suffixes() for w in words):
        return None
    parts = parse_person(name)
    if not parts.full:
        return None
    fits = [c for c in by_last.get((parts.last, parts.suffix), [])
            if all(same_person(name, items[by_form[f][0]].name) for f in clusters[c])]
    if len(fits) != 1:
        return None
    documents = sum(len(by_form[f]) for f in clusters[fits[0]])
    return fits[0] if documents >= named_docs[fold(name)] else None


def _surname_like(item, people_docs: Counter, named_docs: Counter) -> bool:
    """A one-word organisation or place that is more often a person's surname in the corpus (in
    more documents) and no known place, region or acronym."""
    name = item.name
    if _kind(item) not in ("organization", "location") or " " in name or is_acronym(name):
        return False
    if gazetteer.is_place_word(name) or gazetteer.is_region(name):
        return False
    return people_docs[fold(name)] > named_docs[fold(name)]


def _join_country_led(items: list[Item], groups: UnionFind, documents: list[str]) -> None:
    """A bare organisation name ('Secret Service') joins the country-led one ('US Secret
    Service') when no other country leads that name in the corpus and, for a name of one word,
    its document names that country ('Senate' in an article that names no country is not the
    'Nigerian Senate', nor where the United States leads a 'Senate' too)."""
    named: dict[str, set[str]] = defaultdict(set)  # document -> the countries it names
    for item, document in zip(items, documents):
        if _kind(item) == "country":
            named[document].add(item.name)
    countries: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if _kind(item) == "organization":
            country, core = org_core(item.name)
            if country:
                countries[core].add(country)
    led: dict[tuple[str, str], int] = {}
    for i, item in enumerate(items):
        if _kind(item) == "organization":
            country, core = org_core(item.name)
            if country:
                led.setdefault((country, core), i)
    for i, item in enumerate(items):
        if _kind(item) == "organization":
            country, core = org_core(item.name)
            leads = countries.get(core, set())
            if country is None and len(leads) == 1 and (" " in core or leads <= named[documents[i]]):
                groups.union(led[(next(iter(leads)), core)], i)
def _join_seats(items: list[Item], groups: UnionFind) -> None:
    """A place named like the seat of government that a country has as alias ('Beijing' where
    another document has China acting as 'Beijing') is that country."""
    seats: dict[str, set[int]] = defaultdict(set)
    for i, item in enumerate(items):
        if _kind(item) == "country":
            for alias in item.aliases:
                seats[alias.casefold()].add(groups.find(i))
    for i, item in enumerate(items):
        hits = seats.get(item.name.casefold(), set())
        if _kind(item) == "location" and len(hits) == 1:
            groups.union(next(iter(hits)), i)


def _kind_first(group: list[Item]) -> list[Item]:
    """A group's entries of its kind first: a country (a place joined through a seat is that
    country), else the kind most of its entries have ('Truth Social' as an organisation in six
    documents and a place in two is an organisation)."""
    votes = Counter(_kind(item) for item in group)

    def rank(item: Item) -> tuple[bool, int, int]:
        kind = _kind(item)
        return kind != "country", -votes[kind], KIND_ORDER.index(kind)

    return sorted(group, key=rank)


def _join_across_kinds(items: list[Item], groups: UnionFind) -> None:
    """A name of several words given different kinds by different documents (person,
    organisation or place: 'Truth Social', 'Associated Press') is one entity."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        if _kind(item) in ("person", "organization", "location") and " " in item.name.strip():
            by_name[fold(item.name)].append(i)
    for members in by_name.values():
        if len({_kind(items[i]) for i in members}) > 1:
            for i in members[1:]:
                groups.union(members[0], i)


def _join_by_alias(items: list[Item], groups: UnionFind, by_key: dict[tuple[str, str], int]) -> None:
    """An item whose name is an alias of exactly one other entity (not a person) joins it."""
    owners: dict[tuple[str, str], set] = defaultdict(set)
    for i, item in enumerate(items):
        if _kind(item) != "person":
            for alias in item.aliases:
                if portable_alias(alias, item.name):
                    owners[(_kind(item), fold(alias))].add(groups.find(i))
    for i, item in enumerate(items):
        hits = owners.get((_kind(item), fold(item.name)), set()) - {groups.find(i)}
        if _kind(item) != "person" and len(hits) == 1:
            groups.union(hits.pop(), i)


def _join_acronyms(items: list[Item], groups: UnionFind) -> None:
    """An organisation known in some documents only by an acronym ('CDC') joins the one
    organisation of the corpus whose name it spells (`name_keys.spells`: 'US Centers for Disease
    Control and Prevention'); with several, it stays on its own."""
    spelled: dict[str, set] = defaultdict(set)
    acronyms = [i for i, item in enumerate(items) if _kind(item) == "organization" and is_acronym(item.name)]
    for i, item in enumerate(items):
        if _kind(item) == "organization" and not is_acronym(item.name):
            for letters in spellings(item.name):
                spelled[letters].add(groups.find(i))
    named = {groups.find(i) for i, item in enumerate(items) if not is_acronym(item.name)}  # groups with a full name
    for i in acronyms:
        root = groups.find(i)
        hits = spelled.get(items[i].name.replace(".", ""), set()) - {root}
        if root not in named and len(hits) == 1:
            groups.union(hits.pop(), i)


def portable_alias(alias: str, name: str) -> bool:
    """True when an alias names the entity in any document: an acronym ('NIAG') or a leading
    short form ('Raytheon' of 'Raytheon Technologies'); not a form that leans on its article's
    context ('Senate' of 'Nigerian Senate', 'Ministry of Defense' of 'Japanese Ministry of
    Defense'); never the first of two names joined by 'and' ('Hamas' of 'Hamas and Fatah')."""
    if is_acronym(alias, longest=12):
        return True
    return name.startswith(alias + " ") and name[len(alias) + 1 :].split()[0] not in ("and", "&")


def canonical(group: list[Item]) -> str:
    """The group's name (`name_keys.canonical_name`) over its names and aliases, each counted by
    the documents that use it: for a person its full names without a title, for an organisation
    its names other than acronyms (an expansion over its acronym), for a program its names."""
    kind = _kind(group[0])
    counts: dict[str, int] = defaultdict(int)
    for item in group:
        if _kind(item) != kind:
            continue
        for form in {item.name, *(item.aliases if kind in ("person", "organization") else ())}:
            if kind != "person" or form == item.name or _plain_person_name(form, item.name):
                counts[form] += 1
    if kind == "person":
        usable = dict(counts)
    elif kind == "organization":
        usable = {f: c for f, c in counts.items() if not is_acronym(f)}
        if usable:
            return canonical_org_name(usable)
    else:
        usable = {}
    if not usable:
        usable = {item.name: counts[item.name] for item in group if _kind(item) == kind}
    return canonical_name(usable, person=kind == "person")


def _plain_person_name(form: str, name: str) -> bool:
    """An alias that is the person's name as such: a full name of the same person with no title
    before it (not 'President Joe Biden', 'Ohio Sen. JD Vance')."""
    return not parse_person(form).title and same_person(form, name)


def _combined(group: list[Item], name: str, new_id: str) -> Item:
    """One item from a group: names, aliases, mentions, roles / description and participants."""
    first = group[0]
    merged = type(first).from_dict(first.to_dict())
    merged.id, merged.name = new_id, name
    every = {n for item in group for n in (item.name, *item.aliases)}
    merged.aliases = sorted(n for n in every if n != name)
    merged.mentions = _sorted_refs(m for item in group for m in item.mentions)
    if isinstance(merged, Actor):
        merged.roles = merged_roles(r for item in group for r in item.roles)
    else:
        merged.description = next((p.description for p in group if p.description), None)
        merged.participants = sorted({p for item in group for p in item.participants})
    return merged


def _sorted_refs(refs: Iterable[Ref]) -> list[Ref]:
    unique = {r.key: r for r in refs}
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


_JOINED = re.compile(r"(?P<left>.+?) (?:and|&) (?P<right>.+)")


def _split_joined(tagged: list[tuple[str, Item]]) -> list[tuple[str, Item]]:
    """An actor named 'X and Y' ('Delta and United', 'Hamas and Fatah') where X and Y are each
    the name of another actor of the same kind in the corpus is those two: its mentions go to
    both, the records that point at it to X. A fixed name stays ('Procter & Gamble', and
    'Dolce & Gabbana' where the corpus knows Dolce and Gabbana only as people)."""
    kinds = defaultdict(set)
    for _, item in tagged:
        if isinstance(item, Actor):
            kinds[fold(item.name)].add(item.kind)
    out: list[tuple[str, Item]] = []
    for doc_id, item in tagged:
        m = _JOINED.fullmatch(item.name) if isinstance(item, Actor) and item.kind != "country" else None
        sides = (m["left"], m["right"]) if m else ()
        if not sides or fold(sides[0]) == fold(sides[1]) or not all(item.kind in kinds[fold(s)] for s in sides):
            out.append((doc_id, item))
            continue
        for n, side in enumerate(sides):
            part = Actor.from_dict(item.to_dict())
            part.id, part.name, part.aliases = item.id if n == 0 else f"{item.id}~{n}", side, []
            out.append((doc_id, part))
    return out


def merge_items(
    items_by_doc: list[tuple[str, list[Item]]]
) -> tuple[list[Item], dict[tuple[str, str], str | None]]:
    """Merged items sorted by id, and (document id, local id) -> merged id (None: unlinked)."""
    tagged = _split_joined([(doc_id, item) for doc_id, items in items_by_doc for item in items])
    origin = {id(item): doc_id for doc_id, item in tagged}
    groups, unlinked = group_items([item for _, item in tagged], [doc_id for doc_id, _ in tagged])
    merged, ids = [], {}
    for new_id, group, name in assign_ids(groups):
        merged.append(_combined(group, name, new_id))
        for item in group:
            ids[(origin[id(item)], item.id)] = new_id
    for item in unlinked:
        ids[(origin[id(item)], item.id)] = None
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
    """Point the document's quotes, statements, events and program participants at merged ids;
    an unlinked actor leaves a quote with its speaker's name only, and leaves the lists."""
    for quote in ex.quotes:
        quote.speaker = new_id(quote.speaker) if quote.speaker else None
    for statement in ex.statements:
        statement.speaker = new_id(statement.speaker) if statement.speaker else None
    for event in ex.events:
        event.actors = sorted({a for a in map(new_id, event.actors) if a})
    for program in ex.programs:
        program.participants = sorted({p for p in map(new_id, program.participants) if p})
