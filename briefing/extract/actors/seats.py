"""Seats of government: a capital that acts ("Tokyo is seeking") stands for its country."""
from __future__ import annotations

from spacy.tokens import Span

from .. import gazetteer
from ..lexicon import words
from .candidates import Mention


def resolve_seats(mentions: list[Mention]) -> list[Mention]:
    """A capital that acts ('Tokyo is seeking', 'by Pyongyang', "Moscow's threat", 'autonomy
    under Beijing', 'accused Beijing of') somewhere in a document that also names its country
    stands for that country in all its mentions; otherwise it stays a location ('London has
    cleaner air than Delhi', 'the mood in Beijing')."""
    named = {m.name for m in mentions if m.kind == "country"}
    acting = {
        m.name for m in mentions
        if m.kind == "location" and _seat_country(m.name) in named and _acts_as_state(m.span)
    }
    for m in mentions:
        if m.kind == "location" and m.name in acting:
            m.kind, m.name = "country", _seat_country(m.name)
    return mentions


def _seat_country(name: str) -> str | None:
    country = gazetteer.seat_of(name)
    return country.name if country else None


def _acts_as_state(span: Span) -> bool:
    """True when the span is a subject, a possessor, the agent of a passive, the object of a
    preposition of dealings ('under', 'with', 'against': `actor_seat_prepositions.txt`) or of
    a verb that addresses a government ('accuse', 'urge': `actor_seat_verbs.txt`)."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if root.dep_ == "pobj":
        return root.head.dep_ == "agent" or root.head.lower_ in words("actor_seat_prepositions")
    return root.dep_ == "dobj" and root.head.lemma_.lower() in words("actor_seat_verbs")
