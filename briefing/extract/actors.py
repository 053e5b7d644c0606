"""Actors: people, organizations, countries and locations named in one document.

`extract_actors` returns an `ActorTable`: the document's actors (ids are local slugs of the
canonical name) plus every occurrence with its character offsets, which the other extractors
use to resolve names, pronouns and the actors of a sentence.

The steps:

1. candidate mentions per paragraph (`actor_names`): the model's entities, cleaned, filtered
   and given a kind with the world lexicon (`gazetteer`);
2. lists and misses: a name listed with organisations is one ("Draper, Lockheed Martin, and
   Northrop Grumman"; "Blue Origin, Sierra Nevada Corporation and SpaceX" where the model
   tagged no "SpaceX"); an organisation the model split at "and" is joined ("Customs and Border
   Protection"); untagged repeats of an organisation's name join it; a bare body noun
   ("police") is the one place-led body the document names ("Hong Kong police");
3. seats of government: a capital that acts ("Tokyo is seeking", "Moscow's threat", "autonomy
   under Beijing") in a document that names its country stands for that country;
4. people: a lone surname, whatever the model's label, joins the full name it belongs to;
   surnames the model missed are found; nickname and tail forms join the full name;
5. organisations: an acronym joins its expansion (the glossary, or its initials), a short form
   its long form ("Raytheon" / "Raytheon Technologies", "Ministry of Defense" / "Japanese
   Ministry of Defense"), "X Department" joins "Department of X";
6. one actor per written name: its kind is the one most of its mentions have; a facility
   ("Michoud Assembly Facility") is a place;
7. the table: canonical names, aliases, roles (`actor_roles`), mentions and occurrences.

Only body paragraphs are read: every actor has a paragraph to link to. A text in another language
gives no actors: the English model's names would be nonsense.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Ref, Term
from ..nlp import ParsedDocument
from ..slugs import slugify
from . import gazetteer
from .actor_names import (
    Mention,
    body_nouns,
    candidate_mentions,
    is_facility,
    is_site_name,
    join_coordinated,
    names_thing,
    org_heads,
    org_suffixes,
    split_coordinated,
)
from .actor_roles import affiliation, is_role_word, person_roles
from .lexicon import lines, words
from .name_keys import legal_forms, name_suffixes, org_base, person_key, surname

_IN_PLACE = re.compile(r"^(?P<base>.+?) (?:in|at) (?P<place>[A-Z][\w.' -]+)$")


@dataclass(frozen=True, order=True)
class Occurrence:
    """One mention of an actor: paragraph number and character span inside that paragraph."""

    paragraph: int
    start: int
    end: int
    actor_id: str
    text: str


def _position(occurrence: Occurrence) -> tuple[int, int]:
    """Sort key of an occurrence: paragraph, then start character."""
    return occurrence.paragraph, occurrence.start


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
        """The actor called `name` (canonical name or alias, case-insensitive), if any.

        A titled or possessive form ("Mr. Priem", "Kishida's") falls back to its last word
        when that word is the surname of exactly one person.
        """
        key = re.sub(r"['\u2019]s?$", "", name.strip()).casefold()
        actor_id = self._by_name.get(key)
        if actor_id is None and key:
            actor_id = self._surnames().get(key.split()[-1])
        return self._by_id.get(actor_id) if actor_id else None

    def _surnames(self) -> dict[str, str]:
        """Surname -> person id, for surnames that only one person of the document has."""
        owners: dict[str, set[str]] = defaultdict(set)
        for actor in self.actors:
            if actor.kind == "person":
                for name in [actor.name, *actor.aliases]:
                    owners[surname(name).casefold()].add(actor.id)
        return {k: ids.pop() for k, ids in owners.items() if len(ids) == 1}

    def in_range(self, paragraph: int, start: int, end: int) -> list[Occurrence]:
        """Occurrences inside characters [start, end) of a paragraph, in text order."""
        lo = bisect.bisect_left(self.occurrences, (paragraph, start), key=_position)
        out = []
        for occ in self.occurrences[lo:]:
            if occ.paragraph != paragraph or occ.start >= end:
                break
            if occ.end <= end:
                out.append(occ)
        return out

    def last_before(self, paragraph: int, offset: int, *, kind: str | None = "person") -> Actor | None:
        """The last actor (of `kind`, if given) mentioned before `offset` in `paragraph` or earlier."""
        hi = bisect.bisect_left(self.occurrences, (paragraph, offset), key=_position)
        for occ in reversed(self.occurrences[:hi]):
            actor = self._by_id[occ.actor_id]
            if kind is None or actor.kind == kind:
                return actor
        return None

    def of_kind(self, kind: str) -> list[Actor]:
        """The actors of one kind, in id order."""
        return [a for a in self.actors if a.kind == kind]


# ---------------------------------------------------------------------------------------------
# the whole extractor


def extract_actors(parsed: ParsedDocument, *, glossary: list[Term] | None = None) -> ActorTable:
    """Named actors of one document, merged by name (surnames fold into full names)."""
    if not is_english(parsed):
        return ActorTable()
    docs = [(n, doc) for n, doc in enumerate(parsed.docs, start=1)]
    mentions = resolve_lists([m for n, doc in docs for m in candidate_mentions(doc, n)], docs)
    mentions = mentions + site_names(mentions, docs) + introduced_names(mentions, docs)
    mentions = supported(mentions + repeated_names(mentions, docs))
    mentions = join_coordinated(split_coordinated(mentions))
    mentions = mentions + bare_bodies(mentions, docs)
    mentions = resolve_seats(mentions)
    mentions = resolve_people(mentions, docs)
    mentions = resolve_organizations(mentions, glossary or [], not_actors=non_actor_terms(glossary or [], docs))
    mentions = facilities_are_places(unify_names(mentions))
    return build_table(parsed.document.id, mentions, glossary or [])


def is_english(parsed: ParsedDocument, threshold: float = 0.12, min_words: int = 40) -> bool:
    """True when enough of the words are English function words for the English model's
    entities to mean anything (a text in another language gives nonsense names). Texts shorter
    than `min_words` words are taken as English."""
    alpha = stop = 0
    for doc in parsed.docs:
        for tok in doc:
            if tok.is_alpha:
                alpha += 1
                stop += tok.is_stop
    return alpha < min_words or stop / alpha >= threshold


def supported(mentions: list[Mention]) -> list[Mention]:
    """Weak mentions only where a plain mention has the same name."""
    plain = {m.name for m in mentions if not m.weak}
    return [m for m in mentions if not m.weak or m.name in plain]


# ---------------------------------------------------------------------------------------------
# lists of organisations, names the model missed


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


_NAME_JOINERS = ("for", "of", "and", "the", "&")  # small words inside a name ('Doctors for Camp Closure')


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
            while end < len(doc) and (doc[end].is_title or (doc[end].lower_ in _NAME_JOINERS and end > tok.i + 1)):
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
        tuple(m.name.split()): m.name for m in mentions
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
            candidates = by_first.get(tok.text, [])
            if empty:
                candidates = sorted(candidates + empty)
            for _k, parts, name in candidates:
                end = tok.i + len(parts)
                span = doc[tok.i : end]
                if (
                    end <= len(doc) and tuple(t.text for t in span) == parts and tok.pos_ == "PROPN"
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


# ---------------------------------------------------------------------------------------------
# seats of government


def resolve_seats(mentions: list[Mention]) -> list[Mention]:
    """A capital that acts ('Tokyo is seeking', 'by Pyongyang', "Moscow's threat", 'autonomy
    under Beijing', 'accused Beijing of') somewhere in a document that also names its country
    stands for that country in all its mentions; otherwise it stays a location ('London has
    cleaner air than Delhi', 'the mood in Beijing')."""
    named = {m.name for m in mentions if m.kind == "country"}
    acting = {
        m.name for m in mentions
        if m.kind == "location" and _seat_country(m.name) in named and _acts_as_state(m.span)
    }
    for m in mentions:
        if m.kind == "location" and m.name in acting:
            m.kind, m.name = "country", _seat_country(m.name)
    return mentions


def _seat_country(name: str) -> str | None:
    country = gazetteer.seat_of(name)
    return country.name if country else None


def _acts_as_state(span: Span) -> bool:
    """True when the span is a subject, a possessor, the agent of a passive, the object of a
    preposition of dealings ('under', 'with', 'against': `actor_seat_prepositions.txt`) or of
    a verb that addresses a government ('accuse', 'urge': `actor_seat_verbs.txt`)."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if root.dep_ == "pobj":
        return root.head.dep_ == "agent" or root.head.lower_ in words("actor_seat_prepositions")
    return root.dep_ == "dobj" and root.head.lemma_.lower() in words("actor_seat_verbs")


# ---------------------------------------------------------------------------------------------
# people


def resolve_people(mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
    """Lone surnames, whatever the model called them, join the full name they belong to (the
    last one named before, else the first); surnames the model missed are added as mentions;
    a lone first name joins the only full name that starts with it; short forms of a full name
    ('Josh Apte' / 'Joshua Apte', 'Eriksson Ek' / 'Joel Eriksson Ek') join it."""
    mentions = [_person_in_organization(m, mentions) for m in mentions]
    full = _full_names(mentions)
    full_key = _full_name_keys(full)
    surnames = _by_word(full, surname)
    firsts = _by_word(full, lambda n: n.split()[0])
    org_words = {m.span[0].text for m in mentions if m.kind == "organization" and len(m.span) > 1}
    mentions = mentions + _untagged(mentions, docs, set(surnames))
    mentions.sort(key=_text_order)
    last_full: dict[str, str] = {}
    for m in mentions:
        single = " " not in m.name
        if m.kind == "person" and m.name in full_key:
            m.key = full_key[m.name]
            last_full[surname(m.name)] = m.key
        elif single and m.name in surnames and m.kind != "country" and m.name not in org_words:
            m.kind = "person"
            m.key = last_full.get(m.name) or full_key[surnames[m.name][0]]
        elif single and m.kind == "person" and len(firsts.get(m.name, [])) == 1:
            m.key = full_key[firsts[m.name][0]]
        elif m.kind == "person":
            m.key = "person:" + person_key(m.name)
    return mentions


def _full_name_keys(full: list[str]) -> dict[str, str]:
    """Full name -> person key; a name that is a shorter form of another (same surname, and its
    first name a prefix of the other's or its words the other's last words) takes that key."""
    keys = {}
    for name in full:
        longer = [o for o in full if o != name and _is_short_form_of(name, o)]
        target = max(longer, key=lambda o: (len(o), o)) if longer else name
        keys[name] = "person:" + person_key(target)
    return keys


def _is_short_form_of(short: str, long_: str) -> bool:
    """'Josh Apte' of 'Joshua Apte'; 'Eriksson Ek' of 'Joel Eriksson Ek'."""
    if surname(short) != surname(long_) or len(short) >= len(long_):
        return False
    a, b = short.split(), long_.split()
    return b[-len(a):] == a or (len(a[0]) >= 3 and b[0].startswith(a[0]))


def _person_in_organization(m: Mention, mentions: list[Mention]) -> Mention:
    """An organisation tag that hides a person: '(Ambassador to) Ukraine Marie Yovanovitch',
    or 'Mason Rudolph' once as ORG while 'Rudolph' is a PERSON elsewhere."""
    if m.kind != "organization":
        return m
    m = _place_led_person(m, mentions)
    span = m.span
    if m.kind != "organization" or not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return m
    people = {p.name for p in mentions if p.kind == "person" and " " not in p.name}
    same = sum(o.name == m.name for o in mentions)
    if span[-1].text in people and same == 1 and not any(t.text in org_heads() or t.text in org_suffixes() for t in span):
        return Mention(m.paragraph, span, "person", m.name)
    return m


def _place_led_person(m: Mention, mentions: list[Mention]) -> Mention:
    """'(Ambassador to) Ukraine Marie Yovanovitch' tagged as one organisation: the words after
    the place are a person when their last word names a person elsewhere in the document."""
    span = m.span
    if m.kind != "organization" or not 3 <= len(span) <= 4 or not gazetteer.is_place_word(span[0].text):
        return m
    tail = span[1:]
    people = {surname(p.name) for p in mentions if p.kind == "person"}
    if surname(tail.text) in people and all(t.is_title and t.is_alpha for t in tail):
        return Mention(m.paragraph, tail, "person", tail.text)
    return m


def _text_order(m: Mention) -> tuple[int, int]:
    """Paragraphs, then positions, in order."""
    return (m.paragraph, m.span.start)


def _full_names(mentions: list[Mention]) -> list[str]:
    """The multi-word person names, in order of first appearance."""
    names: dict[str, None] = {}
    for m in sorted(mentions, key=_text_order):
        if m.kind == "person" and " " in m.name:
            names.setdefault(m.name)
    return list(names)


def _by_word(names: list[str], word) -> dict[str, list[str]]:
    """word(name) -> the names that have it, keeping order."""
    out: dict[str, list[str]] = defaultdict(list)
    for name in names:
        out[word(name)].append(name)
    return dict(out)


def _untagged(mentions: list[Mention], docs: list[tuple[int, Doc]], surnames: set[str]) -> list[Mention]:
    """Proper-noun tokens equal to a known surname that no kept mention covers ('Nagashima
    said', or 'Martins' that the model tagged as a plural)."""
    taken = covered(mentions)
    return [
        Mention(n, doc[tok.i : tok.i + 1], "person", tok.text)
        for n, doc in docs
        for tok in doc
        if tok.text in surnames and tok.pos_ in ("PROPN", "NOUN") and (n, tok.i) not in taken
    ]


# ---------------------------------------------------------------------------------------------
# organisations


def resolve_organizations(
    mentions: list[Mention], glossary: list[Term], *, not_actors: frozenset[str] = frozenset()
) -> list[Mention]:
    """Acronyms join their expansions and short forms their long forms; acronyms in
    `not_actors` (concepts, programs) are dropped."""
    mentions = _places_that_are_companies(mentions)
    mentions = [m for m in mentions if not (m.kind == "organization" and m.name in not_actors)]
    names = sorted({m.name for m in mentions if m.kind == "organization"}, key=len)
    parent = {name: name for name in names}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb

    for term in glossary:
        if term.abbreviation in parent and term.expansion in parent:
            union(term.abbreviation, term.expansion)
    bases: dict[str, str] = {}
    for name in names:  # 'Sierra Nevada Corp.' and 'Sierra Nevada Corporation'
        union(name, bases.setdefault(org_base(name), name))
    for short, long_ in [*_short_long_pairs(names), *_acronym_pairs(names), *_inverted_pairs(names)]:
        union(short, long_)
    for m in mentions:
        if m.kind == "organization":
            m.key = "organization:" + root(m.name)
        elif not m.key:
            m.key = f"{m.kind}:{m.name}"
    return _add_glossary_expansions(mentions, glossary)


def non_actor_terms(glossary: list[Term], docs: list[tuple[int, Doc]]) -> frozenset[str]:
    """Abbreviations that name no actor: a lower-case expansion ('emerging and disruptive
    technologies, or EDTs') or one that names a program where it is defined ('Commercial Lunar
    Payload Services program (CLPS)')."""
    by_number = dict(docs)
    out = set()
    for term in glossary:
        doc = by_number.get(term.paragraph)
        at = doc.text.find(term.expansion) if doc is not None else -1
        span = doc.char_span(at, at + len(term.expansion)) if at >= 0 else None
        if not _is_proper(term.expansion) or (span is not None and names_thing(span)):
            out.add(term.abbreviation)
    return frozenset(out)


def _places_that_are_companies(mentions: list[Mention]) -> list[Mention]:
    """A 'place' whose name is the short form of an organisation's ('Tyvak' / 'Tyvak Nano-Satellite
    Systems Inc') is that organisation."""
    orgs = {m.name for m in mentions if m.kind == "organization"}
    for m in mentions:
        if m.kind == "location" and any(_is_long_form(m.name, org) for org in orgs if org.startswith(m.name + " ")):
            m.kind = "organization"
    return mentions


def _add_glossary_expansions(mentions: list[Mention], glossary: list[Term]) -> list[Mention]:
    """An acronym whose proper expansion the model did not tag still gets the expansion's name."""
    names = {m.name for m in mentions}
    expansions = {t.abbreviation: t.expansion for t in glossary if _is_proper(t.expansion)}
    for m in mentions:
        if m.kind == "organization" and m.name in expansions and expansions[m.name] not in names:
            m.key = "organization:" + expansions[m.name]
    return mentions


def _short_long_pairs(names: list[str]) -> list[tuple[str, str]]:
    """(short, long) name pairs of one organisation: 'Raytheon'/'Raytheon Technologies',
    'Ministry of Defense'/'Japanese Ministry of Defense', 'X'/'X in Japan'. A short form that
    fits several long forms is left alone."""
    pairs = []
    for short in names:
        longs = [long_ for long_ in names if long_ != short and _is_long_form(short, long_)]
        if len(longs) == 1:
            pairs.append((short, longs[0]))
    return pairs


def _acronym_pairs(names: list[str]) -> list[tuple[str, str]]:
    """(acronym, name) pairs where the acronym spells the capitalised words of exactly one name
    ('DHS' / 'Department of Homeland Security', 'CPUC' / 'California Public Utilities Commission')."""
    pairs = []
    for short in names:
        letters = short.replace(".", "")
        if not re.fullmatch(r"[A-Z]{2,8}", letters):
            continue
        longs = [n for n in names if n != short and _initials(n) == letters]
        if len(longs) == 1:
            pairs.append((short, longs[0]))
    return pairs


def _initials(name: str) -> str:
    """First letters of the capitalised words of a name ('NATO Industrial Advisory Group' -> 'NIAG')."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _inverted_pairs(names: list[str]) -> list[tuple[str, str]]:
    """('Homeland Security Department', 'Department of Homeland Security') and the like: an
    organisation word before 'of X' and after 'X' names the same body."""
    present = set(names)
    pairs = []
    for name in names:
        m = re.fullmatch(r"(?P<head>\w+) of (?:the )?(?P<rest>.+)", name)
        if m and m.group("head") in org_heads() and f"{m.group('rest')} {m.group('head')}" in present:
            pairs.append((f"{m.group('rest')} {m.group('head')}", name))
    return pairs


def _is_long_form(short: str, long_: str) -> bool:
    """True when `long_` is `short` with company words after it ('Raytheon Technologies'), a
    legal form at the end ('Tyvak Nano-Satellite Systems Inc'), a leading place word or a
    trailing 'in <place>'."""
    if long_.startswith(short + " "):
        tail = long_[len(short) + 1 :].split()
        if all(w in org_suffixes() for w in tail) or (tail[-1] in legal_forms() and not _names_place(tail[:-1])):
            return True
        m = _IN_PLACE.match(long_)
        return bool(m and m.group("base") == short)
    if long_.endswith(" " + short):
        head = re.sub(r"['\u2019]s$", "", long_[: -len(short) - 1])
        return gazetteer.is_place_word(head)
    return False


def _names_place(words_: list[str]) -> bool:
    """True when words name or hold a place ('North America', 'Japan'): a regional arm."""
    return gazetteer.is_region(" ".join(words_)) or any(gazetteer.is_place_word(w) for w in words_)


def _is_proper(text: str) -> bool:
    """True when the first word of `text` is capitalised (a name, not a concept)."""
    return text[:1].isupper()


# ---------------------------------------------------------------------------------------------
# one actor per name


def unify_names(mentions: list[Mention]) -> list[Mention]:
    """Groups that share a written name ('Trump' as PERSON and as ORG) become one, of the kind
    most of their mentions have; two different full-named people are never joined."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    parent = {key: key for key in groups}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    owner: dict[str, str] = {}
    for key in sorted(groups):
        for name in sorted({n.casefold() for m in groups[key] for n in (m.name, m.text)}):
            other = owner.setdefault(name, key)
            if root(other) != root(key) and not _two_people(other, key):
                parent[root(key)] = root(other)
    merged: dict[str, list[Mention]] = defaultdict(list)
    for key, group in groups.items():
        merged[root(key)].extend(group)
    for group in merged.values():
        _settle_kind(group)
    return mentions


def facilities_are_places(mentions: list[Mention]) -> list[Mention]:
    """An organisation group whose longest name is a facility's ('Michoud Assembly Facility',
    with its acronym if it has one) is a place."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    for group in groups.values():
        longest = max((m.name for m in group), key=len)
        if group[0].kind == "organization" and is_facility(longest):
            for m in group:
                m.kind = "location"
    return mentions


def _two_people(a: str, b: str) -> bool:
    """True when both keys are people with full names (different ones, since keys differ)."""
    return a.startswith("person:") and b.startswith("person:") and " " in a and " " in b


def _settle_kind(group: list[Mention]) -> None:
    """Give a merged group the kind most of its mentions have and the key of that kind's
    largest part (ties: country, organization, location, person)."""
    order = ("country", "organization", "location", "person")
    votes = {k: sum(m.kind == k for m in group) for k in order}
    kind = max(order, key=lambda k: (votes[k], -order.index(k)))
    keys = [m.key for m in group if m.kind == kind]
    key = max(sorted(set(keys)), key=keys.count)
    for m in group:
        m.kind, m.key = kind, key


# ---------------------------------------------------------------------------------------------
# the table


def build_table(doc_id: str, mentions: list[Mention], glossary: list[Term] = ()) -> ActorTable:
    """Group mentions by key into actors with names, aliases, roles, mentions and occurrences;
    an organisation also takes the abbreviations the glossary gives for its names."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    actors: dict[str, Actor] = {}
    occurrences: list[Occurrence] = []
    for key in sorted(groups):
        group = groups[key]
        actor = _actor_of(doc_id, group, set(actors))
        if actor is None:
            continue
        if actor.kind == "organization":
            names = {actor.name, *actor.aliases}
            extra = {t.abbreviation for t in glossary if t.expansion in names} - names
            actor.aliases = sorted({*actor.aliases, *extra})
        actors[actor.id] = actor
        occurrences.extend(
            Occurrence(m.paragraph, m.span.start_char, m.span.end_char, actor.id, m.text)
            for m in group
        )
    return ActorTable(sorted(actors.values(), key=lambda a: a.id), occurrences)


def _actor_of(doc_id: str, group: list[Mention], taken: set[str]) -> Actor | None:
    """One actor from its mentions; None for a lone word said once without a title or an
    honorific."""
    kind = group[0].kind
    names = [m.name for m in group if m.key == group[0].key]
    name = canonical_name(kind, names, group[0].key)
    surfaces = {m.name for m in group} | {m.text for m in group}
    aliases = sorted(s for s in surfaces if s != name and s.casefold() != name.casefold())
    roles: list[str] = []
    if kind == "person":
        for m in group:
            for role, titled in person_roles(m.span):
                _add_role(roles, role)
                if titled and titled not in aliases and titled != name:
                    aliases.append(titled)
        if not roles:
            roles = [r for r in dict.fromkeys(affiliation(m.span) for m in group) if r][:1]
    if kind == "person" and " " not in name and not roles and len(group) < 2 and not _after_honorific(group[0]):
        return None  # a lone word the model thought a name, said once without a title
    actor_id = slugify(name)
    if actor_id in taken:
        actor_id = f"{actor_id}-{kind}"
    mentions = sorted({m.paragraph for m in group})
    return Actor(
        id=actor_id, name=name, kind=kind, aliases=sorted(set(aliases)), roles=roles,
        mentions=[Ref(doc_id, n) for n in mentions],
    )


def _after_honorific(m: Mention) -> bool:
    """True when 'Mr.', 'Ms' and the like stand before the mention ('Ms Persson'; not a form of
    address: 'Mr. Ranking Member')."""
    doc, start, end = m.span.doc, m.span.start, m.span.end
    if start == 0 or doc[start - 1].text not in lines("actor_honorifics"):
        return False
    return not any(is_role_word(t) for t in doc[start : end + 1])


def canonical_name(kind: str, names: list[str], key: str) -> str:
    """The canonical name of a group: a person's longest full name, a country's lexicon name,
    an organisation's longest proper name (an expansion over its acronym, 'X' over 'X in Y')."""
    if kind == "country":
        return names[0]
    if kind == "organization" and key.startswith("organization:"):
        expansion = key.split(":", 1)[1]
        names = names + [expansion]
    full = [n for n in names if " " in n] or names
    if kind == "organization":
        plain = [n for n in full if not _IN_PLACE.match(n)] or full
        return max(plain, key=lambda n: (len(n), n))
    return max(full, key=lambda n: (len(n.split()), len(n), n))


def _add_role(roles: list[str], role: str) -> None:
    """Add a role unless it (or a longer role containing it) is already there."""
    folded = role.casefold()
    if any(folded in r.casefold() for r in roles):
        return
    roles[:] = [r for r in roles if r.casefold() not in folded]
    roles.append(role)


# ---------------------------------------------------------------------------------------------
# word lists

