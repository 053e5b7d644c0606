"""People: surnames, first names and short forms join the full name the document introduces."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from .. import gazetteer
from ..name_keys import person_key, surname
from .candidates import Mention
from .missed import covered
from .vocab import org_heads, org_suffixes


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
