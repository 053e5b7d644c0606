"""The actor table of one document: actors (ids are local slugs of the canonical name), their
aliases and roles, and every occurrence with its character offsets, which the other extractors
use to resolve names, pronouns and the actors of a sentence."""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ...model import Actor, Ref, Term
from ...slugs import slugify
from ..lexicon import lines
from ..name_keys import canonical_name as choose_name
from ..name_keys import is_acronym, merged_roles, strip_possessive, surname
from .candidates import Mention
from .organizations import IN_PLACE
from .roles import affiliation, is_role_word, person_roles


CAPTION = 0  # the paragraph number the photo caption's mentions carry inside actor extraction

_WORD_START = re.compile(r"\w")  # an alias starts with a letter or digit, never punctuation ('-President ...')


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
        key = strip_possessive(name).casefold()
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
    """One actor from its mentions; None for a lone word said once without a title or an
    honorific."""
    kind = group[0].kind
    names = [" ".join(m.name.split()) for m in group if m.key == group[0].key]
    name = canonical_name(kind, names, group[0].key)
    surfaces = {" ".join(s.split()) for m in group for s in (m.name, m.text)}  # no-break spaces too
    aliases = [s for s in surfaces if s != name]  # other spellings too ('Crowdstrike' of 'CrowdStrike')
    roles: list[str] = []
    if kind == "person":
        stated = [(role, titled) for m in group for role, titled in person_roles(m.span)]
        roles = merged_roles(role for role, _ in stated)
        aliases += [titled for _, titled in stated if titled and titled != name]
        if not roles:
            roles = [r for r in dict.fromkeys(affiliation(m.span) for m in group) if r][:1]
    if kind == "person" and " " not in name and not roles and len(group) < 2 and not _after_honorific(group[0]):
        return None  # a lone word the model thought a name, said once without a title
    actor_id = slugify(name)
    if actor_id in taken:
        actor_id = f"{actor_id}-{kind}"
    mentions = [_ref(doc_id, n) for n in sorted({m.paragraph for m in group})]
    return Actor(
        id=actor_id, name=name, kind=kind, aliases=sorted({a for a in aliases if _WORD_START.match(a)}), roles=roles,
        mentions=sorted(mentions, key=lambda r: r.key),
    )


def _ref(doc_id: str, paragraph: int) -> Ref:
    """The ref of a mention: its paragraph, or the caption (shown above paragraph 1)."""
    return Ref(doc_id, 1, "caption") if paragraph == CAPTION else Ref(doc_id, paragraph)


def _after_honorific(m: Mention) -> bool:
    """True when 'Mr.', 'Ms' and the like stand before the mention ('Ms Persson'; not a form of
    address: 'Mr. Ranking Member')."""
    doc, start, end = m.span.doc, m.span.start, m.span.end
    if start == 0 or doc[start - 1].text not in lines("actor_honorifics"):
        return False
    return not any(is_role_word(t) for t in doc[start : end + 1])


def canonical_name(kind: str, names: list[str], key: str) -> str:
    """The canonical name of a group (`name_keys.canonical_name` over its mentions' names): a
    country's lexicon name; a person's most complete common full name; an organisation's most
    complete common name other than an acronym ('X' over 'X in Y'; the glossary's expansion
    counts as often as its acronym)."""
    if kind == "country":
        return names[0]
    counts = Counter(names)
    if kind == "organization":
        expansion = key.split(":", 1)[1] if key.startswith("organization:") else ""
        if expansion and expansion not in counts:
            counts[expansion] = max(counts.values())
        plain = {n: c for n, c in counts.items() if not IN_PLACE.match(n) and not is_acronym(n)}
        counts = Counter(plain or counts)
    return choose_name(counts, person=kind == "person")
