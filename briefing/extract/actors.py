"""Actors: people, organizations, countries and locations named in one document.

`extract_actors` returns an `ActorTable`: the document's actors (ids are local slugs of the
canonical name) plus every occurrence with its character offsets, which the other extractors
use to resolve names, pronouns and the actors of a sentence.

The steps, each a small function below:

1. candidate spans: the model's PERSON / ORG / GPE / LOC entities, a country name followed by
   capitalised words that end in an organisation word joined into one organisation
   ("Japan Maritime Self-Defense Force"), cleaned of "the", possessives and model designations;
2. noise is dropped: generic words, demonyms, events ("NATO Summit"), products and programs
   ("Tempest jet fighter"), lower-case fragments ("non-NATO");
3. kinds: the world lexicon (`gazetteer`) makes a GPE a country or a location; a seat of
   government used as an agent ("Tokyo is seeking", "Moscow's threat") stands for its country;
4. people: a lone surname (whatever the model's label) joins the full name it belongs to;
5. organisations: an acronym joins its expansion (the glossary), a short form its long form
   ("Raytheon" / "Raytheon Technologies", "Ministry of Defense" / "Japanese Ministry of Defense");
6. roles of people from titles before the name and appositions after it.

The photo caption is read too, so an organisation named only there is still listed (without
paragraph mentions, since the caption is not a body paragraph).
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Ref, Term
from ..nlp import ParsedDocument
from ..slugs import slugify
from . import gazetteer
from .lexicon import lines, words

LABELS = {"PERSON", "ORG", "GPE", "LOC"}
CAPTION = 0  # paragraph number used for mentions in the photo caption (never a Ref)
MAX_ROLE_TOKENS = 30

_DESIGNATION = re.compile(r"^(?:[A-Z]{1,4}-[A-Z0-9]{1,4}[A-Za-z]?|[A-Z]{1,4}-?\d+[A-Za-z]*|[IVX]{2,}[A-Z]?)$")
_NP_LEFT_DEPS = ("det", "poss", "amod", "compound", "nmod", "nummod", "quantmod")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&-]*[A-Z0-9.]s?$")
_IN_PLACE = re.compile(r"^(?P<base>.+?) (?:in|at) (?P<place>[A-Z][\w.' -]+)$")


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

    def of_kind(self, kind: str) -> list[Actor]:
        """The actors of one kind, in id order."""
        return [a for a in self.actors if a.kind == kind]


@dataclass
class Mention:
    """A candidate actor mention: where it is, what kind, and the name it gives."""

    paragraph: int
    span: Span
    kind: str
    name: str  # the cleaned surface name, or the lexicon name of a country
    key: str = ""  # the cluster it joins (filled in by the merging steps)

    @property
    def text(self) -> str:
        return self.span.text


# ---------------------------------------------------------------------------------------------
# the whole extractor


def extract_actors(parsed: ParsedDocument, *, glossary: list[Term] | None = None) -> ActorTable:
    """Named actors of one document, merged by name (surnames fold into full names)."""
    if not is_english(parsed):
        return ActorTable()
    docs = [(n, doc) for n, doc in enumerate(parsed.docs, start=1)]
    caption = _caption_doc(parsed)
    if caption is not None:
        docs.append((CAPTION, caption))
    mentions = [m for n, doc in docs for m in candidate_mentions(doc, n)]
    mentions = split_coordinated(mentions)
    mentions = resolve_seats(mentions)
    mentions = resolve_people(mentions, docs)
    mentions = resolve_organizations(mentions, glossary or [])
    mentions = unify_names(mentions)
    return build_table(parsed.document.id, mentions, glossary or [])


def is_english(parsed: ParsedDocument, threshold: float = 0.2, min_words: int = 12) -> bool:
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


def _caption_doc(parsed: ParsedDocument) -> Doc | None:
    """The photo caption parsed with the same pipeline, if the document has one."""
    caption = (parsed.document.caption or "").strip()
    if not caption or not parsed.docs:
        return None
    from ..nlp import load_nlp

    return load_nlp()(caption)


# ---------------------------------------------------------------------------------------------
# 1-3. candidate mentions, noise, kinds


def candidate_mentions(doc: Doc, paragraph: int) -> list[Mention]:
    """The actor mentions of one paragraph, cleaned, filtered and given a kind."""
    out = []
    for span in entity_spans(doc):
        label = span.label_
        span = clean_span(span)
        if span is None:
            continue
        if label in ("ORG", "GPE") and _is_person_by_role(span):
            label = "PERSON"
        if is_noise(span, label):
            continue
        kind, name = kind_and_name(span, label)
        if kind:
            out.append(Mention(paragraph, span, kind, name))
    return out


def _is_person_by_role(span: Span) -> bool:
    """A two- or three-word name the model called an organisation or place but that carries a
    person's title or role ("deputy director of public prosecutions, Eva-Marie Persson")."""
    names = [t for t in span if t.text != "-"]
    if not 2 <= len(names) <= 3 or not all(t.is_title and t.is_alpha for t in names):
        return False
    if any(t.text in _org_heads() or t.text in _org_suffixes() or gazetteer.is_place_word(t.text) for t in names):
        return False
    return title_before(span) is not None or bool(appositive_roles(span))


def entity_spans(doc: Doc) -> list[Span]:
    """The model's entities of the actor labels, with country-led organisation names joined."""
    spans = []
    skip_to = 0
    for ent in doc.ents:
        if ent.start < skip_to:
            continue
        joined = _country_led_org(ent)
        if joined is not None:
            spans.append(joined)
            skip_to = joined.end
        elif ent.label_ in LABELS:
            spans.append(_with_number(ent))
    return spans


def _country_led_org(ent: Span) -> Span | None:
    """'Japan' + 'Maritime Self-Defense Force' -> one ORG span, when the tail ends in an org word."""
    if ent.label_ not in ("GPE", "NORP") or not gazetteer.is_place_word(ent.text):
        return None
    doc, end, i = ent.doc, None, ent.end
    while i < len(doc) and (doc[i].is_title or doc[i].is_upper or doc[i].text == "-"):
        if doc[i].text in _org_heads():
            end = i + 1
        i += 1
    return Span(doc, ent.start, end, label="ORG") if end else None


def _with_number(span: Span) -> Span:
    """'Standing NATO Maritime Group' + '2' -> one name, when an organisation word is numbered."""
    doc = span.doc
    if span.label_ == "ORG" and span.end < len(doc) and span[-1].text in _org_heads():
        nxt = doc[span.end]
        if nxt.is_digit and len(nxt.text) <= 3:
            return Span(doc, span.start, span.end + 1, label="ORG")
    return span


def clean_span(span: Span) -> Span | None:
    """The name inside an entity: no leading article, honorific or (for people) title, nothing
    from a bracket, dash or stray comma on, no model designation ("Boeing E-3 Sentry" ->
    "Boeing"), no owner before a possessive ("Braun's Ithaca Holdings"), no trailing
    possessive, punctuation or small word; None when nothing is left."""
    doc, label = span.doc, span.label_
    start, end = _skip_leading(doc, span.start, span.end, label), span.end
    end = _cut_inside(doc, start, end)
    start = _after_owner(doc, start, end, label)
    while end > start and _is_trailing_junk(doc[end - 1], label):
        end -= 1
    if end <= start:
        return None
    return Span(doc, start, end, label=label)


def _skip_leading(doc: Doc, start: int, end: int, label: str) -> int:
    """Past a leading article or honorific, and a person's title the model took in."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].text in _honorifics()):
        start += 1
    if label == "PERSON":
        start += _title_length(doc, start, end - 1)
    if label == "ORG" and end - start > 2 and _is_role_word(doc[start]) and doc[start + 1].lower_ in ("of", "at"):
        start += 2  # "Founder of Ceres Robotics Inc."
    return start


def _cut_inside(doc: Doc, start: int, end: int) -> int:
    """The end of the name: before a bracket, a dash, a model designation, or a comma that
    does not start a list ending in 'and' ("Ministry of Trade, Industry and Energy" stays)."""
    for i in range(start, end):
        text = doc[i].text
        if text in ("(", ")", "[", "]", "\u2013", "\u2014", "|", ":", ";") or _DESIGNATION.match(text):
            return i
        if text == "," and not any(t.lower_ in ("and", "&") for t in doc[i + 1 : end]):
            return i
        if text == "-" and doc[i - 1].whitespace_ and doc[i].whitespace_:
            return i
    return end


def _after_owner(doc: Doc, start: int, end: int, label: str) -> int:
    """Past an owner and its possessive inside a name: always for a person ("Punjab's
    Bhatinda"), for an organisation when the owner is one too ("NASA's Office of the Inspector
    General", "Tufts University's Feinstein International Center"; not "People's Daily")."""
    for i in range(start + 1, end - 1):
        if doc[i].tag_ == "POS" or doc[i].dep_ == "case":
            owner = doc[start:i]
            body = owner.text.isupper() or owner[-1].text in _org_heads() or owner[-1].text in _org_suffixes()
            return i + 1 if label == "PERSON" or body else start
    return start


def _is_trailing_junk(tok: Token, label: str) -> bool:
    """A possessive, punctuation, a small lower-case word, or (for an organisation) a role word
    that a title carried into it ("House of Representatives Speaker")."""
    if tok.tag_ == "POS" or tok.is_punct or tok.dep_ == "case" or (tok.is_lower and tok.is_stop):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        label == "ORG" and _is_role_word(tok) and prev is not None
        and prev.lower_ not in ("of", "the", "for") and not _is_role_word(prev)
    )


def is_noise(span: Span, label: str) -> bool:
    """True when a cleaned entity is not an actor's name."""
    text = span.text
    if not text[:1].isupper() or len(text) < 2 or text.casefold() in words("actor_not_names"):
        return True
    if gazetteer.is_demonym(text) and gazetteer.country(text) is None:
        return True
    if span[0].like_num or any(t.like_url or t.like_email for t in span) or _is_dateline(span):
        return True
    if len(span) == 1 and span[0].pos_ in ("ADJ", "VERB", "ADV", "ADP", "PRON") and gazetteer.country(text) is None:
        return True  # 'Northern', 'Unproven', 'Contact': a capitalised ordinary word
    if label == "PERSON":
        return not _looks_like_person(span)
    if label == "ORG":
        return _names_event(span) or _names_product(span) or _has_stray_word(span)
    return False


def _looks_like_person(span: Span) -> bool:
    """A person's name: capitalised words (name particles aside), no digits, not all capitals,
    not a plural ('Virginia Democrats'), not after 'the' ('the Moon')."""
    if span.text.isupper() or span[-1].tag_ in ("NNS", "NNPS") or _names_product(span) or _names_event(span):
        return False
    if len(span) == 1 and _after_article(span[0]):
        return False
    particles = words("actor_name_particles")
    return all(
        not any(c.isdigit() for c in t.text) and (not t.is_lower or t.lower_ in particles)
        for t in span
    )


def _after_article(tok: Token) -> bool:
    """True when an article opens the phrase of `tok` with no role word between ('the lunar
    Gateway', 'the Moon'; not 'the former president Trump')."""
    left = tok.doc[tok.left_edge.i : tok.i]
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return True
    return bool(len(left)) and left[0].dep_ == "det" and not any(_is_role_word(t) for t in left)


def _has_stray_word(span: Span) -> bool:
    """An organisation name with a lower-case word other than 'of', 'and', 'for'... (data file
    `actor_org_small_words.txt`), a product-style word ('iPad') or a
    number after its first word ('Apple Watch Series 4'); a numbered unit is fine."""
    for t in span:
        if t.is_lower and t.lower_ not in words("actor_org_small_words") and t.tag_ != "POS" and not t.is_punct:
            return True
        if t.text[:1].islower() and any(c.isupper() for c in t.text):
            return True
        if t.i > span.start and any(c.isdigit() for c in t.text) and not _is_unit_number(t):
            return True
    return False


def _is_unit_number(tok: Token) -> bool:
    """The number of a numbered unit ('Standing NATO Maritime Group 2')."""
    return tok.is_digit and tok.i > 0 and tok.doc[tok.i - 1].text in _org_heads()


def _is_dateline(span: Span) -> bool:
    """'DUBAI (Reuters) -', 'HONOLULU --': an all-capitals place opening a paragraph."""
    doc = span.doc
    if span.start != 0 or not span.text.isupper() or span.end >= len(doc):
        return False
    return doc[span.end].text in ("(", ",", "-", "--", "\u2013", "\u2014")


def _names_event(span: Span) -> bool:
    """'NATO Summit', 'Paris Air Show': an event, not an actor."""
    return len(span) > 1 and span[-1].text in _event_heads()


def _names_product(span: Span) -> bool:
    """'Tempest jet fighter', 'Alliance Future Surveillance and Control program', 'Maritime Multi
    Mission Aircraft': a product or program, not an actor."""
    if len(span) > 1 and span[-1].lower_ in words("actor_product_nouns") and span[-1].is_title:
        return True
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + 4) and doc[i].ent_type_ not in LABELS and (
        doc[i].is_title or doc[i].lower_ in ("and", "&", "of")
    ):
        i += 1
    nxt = doc[i] if i < len(doc) else None
    return nxt is not None and nxt.lower_ in words("actor_product_nouns") and nxt.pos_ in ("NOUN", "PROPN")


def kind_and_name(span: Span, label: str) -> tuple[str | None, str]:
    """(kind, name) of a cleaned entity; kind None when it is not an actor."""
    text = span.text
    country = gazetteer.country(text)
    if country is not None and label != "PERSON":
        return "country", country.name
    if gazetteer.is_region(text) and label != "PERSON":
        return "location", text
    if label == "PERSON":
        return "person", text
    if label == "ORG":
        return "organization", text
    return "location", text  # a GPE that is no country (city, state) or a LOC


def _title_length(doc: Doc, start: int, limit: int) -> int:
    """How many tokens from `start` (before `limit`) form a person title from the list."""
    best = 0
    for title in _person_titles():
        n = len(title)
        if n > best and start + n <= limit and tuple(t.text.casefold() for t in doc[start : start + n]) == title:
            best = n
    return best


def split_coordinated(mentions: list[Mention]) -> list[Mention]:
    """'SLS and Orion' tagged as one organisation becomes two mentions when one side is named
    on its own elsewhere in the document ('Ministry of Trade, Industry and Energy' stays)."""
    names = {m.name for m in mentions}
    out = []
    for m in mentions:
        cut = next((t.i for t in m.span[1:-1] if t.lower_ in ("and", "&")), None)
        if m.kind != "organization" or cut is None or "," in m.text:
            out.append(m)
            continue
        left, right = m.span.doc[m.span.start : cut], m.span.doc[cut + 1 : m.span.end]
        if left.text not in names and right.text not in names:
            out.append(m)
            continue
        for part in (left, right):
            kind, name = kind_and_name(part, "ORG")
            out.append(Mention(m.paragraph, part, kind or "organization", name))
    return out


# ---------------------------------------------------------------------------------------------
# seats of government


def resolve_seats(mentions: list[Mention]) -> list[Mention]:
    """A capital that acts ('Tokyo is seeking', 'by Pyongyang', "Moscow's threat") somewhere in
    a document that also names its country stands for that country in all its mentions;
    otherwise it stays a location ('London has cleaner air than Delhi')."""
    named = {m.name for m in mentions if m.kind == "country"}
    acting = {
        m.name for m in mentions
        if m.kind == "location" and _seat_country(m.name) in named and _is_agent(m.span)
    }
    for m in mentions:
        if m.kind == "location" and m.name in acting:
            m.kind, m.name = "country", _seat_country(m.name)
    return mentions


def _seat_country(name: str) -> str | None:
    country = gazetteer.seat_of(name)
    return country.name if country else None


def _is_agent(span: Span) -> bool:
    """True when the span is a subject, a possessor or the agent of a passive."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


# ---------------------------------------------------------------------------------------------
# people


def surname(name: str) -> str:
    """The last word of a name that is not a suffix ('Martin Luther King Jr.' -> 'King')."""
    parts = [p for p in name.split() if p.rstrip(".,").casefold() not in _name_suffixes()]
    return parts[-1] if parts else name


def person_key(name: str) -> str:
    """The identity of a full name: first and last word, ignoring middle names and suffixes."""
    return f"{name.split()[0]} {surname(name)}".casefold() if " " in name else name.casefold()


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
    if span[-1].text in people and same == 1 and not any(t.text in _org_heads() or t.text in _org_suffixes() for t in span):
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
    """Body paragraphs in order, the caption last."""
    return (m.paragraph if m.paragraph != CAPTION else 10**9, m.span.start)


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
    taken = {(m.paragraph, i) for m in mentions for i in range(m.span.start, m.span.end)}
    return [
        Mention(n, doc[tok.i : tok.i + 1], "person", tok.text)
        for n, doc in docs
        for tok in doc
        if tok.text in surnames and tok.pos_ in ("PROPN", "NOUN") and (n, tok.i) not in taken
    ]


# ---------------------------------------------------------------------------------------------
# organisations


def resolve_organizations(mentions: list[Mention], glossary: list[Term]) -> list[Mention]:
    """Acronyms join their expansions and short forms their long forms; concepts defined by a
    lower-case expansion ('emerging and disruptive technologies, or EDTs') are dropped."""
    mentions = _places_that_are_companies(mentions)
    concepts = {t.abbreviation for t in glossary if not _is_proper(t.expansion)}
    mentions = [m for m in mentions if not (m.kind == "organization" and m.name in concepts)]
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
    for short, long_ in [*_short_long_pairs(names), *_acronym_pairs(names), *_inverted_pairs(names)]:
        union(short, long_)
    for m in mentions:
        if m.kind == "organization":
            m.key = "organization:" + root(m.name)
        elif not m.key:
            m.key = f"{m.kind}:{m.name}"
    return _add_glossary_expansions(mentions, glossary)


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
        if m and m.group("head") in _org_heads() and f"{m.group('rest')} {m.group('head')}" in present:
            pairs.append((f"{m.group('rest')} {m.group('head')}", name))
    return pairs


def _is_long_form(short: str, long_: str) -> bool:
    """True when `long_` is `short` with a company suffix, a leading place word or a trailing
    'in <place>'."""
    if long_.startswith(short + " "):
        tail = long_[len(short) + 1 :].split()
        if all(w in _org_suffixes() for w in tail):
            return True
        m = _IN_PLACE.match(long_)
        return bool(m and m.group("base") == short)
    if long_.endswith(" " + short):
        head = re.sub(r"['\u2019]s$", "", long_[: -len(short) - 1])
        return gazetteer.is_place_word(head)
    return False


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
            for m in group if m.paragraph != CAPTION
        )
    return ActorTable(sorted(actors.values(), key=lambda a: a.id), occurrences)


def _actor_of(doc_id: str, group: list[Mention], taken: set[str]) -> Actor | None:
    """One actor from its mentions; None for a caption-only place (incidental in a photo)."""
    kind = group[0].kind
    in_body = [m for m in group if m.paragraph != CAPTION]
    if not in_body and kind in ("country", "location"):
        return None
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
    if kind == "person" and " " not in name and not roles and len(in_body) < 2:
        return None  # a lone word the model thought a name, said once without a title
    actor_id = slugify(name)
    if actor_id in taken:
        actor_id = f"{actor_id}-{kind}"
    mentions = sorted({(m.paragraph) for m in in_body})
    return Actor(
        id=actor_id, name=name, kind=kind, aliases=sorted(set(aliases)), roles=roles,
        mentions=[Ref(doc_id, n) for n in mentions],
    )


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
# roles


def person_roles(span: Span) -> list[tuple[str, str | None]]:
    """(role, titled name) pairs stated around one mention of a person.

    The titled name is the verbatim "Title Name" form when the role is a title before the name.
    """
    out: list[tuple[str, str | None]] = []
    title = title_before(span)
    if title is not None:
        out.append((title.text, span.doc[title.start : span.end].text))
    out.extend((r, None) for r in appositive_roles(span))
    return out


def title_before(span: Span) -> Span | None:
    """'Japanese Prime Minister Fumio Kishida' -> 'Prime Minister' (capitalised words before the
    name that lean on it and hold a role word, without a leading nationality)."""
    doc = span.doc
    start = span.start
    while start > 0 and _leans_on_name(doc[start - 1], start, span.end):
        start -= 1
    while start < span.start and gazetteer.is_place_word(doc[start].text):
        start += 1
    if start < span.start and doc[start - 1].lower_ in words("actor_role_modifiers"):
        start -= 1
    title = doc[start : span.start]
    if not len(title) or not any(_is_role_word(t) for t in title):
        return None
    return title


def _leans_on_name(tok: Token, start: int, end: int) -> bool:
    """True for a capitalised word right before [start, end) that modifies a word in it."""
    if tok.is_punct or tok.dep_ in ("case", "det", "poss") or not (tok.is_title or tok.is_upper):
        return False
    return start <= tok.head.i < end


def appositive_roles(span: Span) -> list[str]:
    """Roles in an apposition after the name ('Jun Nagashima, adjunct professor at ... and former
    liaison officer to ...' -> two roles), or before it ("the company's CEO, Jane Doe")."""
    root = span.root
    roles = []
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and _is_role_word(child):
            roles.extend(_split_roles(child))
    if root.dep_ == "appos" and root.head.i < span.start and _is_role_word(root.head):
        head = root.head
        left = min([c.left_edge.i for c in head.lefts if c.dep_ in _NP_LEFT_DEPS] + [head.i])
        roles.append(_phrase(head.doc, left, head.i + 1))
    return [r for r in roles if r]


def _split_roles(head: Token) -> list[str]:
    """The role phrase headed by `head`, split before each coordinated role noun; the last
    piece runs to the end of the phrase (its attachments often hang on `head`)."""
    doc = head.doc
    conjs = [c for c in head.children if c.dep_ == "conj" and c.i > head.i and _is_role_word(c)]
    starts = [head.left_edge.i] + [c.left_edge.i for c in conjs]
    ends = starts[1:] + [head.right_edge.i + 1]
    out = []
    for start, end in zip(starts, ends):
        while end > start + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
            end -= 1
        out.append(_phrase(doc, start, end))
    return out


def _phrase(doc: Doc, start: int, end: int) -> str:
    """Tokens [start, end) as a role: no leading article or adverb ('now'), nothing from a
    relative clause or a comma on ('..., who did not work on the study'), capped in length."""
    while start < end and doc[start].dep_ in ("det", "advmod", "cc", "punct"):
        start += 1
    for i in range(start + 1, end):
        if doc[i].dep_ in ("relcl", "acl") or doc[i].text in (",", ";", "(", "\u2014", "\u2013"):
            end = min(end, doc[i].left_edge.i if doc[i].dep_ in ("relcl", "acl") else i)
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    if end <= start or end - start > MAX_ROLE_TOKENS:
        return ""
    return doc[start:end].text


def _is_role_word(tok: Token) -> bool:
    """True when a token is a role noun ('director', 'Minister', 'CEO')."""
    return tok.lower_ in words("actor_role_words") or tok.lemma_.lower() in words("actor_role_words")


# ---------------------------------------------------------------------------------------------
# word lists


@lru_cache(maxsize=None)
def _name_suffixes() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in words("actor_name_suffixes"))


@lru_cache(maxsize=None)
def _org_heads() -> frozenset[str]:
    return frozenset(lines("actor_org_heads"))


@lru_cache(maxsize=None)
def _org_suffixes() -> frozenset[str]:
    return frozenset(lines("actor_org_suffixes"))


@lru_cache(maxsize=None)
def _event_heads() -> frozenset[str]:
    return frozenset(lines("actor_event_heads"))


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    return frozenset(lines("actor_honorifics"))


@lru_cache(maxsize=None)
def _person_titles() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.casefold().split()) for t in lines("actor_person_titles"))
