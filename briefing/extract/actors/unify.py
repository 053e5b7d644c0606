"""One actor per written name: groups that share a name become one, of the kind most of their
mentions have; a facility ("Michoud Assembly Facility") is a place."""
from __future__ import annotations

from collections import defaultdict

from .candidates import Mention, is_facility


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
