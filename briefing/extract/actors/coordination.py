"""Coordinated names: "A and B" tagged as one name is split, "A" + "and" + "B" tagged as two
names of one body is joined."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span, Token

from .. import gazetteer
from ..lexicon import words
from ..name_keys import is_acronym, name_joiner_words, org_heads, org_suffixes, surname
from .candidates import Mention, kind_and_name
from .noise import is_lone_name_part


def split_coordinated(mentions: list[Mention]) -> list[Mention]:
    """A name with 'and' or '&' inside ('Hamas and Fatah', 'FBI and DHS', 'Biden and Harris')
    becomes one mention per side when the text shows two actors (`_names_two`); fixed names stay
    whole ('Centers for Disease Control and Prevention', 'Procter & Gamble', 'Ministry of Trade,
    Industry and Energy'), and so does 'U.S. Customs and Border Protection' when 'Customs and
    Border Protection' is written elsewhere: the coordination is part of a name."""
    names = {m.name for m in mentions} | {m.text for m in mentions}
    names |= {surname(m.name) for m in mentions if m.kind == "person"}
    texts = "\n".join(doc.text for doc in {m.paragraph: m.span.doc for m in mentions}.values())
    out = []
    for m in mentions:
        cut = next((t.i for t in m.span[1:-1] if t.lower_ in ("and", "&")), None)
        if cut is None or "," in m.text or m.kind == "country":
            out.append(m)
            continue
        left, right = m.span.doc[m.span.start : cut], m.span.doc[cut + 1 : m.span.end]
        core = m.span.doc[cut - 1 : m.span.end].text
        if texts.count(core) > texts.count(m.text) or not _names_two(m, left, right, names):
            out.append(m)
            continue
        label = "PERSON" if m.kind == "person" else "ORG"
        for part in (left, right):
            kind, name = kind_and_name(part, label if not gazetteer.country(part.text) else "GPE")
            out.append(Mention(m.paragraph, part, kind or m.kind, name))
    return out


def _names_two(m: Mention, left: Span, right: Span, names: set[str]) -> bool:
    """True when the text shows two actors joined, not one name: a side named on its own
    elsewhere in the document (a person's surname counts); two acronyms ('FBI and DHS'); two
    people's or places' names (their names never hold 'and'; a country's may: it is no place);
    two countries; or two capitalised sides that the parse
    coordinates (`Token.conjuncts`) as the subject of a plural verb ('Hamas and Fatah have'), as
    examples of a plural noun ('rivals like Acme and Zenith') or as modifiers of a plural noun
    ('Orange and Riverside counties')."""
    if not (_is_name(left) and _is_name(right)) or is_lone_name_part(right.text):
        return False  # 'Deere & Co.': a legal form is no actor of its own
    if left.text in names or right.text in names:
        return True
    if len(left) == 1 and len(right) > 1:
        return False  # one head for both: 'Northern and Southern California', 'Customs and Border Protection'
    if all(is_acronym(side.text) for side in (left, right)) or m.kind == "person":
        return True
    if all(gazetteer.country(side.text) for side in (left, right)):
        return True
    if m.kind == "location" and not gazetteer.is_region(m.name):
        return all(side.root.pos_ == "PROPN" for side in (left, right))  # 'Provence and Nice'; a place has no 'and'

    coordinated = right.root in left.root.conjuncts
    return coordinated and (_plural_subject(left.root) or _examples_of_a_kind(left.root) or _before_a_plural(m.span))


def _before_a_plural(span: Span) -> bool:
    """True when a lower-case plural noun of places (`actor_place_plurals.txt`) follows the name:
    both sides modify it ('Orange and Riverside counties'; not 'Marks and Spencer stores')."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in words("actor_place_plurals")


def _is_name(side: Span) -> bool:
    """A side that can name an actor alone: it starts with a capital and ends in a capitalised
    word, with no lower-case word but the small words of names."""
    return (
        len(side) > 0 and side[0].text[:1].isupper() and side[-1].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in name_joiner_words() or not t.is_alpha for t in side)
    )


def _examples_of_a_kind(root: Token) -> bool:
    """True when the coordination headed by `root` gives examples of a plural noun ('rivals like
    A and B', 'firms such as A and B', 'groups including A and B'; the example words of
    `program_example_words.txt`): members of a kind, each one of its own."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in words("program_example_words"):
        return False
    if prep.lower_ == "as" and (prep.i == 0 or prep.doc[prep.i - 1].lower_ != "such"):
        return False
    return prep.head.tag_ in ("NNS", "NNPS")


def _plural_subject(root: Token) -> bool:
    """True when the coordination headed by `root` is the subject of a verb in the plural
    ('Hamas and Fatah have signed', 'the House and Senate were')."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    first = min([verb, *auxiliaries], key=lambda t: t.i)
    return first.tag_ == "VBP" or first.lower_ == "were"


def join_coordinated(mentions: list[Mention]) -> list[Mention]:
    """'Customs' + 'and' + 'Border Protection' tagged as two organisations become one when the
    joined name ends in an organisation word (`_joins_as_one`), or when the joined name is
    written whole elsewhere; a lone part of a joined name elsewhere takes the joined name. Two
    bodies stay two when a side is also named on its own ('Hamas' of 'Hamas and Fatah') or
    both are acronyms ('FBI and DHS')."""
    texts = "\n".join(doc.text for doc in {m.paragraph: m.span.doc for m in mentions}.values())
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.name] += 1
    by_end = {(m.paragraph, m.span.end): m for m in mentions if m.kind == "organization"}
    out, drop, joined = [], set(), {}
    for b in mentions:
        a = by_end.get((b.paragraph, b.span.start - 1))
        if a is None or b.kind != "organization" or id(a) in drop or a.span.doc[a.span.end].lower_ not in ("and", "&"):
            continue
        span = Span(b.span.doc, a.span.start, b.span.end, label="ORG")
        if not all(t.is_title or t.is_upper or t.lower_ in ("and", "&") for t in span):
            continue
        whole = texts.count(span.text)
        if counts[a.name] > whole or counts[b.name] > whole or (is_acronym(a.name) and is_acronym(b.name)):
            continue
        if _joins_as_one(a, b) or whole > 1:
            drop.update((id(a), id(b)))
            joined[a.name] = joined[b.name] = span.text
            out.append(Mention(b.paragraph, span, "organization", span.text))
    for m in mentions:
        if id(m) in drop:
            continue
        if m.kind == "organization" and m.name in joined:
            m.name = joined[m.name]
        out.append(m)
    return sorted(out, key=lambda m: (m.paragraph, m.span.start))


def _joins_as_one(a: Mention, b: Mention) -> bool:
    """True when 'A and B' reads as one body: A one capitalised word that names no body itself
    (no acronym, no organisation word: 'House and Senate' are two; a country word before it
    aside: 'US Customs and Border Protection'), B the conjunct of A ending
    in an organisation word that is no company form ('Customs and Border Protection'; not
    'Boeing and Lockheed Martin Corporation'), and no plural verb after them."""
    last = b.span[-1].text
    own = a.span[1:] if len(a.span) == 2 and gazetteer.is_place_word(a.span[0].text) else a.span  # 'US Customs'
    return (
        len(own) == 1 and own[0].is_title and own[0].text not in org_heads()
        and b.span.root.dep_ == "conj" and b.span.root.head.i == a.span.root.i
        and last in org_heads() and last not in org_suffixes() and not _plural_subject(a.span.root)
    )
