"""One actor per written name: groups that share a name become one, of the kind most of their
mentions have; a facility ("Michoud Assembly Facility") is a place."""
from __future__ import annotations

from collections import defaultdict

from ..name_keys import UnionFind
from .candidates import Mention, is_facility
from .roles import title_before


def unify_names(mentions: list[Mention]) -> list[Mention]:
    """Groups that share a written name ('Trump' as PERSON and as ORG) become one, of the kind
    most of their mentions have. A full-named person shares only full names (a surname or a
    city is no bridge: 'Ella Washington' never joins Washington), and no union ever brings two
    different full-named people together, not even through a third group."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    sets = UnionFind(sorted(groups))
    people = {key: {key} if _full_person(key) else set() for key in groups}  # root -> its full-named people
    owner: dict[str, str] = {}
    for key in sorted(groups):
        for name in sorted(_names(key, groups[key])):
            other = owner.setdefault(name, key)
            a, b = sets.find(other), sets.find(key)
            if a == b or len(people[a] | people[b]) > 1:
                continue
            sets.union(a, b)
            people[a] |= people.pop(b)
    for members in sets.groups():
        _settle_kind([m for key in members for m in groups[key]])
    return mentions


def _names(key: str, group: list[Mention]) -> set[str]:
    """The written names a group can share: a full-named person's full names only."""
    names = {n.casefold() for m in group for n in (m.name, m.text)}
    return {n for n in names if " " in n} if _full_person(key) else names


def _full_person(key: str) -> bool:
    return key.startswith("person:") and " " in key


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


def _settle_kind(group: list[Mention]) -> None:
    """Give a merged group the kind most of its mentions have and the key of that kind's
    largest part (ties: country, organization, location, person); a person mention after a
    person's title ('Prime Minister Sheikh Hasina') counts twice: a title is a person's."""
    order = ("country", "organization", "location", "person")
    votes = {k: sum(m.kind == k for m in group) for k in order}
    votes["person"] += sum(m.kind == "person" and title_before(m.span) is not None for m in group)
    kind = max(order, key=lambda k: (votes[k], -order.index(k)))
    keys = [m.key for m in group if m.kind == kind]
    key = max(sorted(set(keys)), key=keys.count)
    for m in group:
        m.kind, m.key = kind, key
