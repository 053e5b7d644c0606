"""People: surnames, first names and short forms join the full name the document introduces."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from .. import gazetteer
from ..name_keys import (
    fold,
    is_family_name,
    is_first_name,
    name_suffix,
    org_heads,
    org_suffixes,
    parse_person,
    person_key,
    role_words,
    same_person,
    same_title,
    surname,
)
from .candidates import Mention
from .cues import is_relative, mention_gender, person_gender, roles_of, title_words
from .missed import covered


def resolve_people(mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
    """Short forms join the full name the document introduces: a lone surname (whatever the
    model called it, a place aside), a surname with its suffix ('Trump Jr.'), a lone first name
    of one full name, and shorter forms of a full name ('Josh Apte' / 'Joshua Apte', 'Eriksson
    Ek' / 'Joel Eriksson Ek'); surnames the model missed are added. A surname that several
    people of the document share goes to the one its cues and the nearest full mention point
    to (`_pick`); when two stay equally near, the mention stays unlinked: no actor, no guess."""
    mentions = _without_epithets([_person_in_organization(m, mentions) for m in mentions])
    full = _full_names(mentions)
    relatives = {m.name for m in mentions if m.kind == "person" and m.name in full and is_relative(m.span)}
    full_key = _full_name_keys(full, relatives)
    people = _people(mentions, full_key)
    by_last: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, key in full_key.items():
        parts = parse_person(name)
        if key not in by_last[(parts.last, parts.suffix)]:
            by_last[(parts.last, parts.suffix)].append(key)
    firsts = _by_word(full, lambda n: n.split()[0])
    mentions = mentions + _untagged(mentions, docs, {surname(n) for n in full})
    mentions.sort(key=_text_order)
    out = []
    for m in mentions:
        single = " " not in m.name
        short = _short_form(m, by_last)
        if m.kind == "person" and m.name in full_key:
            m.key = full_key[m.name]
        elif short is not None:
            key = _pick(m, short, people)
            if key is None:
                continue  # unlinked
            m.kind, m.key = "person", key
        elif single and _may_be_first_word(m) and len(firsts.get(m.name, [])) == 1:
            m.kind, m.key = "person", full_key[firsts[m.name][0]]
        elif m.kind == "person":
            m.key = "person:" + person_key(m.name)
        out.append(m)
    return out


_QUOTE_MARKS = frozenset({'"', "\u201c", "'", "\u2018", "``"})


def _without_epithets(mentions: list[Mention]) -> list[Mention]:
    """A full name with words before another full name of the document ('Crooked Joe Biden',
    'Defending Joe Biden') is that name when it opens a quotation or its extra words are no
    proper nouns: a nickname or a headline, not a new person."""
    full = {m.name for m in mentions if m.kind == "person" and parse_person(m.name).full}
    out = []
    for m in mentions:
        words = m.name.split()
        tails = [k for k in range(1, len(words) - 1) if " ".join(words[k:]) in full] if m.kind == "person" else []
        if tails:
            k = tails[0]
            doc, start = m.span.doc, m.span.start
            quoted = start > 0 and doc[start - 1].text in _QUOTE_MARKS
            if quoted or any(t.pos_ != "PROPN" for t in m.span[:k]):
                tail = m.span[k:]
                m = Mention(m.paragraph, tail, "person", tail.text)
        out.append(m)
    return out


class _Person:
    """What a document says about one full-named person: where it names them in full, their
    gender and the role words of their titles and roles."""

    def __init__(self, spans: list, places: list[tuple[int, int]]) -> None:
        roles = roles_of(spans)
        self.places = places
        self.gender = person_gender(spans, roles)
        self.titles = frozenset().union(*map(role_words, roles)) if roles else frozenset()


def _people(mentions: list[Mention], full_key: dict[str, str]) -> dict[str, _Person]:
    """Person key -> what the document says about them, from their full-name mentions."""
    spans: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "person" and m.name in full_key:
            spans[full_key[m.name]].append(m)
    return {key: _Person([m.span for m in ms], [_text_order(m) for m in ms]) for key, ms in spans.items()}


def _short_form(m: Mention, by_last: dict[tuple[str, str], list[str]]) -> list[str] | None:
    """The person keys a surname mention may stand for ('Biden' -> Joe's and Jill's; 'Trump Jr.'
    -> Donald Trump Jr.'s; a bare surname falls back to the suffixed names when no plain one
    has it), or None when the mention is no surname of the document's people: a full name, a
    country, a known place ('Washington'), a name of several words."""
    if m.kind == "country" or (m.kind == "location" and gazetteer.is_place_word(m.name)):
        return None
    parts = parse_person(m.name)
    if parts.full or (m.kind != "person" and " " in m.name):
        return None
    keys = by_last.get((parts.last, parts.suffix), [])
    if not keys and not parts.suffix:
        keys = [k for (last, _suffix), ks in sorted(by_last.items()) if last == parts.last for k in ks]
    return keys or None


# A full mention this many paragraphs back or less is near enough to decide a shared surname.
NEAR_PARAGRAPHS = 1


def _pick(m: Mention, keys: list[str], people: dict[str, _Person]) -> str | None:
    """The person a surname mention stands for: the only one; else among those its gender
    (known first) and title fit, the one named in full nearest before it within `NEAR_PARAGRAPHS` (a tie: None,
    unlinked), else the one the document introduced first (news style names the lesser person
    of a surname in full, or with a cue, each time)."""
    if len(keys) == 1:
        return keys[0]
    gender = mention_gender(m.span)
    if gender:  # those known to be of that gender, else those not known to be of the other
        keys = [k for k in keys if people[k].gender == gender] or [k for k in keys if people[k].gender is None]
    titles = title_words(m.span)
    if titles and any(same_title(people[k].titles, titles) for k in keys):
        keys = [k for k in keys if same_title(people[k].titles, titles)]
    if len(keys) <= 1:
        return keys[0] if keys else None
    here = _text_order(m)
    last = {k: max((p for p in people[k].places if p < here), default=None) for k in keys}
    near = {k: p[0] for k, p in last.items() if p is not None and here[0] - p[0] <= NEAR_PARAGRAPHS}
    if near:
        latest = max(near.values())
        closest = [k for k, p in near.items() if p == latest]
        return closest[0] if len(closest) == 1 else None
    return min(keys, key=lambda k: (-len(people[k].places), min(people[k].places)))


def _may_be_first_word(m: Mention) -> bool:
    """True when a one-word mention may stand for a full name whose first word it is: a person
    ('Kamala' of 'Kamala Harris', when the text writes it so), or a word the model called an
    organisation or place that is a known family name and no known place or first name: a
    family name written first ('Wang' of 'Wang Yi'; not 'Apple' of a mistagged 'Apple Watches')."""
    if m.kind == "person":
        return True
    if m.kind not in ("organization", "location") or gazetteer.is_place_word(m.name):
        return False
    return is_family_name(m.name) and not is_first_name(m.name)


def _full_name_keys(full: list[str], relatives: set[str] = frozenset()) -> dict[str, str]:
    """Full name -> person key; a name that is a shorter form of others ('Josh Apte' of
    'Joshua Apte', 'Joe Biden' of 'Joseph R. Biden') takes the key of the most complete one,
    when those others are one person themselves; a name stated as a relative stays apart
    ('Ramón Jesurún' and his son 'Ramón Jamil Jesurún')."""
    keys = {}
    for name in full:
        longer = [o for o in full if (len(o), o) > (len(name), name) and _is_short_form_of(name, o)
                  and not {name, o} & relatives]
        target = max(longer, key=lambda o: (len(o), o)) if longer else name
        if any(not same_person(target, o) for o in longer):
            target = name  # forms of two different people: no guess
        keys[name] = "person:" + fold(target)
    return keys


def _is_short_form_of(short: str, long_: str) -> bool:
    """'Josh Apte' of 'Joshua Apte', 'Joe Biden' of 'Joseph R. Biden'; 'Eriksson Ek' of 'Joel
    Eriksson Ek'; never across a suffix ('Donald Trump' is not 'Donald Trump Jr.')."""
    if name_suffix(short) != name_suffix(long_):
        return False
    if same_person(short, long_):
        return True
    a, b = short.split(), long_.split()
    return surname(short) == surname(long_) and b[-len(a):] == a


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
    """The person names with a first and a last name, in order of first appearance."""
    names: dict[str, None] = {}
    for m in sorted(mentions, key=_text_order):
        if m.kind == "person" and parse_person(m.name).full:
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
