"""The document's publisher is its voice, not an actor: 'told CNN', 'CNN reported', 'CNN has
reached out', 'according to CNN' are how the outlet speaks of itself.

The publisher is the one the front matter names (`Document.publisher`) and the outlet of a
dateline opening the first paragraph ('(AP) —', which may differ: an agency's story). Their
mentions are dropped, with the rest of their group (an acronym and its expansion: 'AP' and
'Associated Press'), unless the headline names the outlet: then the outlet is the subject of
the news ('CNN anchor leaves the network') and stays an actor.
"""
from __future__ import annotations

from collections import defaultdict

from ...ingest import dateline_outlet
from ...model import Document
from ..name_keys import fold, initials, is_acronym, strip_article
from .candidates import Mention


def without_publisher(mentions: list[Mention], document: Document, first_paragraph: str = "") -> list[Mention]:
    """`mentions` without the publisher's self-references (see the module docstring)."""
    outlets = {name for name in (document.publisher, dateline_outlet(first_paragraph)) if name}
    if not outlets or any(names_outlet(document.title, outlet) for outlet in outlets):
        return mentions
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    own = {key for key, group in groups.items()
           if group[0].kind == "organization" and any(is_outlet(m.name, o) for m in group for o in outlets)}
    return [m for m in mentions if m.key not in own]


def is_outlet(name: str, outlet: str) -> bool:
    """True when `name` names the outlet: the same name (case, punctuation and a leading 'The'
    aside: 'The Associated Press'), or its acronym ('AP' of 'Associated Press')."""
    a, b = fold(strip_article(name)), fold(strip_article(outlet))
    if a == b:
        return True
    if is_acronym(outlet) and " " in name:
        return initials(strip_article(name)) == outlet.replace(".", "")
    if is_acronym(name) and " " in outlet:
        return initials(strip_article(outlet)) == name.replace(".", "")
    return False


def names_outlet(title: str, outlet: str) -> bool:
    """True when a headline names the outlet as a word of its own."""
    return f" {fold(outlet)} " in f" {fold(title)} "
