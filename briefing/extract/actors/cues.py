"""Cues that tell apart two people of one surname in a document ('Joe Biden' and 'Jill Biden').

* gender: an honorific right before the name ('Mrs. Trump'), a gendered word in the words that
  lean on it or in its roles ('first lady Jill Biden', 'his son Hunter'), or a pronoun that refers back to it: the
  first 'he'/'she' form after a name that is the subject of its sentence, before any other
  person is named (`data/actor_gender_cues.txt`);
* titles: the role words of a title before the name ('former President Trump' -> president);
* kinship: a name stated as somebody's relative ('his son, Ramón Jamil Jesurún').
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import lines, words
from ..name_keys import fold, role_words
from .roles import person_roles, title_before

_SUBJECTS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def _gender_words() -> dict[str, str]:
    """Folded word or phrase -> 'f' or 'm'."""
    return {fold(word): gender for word, gender in (line.rsplit(None, 1) for line in lines("actor_gender_cues"))}


def gender_of_words(text: str) -> str | None:
    """'f' or 'm' when the words of `text` hold gendered cues of one gender only ('former first
    lady' -> 'f'); None otherwise."""
    folded = f" {fold(text)} "
    found = {g for w, g in _gender_words().items() if f" {w} " in folded}
    return found.pop() if len(found) == 1 else None


def mention_gender(span: Span) -> str | None:
    """The gender one mention shows: its honorific, its title, or a pronoun referring back."""
    doc = span.doc
    if span.start > 0:
        honorific = _gender_words().get(fold(doc[span.start - 1].text))
        if honorific and doc[span.start - 1].text[:1].isupper():
            return honorific
    before = [t.text for t in doc[span.root.left_edge.i : span.start] if t.pos_ != "PRON"]
    if before and (gender := gender_of_words(" ".join(before))):
        return gender  # 'first lady Jill Biden', 'his son Hunter Biden'
    return pronoun_gender(span)


def pronoun_gender(span: Span) -> str | None:
    """The gender of the first personal pronoun after a subject name in its sentence, when no
    other person is named in between ('Biden said he would...')."""
    if span.root.dep_ not in _SUBJECTS:
        return None
    for tok in span.doc[span.end : span.sent.end]:
        if tok.ent_type_ == "PERSON":
            return None
        if tok.pos_ == "PRON" and (gender := _gender_words().get(tok.lower_)):
            return gender
    return None


def is_relative(span: Span) -> bool:
    """True when the text states the named person as somebody's relative: a kinship word
    (`data/actor_kinship_words.txt`) leaning on the name ('his son Hunter Biden') or heading an
    apposition to it ("the president's 43-year-old son, Ramón Jamil Jesurún"; 'Hunter Biden,
    the president's son')."""
    doc, root = span.doc, span.root
    heads = [t for t in doc[root.left_edge.i : span.start]]
    if root.dep_ == "appos":
        heads.append(root.head)
    heads.extend(c for c in root.children if c.dep_ == "appos")
    return any(t.lemma_.lower() in words("actor_kinship_words") or t.lower_ in words("actor_kinship_words") for t in heads)


def person_gender(spans: list[Span], roles: list[str]) -> str | None:
    """The gender most cues of a person's mentions and roles show; None without cues or on a tie."""
    votes = Counter(g for g in (*map(mention_gender, spans), *map(gender_of_words, roles)) if g)
    if not votes or (len(votes) == 2 and votes["f"] == votes["m"]):
        return None
    return votes.most_common(1)[0][0]


def title_words(span: Span) -> frozenset[str]:
    """The words of the title right before a mention ('former President Trump' -> {'president'})."""
    title = title_before(span)
    return role_words(title.text) if title is not None else frozenset()


def roles_of(spans: list[Span]) -> list[str]:
    """Every role stated around some mentions of a person."""
    return [role for span in spans for role, _titled in person_roles(span)]
