"""Quotes (direct speech between quote marks) and statements (reported speech), with speakers.

One pass over the paragraphs, in order:

1. `find_passages` cuts the quoted passages out of the paragraph text: curly “…” or straight
   "…" double quotes (single quotes inside stay part of the text); a passage left open at the
   paragraph end runs to that end, never further. An article with no double quotes at all
   (British style) is read with `find_single_passages` instead: ‘…’ and '…', apostrophes
   excluded.
2. Each passage is attributed: a reporting verb right after it (`“…,” X said`, `“…,” said X`,
   `“…,” according to X`, also after a few words finishing the quoted phrase: `“…” announced
   in May, said X`), else one in the clause leading into it (`X said: “…”`), else a naming
   verb (`X called it “…”`, four words or more), else the author of a document the passage
   describes (`X released a report that depicted “…”`), else the speaker of the paragraph's
   other quotes or, for a passage opening the paragraph, the last speaker of the previous
   paragraph (a quote running on, a quote-only paragraph). Scare quotes and quoted titles (one
   to three words without a verb, Title Case) are skipped; a short utterance opening its
   sentence (`“Oh my,” X said`) is kept.
3. Statements: sentences whose reporting verb (`said`, `noted`, `according to`, `accused`,
   `urged`, `called for`, a belief: `believes`, ...) outside the quotes has a speaker as
   subject; the text is the reported clause (or, for accusations and appeals, the verb's own
   clause), verbatim. A statement may hold a quoted fragment, but never only repeats a quote.

Speakers come from the verb's subject: a named person, organization or country (its actor), a
pronoun (`he`, `she`: the last person named as a subject before it; `they`: a group or
organization named as a subject just before; `it`: an organization), a description (`the
president` -> the one person with that role; `the agency` -> the organization named just
before), a document (`a White House statement` -> White House; `the report` -> the author of
the report introduced earlier; `budget documents`), or an unnamed source (`two people briefed
on the talks`), kept with its wording and no actor. Word lists live in `briefing/data/`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Quote, Statement
from ..nlp import ParsedDocument
from ..slugs import content_id
from .actors import ActorTable, Occurrence
from .lexicon import words

OPENERS = "“«"  # curly openers; a straight " opens by position
CLOSERS = "”»\""
DOUBLE_MARKS = "“”«»\""
SINGLE_CLOSERS = "’'"
AFTER_CLOSER = ".,;:!?)]—–-…\"”"  # what may follow a closing single quote
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they"})
THING_PRONOUNS = frozenset({"it"})
ORGANIZATION_KINDS = frozenset({"organization", "country"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# labels the model sometimes gives a person's name: as a speaker, read as a plain name
NAME_LIKE_LABELS = frozenset({"", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "LANGUAGE"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
CONTEXT_DEPS = frozenset({"prep", "npadvmod", "dative", "agent"})
# parts of a reporting verb's own clause that are neither its subject nor its content
FRAME_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "npadvmod", "prep", "dative", "punct", "prt", "cc", "agent"})
# dependency labels under which a reporting verb heads a real statement
STATEMENT_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "parataxis"})
MAX_QUOTE_WORDS = 300
MAX_UNCLOSED_WORDS = 80
MIN_NAMING_WORDS = 4  # a shorter quoted name ("dubbed the “Hanoi Hilton”") is not speech
TITLE_WORDS = 5  # words before a person's name read as a title ("China's ambassador to Britain")
MIN_OWN_WORDS = 3  # words outside quotes that make a statement more than a repeated quote
MAX_PHRASE_TAIL = 10  # tokens of the complement kept in an unnamed source's wording
PRONOUN_LOOKBACK = 4  # paragraphs searched for a person named as a subject
DOCUMENT_LOOKBACK = 20  # paragraphs searched for the introduction of "the report"
_SENTENCE_END = re.compile(r"[.!?…][”\"’'»)\]]*$")
_WORD = re.compile(r"[^\W_]", re.UNICODE)


def reporting_verbs() -> frozenset[str]:
    """Lemmas (and "lemma particle" pairs) of verbs that report speech."""
    return words("reporting_verbs")


def _source_nouns() -> frozenset[str]:
    """Nouns that name documents or unnamed sources (never a person's name)."""
    return words("speech_nouns") | words("anonymous_sources")


# ---------------------------------------------------------------- quoted passages


@dataclass(frozen=True)
class Passage:
    """A quoted passage: characters [start, end) of a paragraph, quote marks excluded."""

    start: int
    end: int
    closed: bool
    mark: int  # offset of the opening mark

    @property
    def close_end(self) -> int:
        """Offset just past the closing mark (or the passage end when unclosed)."""
        return self.end + 1 if self.closed else self.end


def find_passages(text: str) -> list[Passage]:
    """The double-quoted passages of one paragraph, in order.

    A new opening curly mark inside an open passage means the earlier mark was never closed:
    that passage is dropped. A passage still open at the end of the text runs to the end.
    """
    out: list[Passage] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if open_at is None:
            if ch in OPENERS or (ch == '"' and _opens_straight(text, i)):
                open_at = i
        elif ch in CLOSERS:
            out.append(Passage(open_at + 1, i, True, open_at))
            open_at = None
        elif ch in OPENERS:
            open_at = i  # the earlier passage was never closed
    if open_at is not None:
        out.append(Passage(open_at + 1, len(text), False, open_at))
    return out


def find_single_passages(text: str) -> list[Passage]:
    """The single-quoted passages of one paragraph, for articles that use no double quotes
    (British style: ‘We will not back down,’ she said). An opening mark starts the text or
    follows a space or bracket and is followed by a letter or digit; apostrophes inside words
    ("don’t") never close; only closed passages count."""
    out: list[Passage] = []
    i = 0
    while i < len(text):
        if _opens_single(text, i):
            close = _single_close(text, i + 1)
            if close is not None:
                out.append(Passage(i + 1, close, True, i))
                i = close
        i += 1
    return out


def _opens_single(text: str, i: int) -> bool:
    """True when the single quote mark at `i` opens a passage."""
    follows = text[i + 1 : i + 2]
    return text[i] in "‘'" and _opens_straight(text, i) and follows.isalnum()


def _single_close(text: str, start: int) -> int | None:
    """Offset of the mark closing a single-quoted passage opened before `start`: the first one
    after punctuation or before punctuation ("…,’ she said", "‘a shambles’."), else the first
    one after a word ("‘a shambles’ and ..." — it could be a plural possessive: "players’")."""
    weak = None
    for j in range(start, len(text)):
        if _opens_single(text, j) and text[j] == "‘":
            break
        if text[j] not in SINGLE_CLOSERS or text[j - 1].isspace():
            continue
        after = text[j + 1 : j + 2]
        if after and not (after.isspace() or after in AFTER_CLOSER):
            continue  # an apostrophe inside a word
        if text[j - 1] in ",.!?…" or not after or not after.isspace():
            return j
        weak = j if weak is None else weak
    return weak


def _opens_straight(text: str, i: int) -> bool:
    """A straight double quote opens when it starts the text or follows a space or bracket."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/:"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding spaces and without a trailing comma, colon or semicolon."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def word_count(text: str) -> int:
    """Number of whitespace-separated words holding a letter or digit."""
    return sum(1 for w in text.split() if _WORD.search(w))


def looks_like_title(text: str) -> bool:
    """Title Case without final punctuation: a quoted name or headline, not speech."""
    tokens = [w for w in text.split() if _WORD.search(w)]
    long_words = [w for w in tokens if len(w) > 3]
    return (
        bool(long_words)
        and len(tokens) <= 12
        and all(w[0].isupper() for w in long_words if w[0].isalpha())
        and not _SENTENCE_END.search(text.strip())
    )


# ---------------------------------------------------------------- speakers


@dataclass(frozen=True)
class Speaker:
    """Who said it: an actor of the document, or only a wording (an unnamed source)."""

    name: str
    actor: Actor | None = None

    @property
    def id(self) -> str | None:
        """The actor id, or None for an unnamed source."""
        return self.actor.id if self.actor else None


@dataclass(frozen=True)
class Source:
    """A speaker and the token range [start, end) of the phrase that names it."""

    speaker: Speaker
    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    """Why a passage has its speaker: the reporting verb, and the circumstances after it."""

    speaker: Speaker
    verb: Token
    context: str | None = None


@dataclass
class _Paragraph:
    """One paragraph being read: its number, text, Doc, quoted passages and those that
    became quotes."""

    n: int
    text: str
    doc: Doc
    passages: list[Passage]
    quoted: list[Passage] = field(default_factory=list)

    def in_passage(self, start: int, end: int | None = None) -> bool:
        """True when characters [start, end) lie inside one quoted passage."""
        end = start + 1 if end is None else end
        return any(p.start <= start and end <= p.end for p in self.passages)

    def outside(self, token: Token) -> bool:
        """True when the token is not part of a quoted passage (nor a quote mark of one)."""
        return not any(p.mark <= token.idx < p.close_end for p in self.passages)


@dataclass
class _Reader:
    """Speaker resolution for one document: subjects -> speakers, pronouns -> persons."""

    parsed: ParsedDocument
    actors: ActorTable
    paragraphs: list[_Paragraph] = field(default_factory=list)
    last_speaker: Speaker | None = None
    person_like: set[str] = field(default_factory=set)  # actor ids named like persons when speaking
    spoken: dict[int, list[tuple[int, int, Actor]]] = field(default_factory=dict)  # paragraph -> named speakers
    pronouns: dict[str, str] = field(default_factory=dict)  # actor id -> the pronoun used for it
    voices: dict[int, dict[int, Actor]] = field(default_factory=dict)  # paragraph -> offset -> organization named as a subject

    def __post_init__(self) -> None:
        self._occ_keys = [(o.paragraph, o.start) for o in self.actors.occurrences]
        self._titles: dict[str, list[set[str]]] = {}  # actor id -> word sets of the phrases before its mentions

    # -- verbs

    def is_reporting(self, token: Token, *, beliefs: bool = False) -> bool:
        """A reporting verb (lemma, or lemma + particle or preposition as in "point out", "call
        for"), or "according"; with `beliefs`, a verb of belief too ("NASA believes ..."):
        a stated belief is reported speech, but it never attributes a direct quote."""
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            return True
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
            return False
        lemma = token.lemma_.lower()
        particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
        verbs = reporting_verbs() | words("belief_verbs") if beliefs else reporting_verbs()
        return any(f"{lemma} {p}" in verbs for p in [*particles, *_next_preposition(token)]) \
            or (lemma in verbs and not particles)

    def subjects(self, verb: Token) -> list[Token]:
        """The verb's subjects (for "according to X", X); borrowed from the governing verb of a
        subject-less conjunct or participle ("he said, adding that ...")."""
        if verb.lower_ == "according":
            return [g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        current = verb
        for _ in range(3):
            found = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
            if found or current.dep_ not in ("conj", "advcl", "xcomp") or current.head == current:
                # subjects after the verb first: in "X, said Y" the earlier one is the content
                return sorted(found, key=lambda t: (t.i < verb.i, -t.i))
            current = current.head
        return []

    def source_of(self, para: _Paragraph, verb: Token, *, lenient: bool = False) -> Source | None:
        """Who the verb reports, and where that phrase sits: a subject that names a speaker,
        else a name right next to the verb ("..., Name, title, said" / "said Name").
        `lenient` (quote attributions): any common-noun subject is a speaker ("the patient")."""
        for subject in self.subjects(verb):
            if not para.outside(subject):
                continue
            speaker = self.speaker_of(para, subject, lenient=lenient)
            if speaker:
                return Source(speaker, subject.left_edge.i, subject.right_edge.i + 1)
        if verb.lower_ != "according":
            return self.adjacent_source(para, verb)
        return None

    def adjacent_source(self, para: _Paragraph, verb: Token) -> Source | None:
        """A named speaker the parse failed to attach: right after the verb ("said Name"), or
        before it across an appositive title ("Name, former ambassador to X, said")."""
        doc, sent = para.doc, verb.sent
        after = [t for t in doc[verb.i + 1 : sent.end] if t.dep_ != "det"][:1]
        has_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)  # "I urge Name ..." names a listener
        if after and not has_subject and after[0].ent_type_ == "PERSON" and para.outside(after[0]):
            speaker = self.named(para, after[0], {"PERSON"})
            if speaker:
                return Source(speaker, after[0].i, after[0].right_edge.i + 1)
        for ent in reversed([e for e in doc.ents if sent.start <= e.start and e.end <= verb.i]):
            between = doc[ent.end : verb.i]
            if any(t.pos_ in ("VERB", "AUX") for t in between) or not para.outside(ent[0]):
                break
            opens = ent.start == sent.start or doc[ent.start - 1].text in (",", "—", "–")
            if ent.label_ == "PERSON" and opens and (not len(between) or between[0].is_punct):
                speaker = self.named(para, ent[0], {"PERSON"})
                if speaker:
                    return Source(speaker, ent.start, verb.i)
        return None

    # -- noun phrases

    def speaker_of(self, para: _Paragraph, head: Token, *, lenient: bool = False) -> Speaker | None:
        """The speaker named by a subject noun phrase, or None when it names no one."""
        if head.pos_ == "PRON":
            return self.pronoun_speaker(para, head)
        named = self.named(para, head, SPEAKER_LABELS) or self.listed(para, head)
        if named is None or named.actor is None or named.actor.kind != "person":  # "HANOI (AP) — Secretary X"
            labels = {"PERSON"} if named else SPEAKER_LABELS  # "The company, Acme Corp., said"
            for child in head.children:
                if child.dep_ == "appos" and para.outside(child):
                    apposed = self.named(para, child, labels)
                    if apposed:
                        return apposed
        if named:
            return named
        noun = {head.lemma_.lower(), head.lower_}
        if noun & words("speech_nouns"):
            author = self.named_inside(para, head) or self.author_of(para, head) or self.introduced_author(para, head)
            return author or Speaker(self.phrase(head))
        described = self.described_person(para, head) or self.described_organization(para, head)
        if described:
            return described
        if noun & words("anonymous_sources") or lenient and head.pos_ == "NOUN":
            return Speaker(self.phrase(head))
        return None

    def pronoun_speaker(self, para: _Paragraph, pronoun: Token) -> Speaker | None:
        """"he"/"she": the person named last as a subject; "they": a group named as a subject
        just before (or the last unnamed source)."""
        lower = pronoun.lower_
        if lower in PERSON_PRONOUNS:
            actor = self.person_before(para.n, pronoun.idx, lower)
            if actor is None:
                return None
            self.pronouns.setdefault(actor.id, lower)
            return Speaker(actor.name, actor)
        if lower in GROUP_PRONOUNS:
            group = self.group_before(para, pronoun)
            if group:
                return group
            if self.last_speaker and self.last_speaker.actor is None:
                return self.last_speaker
        if lower in THING_PRONOUNS:
            return self.voice_before(para, pronoun.idx)
        return None

    def voice_before(self, para: _Paragraph, offset: int, kinds=ORGANIZATION_KINDS) -> Speaker | None:
        """The organization or country named last as a subject before (paragraph, offset), in
        that paragraph or the one before: the referent of "it said", "the agency said"."""
        for n in (para.n, para.n - 1):
            earlier = [(at, a) for at, a in self.voices.get(n, {}).items() if (n, at) < (para.n, offset) and a.kind in kinds]
            if earlier:
                actor = max(earlier, key=lambda e: e[0])[1]
                return Speaker(actor.name, actor)
        return None

    def group_before(self, para: _Paragraph, pronoun: Token) -> Speaker | None:
        """The antecedent of "they": the nearest main-clause subject naming a source before it
        (in its paragraph or the one before) when that subject is plural ("the companies") or
        an organization; None when the nearest is a person."""
        earlier = [self.paragraphs[para.n - 2]] if para.n > 1 else []
        for where in [para, *earlier]:
            tokens = [t for t in where.doc if t.i < pronoun.i] if where is para else list(where.doc)
            for token in reversed(tokens):
                if token.dep_ not in SUBJECT_DEPS or token.pos_ == "PRON" or not where.outside(token):
                    continue
                if not (_main_verb(token.head) or self.is_reporting(token.head)):
                    continue
                speaker = self.speaker_of(where, token)
                if speaker is None:
                    continue
                if self.is_person(speaker.actor):
                    return None
                if token.tag_ in ("NNS", "NNPS") or speaker.actor and speaker.actor.kind in ("organization", "country"):
                    return speaker
        return None

    def named(self, para: _Paragraph, token: Token, labels) -> Speaker | None:
        """The actor (or bare name) whose named-entity span holds `token`; a proper noun the
        model left untagged counts as a name too."""
        if token.ent_type_ in labels:
            span = next((e for e in para.doc.ents if e.start <= token.i < e.end), None)
        elif token.ent_type_ in NAME_LIKE_LABELS and token.pos_ == "PROPN" and "PERSON" in labels \
                and not {token.lower_, token.lemma_.lower()} & _source_nouns():  # "Opelka" as NORP
            compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            span = para.doc[min([token.i, *[c.i for c in compounds]]) : token.i + 1]
        else:
            return None
        if span is None:
            return None
        tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the") and t.tag_ != "POS"]
        if not tokens:
            return None
        text = para.doc[tokens[0].i : tokens[-1].i + 1].text
        actor = self.actor_at(para.n, span.start_char, span.end_char) or self.actors.resolve(text)
        label = span.label_ if token.ent_type_ else "PERSON"
        if label == "ORG" and _has_who_clause(span):
            label = "PERSON"  # "Montell Figgins, who represents Thomas, said"
        actor = self.as_person(actor, text, label)
        if actor and label == "PERSON":
            self.person_like.add(actor.id)
        if actor and actor.kind in ORGANIZATION_KINDS and token.dep_ in SUBJECT_DEPS:
            self.voices.setdefault(para.n, {})[span.start_char] = actor
        if self.is_person(actor):
            self.spoken.setdefault(para.n, []).append((span.start_char, span.end_char, actor))
        return Speaker(actor.name, actor) if actor else Speaker(text)

    def as_person(self, actor: Actor | None, text: str, label: str) -> Actor | None:
        """The person whose surname is `text` when the name was filed under another kind."""
        if self.is_person(actor) or " " in text or label not in ("PERSON", "ORG"):
            return actor
        people = [a for a in self.actors.actors if self.is_person(a) and a.name.split()[-1] == text]
        return people[0] if len(people) == 1 else actor

    def listed(self, para: _Paragraph, token: Token) -> Speaker | None:
        """The actor the actor table found at a capitalized token the model did not tag as a
        name ("Scissors, who consults ..., said")."""
        if not token.text[:1].isupper() or token.pos_ in ("PRON", "DET") or not para.outside(token):
            return None
        actor = self.actor_at(para.n, token.idx, token.idx + len(token.text))
        if actor is None or actor.kind == "location":
            return None
        if self.is_person(actor):
            self.spoken.setdefault(para.n, []).append((token.idx, token.idx + len(token.text), actor))
        return Speaker(actor.name, actor)

    def described_person(self, para: _Paragraph, head: Token) -> Speaker | None:
        """`the president`, `China's ambassador` -> the one person whose role or title (or the
        words right before a mention: "China's ambassador Liu") holds that noun, its modifiers
        ("the defense secretary") and its owner ("China"): among the persons named before, else
        among all persons of the document (a description that comes before the name). None
        when no one or several match."""
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if head.tag_ != "NN" or not (_definite(head) or owners):
            return None
        wanted = {head.lower_} | {
            c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("GPE", "NORP")
        } | {w for c in owners for w in _word_set(c.text)}

        def matching(actors) -> dict[str, Actor]:
            return {a.id: a for a in actors if any(wanted <= words_ for words_ in self.titles(a))}

        found = matching({a.id: a for _at, a, _subject in self.persons_before(para.n, head.idx)}.values())
        if not found:
            found = matching(a for a in self.actors.actors if a.kind == "person")
        if len(found) != 1:
            return None
        actor = next(iter(found.values()))
        return Speaker(actor.name, actor)

    def described_organization(self, para: _Paragraph, head: Token) -> Speaker | None:
        """`the agency`, `the news organization` (nouns in `organization_nouns.txt`) -> the
        organization named last as a subject, in this paragraph or the one before."""
        if not _definite(head) or head.lemma_.lower() not in words("organization_nouns"):
            return None
        return self.voice_before(para, head.idx, {"organization"})

    def titles(self, actor: Actor) -> list[set[str]]:
        """The word sets that describe a person: each role and alias, and the words of the noun
        phrase just before each mention ("France's ambassador John Smith")."""
        if not self._titles:
            for occ in self.actors.occurrences:
                if occ.paragraph <= len(self.paragraphs):
                    doc = self.paragraphs[occ.paragraph - 1].doc
                    span = doc.char_span(occ.start, occ.end, alignment_mode="expand")
                    if span is not None:
                        lead = doc[max(span.root.left_edge.i, span.start - TITLE_WORDS) : span.start]
                        self._titles.setdefault(occ.actor_id, []).append(_word_set(lead.text))
            self._titles[""] = []  # computed
        return [_word_set(t) for t in [*actor.roles, *actor.aliases]] + self._titles.get(actor.id, [])

    def author_of(self, para: _Paragraph, noun: Token) -> Speaker | None:
        """Who issued the document a noun names: "a report by X" (or "from X"), "X's report",
        "a report released by X", "X released a report" (verbs in `publishing_verbs.txt`)."""
        candidates = []
        for child in noun.children:
            if child.dep_ == "poss":
                candidates.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
                candidates += [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "acl" and child.lemma_.lower() in words("publishing_verbs"):
                candidates += [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in words("publishing_verbs"):
            candidates += [c for c in verb.children if c.dep_ == "nsubj"]
        for token in candidates:
            if para.outside(token):
                author = self.named(para, token, SPEAKER_LABELS) or self.listed(para, token)
                if author:
                    return author
        return None

    def introduced_author(self, para: _Paragraph, head: Token) -> Speaker | None:
        """`the report` -> the author of the report introduced earlier ("a report by X"), when
        the latest introduction of a document of that kind names one."""
        if not _definite(head):
            return None
        lemma = head.lemma_.lower()
        for where, token in self.tokens_before(para, head):
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or not where.outside(token):
                continue
            author = self.author_of(where, token)
            if author or not _definite(token):
                return author
        return None

    def tokens_before(self, para: _Paragraph, token: Token):
        """(paragraph, token) pairs before `token`, nearest first, within `DOCUMENT_LOOKBACK`
        paragraphs."""
        for t in reversed(para.doc[: token.i]):
            yield para, t
        for where in reversed(self.paragraphs[max(0, para.n - 1 - DOCUMENT_LOOKBACK) : para.n - 1]):
            for t in reversed(where.doc):
                yield where, t

    def named_inside(self, para: _Paragraph, head: Token) -> Speaker | None:
        """A named organization or country before the noun in a document's noun phrase ("a
        NATO release"; not "the statement, which was obtained by Variety")."""
        for token in [t for left in head.lefts for t in left.subtree]:
            if para.outside(token):
                named = self.named(para, token, {"ORG", "GPE"})
                if named:
                    return named
        return None

    def phrase(self, head: Token) -> str:
        """The wording of an unnamed source: determiners, modifiers, the noun and a short
        prepositional or participial complement ("a spokesperson for the ministry", "two
        people briefed on the talks")."""
        left = [c for c in head.lefts if c.dep_ not in ("punct", "cc", "appos")]
        start = min((c.left_edge.i for c in left), default=head.i)
        end = head.i
        for child in head.rights:
            span = list(child.subtree)
            if child.dep_ in ("prep", "amod", "acl") and len(span) <= MAX_PHRASE_TAIL and not any(t.is_punct for t in span):
                end = span[-1].i
            else:
                break
        return head.doc[start : end + 1].text

    # -- actors

    def actor_at(self, paragraph: int, start: int, end: int) -> Actor | None:
        """The actor with an occurrence overlapping characters [start, end) of a paragraph."""
        lo = bisect.bisect_left(self._occ_keys, (paragraph, 0))
        best, best_overlap = None, 0
        for occ in self.actors.occurrences[lo:]:
            if occ.paragraph != paragraph or occ.start >= end:
                break
            overlap = min(end, occ.end) - max(start, occ.start)
            if overlap > best_overlap:
                best, best_overlap = occ, overlap
        return self.actors.get(best.actor_id) if best else None

    def person_before(self, paragraph: int, offset: int, pronoun: str) -> Actor | None:
        """The person a pronoun at (paragraph, offset) refers to: the last person named as a
        subject or speaker within a few paragraphs, else the last person named; quotes are
        skipped, and so are persons already referred to by the other pronoun ("he"/"she")."""
        fallback = None
        for at, actor, subject in self.persons_before(paragraph, offset):
            if self.pronouns.get(actor.id, pronoun) != pronoun:
                continue
            if fallback is None:
                fallback = actor
            if at[0] < paragraph - PRONOUN_LOOKBACK:
                break
            if subject:
                return actor
        return fallback

    def persons_before(self, paragraph: int, offset: int) -> list[tuple[tuple[int, int], Actor, bool]]:
        """Persons named outside quotes before (paragraph, offset), nearest first, as
        ((paragraph, offset), actor, named as a subject or speaker)."""
        hi = bisect.bisect_left(self._occ_keys, (paragraph, offset))
        found = []
        for occ in self.actors.occurrences[:hi]:
            actor = self.spoken_actor(occ) or self.actors.get(occ.actor_id)
            if self.is_person(actor) and not self.quoted(occ):
                found.append(((occ.paragraph, occ.start), actor, self.is_subject(occ)))
        for n, spans in self.spoken.items():
            for start, _end, actor in spans:
                if (n, start) < (paragraph, offset):
                    found.append(((n, start), actor, True))
        return sorted(found, key=lambda f: (f[0], f[2]), reverse=True)

    def other_person(self, para: _Paragraph, start: int, end: int, speaker: Speaker) -> bool:
        """True when a person other than `speaker` is the subject of a clause outside quotes in
        [start, end) ("Smith agreed: “…”"; a listener as in "told Reed" does not count)."""
        lo = bisect.bisect_left(self._occ_keys, (para.n, start))
        for occ in self.actors.occurrences[lo:]:
            if occ.paragraph != para.n or occ.start >= end:
                return False
            actor = self.actors.get(occ.actor_id)
            if self.is_person(actor) and actor is not speaker.actor and not para.in_passage(occ.start, occ.end):
                span = para.doc.char_span(occ.start, occ.end, alignment_mode="expand")
                if span is not None and span.root.dep_ in SUBJECT_DEPS:
                    return True
        return False

    def spoken_actor(self, occ: Occurrence) -> Actor | None:
        """The person an occurrence was resolved to when it named a speaker, if it did."""
        for start, end, actor in self.spoken.get(occ.paragraph, []):
            if start < occ.end and occ.start < end:
                return actor
        return None

    def note_person_names(self) -> None:
        """Organizations by label that a "who" clause shows to be people ("X, who represents Y"),
        and persons named as main-clause subjects (the likely antecedents of "he" and "she")."""
        for para in self.paragraphs:
            for ent in para.doc.ents:
                if ent.label_ == "ORG" and _has_who_clause(ent):
                    actor = self.actor_at(para.n, ent.start_char, ent.end_char)
                    if actor:
                        self.person_like.add(actor.id)
        for para in self.paragraphs:  # main-clause subjects named like persons: pronoun antecedents
            for token in para.doc:
                if token.dep_ in SUBJECT_DEPS and _main_verb(token.head) and token.ent_type_ == "PERSON" and para.outside(token):
                    self.named(para, token, {"PERSON"})

    def is_person(self, actor: Actor | None) -> bool:
        """A person, or an actor of another kind already heard speaking under a person's name."""
        return actor is not None and (actor.kind == "person" or actor.id in self.person_like)

    def quoted(self, occ: Occurrence) -> bool:
        """True when the occurrence lies inside a quoted passage."""
        return self.paragraphs[occ.paragraph - 1].in_passage(occ.start, occ.end) if occ.paragraph <= len(self.paragraphs) else False

    def is_subject(self, occ: Occurrence) -> bool:
        """True when the occurrence names a speaker or is a clause subject (or in apposition
        to one)."""
        if self.spoken_actor(occ):
            return True
        doc = self.parsed.docs[occ.paragraph - 1]
        span = doc.char_span(occ.start, occ.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ == "ROOT" and root.pos_ == "PROPN":
            return True  # a name the parse made the root: "Buckley, who had not sung, worried"
        return root.dep_ in SUBJECT_DEPS and _main_verb(root.head)


def _next_preposition(verb: Token) -> list[str]:
    """The preposition right after the verb, when it heads the verb's complement ("call for")."""
    return [c.lower_ for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1]


def _verb_names(verb: Token) -> set[str]:
    """How a verb is listed in the word lists: its lemma, and "lemma preposition" ("call for")."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {p}" for p in _next_preposition(verb))}


def _main_verb(token: Token) -> bool:
    """True for the root of a sentence or a verb coordinated with it."""
    return token.dep_ == "ROOT" or token.dep_ == "conj" and token.head.dep_ == "ROOT"


def _definite(noun: Token) -> bool:
    """True for a noun phrase led by "the" and no possessive ("the president", not "his aide")."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(c.dep_ == "poss" for c in children)


def _word_set(text: str) -> set[str]:
    """The lower-case words of a title or role ("Defense Secretary" -> {"defense", "secretary"})."""
    return set(re.findall(r"[^\W\d_]+", text.lower()))


def _has_who_clause(span: Span) -> bool:
    """True when the span's head has a "who" relative clause ("X, who represents Y")."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in span.root.children)


# ---------------------------------------------------------------- attribution of passages


def context_of(para: _Paragraph, verb: Token, source: Source) -> str | None:
    """The circumstances right after the verb (or after a speaker following it): "during a
    speech at the summit", "through an interpreter". Only phrases contiguous with the verb."""
    if verb.lower_ == "according":
        return None
    at = max(verb.i, source.end - 1 if source.start > verb.i else verb.i) + 1
    start = at
    for child in verb.rights:
        if child.i < at:
            continue
        if child.dep_ not in CONTEXT_DEPS or child.left_edge.i != at or not para.outside(child):
            break
        at = child.right_edge.i + 1
    tokens = [t for t in para.doc[start:at] if para.outside(t)]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return para.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else None


def attribution_after(reader: _Reader, para: _Paragraph, passage: Passage, text: str) -> Attribution | None:
    """`“…,” X said` / `“…,” said X, title` / `“…,” according to X`: the attribution must
    start right after the closing mark, in the same sentence."""
    doc = para.doc
    following = _sentence_after(para, passage)
    if not following:
        return None
    first = following[0]
    for verb in following:
        if not reader.is_reporting(verb):
            continue
        source = reader.source_of(para, verb, lenient=True)
        if source is None:
            continue
        inverted = first == verb and (source.start > verb.i or verb.lower_ == "according")  # "said X"
        if not (inverted or source.start <= first.i < source.end or _frames(verb, first)):
            continue
        if doc[source.start].idx <= passage.mark < doc[source.end - 1].idx:
            continue  # the passage is part of the subject: a quoted title
        if text.endswith(".") and _has_content_after(verb):
            continue  # a new sentence that reports something else
        return Attribution(source.speaker, verb, context_of(para, verb, source))
    if not text.endswith("."):
        return _any_verb_after(reader, para, first) or _attribution_after_words(reader, para, passage, following)
    return None


def _attribution_after_words(reader: _Reader, para: _Paragraph, passage: Passage,
                             following: list[Token]) -> Attribution | None:
    """`“…” announced in October, said X.`: a passage opening its sentence, a few words that
    finish it (no clause of their own), then a comma and an attribution closing the sentence."""
    if not opens_sentence(para.text, passage):
        return None
    doc = para.doc
    for verb in following[1:]:
        if not reader.is_reporting(verb) or _has_content_after(verb):
            continue
        source = reader.source_of(para, verb, lenient=True)
        if source is None:
            continue
        start = min(source.start, verb.i)
        words_between = [t for t in following if t.i < start]
        if doc[start - 1].text != "," or any(t.dep_ in SUBJECT_DEPS for t in words_between):
            return None
        if any(t.i > max(verb.i, source.end - 1) and t.head.i < start for t in following):
            return None  # something after the attribution belongs to the earlier words
        return Attribution(source.speaker, verb, context_of(para, verb, source))
    return None


def _sentence_after(para: _Paragraph, passage: Passage) -> list[Token]:
    """Word tokens after the passage up to the end of its sentence or the next passage."""
    out: list[Token] = []
    ended = False  # a full stop after the closing mark ends the passage's sentence
    for token in para.doc:
        if token.idx < passage.close_end:
            continue
        if not para.outside(token) or (out or ended) and token.is_sent_start:
            break
        ended = ended or token.text in (".", "!", "?")
        if not token.is_punct:
            out.append(token)
    return out


def _any_verb_after(reader: _Reader, para: _Paragraph, first: Token) -> Attribution | None:
    """`“…,” Smith laughed` / `“…?” he asked`: a bare subject and verb after the passage
    attribute it whatever the verb, when nothing else follows in that clause."""
    subject = first
    while subject.dep_ in ("compound", "det", "amod", "poss") and subject.head.i > subject.i:
        subject = subject.head
    verb, first = subject.head, subject
    if first.dep_ not in SUBJECT_DEPS or verb.pos_ != "VERB" or not 0 < verb.i - first.right_edge.i <= 2:
        return None
    if _has_content_after(verb) or not para.outside(verb):
        return None
    speaker = reader.speaker_of(para, first, lenient=True)
    if speaker is None:
        return None
    return Attribution(speaker, verb, context_of(para, verb, Source(speaker, first.left_edge.i, first.i + 1)))


def _frames(verb: Token, token: Token) -> bool:
    """True when `token` is an adverb or auxiliary of the verb standing before it ("later said")."""
    return token.head == verb and token.i < verb.i and token.dep_ in ("aux", "advmod", "neg")


def _has_content_after(verb: Token) -> bool:
    """True when the verb has a clause or object of its own after it."""
    return any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children)


def attribution_before(reader: _Reader, para: _Paragraph, passage: Passage) -> Attribution | None:
    """`X said: “…”` / `X said the plan was “…”`: a reporting verb of the sentence leading into
    the passage (the one governing it, or the outermost one whose clause holds it, else the
    nearest); `X agreed: “…”`: any verb right before a colon."""
    doc = para.doc
    mark = next((t for t in doc if t.idx >= passage.mark), None)
    if mark is None:
        return None
    leading = [t for t in doc[mark.sent.start : mark.i] if para.outside(t)]
    found = []
    for verb in reversed(leading):
        if reader.is_reporting(verb) and verb.dep_ not in ("relcl", "acl", "amod", "pcomp"):
            source = reader.source_of(para, verb, lenient=True)
            if source:
                found.append((verb, source))
    governing = _governing_report(doc[mark.i + 1] if mark.i + 1 < len(doc) else mark, dict(found))
    holding = [(v, src) for v, src in found if v.left_edge.i <= mark.i <= v.right_edge.i]
    if governing or holding or found:
        verb = governing or (min(holding, key=lambda f: len(list(f[0].ancestors))) if holding else found[0])[0]
        source = dict(found)[verb]
        return Attribution(source.speaker, verb, context_of(para, verb, source))
    if para.text[: passage.mark].rstrip().endswith(":"):
        for verb in reversed([t for t in leading if t.pos_ == "VERB"]):
            source = reader.source_of(para, verb)
            if source:
                return Attribution(source.speaker, verb, context_of(para, verb, source))
    return None


def _governing_report(token: Token, verbs: dict[Token, Source]) -> Token | None:
    """The reporting verb (among `verbs`) that governs `token`: the first one up its chain of
    heads, then further up while the chain runs through reported clauses (the outermost
    speaker of a nested report: "X said the government had concluded “…”"). A verb it hangs
    from as a coordinated or adverbial clause does not govern it ("X said ..., warning: “…”")."""
    chosen, child = None, token
    for ancestor in token.ancestors:
        if chosen is not None and child.dep_ != "ccomp":
            break
        if ancestor in verbs:
            chosen = ancestor
        child = ancestor
    return chosen


def attribution_around(reader: _Reader, para: _Paragraph, passage: Passage) -> Attribution | None:
    """`Content with “a quoted part,” X said.`: a later reporting verb of the same sentence
    whose reported content holds the passage."""
    mark = next((t for t in para.doc if t.idx >= passage.mark), None)
    if mark is None:
        return None
    for verb in mark.sent:
        if verb.idx < passage.close_end or not para.outside(verb) or not reader.is_reporting(verb):
            continue
        source = reader.source_of(para, verb)
        span = content_span(para, verb, source, mark.sent) if source else None
        if span and span[0] <= passage.mark and passage.end <= span[1] + 1:
            return Attribution(source.speaker, verb, context_of(para, verb, source))
    return None


def attribution_by_naming(reader: _Reader, para: _Paragraph, passage: Passage) -> Attribution | None:
    """`X called the plan “a betrayal of everything we stand for”`: a passage naming the object
    of a verb in `naming_verbs.txt` is the subject's words (kept only from `MIN_NAMING_WORDS`)."""
    start, end = trim(para.text, passage.start, passage.end)
    if word_count(para.text[start:end]) < MIN_NAMING_WORDS:
        return None
    inner = next((t for t in para.doc if t.idx > passage.mark and not t.is_punct), None)
    if inner is None or inner.idx >= passage.end:
        return None
    child = inner
    for ancestor in inner.ancestors:
        if para.outside(ancestor):
            if child.dep_ == "oprd" and ancestor.lemma_.lower() in words("naming_verbs"):
                source = reader.source_of(para, ancestor, lenient=True)
                return Attribution(source.speaker, ancestor, context_of(para, ancestor, source)) if source else None
            return None
        child = ancestor
    return None


def attribution_in_document(reader: _Reader, para: _Paragraph, passage: Passage) -> Attribution | None:
    """`X released a report that described “…”`: a passage inside a clause that modifies a
    document noun takes the document's author."""
    inner = next((t for t in para.doc if t.idx > passage.mark and not t.is_punct), None)
    if inner is None or inner.idx >= passage.end:
        return None
    child = inner
    for ancestor in inner.ancestors:
        if para.outside(ancestor) and child.dep_ in ("relcl", "acl") and ancestor.pos_ == "NOUN" \
                and ancestor.lemma_.lower() in words("speech_nouns"):
            author = reader.author_of(para, ancestor) or reader.introduced_author(para, ancestor)
            return Attribution(author, child) if author else None
        child = ancestor
    return None


def starts_sentence(text: str, passage: Passage) -> bool:
    """True when the passage starts its paragraph or follows a sentence end or a colon (not a
    comma: "including “Black Water,” “China Grove,” ..." lists titles)."""
    before = text[: passage.mark].rstrip()
    return not before or before[-1] in ".!?:…"


def opens_sentence(text: str, passage: Passage) -> bool:
    """True when the passage starts its paragraph or follows a sentence end or a comma."""
    before = text[: passage.mark].rstrip()
    return not before or before[-1] in ".!?:;,—–”\"…"


def keep_passage(para: _Paragraph, passage: Passage, start: int, end: int, direct: bool, next_opens: bool) -> bool:
    """True for speech; False for scare quotes, quoted titles, runaway passages. A short
    attributed passage that opens its sentence and ends with punctuation inside the marks is
    an utterance (“Oh my,” Lucas responded)."""
    text = para.text[start:end]
    n_words = word_count(text)
    inside = para.text[passage.start : passage.end].rstrip()
    if direct and passage.closed and 1 <= n_words < 4 and inside[-1:] in ",.!?…" and starts_sentence(para.text, passage):
        return True
    if n_words < 2 or n_words > MAX_QUOTE_WORDS or looks_like_title(text):
        return False
    if not passage.closed and n_words > MAX_UNCLOSED_WORDS and not next_opens:
        return False
    if n_words >= 4:
        return True
    span = para.doc.char_span(start, end, alignment_mode="expand")
    has_verb = span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)
    return direct and has_verb


def quotes_of_paragraph(reader: _Reader, para: _Paragraph, carry: Speaker | None, next_opens: bool,
                        doc_id: str) -> tuple[list[Quote], list[Token], Speaker | None]:
    """The quotes of one paragraph, the verbs that attribute them, and the last speaker."""
    found: list[tuple[Passage, int, int, Attribution | None]] = []
    for passage in para.passages:
        start, end = trim(para.text, passage.start, passage.end)
        text = para.text[start:end]
        attribution = (attribution_after(reader, para, passage, text) or attribution_before(reader, para, passage)
                       or attribution_around(reader, para, passage) or attribution_by_naming(reader, para, passage)
                       or attribution_in_document(reader, para, passage))
        if keep_passage(para, passage, start, end, attribution is not None, next_opens):
            found.append((passage, start, end, attribution))
    quotes, verbs, last = [], [], None
    for k, (passage, start, end, attribution) in enumerate(found):
        speaker = attribution.speaker if attribution else inherited(reader, para, found, k, carry)
        if speaker is None:
            continue
        text = para.text[start:end]
        if attribution:
            verbs.append(attribution.verb)
        para.quoted.append(passage)
        last = speaker
        quotes.append(Quote(
            id=content_id("q", doc_id, para.n, text), text=text, speaker=speaker.id, speaker_name=speaker.name,
            document=doc_id, paragraph=para.n, context=attribution.context if attribution else None,
        ))
    return quotes, verbs, last


def inherited(reader: _Reader, para: _Paragraph, found: list, k: int, carry: Speaker | None) -> Speaker | None:
    """Speaker of an unattributed passage that is a sentence of its own: the nearest attributed
    passage of the paragraph (earlier first) unless another person is named in between, or,
    for the paragraph's opening passage, `carry` (the previous paragraph's speaker)."""
    passage = found[k][0]
    if not (opens_sentence(para.text, passage) and closes_sentence(para.text, passage)):
        return None
    earlier = [(f[0], f[3]) for f in found[:k] if f[3]]
    later = [(f[0], f[3]) for f in found[k + 1 :] if f[3]]
    since = earlier[-1][0].close_end if earlier else 0
    reported = speaker_of_sentence_before(reader, para, passage, since)
    if reported:
        return reported
    if earlier and not reader.other_person(para, earlier[-1][0].close_end, passage.mark, earlier[-1][1].speaker):
        return earlier[-1][1].speaker
    if later and not reader.other_person(para, passage.close_end, later[0][0].mark, later[0][1].speaker):
        return later[0][1].speaker
    if not para.text[: passage.mark].strip():
        return carry
    return None


def speaker_of_sentence_before(reader: _Reader, para: _Paragraph, passage: Passage, since: int) -> Speaker | None:
    """The speaker of a reporting verb in the sentence just before the passage (and after
    offset `since`): "Sometimes rules are broken, he said. “But does that mean …?”"."""
    sentences = [s for s in para.doc.sents if since <= s.start_char and s.end_char <= passage.mark]
    if not sentences:
        return None
    for verb in reversed(list(sentences[-1])):
        if para.outside(verb) and reader.is_reporting(verb) and not _inside_clause(verb):
            source = reader.source_of(para, verb)
            if source:
                return source.speaker
    return None


def closes_sentence(text: str, passage: Passage) -> bool:
    """True when the passage ends its sentence: final punctuation inside or right after the
    closing mark, or nothing but space after it."""
    inside = text[passage.start : passage.end].rstrip()
    after = text[passage.close_end :].lstrip()
    return bool(_SENTENCE_END.search(inside)) or not after or after[0] in ".!?" or after[0] in OPENERS + '"'


# ---------------------------------------------------------------- statements


def statement_verbs(reader: _Reader, para: _Paragraph, sentence: Span) -> list[Token]:
    """Reporting verbs of a sentence that can head a statement, outermost first."""
    verbs = []
    for token in sentence:
        if not para.outside(token) or not reader.is_reporting(token, beliefs=True):
            continue
        if token.dep_ not in STATEMENT_DEPS and token.lower_ != "according":
            continue
        if any(c.dep_ in ("neg", "auxpass") or c.tag_ == "TO" for c in token.children):
            continue  # negated, passive or infinitive speech reports nothing ("was denied entry", "to call for")
        if _inside_clause(token) or _reported_by_another(reader, token):
            continue
        verbs.append(token)
    return sorted(verbs, key=lambda t: len(list(t.ancestors)))


def _reported_by_another(reader: _Reader, token: Token) -> bool:
    """True when the verb sits inside what another reporting verb reports ("X said that Y
    had concluded ..., saying ...")."""
    child = token
    for ancestor in token.ancestors:
        if child.dep_ == "ccomp" and reader.is_reporting(ancestor, beliefs=True):
            return True
        child = ancestor
    return False


def _inside_clause(token: Token) -> bool:
    """True when the verb sits in a relative clause, modifier or complement of another word."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ in ("relcl", "acl", "xcomp", "pcomp", "amod", "csubj", "pobj"):
            return True
    return False


def content_span(para: _Paragraph, verb: Token, source: Source, sentence: Span) -> tuple[int, int] | None:
    """Character range of what the verb reports, or None.

    `Content, X said.` -> the part before the comma; `X said (that) content` -> the clausal
    complement; `X cited ...`, `X accused Y of ...` -> the verb's own clause; `..., according
    to X` -> the rest.
    """
    doc = para.doc
    if verb.lower_ == "according":
        return _around(doc, sentence, verb.left_edge.i, verb.right_edge.i + 1)
    start = min(source.start, verb.i)
    frame_end = max(source.end, verb.i + 1)
    for child in verb.rights:  # the speaker's own clause: circumstances contiguous with it
        if child.i < frame_end:
            continue
        if not (child.dep_ in FRAME_DEPS or _source_note(child)) or child.left_edge.i > frame_end:
            break
        frame_end = child.right_edge.i + 1
    last = sentence.end - 1 if doc[sentence.end - 1].is_punct else sentence.end
    trailing = frame_end >= last and start > sentence.start and doc[start - 1].text in (",", "—", "–")
    if trailing and not _verb_names(verb) & words("appeal_verbs"):
        return _chars(doc, sentence.start, start - 1) if _has_main_clause(doc, sentence.start, start - 1) else None
    clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if clause:
        start = clause[0].left_edge.i
        if verb.lemma_.lower() not in words("listener_verbs"):  # "suggested [the reason] is ..."
            start = min([start, *[c.left_edge.i for c in verb.rights if c.dep_ == "dobj" and c.i < start]])
        if not _has_subject_or_marker(doc[start : clause[0].i + 1]):
            return None  # "told friends that the interview aired ... was": a broken parse
        return _chars(doc, start, clause[-1].right_edge.i + 1)
    if _reports_an_object(verb):
        return _predicate(doc, verb)
    return None


def _has_subject_or_marker(lead: Span) -> bool:
    """True when the lead of a reported clause (its first token up to its head) holds a subject
    or a noun phrase before the head, or opens with "to", "whether", "if", a wh-word or a
    gerund ("suggested pushing back the date"); a clause without them comes from a failed parse."""
    if any(t.dep_ in SUBJECT_DEPS | {"expl", "csubj", "dobj"} for t in lead[:-1]):
        return True
    return lead[0].tag_ in ("TO", "WDT", "WP", "WRB", "VBG") or lead[0].lower_ in ("whether", "if")


def _reports_an_object(verb: Token) -> bool:
    """True for a finite verb whose content is a noun phrase ("cited the threat", "accused
    China of ...", "called for an end to ..."): listed in `reporting_object_verbs.txt`, with an
    object; not a bare participle ("..., citing a source") nor a verb of giving ("denied
    vaccines to immigrants")."""
    if verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False
    listed = _verb_names(verb) & words("reporting_object_verbs")
    if any(c.dep_ in ("dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return verb.lemma_.lower() in listed
    return bool(listed - {verb.lemma_.lower()})  # "called for an end to ..."


def _predicate(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Characters of the verb's own clause: a plain subject right before it (no punctuation
    inside, so no dateline or appositive), auxiliaries, the verb and all that follows it up to
    a coordinated clause."""
    start = verb.i
    for child in reversed(list(verb.lefts)):
        if child.right_edge.i != start - 1 or child.dep_ not in SUBJECT_DEPS | {"aux", "neg", "advmod"}:
            break
        if child.dep_ in SUBJECT_DEPS and any(t.is_punct for t in child.subtree):
            break
        start = child.left_edge.i
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in ("conj", "cc"):
            break
        end = child.right_edge.i + 1
    return _chars(doc, start, end)


def _source_note(token: Token) -> bool:
    """True for a participle that only notes a source or manner ("..., the agency said, citing
    officials"): no subject and no reported clause of its own."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
        c.dep_ in SUBJECT_DEPS | {"ccomp", "mark"} for c in token.children)


def _has_main_clause(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) hold a clause or subject, not only adverbials
    ("As the charges were unsealed, X testified before ..." reports nothing)."""
    roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
    return any(t.dep_ not in ("advcl", "prep", "npadvmod", "advmod", "mark", "punct", "cc", "intj") for t in roots)


def _around(doc: Doc, sentence: Span, start: int, end: int) -> tuple[int, int] | None:
    """The sentence without the phrase [start, end) when that phrase opens or closes it."""
    last = sentence.end - 1 if doc[sentence.end - 1].is_punct else sentence.end
    if end >= last and start > sentence.start:
        return _chars(doc, sentence.start, start)
    if start == sentence.start and end < last:
        return _chars(doc, end, sentence.end)
    return _chars(doc, sentence.start, sentence.end)


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Characters of tokens [start, end), without a leading "that", the tail of a bracket or
    edge punctuation."""
    tokens = list(doc[start:end])
    closing = next((k for k, t in enumerate(tokens[:3]) if t.text == ")"), None)
    if closing is not None and not any(t.text == "(" for t in tokens[:closing]):
        tokens = tokens[closing + 1 :]  # "CNN) President ...": the tail of a bracket
    while tokens and (tokens[0].is_punct or _complementizer(tokens)):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ".!?…" and not _closes_open_mark(tokens):
        tokens.pop()
    if len(tokens) < 3:
        return None
    end = tokens[-1].i + 1
    for extra in (1, 2):  # `was “a success` -> `was “a success”` (or `“a success.”`)
        tail = doc[end : end + extra]
        if len(tail) == extra and all(t.is_punct for t in tail) and _closes_open_mark(list(doc[tokens[0].i : end + extra])):
            end += extra
            break
    return tokens[0].idx, doc[end - 1].idx + len(doc[end - 1])


def _closes_open_mark(tokens: list[Token]) -> bool:
    """True when the last token is a closing quote mark for an opening one among the others."""
    last, before = tokens[-1].text, "".join(t.text_with_ws for t in tokens[:-1])
    if last == '"':
        return before.count('"') % 2 == 1
    return last in CLOSERS and sum(before.count(c) for c in OPENERS) > sum(before.count(c) for c in CLOSERS)


def _complementizer(tokens: list[Token]) -> bool:
    """True when the first token is the "that" introducing a clause (not a pronoun "that")."""
    if tokens[0].lower_ != "that" or len(tokens) < 2:
        return False
    return tokens[0].dep_ == "mark" or tokens[1].pos_ not in ("VERB", "AUX")


def statements_of_paragraph(reader: _Reader, para: _Paragraph, used: set[int], doc_id: str) -> list[Statement]:
    """The reported statements of one paragraph. A statement neither repeats a quote nor holds
    one with its attribution (verbs in `used` attribute quotes), nor cuts a quoted passage."""
    out: list[Statement] = []
    taken: list[tuple[int, int]] = []
    attributing = [para.doc[i].idx for i in used]
    for sentence in para.doc.sents:
        for verb in statement_verbs(reader, para, sentence):
            if any(a <= verb.idx < b for a, b in taken):
                continue  # nested in the content of an outer statement
            source = reader.source_of(para, verb)
            if source is None:
                continue
            span = content_span(para, verb, source, sentence)
            if span is None or _cuts_passage(para, span) or _mostly_quoted(para, span):
                continue
            if any(span[0] <= at < span[1] and at != verb.idx for at in attributing):
                continue  # holds a quote with its attribution
            speaker = source.speaker
            taken.append(span)
            text = para.text[span[0] : span[1]]
            out.append(Statement(
                id=content_id("s", doc_id, para.n, text), speaker=speaker.id, speaker_name=speaker.name,
                text=text, document=doc_id, paragraph=para.n,
            ))
            reader.last_speaker = speaker
    return out


def _cuts_passage(para: _Paragraph, span: tuple[int, int]) -> bool:
    """True when the character range starts or ends inside a quoted passage (a broken parse
    cut the quote in two)."""
    return any(p.mark < edge < p.close_end for p in para.passages for edge in span)


def _mostly_quoted(para: _Paragraph, span: tuple[int, int]) -> bool:
    """True when the character range is a quote with fewer than `MIN_OWN_WORDS` words of its
    own around it: the statement would repeat the quote. A quoted fragment inside reported
    speech ("warned that the government “will not sit on our hands” if ...") keeps it."""
    text = para.text[span[0] : span[1]]
    for p in para.quoted:
        if p.mark < span[1] and span[0] < p.close_end:
            a, b = max(p.mark, span[0]) - span[0], min(p.close_end, span[1]) - span[0]
            text = text[:a] + " " * (b - a) + text[b:]
    return word_count(text) < MIN_OWN_WORDS


# ---------------------------------------------------------------- the extractor


def extract_quotes(parsed: ParsedDocument, actors: ActorTable) -> tuple[list[Quote], list[Statement]]:
    """Direct quotes with their speakers, and reported statements, of one document."""
    doc_id = parsed.document.id
    reader = _Reader(parsed, actors)
    british = not any(mark in doc.text for doc in parsed.docs for mark in DOUBLE_MARKS)
    find = find_single_passages if british else find_passages
    reader.paragraphs = [_Paragraph(n, doc.text, doc, find(doc.text)) for n, doc in enumerate(parsed.docs, start=1)]
    reader.note_person_names()
    quotes: list[Quote] = []
    statements: list[Statement] = []
    carry: Speaker | None = None
    for k, para in enumerate(reader.paragraphs):
        next_text = reader.paragraphs[k + 1].text.lstrip() if k + 1 < len(reader.paragraphs) else ""
        next_opens = bool(next_text) and next_text[0] in OPENERS + '"'
        found, verbs, last = quotes_of_paragraph(reader, para, carry, next_opens, doc_id)
        if last:
            reader.last_speaker = last
        reported = statements_of_paragraph(reader, para, {v.i for v in verbs}, doc_id)
        quotes.extend(found)
        statements.extend(reported)
        carry = reader.last_speaker if (found or reported) else None
    return _unique(quotes), _unique(statements)


def _unique(items: list) -> list:
    """Items with distinct ids (the same words twice in a paragraph are one item)."""
    seen: set[str] = set()
    return [item for item in items if not (item.id in seen or seen.add(item.id))]
