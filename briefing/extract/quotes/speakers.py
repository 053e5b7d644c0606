"""The speaker a reporting verb names: its subject (a name, a pronoun, a description, a
document, an unnamed source) or a name the parse left next to it."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..lexicon import words
from .descriptions import (
    author_of, described_organization, described_person, introduced_author, named_document, named_inside, national_voice,
    tokens_before,
)
from .grammar import SUBJECT_DEPS, definite, inside_clause, is_reporting, main_verb, phrase, relative_heads, subjects
from .passages import Paragraph
from .reader import SPEAKER_LABELS, Reader, Speaker

PERSON_PRONOUNS = frozenset({"he", "she"})
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}
GROUP_PRONOUNS = frozenset({"they"})
THING_PRONOUNS = frozenset({"it"})
ELLIPTIC_PRONOUNS = frozenset({"another"})  # "Another wrote: “…”": another of the people just named
ELLIPSIS_LOOKBACK = 1  # paragraphs before searched for the noun "another" leaves out
SOURCE_LOOKBACK = 6  # paragraphs searched for the introduction of "the official"
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
INDEFINITE_LEADS = frozenset({"a", "an", "one", "another"})  # "One nurse, who ..., stayed."
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # entity labels of places


@dataclass(frozen=True)
class Source:
    """A speaker and the token range [start, end) of the phrase that names it."""

    speaker: Speaker
    start: int
    end: int


def source_of(reader: Reader, para: Paragraph, verb: Token, *, lenient: bool = False) -> Source | None:
    """Who the verb reports, and where that phrase sits: a subject that names a speaker,
    else a name right next to the verb ("..., Name, title, said" / "said Name").
    `lenient` (quote attributions): any common-noun subject is a speaker ("the patient")."""
    for subject in subjects(verb):
        if not para.outside(subject):  # the parse took a word of the quote for the subject
            subject = next((c for c in subject.children if c.dep_ == "appos" and para.outside(c)), None)
            if subject is None:
                continue
        speaker = speaker_of(reader, para, subject, lenient=lenient)
        if speaker:
            return Source(speaker, subject.left_edge.i, subject.right_edge.i + 1)
    if verb.lower_ != "according":
        return adjacent_source(reader, para, verb) or stranded_source(reader, para, verb, lenient=lenient)
    return None


def stranded_source(reader: Reader, para: Paragraph, verb: Token, *, lenient: bool = False) -> Source | None:
    """The subject the parse hung on the phrase before it ("In a statement posted to the
    platform X, the equipment maker also said ...": "maker" taken for an apposition of X):
    for a main verb with no subject, the noun right before it (adverbs or a participle clause
    set off by commas between), set off by a comma and attached to an earlier word, or made a
    conjunct of the clause before ("..., but CNN contributor X, citing US officials, said ...")."""
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and doc[i].head == verb and doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    i = before_participle(doc, i)
    noun = doc[i] if i >= 0 else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i > noun.i \
            or noun.dep_ not in ("appos", "pobj", "conj"):
        return None
    start = noun.left_edge.i
    if noun.dep_ == "conj":  # ", but CNN contributor X, citing officials, said": the parse made X a conjunct
        if start < 2 or doc[start - 1].dep_ != "cc":
            return None
        start -= 1
    if start == 0 or doc[start - 1].text != "," or not para.outside(noun):
        return None
    speaker = speaker_of(reader, para, noun, lenient=lenient)
    return Source(speaker, noun.left_edge.i, noun.i + 1) if speaker else None


def before_participle(doc: Doc, i: int) -> int:
    """The index before a participle clause set off by commas that ends at `i` (", citing US
    officials,"), else `i`."""
    if i < 1 or doc[i].text != ",":
        return i
    opening = next((j for j in range(i - 1, doc[i].sent.start - 1, -1) if doc[j].text == ","), None)
    if opening is None or opening + 1 >= i or doc[opening + 1].tag_ != "VBG":
        return i
    return opening - 1


def adjacent_source(reader: Reader, para: Paragraph, verb: Token) -> Source | None:
    """A named speaker the parse failed to attach: right after the verb ("said Name"), or
    before it across an appositive title ("Name, former ambassador to X, said")."""
    doc, sent = para.doc, verb.sent
    after = [t for t in doc[verb.i + 1 : sent.end] if t.dep_ != "det"][:1]
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)  # "I urge Name ..." names a listener
    if after and not has_subject and after[0].ent_type_ == "PERSON" and para.outside(after[0]):
        speaker = reader.named(para, after[0], {"PERSON"})
        if speaker:
            return Source(speaker, after[0].i, after[0].right_edge.i + 1)
    for ent in reversed([e for e in doc.ents if sent.start <= e.start and e.end <= verb.i]):
        between = doc[ent.end : verb.i]
        if any(t.pos_ in ("VERB", "AUX") for t in between) or not para.outside(ent[0]):
            break
        opens = ent.start == sent.start or doc[ent.start - 1].text in (",", "—", "–")
        if ent.label_ == "PERSON" and opens and (not len(between) or between[0].is_punct):
            speaker = reader.named(para, ent[0], {"PERSON"})
            if speaker:
                return Source(speaker, ent.start, verb.i)
    return None


def speaker_of(reader: Reader, para: Paragraph, head: Token, *, lenient: bool = False) -> Speaker | None:
    """The speaker named by a subject noun phrase, or None when it names no one."""
    antecedents = relative_heads(head)
    if antecedents:  # "critics of the plan, who argued that ..."
        return next(filter(None, (speaker_of(reader, para, a, lenient=lenient) for a in antecedents)), None)
    if head.pos_ == "PRON":
        return pronoun_speaker(reader, para, head)
    named = reader.named(para, head, SPEAKER_LABELS) or reader.listed(para, head)
    if named is None or named.actor is None or named.actor.kind != "person":  # "HANOI (AP) — Secretary X"
        labels = {"PERSON"} if named else SPEAKER_LABELS  # "The company, Acme Corp., said"
        for child in [*head.children, *closing_appositive(head)]:
            if child.dep_ == "appos" and para.outside(child):
                apposed = reader.named(para, child, labels)
                if apposed:
                    return apposed
    if named:
        return named
    noun = {head.lemma_.lower(), head.lower_}
    if head.tag_ == "NNPS" and head.lower_.endswith("s"):
        noun.add(head.lower_[:-1])  # "The Members of Parliament": a capitalized group noun
    contents = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if noun & words("transparent_nouns") and contents:  # "a copy of the law" speaks as the law
        return speaker_of(reader, para, contents[0], lenient=lenient)
    if noun & words("speech_nouns"):
        author = named_inside(reader, para, head) or author_of(reader, para, head)
        introduced = introduced_author(reader, para, head) or named_document(reader, para, head)
        document = author or (introduced and introduced.found_by("description")) or Speaker(phrase(head), how="unnamed")
        reader.note_document(para, head, document)
        return document
    described = national_voice(reader, para, head) or described_person(reader, para, head) \
        or described_organization(reader, para, head) or introduced_source(reader, para, head)
    if described:
        reader.note_voice(para, head, described.actor)  # what "it" may stand for next
        return described.found_by("description")
    if noun & words("anonymous_sources") or lenient and head.pos_ == "NOUN":
        return owned_source(reader, para, head) or Speaker(phrase(head), how="unnamed")
    return None


def owned_source(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """`his office`, `her spokesperson` -> "Jo Lee's office": the owner a possessive pronoun
    stands for, named in the wording (no actor: the office is not the person)."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    person = reader.person_before(para.n, owner.idx, POSSESSIVE_PRONOUNS[owner.lower_]) if owner else None
    if person is None:
        return None
    wording = phrase(head)
    at = owner.idx - head.doc[head.left_edge.i].idx
    return Speaker(f"{wording[:at]}{person.name}’s{wording[at + len(owner.text):]}", how="pronoun")


def closing_appositive(head: Token) -> list[Token]:
    """An appositive that closes the subject phrase of `head` although the parse hung it lower
    ("The company that runs the show, Acme Corp., said": the name ends the subject); not a
    place set beside a place ("a witness in Dar Salem, northern Halden, said")."""
    end = head.right_edge.i - (1 if head.right_edge.is_punct else 0)
    return [t for t in head.subtree if t.dep_ == "appos" and t.head != head and t.right_edge.i == end
            and not (t.ent_type_ in PLACE_LABELS and t.head.ent_type_ in PLACE_LABELS)]


def introduced_source(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """`the official`, `that official` -> the unnamed source introduced earlier with the same
    noun ("an Israeli defense official told reporters ...", "citing the regional health
    commission"): the latest indefinite or modified mention of that noun (not one that itself
    refers back), within `SOURCE_LOOKBACK` paragraphs, in its own wording."""
    lemma = head.lemma_.lower()
    if not refers_back(head) or lemma not in words("anonymous_sources"):
        return None
    for where, token in tokens_before(reader, para, head):
        if where.n < para.n - SOURCE_LOOKBACK:
            return None
        if token.lemma_.lower() == lemma and token.pos_ == "NOUN" and where.outside(token) and token is not head \
                and (not refers_back(token) or any(c.dep_ in ("amod", "compound") for c in token.lefts)):
            return Speaker(phrase(token), how="description")
    return None


def refers_back(noun: Token) -> bool:
    """True for a noun phrase that points to an earlier mention: led by "the" (`definite`) or
    by a demonstrative ("that official")."""
    return definite(noun) or any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children)


def pronoun_speaker(reader: Reader, para: Paragraph, pronoun: Token) -> Speaker | None:
    """"he"/"she": the person named last as a subject; "they": a group named as a subject
    just before (or the last unnamed source)."""
    lower = pronoun.lower_
    if lower in PERSON_PRONOUNS:
        person = leading_clause_subject(reader, para, pronoun) or described_antecedent(reader, para, pronoun) \
            or reader.person_before(para.n, pronoun.idx, lower)
        if person is None:
            return None
        if person.actor:
            reader.pronouns.setdefault(person.actor.id, lower)
        return person.found_by("pronoun")
    if lower in ELLIPTIC_PRONOUNS:
        return elided_source(reader, para, pronoun)
    last = reader.last_speaker
    if lower in GROUP_PRONOUNS:
        group = group_in_sentence(para, pronoun) or group_before(reader, para, pronoun)
        if group:
            return group.found_by("pronoun")
        if last and last.actor is None:
            return last.found_by("pronoun")
    if lower in THING_PRONOUNS:
        voice = reader.thing_before(para, pronoun.idx)
        if voice is None and last and last.actor and last.actor.kind == "organization":
            voice = last  # "[Big Machine] put out another statement ... it says"
        return voice.found_by("pronoun") if voice else None
    return None


def described_antecedent(reader: Reader, para: Paragraph, pronoun: Token) -> Speaker | None:
    """"he"/"she" after an unnamed person introduced as a subject by an indefinite description
    ("One nurse, who asked not to be named, stayed. “…,” she said.", "Another female defector
    who left in 2016 ..."): that description, when it is the nearest subject before the
    pronoun in its paragraph or the one before and no person of a fitting gender is named
    after it (a main clause's subject, not an organization noun, not marked as the other
    gender). An unnamed source, in its own wording ("One nurse")."""
    for where, token in tokens_before(reader, para, pronoun):
        if where.n < para.n - ELLIPSIS_LOOKBACK:
            return None
        if token.dep_ in SUBJECT_DEPS and token.lower_ in PERSON_PRONOUNS - {pronoun.lower_} and where.outside(token):
            return None  # the other person pronoun is nearer: someone else is in view
        if _indefinite_person(where, token):
            nearer = next(iter(reader.persons_before(para.n, pronoun.idx)), None)
            if nearer and nearer[0] > (where.n, token.idx) or not _gender_fits(token, pronoun.lower_):
                return None
            return Speaker(phrase(token), how="unnamed")
    return None


def _indefinite_person(where: Paragraph, noun: Token) -> bool:
    """True for a subject introducing an unnamed person: a singular common noun led by "a",
    "an", "one" or "another", naming a person (`anonymous_sources`, `actor_role_words`) or
    described by a "who" clause, with no name set beside it ("One attendee, Jo Lee,")."""
    if noun.dep_ not in SUBJECT_DEPS or noun.tag_ != "NN" or not where.outside(noun) or not main_verb(noun.head):
        return False
    if noun.lower_ in words("organization_nouns"):
        return False  # "a group of agencies"
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE_LEADS for c in noun.lefts):
        return False
    if any(c.dep_ == "appos" or c.pos_ == "PROPN" for c in noun.children):
        return False
    person = noun.lower_ in words("anonymous_sources") | words("actor_role_words")
    return person or any(t.lower_ in ("who", "whom", "whose") for c in noun.rights if c.dep_ == "relcl" for t in c.subtree)


def _gender_fits(noun: Token, pronoun: str) -> bool:
    """False when the description's words, or a possessive in its clause, mark the other
    gender than the pronoun's ("a male nurse", "an officer arrived with her camera")."""
    said = {t.lower_ for t in noun.subtree if t.i <= noun.i}
    other = words("masculine_titles") if pronoun == "she" else words("feminine_titles")
    owner = "his" if pronoun == "she" else "her"
    return not said & other and not any(t.lower_ == owner and t.dep_ == "poss" for t in noun.head.subtree)


def leading_clause_subject(reader: Reader, para: Paragraph, pronoun: Token) -> Speaker | None:
    """"he"/"she" after a clause that opens its sentence ("When Jo Lee announced the deal, she
    said ..."): the person named as that clause's subject, when the text does not mark them as
    the other gender."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    for clause in pronoun.head.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        for subject in subjects(clause):
            named = reader.named(para, subject, {"PERSON"}) if para.outside(subject) else None
            if named and reader.is_person(named.actor) and reader.gender(named.actor) in (None, pronoun.lower_):
                return named
    return None


def elided_source(reader: Reader, para: Paragraph, pronoun: Token) -> Speaker | None:
    """"Another wrote: “…”" after "said one activist, Jo Obi" -> "Another activist": the pronoun
    with the noun it leaves out, the latest person noun (`anonymous_sources`, `actor_role_words`)
    introduced as one of several ("one activist", "an activist") in this paragraph or the one
    before; an unnamed source."""
    people = words("anonymous_sources") | words("actor_role_words")
    for where, token in tokens_before(reader, para, pronoun):
        if where.n < para.n - ELLIPSIS_LOOKBACK:
            return None
        if token.tag_ == "NN" and token.lower_ in people and where.outside(token) \
                and any(c.lower_ in ("one", "a", "an", "another") for c in token.lefts):
            return Speaker(f"{pronoun.text} {token.text}", how="unnamed")
    return None


def group_in_sentence(para: Paragraph, pronoun: Token) -> Speaker | None:
    """The antecedent of "they" in a clause hung on its sentence ("X hosted the leaders at the
    summit, where they pledged ..."): the nearest plural noun naming people (`anonymous_sources`,
    `actor_role_words`) before it in the sentence, outside quotes."""
    if not (inside_clause(pronoun.head) or pronoun.head.dep_ == "advcl"):
        return None
    people = words("anonymous_sources") | words("actor_role_words")
    for token in reversed(para.doc[pronoun.sent.start : pronoun.i]):
        if token.tag_ == "NNS" and token.lemma_.lower() in people and para.outside(token):
            return Speaker(phrase(token), how="pronoun")
    return None


def group_before(reader: Reader, para: Paragraph, pronoun: Token) -> Speaker | None:
    """The antecedent of "they": the nearest main-clause subject naming a source before it
    (in its paragraph or the one before) when that subject is plural ("the companies") or
    an organization, any plural noun reporting ("the signatories warn"); None when the
    nearest is a person."""
    earlier = [reader.paragraphs[para.n - 2]] if para.n > 1 else []
    for where in [para, *earlier]:
        tokens = [t for t in where.doc if t.i < pronoun.i] if where is para else list(where.doc)
        for token in reversed(tokens):
            if token.dep_ not in SUBJECT_DEPS or token.pos_ == "PRON" or not where.outside(token):
                continue
            if not (main_verb(token.head) or is_reporting(token.head)):
                continue
            speaker = speaker_of(reader, where, token, lenient=is_reporting(token.head) and token.tag_ == "NNS")
            if speaker is None:
                continue
            if reader.is_person(speaker.actor):
                return None
            if token.tag_ in ("NNS", "NNPS") or speaker.actor and speaker.actor.kind in ("organization", "country"):
                return speaker
    return None
