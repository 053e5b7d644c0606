"""Parse-tree tests shared by attribution, speakers and statements: reporting verbs, their
subjects, main clauses and noun-phrase shapes."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon import lines, words

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MAX_PHRASE_TAIL = 10  # tokens of the complement kept in an unnamed source's wording


def reporting_verbs() -> frozenset[str]:
    """Lemmas (and "lemma particle" pairs) of verbs that report speech."""
    return words("reporting_verbs")


def is_reporting(token: Token, *, beliefs: bool = False) -> bool:
    """A reporting verb (lemma, or lemma + particle or preposition as in "point out", "call
    for"), or "according"; with `beliefs`, a verb of belief too ("NASA believes ..."):
    a stated belief is reported speech, but it never attributes a direct quote."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    verbs = reporting_verbs() | words("belief_verbs") if beliefs else reporting_verbs()
    return bool(verb_names(token) & verbs)


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects (for "according to X", X; for a passive, its agent or the document
    it is "in": "was described as ... in a report by X"); borrowed from the governing verb of a
    subject-less conjunct or participle ("he said, adding that ..."), or from the noun a
    subject-less verb chain modifies ("The group, X, formed ... and sent a letter stating ...",
    "a statement saying ...")."""
    if verb.lower_ == "according":
        named = [g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        return [g for g in named if not _sibling_possessor(g, named)]
    absolute = with_subject(verb)
    if absolute is not None:
        return [absolute]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):  # the passive's subject is its topic
        return passive_agents(verb) or [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                                        for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in words("speech_nouns")]
    current = verb
    for _ in range(4):
        found = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if not found and current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return [current.head]
        if found or current.dep_ not in ("conj", "advcl", "xcomp") or current.head == current:
            # subjects after the verb first: in "X, said Y" the earlier one is the content; a
            # named person before a common noun that the parse also took for a subject ("Jo
            # Lee, a delegate for the union told ...": an appositive left open)
            return sorted(found, key=lambda t: (t.i < verb.i, not _person_before_noun(t, found), -t.i))
        if _participle_of_report(current):
            return subjects(current.head.head)
        current = current.head
    return []


def _sibling_possessor(token: Token, siblings: list[Token]) -> bool:
    """True for a possessor the parse hung beside the noun it owns ("according to the
    union’s chair Jo Lee": "union’s" and "Lee" both objects of "to"): the owner is not the
    speaker."""
    return any(c.dep_ == "case" for c in token.children) and any(o.i > token.i for o in siblings)


def _person_before_noun(subject: Token, found: list[Token]) -> bool:
    """True for a person's name among a verb's subjects when a common noun after it is another
    one (a broken parse of an appositive that no comma closes)."""
    return subject.ent_type_ == "PERSON" and any(o.i > subject.i and o.pos_ == "NOUN" for o in found)


def with_subject(verb: Token) -> Token | None:
    """The subject of a participle in a "with" clause ("..., with spokesperson Jo Lee saying
    ...", "with Jo Lee on Sunday describing it as ..."): the noun that "with" governs right
    before the participle (a date or time phrase may come between), which the parse took for
    the object of "with" and hung the participle elsewhere. None for any other verb."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and doc[i].ent_type_ in ("DATE", "TIME"):
        i -= 1
    if i >= 0 and doc[i].lower_ in ("on", "in", "at", "last", "this") and i + 1 < verb.i:
        i -= 1  # "on Sunday", "last week"
    noun = doc[i] if i >= 0 else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def in_with_clause(verb: Token) -> bool:
    """True for the participle of a "with" clause, however the parse hung it ("..., with Jo Lee
    saying ...": the participle under "with" with its subject, or elsewhere, `with_subject`)."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return with_subject(verb) is not None


def _participle_of_report(verb: Token) -> bool:
    """True for a subject-less participle ("noting", "adding") hung on a verb of a reported
    clause: "X said that the country would go on, noting ..." notes what X says, not what the
    country does."""
    clause = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and clause.dep_ == "ccomp" and is_reporting(clause.head) \
        and clause.head != clause


def passive_agents(verb: Token) -> list[Token]:
    """The agents of a passive verb ("was announced by the president" -> president)."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def relative_heads(pronoun: Token) -> list[Token]:
    """The nouns a relative pronoun subject may stand for, nearest first: the noun its clause
    modifies, then the nouns that one completes through "of" ("critics of the plan, who argued
    ..." -> plan, critics)."""
    verb = pronoun.head
    if pronoun.tag_ not in ("WP", "WDT") or pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "relcl":
        return []
    heads = [verb.head]
    while heads[-1].dep_ == "pobj" and heads[-1].head.lower_ == "of" and heads[-1].head.head.pos_ in ("NOUN", "PROPN"):
        heads.append(heads[-1].head.head)
    return heads


def next_preposition(verb: Token) -> list[str]:
    """The preposition right after the verb, when it heads the verb's complement ("call for"),
    or opens a clause the verb governs ("called for the crew to be freed": "for" marks it)."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.tag_ != "IN":
        return []
    marks_clause = after.dep_ == "mark" and after.head.head == verb and after.head.dep_ in ("advcl", "ccomp", "xcomp")
    return [after.lower_] if after.dep_ == "prep" and after.head == verb or marks_clause else []


def verb_names(verb: Token) -> set[str]:
    """How a verb is listed in the word lists: "lemma particle" ("ruled out"), else its lemma;
    "lemma adverb" for an adverb right after it ("hit back"); "lemma preposition" ("call for");
    "lemma noun" for a common object noun right after it or after its article, by the noun's lemma
    ("cast doubt on", "raised concerns about", "raised the alarm")."""
    lemma = verb.lemma_.lower()
    own = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"] or [lemma]
    adverbs = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1]
    objects = [f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ == "dobj" and c.tag_ in ("NN", "NNS")
               and c.i > verb.i and all(t.lower_ in ("the", "a", "an") for t in verb.doc[verb.i + 1:c.i])]
    return {*own, *adverbs, *objects, *(f"{lemma} {p}" for p in next_preposition(verb))}


def names_object(verb: Token) -> bool:
    """True for a naming verb (`naming_verbs.txt`) that labels a pronoun object, the thing the text
    just described ("called it an adverse step", "styled itself as a near-Arctic state"): an
    evaluation, reported speech. A noun object with its label ("called the plan a “gold-plated”
    project") is a naming, left to the quotes."""
    if verb.lemma_.lower() not in words("naming_verbs") \
            or not any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "PRON" for c in verb.children):
        return False
    return any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children if c.i > verb.i)


def free_relative(verb: Token) -> bool:
    """True for the verb of speech of a free relative led by "what" before it, whose pronoun is
    the verb's object or the subject of the clause it reports: "against what it said were rebel
    depots", "on what it called hostile positions", "in what critics dismissed as a sham"
    (`naming_verbs.txt`, `label_as_verbs.txt`). "He denied what she said" reports nothing."""
    if not (is_reporting(verb, beliefs=True) or verb.lemma_.lower() in words("naming_verbs") | words("label_as_verbs")):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    subjectless = any(not any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in clauses)  # "what" hung on the verb
    labelled = subjectless or any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children if c.i > verb.i)
    objects = [c for c in verb.children if c.dep_ == "dobj" and labelled]
    objects += [g for c in clauses for g in c.children if g.dep_ in SUBJECT_DEPS]
    return any(o.lower_ == "what" and o.tag_ == "WP" and o.i < verb.i for o in objects)


def main_verb(token: Token) -> bool:
    """True for the root of a sentence or a verb coordinated with it."""
    return token.dep_ == "ROOT" or token.dep_ == "conj" and token.head.dep_ == "ROOT"


def opened_by_conjunction(verb: Token) -> bool:
    """True for a verb whose clause opens with a subordinating conjunction ("if", "when")."""
    return any(c.dep_ == "mark" and c.i < verb.i for c in verb.children)


def inside_clause(token: Token) -> bool:
    """True when the verb sits in a relative clause, modifier or complement of another word."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ in ("relcl", "acl", "xcomp", "pcomp", "amod", "csubj", "pobj"):
            return True
    return False


def common_singular(noun: Token) -> bool:
    """True for a singular common noun, also one the tagger took for a proper noun although it
    is written in lower case ("the minister" tagged NNP)."""
    return noun.tag_ == "NN" or noun.tag_ == "NNP" and noun.text.islower()


def definite(noun: Token) -> bool:
    """True for a noun phrase led by "the" and no possessive ("the president", not "his aide")."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(c.dep_ == "poss" for c in children)


def word_set(text: str) -> set[str]:
    """The lower-case words of a title or role, abbreviated titles also spelled out ("Defense
    Secretary" -> {"defense", "secretary"}; "Gov." -> {"gov", "governor"})."""
    found = set(re.findall(r"[^\W\d_]+", text.lower()))
    return found | {full for short, full in title_abbreviations() if short in found}


@lru_cache(maxsize=1)
def title_abbreviations() -> tuple[tuple[str, str], ...]:
    """(abbreviation, word) pairs of `title_abbreviations.txt`."""
    return tuple(tuple(line.split()) for line in lines("title_abbreviations"))


def has_who_clause(span: Span) -> bool:
    """True when the span's head has a "who" relative clause ("X, who represents Y")."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in span.root.children)


def phrase(head: Token) -> str:
    """The wording of an unnamed source: determiners, modifiers, the noun and a short
    prepositional or participial complement ("a spokesperson for the ministry", "two
    people briefed on the talks")."""
    left = [c for c in head.lefts if c.dep_ not in ("punct", "cc", "appos")]
    start = min((c.left_edge.i for c in left), default=head.i)
    end = head.i
    for child in head.rights:
        span = list(child.subtree)
        cut = next((k for k, t in enumerate(span) if t.is_punct), len(span))  # a clause set off by a comma
        if child.dep_ in ("prep", "amod", "acl") and 0 < cut <= MAX_PHRASE_TAIL and (cut == len(span) or cut > 1):
            end = span[cut - 1].i
            if cut < len(span):
                break
        else:
            break
    return head.doc[start : end + 1].text
