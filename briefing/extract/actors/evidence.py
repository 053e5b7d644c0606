"""Person evidence: a name the model tagged as an organisation, or missed, that the text shows is
a person's.

The model tags a rare name by its look ('Pogačar' as an organisation), so the text decides:
* a relative 'who'/'whom' right after the name ('for Pogačar who still had the energy'):
  English uses it for people ('which' for things);
* a reflexive 'himself'/'herself' bound by the name as subject of its clause ('Alvarado pushed
  herself'): within its clause a reflexive refers to the subject, so no other person can be meant;
* a person's title or role right before the name ('director Mendez') or in apposition to it
  ('Alvarado, the team captain,');
* the name written in full after a first name (`name_keys.is_first_name`), the last word no
  common given name and used alone elsewhere ('Marta Kovalenko' ... 'Kovalenko'; not 'Ralph
  Lauren'); where the model did not tag that full name ('Tessa Alvarado' in "be Tessa Alvarado
  level"), it becomes a person mention, and the short form joins it (`people`).

Evidence on one organisation mention makes every organisation mention of a name ending in the
same word a person ('Tadej Pogačar' and 'Pogačar'), unless some mention shows a thing:
an article before it ('the Vantage'), a relative 'which', an 'it'/'its' referring back ('Google
owner Alphabet' ... 'Alphabet bought X as part of its efforts'). Only plain names
count: one to three capitalised words, no acronym, brand-style word, organisation word or known
place.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from .. import gazetteer
from ..name_keys import fold, is_first_name, is_given_name, org_heads, org_suffixes
from .candidates import Mention, is_company_style
from .missed import covered
from .roles import appositive_roles, title_before

_PERSON_RELATIVES = frozenset({"who", "whom"})
_PERSON_REFLEXIVES = frozenset({"himself", "herself"})
_THING_RELATIVES = frozenset({"which"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_REFERRING_PRONOUNS = _THING_PRONOUNS | {"he", "she", "him", "her", "his", "himself", "herself"}
_ARTICLES = frozenset({"the", "a", "an"})
_SUBJECTS = ("nsubj", "nsubjpass")


def people_by_evidence(mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
    """The mentions, the organisation mentions of plain names that the text shows are a person's
    made people, and full names after an untagged first name added as people."""
    by_last: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind in ("organization", "person") and is_plain_name(m.span):
            by_last[fold(m.span[-1].text)].append(m)
    things = {last for last, group in by_last.items() if _shows_thing(group)}
    for last, group in by_last.items():
        organizations = [m for m in group if m.kind == "organization"]
        alone = any(len(m.span) == 1 for m in group)
        if last not in things and any(_shows_person(m.span, alone) for m in organizations):
            for m in organizations:
                m.kind = "person"
    singles = {m.name for last, group in by_last.items() if last not in things
               for m in group if m.kind == "organization" and len(m.span) == 1}
    return _untagged_full_names(mentions, docs, singles)


def is_plain_name(span: Span) -> bool:
    """One to three capitalised words (a hyphen inside allowed), none an acronym, a brand-style
    word, an organisation word or a known place."""
    names = [t for t in span if t.text != "-"]
    return 1 <= len(names) <= 3 and all(
        t.is_title and t.is_alpha and not is_company_style(t.text) and t.text not in org_heads()
        and t.text not in org_suffixes() and not gazetteer.is_place_word(t.text)
        for t in names
    )


def _shows_person(span: Span, alone: bool) -> bool:
    """True when a mention carries person evidence (the module's list); a first and last name
    only counts when the last name stands `alone` elsewhere in the document, as a person's
    surname does (a first-name list also holds 'Sky' and 'Red': 'Sky Sports', 'Red Sox')."""
    return (
        _has_relative(span, _PERSON_RELATIVES) or _binds_reflexive(span, _PERSON_REFLEXIVES)
        or title_before(span) is not None or bool(appositive_roles(span, groups=False))
        or (alone and _is_first_and_last_name(span))
    )


def _is_first_and_last_name(span: Span) -> bool:
    """Two words, a first name (`is_first_name`) then a word that is no common given name
    ('Marta Kovalenko'; not 'Ralph Lauren'), not modifying a noun ('the Marta Kovalenko store')."""
    return len(span) == 2 and span.root.dep_ != "compound" and is_first_name(span[0].text) \
        and not is_given_name(span[1].text)


def _shows_thing(group: list[Mention]) -> bool:
    """True when some mention of the group is written as a thing's: after an article, with a
    relative 'which', or as a subject that the next 'it'/'its' refers back to ('Alphabet bought
    Mandiant as part of its efforts')."""
    return any(
        (m.span.start > 0 and m.span.doc[m.span.start - 1].lower_ in _ARTICLES)
        or _has_relative(m.span, _THING_RELATIVES) or _pronoun_after(m.span) in _THING_PRONOUNS
        for m in group
    )


def _pronoun_after(span: Span) -> str | None:
    """The first 'he', 'she', 'it' (any form) after a subject name in its sentence, before any
    person is named ('Alphabet bought X as part of its efforts' -> 'its'); None otherwise."""
    if span.root.dep_ not in _SUBJECTS:
        return None
    for tok in span.doc[span.end : span.sent.end]:
        if tok.ent_type_ == "PERSON":
            return None
        if tok.pos_ == "PRON" and tok.lower_ in _REFERRING_PRONOUNS:
            return tok.lower_
    return None


def _has_relative(span: Span, pronouns: frozenset[str]) -> bool:
    """True when a relative clause on the name opens right after it with one of `pronouns`
    ('Pogačar who had'; after a comma the parse often hangs on the name a clause about an
    earlier noun: 'posted a picture with his partner on Instagram, who was later named')."""
    return any(
        child.dep_ == "relcl" and any(t.lower_ in pronouns and t.i == span.end for t in child.children)
        for child in span.root.children
    )


def _binds_reflexive(span: Span, pronouns: frozenset[str]) -> bool:
    """True when the name is the subject of a verb whose own object or complement is one of the
    reflexive `pronouns` ('Alvarado pushed herself')."""
    root = span.root
    if root.dep_ not in _SUBJECTS:
        return False
    verb = root.head
    objects = [*verb.children, *(t for prep in verb.children if prep.dep_ == "prep" for t in prep.children)]
    return any(t.lower_ in pronouns for t in objects)


def _untagged_full_names(mentions: list[Mention], docs: list[tuple[int, Doc]], singles: set[str]) -> list[Mention]:
    """The mentions, with 'Tessa Alvarado' the model left untagged as a person mention, where
    'Alvarado' is one of `singles` (one-word organisation names of the document): a capitalised
    first name (`is_first_name`) in no mention right before that word (alone, or only a mention
    of itself: an untagged repeat, which the full name replaces), not in a longer run of
    capitalised words ('Henry Ford Hospital')."""
    if not singles:
        return mentions
    alone = {(m.paragraph, m.span.start): m for m in mentions if len(m.span) == 1}
    taken = covered(mentions)
    replaced, added = set(), []
    for n, doc in docs:
        for tok in doc[1:]:
            first = doc[tok.i - 1]
            own = alone.get((n, tok.i))
            if tok.text not in singles or (n, first.i) in taken or ((n, tok.i) in taken and own is None):
                continue
            before = doc[first.i - 1] if first.i > 0 else None
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if (before is not None and before.is_title) or (after is not None and after.is_title):
                continue
            if first.is_title and first.is_alpha and first.pos_ == "PROPN" and is_first_name(first.text) \
                    and not is_given_name(tok.text):
                added.append(Mention(n, doc[first.i : tok.i + 1], "person", f"{first.text} {tok.text}"))
                if own is not None:
                    replaced.add(id(own))
    return [m for m in mentions if id(m) not in replaced] + added
