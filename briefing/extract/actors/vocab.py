"""The word lists of actor extraction (data files `data/actor_*.txt`) and one token test."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import lines

LABELS = {"PERSON", "ORG", "GPE", "LOC"}  # the entity labels that name actors


@lru_cache(maxsize=None)
def event_heads() -> frozenset[str]:
    return frozenset(lines("actor_event_heads"))


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    return frozenset(lines("actor_honorifics"))


@lru_cache(maxsize=None)
def person_titles() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.casefold().split()) for t in lines("actor_person_titles"))


@lru_cache(maxsize=None)
def body_noun_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in lines("actor_body_nouns"))


def body_nouns() -> frozenset[str]:
    """The one-word body nouns ('police', 'ministry')."""
    return frozenset(b[0] for b in body_noun_phrases() if len(b) == 1)


def is_joined(tok: Token) -> bool:
    """True for a hyphen inside a word, or a word right after one ('Nano-Satellite')."""
    doc = tok.doc
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
    return tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
