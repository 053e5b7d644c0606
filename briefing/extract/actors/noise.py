"""Entities that name no actor: generic words, demonyms, datelines, events and laws ("NATO
Summit"), products and programs ("Tempest jet fighter"), lower-case fragments ("non-NATO"),
unlikely person names."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .. import gazetteer
from ..lexicon import lines, words
from ..name_keys import legal_forms, name_suffixes, org_heads
from .cues import pronoun_gender
from .roles import appositive_roles, is_role_word, title_before
from .vocab import LABELS, event_heads, is_joined, person_titles


# A name may start with a lower-case Arabic article: 'al-Tanf', 'al-Shabaab', 'el-Sisi'.
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar)-[A-Z]")


# A capitalised web address with no path is the name of an outlet or a company: 'Amazon.com',
# 'Polygraph.info'. Lower-case ones ('example.com') and addresses with a path are not names.
_SITE_NAME = re.compile(r"[A-Z][A-Za-z0-9-]*[a-z0-9]\.(?:com|org|net|info|io|co|news|tv|ai)")


def is_site_name(text: str) -> bool:
    return bool(_SITE_NAME.fullmatch(text))


def is_noise(span: Span, label: str) -> bool:
    """True when a cleaned entity is not an actor's name."""
    text = span.text
    if not (text[:1].isupper() or _ARABIC_ARTICLE.match(text) or is_numbered_unit(span)) or len(text) < 2 or text.casefold() in words("actor_not_names"):
        return True
    if gazetteer.is_demonym(text) and gazetteer.country(text) is None:
        return True
    if _ends_in_demonym_pair(text):
        return True
    if (span[0].like_num and not is_numbered_unit(span)) or any((t.like_url and not is_site_name(t.text)) or t.like_email for t in span):
        return True
    if is_lone_name_part(text) or _in_bracket_after_person(span) or span[0].text in lines("actor_craft_prefixes"):
        return True
    if _is_dateline(span) or _ends_title(span) or _opens_title(span) or _named_operation(span):
        return True
    if _joins_countries(text) or (label != "PERSON" and _qualifies_noun(span)) or _names_time(span) or _initial_and_place(span):
        return True
    if len(span) == 1 and span[0].pos_ in ("ADJ", "VERB", "ADV", "ADP", "PRON") and gazetteer.country(text) is None:
        return True  # 'Northern', 'Unproven', 'Contact': a capitalised ordinary word
    if label == "PERSON":
        return not _looks_like_person(span)
    if label == "ORG":
        return _names_event(span) or _names_product(span) or _has_stray_word(span)
    return gazetteer.country(text) is None and not gazetteer.is_region(text) and _names_product(span)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def is_numbered_unit(span: Span) -> bool:
    """'5th Fleet', '82nd Airborne Division': an ordinal, then capitalised words ending in a unit
    word (`program_owner_units.txt`)."""
    return (
        len(span) > 1 and bool(_ORDINAL.fullmatch(span[0].text)) and span[-1].text in lines("program_owner_units")
        and all(t.is_title for t in span[1:])
    )


def is_lone_name_part(text: str) -> bool:
    """'Jr.', 'Co.': a name suffix or a legal form alone is a fragment of a name."""
    bare = text.rstrip(".")
    return bare.casefold() in name_suffixes() or bare in {f.rstrip(".") for f in legal_forms()}


# What a bracket after a person's name holds when it is a rank or a party and state: '(Ret.)',
# '(R-Texas)', '(D-Calif.)', '(I-VT)'.
_PERSON_BRACKET = re.compile(r"[A-Z][a-z]{0,3}\.|[A-Z]{1,2}\s?-\s?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?")


def _in_bracket_after_person(span: Span) -> bool:
    """True for an entity inside a bracket right after a person's name that holds a rank or a
    party and state abbreviation ('Gen. Paul Hardy (Ret.)', 'Sen. Ann Lee (R-Texas)')."""
    doc = span.doc
    opening = next((i for i in range(span.start - 1, max(span.start - 4, -1), -1) if doc[i].text == "("), None)
    if opening is None or opening == 0 or doc[opening - 1].ent_type_ != "PERSON":
        return False
    closing = next((i for i in range(span.end, min(span.end + 3, len(doc))) if doc[i].text == ")"), None)
    return closing is not None and bool(_PERSON_BRACKET.fullmatch(doc[opening + 1 : closing].text))


def _ends_in_demonym_pair(text: str) -> bool:
    """'North and South Korean', 'Israeli and Palestinian': nationalities joined by 'and' qualify
    a noun ('... treats'); they name no actor."""
    parts = re.split(r"\s+(?:and|&)\s+", text)
    return len(parts) == 2 and gazetteer.is_demonym(parts[1]) and gazetteer.country(parts[1]) is None


def _joins_countries(text: str) -> bool:
    """'U.S.-Canada' ('U.S.-Canada trade'), 'China-Japan': countries joined by a hyphen name a
    relation, not an actor ('Guinea-Bissau' is a country of its own)."""
    parts = re.split(r"\s*[-–]\s*", text)
    return len(parts) > 1 and gazetteer.country(text) is None and all(gazetteer.country(p) for p in parts)


def _qualifies_noun(span: Span) -> bool:
    """'the Gulf Arab state', 'some Middle Eastern states': a place or body name whose last word
    is an adjective qualifying a common noun after it is a region's adjective, not an actor (a
    person's name stays: 'Jane Roe tickets')."""
    last = span[-1]
    head = last.head
    return (
        len(span) > 1
        and last.dep_ == "amod"
        and head.i == span.end
        and head.pos_ == "NOUN"
        and gazetteer.country(span.text) is None
    )


def _names_time(span: Span) -> bool:
    """'Ashura, the 10th day of ...', 'the month of Muharram': a name apposed to a noun of time
    (data file `actor_time_nouns.txt`; by the parse, or a 'the ... day of' phrase right after its
    comma: not 'Acme Corp, last month') or named after 'of' under one is a date, not an actor."""
    root, doc = span.root, span.doc
    times = words("actor_time_nouns")
    if any(c.dep_ == "appos" and c.lower_ in times and _the_of(c) for c in root.children):
        return True
    after = span.end + 1
    if after < len(doc) and doc[span.end].text == "," and doc[after].lower_ == "the" and doc[after].ent_type_ == "DATE":
        date = next(e for e in doc.ents if e.start <= after < e.end)
        if date.root.lower_ in times and date.end < len(doc) and doc[date.end].lower_ == "of":
            return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in times


def _the_of(noun: Token) -> bool:
    """'the ninth day of ...': a noun with 'the' before it and 'of' after it (not 'days after')."""
    children = [c.lower_ for c in noun.children]
    return "the" in children and "of" in children


def _looks_like_person(span: Span) -> bool:
    """A person's name: capitalised words (name particles and the second half of a hyphenated
    name aside: 'Cheuk Hau-yip'), no digits, not all capitals,
    not a plural ('Virginia Democrats'; unless a role vouches for it: 'Derek Scissors, a China
    scholar', or a 'she' or 'he' referring back: 'Cate Spiers said she'), not after 'the' ('the Moon')."""
    if span.text.isupper() or _names_product(span) or _names_event(span):
        return False
    if span[-1].tag_ in ("NNS", "NNPS") and title_before(span) is None and not appositive_roles(span):
        if len(span) < 2 or pronoun_gender(span) is None:  # 'Cate Spiers said she...' vouches
            return False
    if len(span) == 1 and _after_article(span[0]):
        return False
    particles = words("actor_name_particles")
    return all(
        not any(c.isdigit() for c in t.text) and (not t.is_lower or t.lower_ in particles or is_joined(t))
        for t in span
    )


def _initial_and_place(span: Span) -> bool:
    """'X. Minsk has proposed ...': a lone capital with a stop, then a country or a capital
    city, is a sentence that ended in a one-letter name ('on X.') glued to the next one."""
    rest = span[1:].text
    return (
        len(span) > 1
        and re.fullmatch(r"[A-Z]\.", span[0].text) is not None
        and (gazetteer.country(rest) is not None or gazetteer.seat_of(rest) is not None)
    )


def _after_article(tok: Token) -> bool:
    """True when an article opens the phrase of `tok` with no role word between ('the lunar
    Gateway', 'the Moon'; not 'the former president Trump')."""
    left = tok.doc[tok.left_edge.i : tok.i]
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return True
    return bool(len(left)) and left[0].dep_ == "det" and not any(is_role_word(t) for t in left)


def _has_stray_word(span: Span) -> bool:
    """An organisation name with a lower-case word other than 'of', 'and', 'for'... (data file
    `actor_org_small_words.txt`), a product-style word ('iPad') or a
    number after its first word ('Apple Watch Series 4'); a numbered unit is fine."""
    if is_numbered_unit(span):
        return False
    for t in span:
        if t.i == span.end - 1 and t.i > span.start and t.text in lines("actor_lowercase_heads"):
            continue  # 'the Communist party'

        if t.is_lower and t.lower_ not in words("actor_org_small_words") and t.tag_ != "POS" and not t.is_punct:
            return True
        if t.text[:1].islower() and any(c.isupper() for c in t.text):
            return True
        if t.i > span.start and any(c.isdigit() for c in t.text) and not _is_unit_number(t):
            return True
    return False


def _is_unit_number(tok: Token) -> bool:
    """The number of a numbered unit ('Standing NATO Maritime Group 2')."""
    return tok.is_digit and tok.i > 0 and tok.doc[tok.i - 1].text in org_heads()


def _named_operation(span: Span) -> bool:
    """'Desert Shield' in 'operations Desert Shield and ...': a name right after a lower-case
    noun of `actor_operation_nouns.txt` names an operation."""
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and before.is_lower and before.text in words("actor_operation_nouns")


def _ends_title(span: Span) -> bool:
    """'State' in 'Secretary of State Jane Doe': the words before the name and the name make one
    title of `actor_person_titles.txt`; the name is part of a title, not a body."""
    doc = span.doc
    name = tuple(t.lower_ for t in span)
    return any(
        len(title) > len(name) and title[-len(name):] == name and span.start >= len(title) - len(name)
        and tuple(t.lower_ for t in doc[span.start - len(title) + len(name) : span.start]) == title[: -len(name)]
        for title in person_titles()
    )


def _opens_title(span: Span) -> bool:
    """'National Security' in '(US) National Security Adviser Jane Doe': the name's last words and
    the words after it make one title of `actor_person_titles.txt`, and any words of the name
    before them are place words; the name is the start of a title, not a body."""
    doc = span.doc
    for title in person_titles():
        for k in range(1, min(len(title), len(span) + 1)):
            rest = title[k:]
            after = doc[span.end : span.end + len(rest)]
            if (tuple(t.lower_ for t in span[len(span) - k :]) == title[:k]
                    and tuple(t.lower_ for t in after) == rest
                    and all(gazetteer.is_place_word(t.text) for t in span[: len(span) - k])):
                return True
    return False


def _is_dateline(span: Span) -> bool:
    """'DUBAI (Reuters) -', 'HONOLULU --': an all-capitals place opening a paragraph."""
    doc = span.doc
    if span.start != 0 or not span.text.isupper() or span.end >= len(doc):
        return False
    return doc[span.end].text in ("(", ",", "-", "--", "\u2013", "\u2014")


def names_thing(span: Span) -> bool:
    """True when a name is an event, a law, a product or a program rather than an actor."""
    return _names_event(span) or _names_product(span)


def _names_event(span: Span) -> bool:
    """'NATO Summit', 'Paris Air Show': an event, not an actor (but 'Institute for the Study of
    War' is headed by its organisation word)."""
    return len(span) > 1 and span[-1].text in event_heads() and not is_headed_by_org_word(span)


def is_headed_by_org_word(span: Span) -> bool:
    """'Institute for the Study of War', 'Council on Foreign Relations': an organisation word,
    then a preposition that opens the rest of the name."""
    words_ = [t for t in span if t.lower_ not in ("the", "a", "an")]
    return len(words_) > 2 and words_[0].text in org_heads() and words_[1].lower_ in ("for", "of", "on")


def _names_product(span: Span) -> bool:
    """'Tempest jet fighter', 'Alliance Future Surveillance and Control program', 'Blue Moon
    uncrewed vehicle', 'Maritime Multi Mission Aircraft': a product or program, not an actor."""
    if len(span) > 1 and span[-1].lower_ in words("actor_product_nouns") and span[-1].is_title:
        return True
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + 4) and doc[i].ent_type_ not in LABELS and (
        doc[i].is_title or doc[i].lower_ in ("and", "&", "of") or (doc[i].pos_ == "ADJ" and doc[i].dep_ == "amod")
    ):
        i += 1
    nxt = doc[i] if i < len(doc) else None
    return nxt is not None and nxt.lower_ in words("actor_product_nouns") and nxt.pos_ in ("NOUN", "PROPN")


def craft_names(names: set[str], texts: list[str]) -> set[str]:
    """The names that the text shows as things somewhere: owned by a possessive and followed by a
    product noun ("Blue Origin's Vega Star vehicles"), or joined to a model designation
    ('Pantsir-S1s'). Their other mentions ('the Vega Star is ready') name the thing too."""
    nouns = "|".join(sorted(map(re.escape, words("actor_product_nouns")), key=len, reverse=True))
    found = set()
    for name in names:
        quoted = re.escape(name)
        owned = rf"(?:'s|\u2019s) {quoted}\s+(?:{nouns})\b"
        designated = rf"(?<![\w-]){quoted}-(?=[A-Z0-9]*\d)[A-Z0-9]{{1,5}}[a-z]?\b"
        if any(re.search(owned, t) or re.search(designated, t) for t in texts):
            found.add(name)
    return found
