"""Lists and misses: names the model's entities leave out or mislabel.

A name listed with organisations is one ("Draper, Lockheed Martin, and Northrop Grumman";
"Blue Origin, Sierra Nevada Corporation and SpaceX" where the model tagged no "SpaceX"); an
outlet written as a web address ("Polygraph.info"); a name introduced by a kind of organisation
("the group Doctors for Camp Closure"); untagged repeats of an organisation's name; a bare body
noun ("police") that is the one place-led body the document names ("Hong Kong police").
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..lexicon import words
from ..name_keys import name_joiner_words, surname
from .candidates import Mention
from .noise import is_site_name
from .roles import person_roles
from .vocab import body_nouns


def resolve_lists(mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
    """A name listed with two or more organisations and no person or country ('Draper, Lockheed
    Martin, and Northrop Grumman', 'companies Astrobotic, Intuitive Machines and Orbit Beyond')
    is an organisation: a place that is no country or region, a person named nowhere else with a
    role or by surname alone, or a proper noun the model did not tag ('Blue Origin, Sierra
    Nevada Corporation and SpaceX')."""
    kinds = _kind_by_name(mentions)
    at = {(m.paragraph, i): m for m in mentions for i in range(m.span.start, m.span.end)}
    listed: set[str] = set()
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[m.name].append(m)
    for m in mentions:
        if _may_be_listed_org(m, mentions, by_name) and _listed_with_orgs(m.span.root, m.paragraph, at, kinds):
            listed.add(m.name)
    for m in mentions:
        if m.name in listed:
            m.kind = "organization"
    found = [
        Mention(n, span, "organization", span.text)
        for n, doc in docs
        for tok in doc
        if (span := _untagged_name(tok)) is not None and (n, tok.i) not in at
        and _listed_with_orgs(tok, n, at, kinds)
    ]
    return mentions + found


def _kind_by_name(mentions: list[Mention]) -> dict[str, str]:
    """name -> the kind most of its mentions have."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        votes[m.name][m.kind] += 1
    return {name: max(sorted(v), key=v.get) for name, v in votes.items()}


def _may_be_listed_org(m: Mention, mentions: list[Mention], by_name: dict[str, list[Mention]] | None = None) -> bool:
    """A place that is no country or region and never a person, or a person without a role
    whose surname is never used alone; `by_name` groups `mentions` by name, when the caller
    has done so."""
    if by_name is None:
        by_name = defaultdict(list)
        for o in mentions:
            by_name[o.name].append(o)
    same = by_name.get(m.name, [])
    if m.kind == "location":
        place = not gazetteer.is_region(m.name) and gazetteer.seat_of(m.name) is None
        return place and all(o.kind == "location" for o in same)
    if m.kind != "person" or " " not in m.name:
        return False
    lone = surname(m.name)
    return not any(person_roles(o.span) for o in same) and not by_name.get(lone)


def _listed_with_orgs(tok: Token, paragraph: int, at: dict, kinds: dict[str, str]) -> bool:
    """True when the coordination of `tok` lists two or more organisations and no person,
    country or name of another sort."""
    own = at.get((paragraph, tok.i))
    others = set()
    for t in _coordinated(tok):
        o = at.get((paragraph, t.i))
        if o is None and t.ent_type_:
            return False  # a listed name of another sort ('the San Ysidro, California, ...')
        if o is not None and o is not own:
            others.add(o.name)
    found = [kinds.get(name) for name in others]
    return found.count("organization") >= 2 and not {"person", "country"} & set(found)


def _coordinated(tok: Token) -> list[Token]:
    """The heads of the coordination `tok` belongs to ('A, B and C'), `tok` included."""
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    out, todo = [], [first]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _untagged_name(tok: Token) -> Span | None:
    """The proper name headed by an untagged proper noun ('SpaceX'), with its capitalised
    compound words; None for a tagged, lower-case or ordinary word."""
    if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.is_stop or tok.is_upper:
        return None
    if tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return None  # the end of a longer word ('T-Mobile', 'Comcast/Xfinity')
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head is tok:
        prev = tok.doc[start - 1]
        if prev.ent_type_ or prev.pos_ != "PROPN" or not prev.text[:1].isupper():
            break
        start -= 1
    span = tok.doc[start : tok.i + 1]
    return None if span.text.casefold() in words("actor_not_names") else span


def covered(mentions: list[Mention]) -> set[tuple[int, int]]:
    """(paragraph, token index) of every token the mentions cover."""
    return {(m.paragraph, i) for m in mentions for i in range(m.span.start, m.span.end)}


def site_names(mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
    """Untagged outlet names written as web addresses ('told Polygraph.info'), as organisations."""
    taken = covered(mentions)
    return [
        Mention(n, doc[tok.i : tok.i + 1], "organization", tok.text)
        for n, doc in docs
        for tok in doc
        if (n, tok.i) not in taken and is_site_name(tok.text)
    ]


def introduced_names(mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
    """Untagged names introduced by a kind of organisation (`organization_nouns.txt`): 'a
    recently formed group Doctors for Camp Closure'. The name is two or more capitalised
    words (small joining words allowed inside) right after the noun, with no other name."""
    taken = covered(mentions)
    found = []
    for n, doc in docs:
        for tok in doc:
            if not (tok.is_lower and tok.lemma_ in words("organization_nouns")) or tok.i + 1 >= len(doc):
                continue
            end = tok.i + 1
            while end < len(doc) and (doc[end].is_title or (doc[end].lower_ in name_joiner_words() and end > tok.i + 1)):
                end += 1
            while end > tok.i + 1 and not doc[end - 1].is_title:
                end -= 1
            span = doc[tok.i + 1 : end]
            if sum(t.is_title for t in span) >= 2 and not any((n, i) in taken for i in range(span.start, span.end)):
                found.append(Mention(n, span, "organization", span.text))
    return found


def repeated_names(mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
    """Untagged proper-noun occurrences of an organisation's name found elsewhere ('Elon Musk's
    SpaceX' where 'SpaceX' is listed among companies elsewhere); not of a name that is also
    tagged as a person or place ('Trump')."""
    other = {m.name for m in mentions if m.kind != "organization"}
    names = {
        tuple(m.name.casefold().split()): m.name for m in mentions
        if m.kind == "organization" and not m.weak and m.name not in other
    }
    taken = covered(mentions)
    by_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = defaultdict(list)  # names by first word
    empty = []  # names of no words, which match anywhere
    for k, (parts, name) in enumerate(names.items()):
        (by_first[parts[0]] if parts else empty).append((k, parts, name))
    out = []
    for n, doc in docs:
        for tok in doc:
            candidates = by_first.get(tok.text.casefold(), [])
            if empty:
                candidates = sorted(candidates + empty)
            for _k, parts, name in candidates:
                end = tok.i + len(parts)
                span = doc[tok.i : end]
                if (
                    end <= len(doc) and tuple(t.text.casefold() for t in span) == parts and tok.pos_ == "PROPN"
                    and not any(t.ent_type_ or (n, t.i) in taken for t in span)
                ):
                    out.append(Mention(n, span, "organization", name))
    return out


def bare_bodies(mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
    """'police' alone ('police said', "the city's police") is the one place-led body with that
    noun that the document names ('Hong Kong police'); with two such bodies it is neither."""
    bodies: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == "organization" and m.span[-1].lower_ in body_nouns() and m.span[-1].is_lower:
            bodies[m.span[-1].lower_].add(m.name)
    taken = covered(mentions)
    return [
        Mention(n, doc[tok.i : tok.i + 1], "organization", next(iter(bodies[tok.lower_])))
        for n, doc in docs
        for tok in doc
        if len(bodies.get(tok.lower_, ())) == 1 and (n, tok.i) not in taken and _is_bare_noun(tok)
    ]


def _is_bare_noun(tok: Token) -> bool:
    """A lower-case noun (capitalised only as a sentence's first word) heading its phrase with
    no modifier but an article or a common-noun possessor ('the police', "the city's police",
    'Police said'; not 'riot police', 'police chief')."""
    lower = tok.is_lower and tok.pos_ == "NOUN"
    first = tok.is_sent_start and tok.text[1:].islower() and tok.pos_ in ("NOUN", "PROPN")
    if not (lower or first) or tok.dep_ in ("compound", "amod"):
        return False
    return all(c.dep_ in ("det", "poss", "case") and c.pos_ != "PROPN" for c in tok.lefts)
