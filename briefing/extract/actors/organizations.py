"""Organisations: an acronym joins its expansion (the glossary, or its initials), a short form
its long form ("Raytheon" / "Raytheon Technologies", "Ministry of Defense" / "Japanese Ministry
of Defense"), "X Department" joins "Department of X"."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...model import Term
from .. import gazetteer
from ..lexicon import words
from ..name_keys import (
    UnionFind,
    is_acronym,
    legal_forms,
    org_base,
    org_core,
    org_heads,
    org_suffixes,
    spells,
    strip_possessive,
)
from .candidates import Mention
from .noise import names_thing


IN_PLACE = re.compile(r"^(?P<base>.+?) (?:in|at) (?P<place>[A-Z][\w.' -]+)$")


def resolve_organizations(
    mentions: list[Mention], glossary: list[Term], *, not_actors: frozenset[str] = frozenset()
) -> list[Mention]:
    """Acronyms join their expansions and short forms their long forms; acronyms in
    `not_actors` (concepts, programs) are dropped."""
    mentions = _places_that_are_companies(_without_people_pairs(mentions))
    mentions = [m for m in mentions if not (m.kind == "organization" and m.name in not_actors)]
    names = sorted({m.name for m in mentions if m.kind == "organization"}, key=len)
    groups = UnionFind(names)

    def union(a: str, b: str) -> None:
        groups.union(b, a)  # the longer name's set keeps its root

    for term in glossary:
        if term.abbreviation in groups.parent and term.expansion in groups.parent:
            union(term.abbreviation, term.expansion)
    bases: dict[str, str] = {}
    for name in names:  # 'Sierra Nevada Corp.' and 'Sierra Nevada Corporation'
        union(name, bases.setdefault(org_base(name), name))
    for short, long_ in [*_short_long_pairs(names), *_acronym_pairs(names), *_inverted_pairs(names)]:
        union(short, long_)
    for m in mentions:
        if m.kind == "organization":
            m.key = "organization:" + groups.find(m.name)
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


def _without_people_pairs(mentions: list[Mention]) -> list[Mention]:
    """No organisation named by two people's surnames joined by a hyphen ('Smith-Jones' in 'a
    Smith-Jones ticket'): a pairing of people the document names, not a body."""
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person"}
    return [
        m for m in mentions
        if not (m.kind == "organization" and " " not in m.name and len(parts := m.name.split("-")) >= 2
                and all(p in surnames for p in parts))
    ]


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
    """(acronym, name) pairs where the acronym spells the capitalised words of one name, its
    country aside (`name_keys.spells`: 'DHS' / 'Department of Homeland Security', 'CDC' / 'US
    Centers for Disease Control and Prevention'); several names of one body are one name."""
    pairs = []
    for short in names:
        letters = short.replace(".", "")
        if not is_acronym(short) or "&" in short:
            continue
        longs = [n for n in names if n != short and spells(letters, n)]
        if longs and len({org_core(n) for n in longs}) == 1:
            pairs.append((short, longs[0]))
    return pairs


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
    legal form at the end ('Tyvak Nano-Satellite Systems Inc'), a word that only says what kind
    of body it is ('NRM party', `actor_lowercase_heads.txt`), a leading place word or a trailing
    'in <place>'."""
    if long_.startswith(short + " "):
        tail = long_[len(short) + 1 :].split()
        if all(w in org_suffixes() for w in tail) or (tail[-1] in legal_forms() and not _names_place(tail[:-1])):
            return True
        if len(tail) == 1 and tail[0].casefold() in words("actor_lowercase_heads"):
            return True
        m = IN_PLACE.match(long_)
        return bool(m and m.group("base") == short)
    if long_.endswith(" " + short):
        head = strip_possessive(long_[: -len(short) - 1])
        return gazetteer.is_place_word(head)
    return False


def _names_place(words_: list[str]) -> bool:
    """True when words name or hold a place ('North America', 'Japan'): a regional arm."""
    return gazetteer.is_region(" ".join(words_)) or any(gazetteer.is_place_word(w) for w in words_)


def _is_proper(text: str) -> bool:
    """True when the first word of `text` is capitalised (a name, not a concept)."""
    return text[:1].isupper()
