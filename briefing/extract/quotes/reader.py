"""What reading one document has learned about its speakers: which actor a name points to,
who was named where (as a subject, as a speaker), and the antecedents of pronouns."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from ...model import Actor, AttributionMethod
from ...nlp import ParsedDocument
from ..actors import ActorTable, Occurrence
from ..lexicon import words
from ..name_keys import first_name_pronoun
from .grammar import SUBJECT_DEPS, has_who_clause, main_verb, opened_by_conjunction, word_set
from .passages import Paragraph

ORGANIZATION_KINDS = frozenset({"organization", "country"})
# labels the model sometimes gives a person's name: as a speaker, read as a plain name
NAME_LIKE_LABELS = frozenset({"", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "LANGUAGE"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
PRONOUN_LOOKBACK = 4  # paragraphs searched for a person named as a subject
TITLE_WORDS = 5  # words before a person's name read as a title ("China's ambassador to Britain")
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})  # parts of speech a title is made of
PRONOUN_FORMS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "it": "it", "its": "it"}
VOICE_LOOKBACK = 2  # paragraphs before searched for the organization "the company" or "it" stands for


def _source_nouns() -> frozenset[str]:
    """Nouns that name documents or unnamed sources (never a person's name)."""
    return words("speech_nouns") | words("anonymous_sources")


def organization_name(actor: Actor) -> bool:
    """True for an organization whose name ends in an organization's head word or legal form
    ("... Productions", "... Corp."): never a person, whatever label the model gave it."""
    last = actor.name.split()[-1].casefold() if actor.name.split() else ""
    return actor.kind == "organization" and last in words("actor_org_heads") | words("actor_org_suffixes")


def _group_noun(token: Token) -> bool:
    """True for a capitalized plural of a source noun ("The Members of Parliament said")."""
    return token.tag_ == "NNPS" and token.lower_.endswith("s") and token.lower_[:-1] in words("anonymous_sources")


def _pronoun_after(span) -> str | None:
    """The first of "he", "she", "it" (or their possessives) after a name in its sentence,
    before any other name: the pronoun the text uses for it ("Bolton said it would appeal")."""
    for token in span.doc[span.end : span.sent.end]:
        if token.ent_type_ == "PERSON":
            return None
        if token.pos_ == "PRON" and token.lower_ in PRONOUN_FORMS:
            return PRONOUN_FORMS[token.lower_]
    return None


def title_start(span) -> int:
    """Where the title before a name starts: its noun phrase's first word, or earlier across
    nouns, adjectives and possessives the parse cut off it ("against Acme co-founder Jo Lee",
    parsed as three objects of "against"), at most `TITLE_WORDS` words before the name."""
    first = span.start - TITLE_WORDS
    start = max(span.root.left_edge.i, first, span.sent.start)
    while start > max(first, span.sent.start) and (span.doc[start - 1].pos_ in TITLE_POS or span.doc[start - 1].tag_ == "POS"):
        start -= 1
    return start


@dataclass(frozen=True)
class Speaker:
    """Who said it: an actor of the document, or only a wording (an unnamed source), and how
    the text names it (`model.AttributionMethod`)."""

    name: str
    actor: Actor | None = None
    how: AttributionMethod = "named"

    def found_by(self, how: AttributionMethod) -> Speaker:
        """The same speaker, found another way ("she said" -> "pronoun")."""
        return replace(self, how=how)

    @property
    def id(self) -> str | None:
        """The actor id, or None for an unnamed source."""
        return self.actor.id if self.actor else None


@dataclass
class Reader:
    """One document being read: its paragraphs, actors, and the speakers found so far."""

    parsed: ParsedDocument
    actors: ActorTable
    paragraphs: list[Paragraph] = field(default_factory=list)
    last_speaker: Speaker | None = None
    person_like: set[str] = field(default_factory=set)  # actor ids named like persons when speaking
    spoken: dict[int, list[tuple[int, int, Actor]]] = field(default_factory=dict)  # paragraph -> named speakers
    pronouns: dict[str, str] = field(default_factory=dict)  # actor id -> the pronoun used for it
    voices: dict[int, dict[int, Actor]] = field(default_factory=dict)  # paragraph -> offset -> organization named as a subject
    documents: dict[int, dict[int, Speaker]] = field(default_factory=dict)  # paragraph -> offset -> a document speaking as a subject
    title_words: dict[str, list[set[str]]] = field(default_factory=dict)  # actor id -> word sets before its mentions
    # persons named with no actor: (paragraph, offset), name, the pronoun used for them right after
    bare_speakers: list[tuple[tuple[int, int], str, str | None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._occ_keys = [(o.paragraph, o.start) for o in self.actors.occurrences]
        # paragraph -> (entries of `spoken` sorted as (start, index, end, actor), longest span)
        self._spoken_index: dict[int, tuple[list[tuple[int, int, int, Actor]], int]] = {}

    def _spoken_sorted(self, paragraph: int) -> tuple[list[tuple[int, int, int, Actor]], int]:
        """The paragraph's named speakers sorted by start (ties in the order they were named),
        with the longest span's length; kept in step with `spoken`, which only grows."""
        spans = self.spoken.get(paragraph, [])
        entries, longest = self._spoken_index.get(paragraph, ([], 0))
        if len(entries) > len(spans):
            entries, longest = [], 0
        for k in range(len(entries), len(spans)):
            start, end, actor = spans[k]
            bisect.insort(entries, (start, k, end, actor))
            longest = max(longest, end - start)
        self._spoken_index[paragraph] = (entries, longest)
        return entries, longest

    def voice_before(self, para: Paragraph, offset: int, kinds=ORGANIZATION_KINDS, *, subjects_only: bool = False
                     ) -> Speaker | None:
        """The organization or country a description ("the agency said") or "it" stands for,
        looking back from (paragraph, offset) one paragraph at a time, up to `VOICE_LOOKBACK`
        paragraphs before: the one named last in a main clause's subject ("Acme Corp. chief Jo
        Lee said ..." names Acme Corp. in its subject), else the only one named in that
        paragraph (not with `subjects_only`). None when the nearest paragraph naming any names
        several, none a subject."""
        found = self._voice_before(para, offset, kinds, subjects_only)
        return found[1] if found else None

    def voice_since(self, para: Paragraph, offset: int, since: tuple[int, int]) -> Speaker | None:
        """The organization or country `voice_before` finds named as a main clause's subject
        before (paragraph, offset), when it is named after position `since`."""
        found = self._voice_before(para, offset, ORGANIZATION_KINDS, True)
        return found[1] if found and found[0] > since else None

    def _voice_before(self, para: Paragraph, offset: int, kinds, subjects_only: bool
                      ) -> tuple[tuple[int, int], Speaker] | None:
        """`voice_before`, with the (paragraph, offset) where the chosen one is named."""
        for n in range(para.n, para.n - 1 - VOICE_LOOKBACK, -1):
            named = {at: (a, True) for at, a in self.voices.get(n, {}).items()}
            for occ in self._occurrences_in(n):
                actor = self.actors.get(occ.actor_id)
                if actor and occ.start not in named and not self.quoted(occ):
                    named[occ.start] = (actor, self._in_subject(n, occ.start, occ.end))
            every = [(at, a, subject) for at, (a, subject) in sorted(named.items(), reverse=True)
                     if (n, at) < (para.n, offset) and a.kind in kinds]
            found = [f for f in every if not (n == para.n and self._place_in_sentence(para, f[0], offset))]
            chosen = next(((at, a) for at, a, subject in found if subject), None)
            if chosen is None and not subjects_only and len({a.id for _at, a, _subject in every}) == 1 and found:
                chosen = found[0][:2]
            if chosen:
                return (n, chosen[0]), Speaker(chosen[1].name, chosen[1], "description")
            if found:
                return None
        return None

    @staticmethod
    def _place_in_sentence(para: Paragraph, at: int, offset: int) -> bool:
        """True when the name at character `at` is the object of a preposition (not the agent
        of a passive) in the sentence holding `offset`: a description there never stands for
        it ("Many fled to Y, a tent city, the agency added" is not Y speaking), though it still
        makes the paragraph's names several."""
        token = next((t for t in para.doc if t.idx >= at), None)
        if token is None or not token.sent.start_char <= offset < token.sent.end_char:
            return False
        while token.dep_ in ("compound", "flat") and token.head.i > token.i:
            token = token.head
        return token.dep_ == "pobj" and token.head.dep_ != "agent"

    def thing_before(self, para: Paragraph, offset: int) -> Speaker | None:
        """What "it" stands for as a speaker at (paragraph, offset): the nearer of the
        organization `voice_before` finds among subjects and the last document found speaking
        as a subject within `VOICE_LOOKBACK` paragraphs ("“…,” the letter reads. “…,” it
        continues": the letter's speaker)."""
        voice = self._voice_before(para, offset, ORGANIZATION_KINDS, True)
        documents = [((n, at), speaker) for n in range(max(1, para.n - VOICE_LOOKBACK), para.n + 1)
                     for at, speaker in sorted(self.documents.get(n, {}).items()) if (n, at) < (para.n, offset)]
        candidates = [c for c in (voice, documents[-1] if documents else None) if c]
        return max(candidates, key=lambda c: c[0])[1] if candidates else None

    def note_document(self, para: Paragraph, token: Token, speaker: Speaker) -> None:
        """Remember the speaker of a document found speaking as the subject at `token` ("the
        letter reads"): what "it" may stand for next."""
        if token.dep_ in SUBJECT_DEPS:
            self.documents.setdefault(para.n, {})[token.idx] = speaker

    def note_voice(self, para: Paragraph, token: Token, actor: Actor | None) -> None:
        """Remember an organization or country found speaking as the subject at `token`."""
        if actor and actor.kind in ORGANIZATION_KINDS and token.dep_ in SUBJECT_DEPS:
            self.voices.setdefault(para.n, {})[token.idx] = actor

    def _occurrences_in(self, paragraph: int) -> list[Occurrence]:
        """The actor table's occurrences in one paragraph, in order."""
        lo = bisect.bisect_left(self._occ_keys, (paragraph, 0))
        hi = bisect.bisect_left(self._occ_keys, (paragraph + 1, 0))
        return self.actors.occurrences[lo:hi]

    def _in_subject(self, paragraph: int, start: int, end: int) -> bool:
        """True when characters [start, end) of a paragraph name the subject of a main clause:
        as its head, its apposition, or a modifier of a person's name ("Acme Corp. chief Jo Lee
        said"); not a modifier of a common noun ("the US military said" is not the US, nor "X, the
        UN's top court, said" the UN)."""
        if not 1 <= paragraph <= len(self.paragraphs):
            return False
        span = self.paragraphs[paragraph - 1].doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token, named = span.root, True  # the subject is this name, or a person it describes
        while token.dep_ in ("compound", "poss", "amod", "nmod", "appos", "pobj", "prep"):
            if token.dep_ == "appos":  # a name inside a description of a named organization is no subject
                named = named or token.head.ent_type_ != "ORG"
            else:
                named = named and token.head.pos_ == "PROPN"
            token = token.head
        return named and token.dep_ in SUBJECT_DEPS and main_verb(token.head)

    def named(self, para: Paragraph, token: Token, labels) -> Speaker | None:
        """The actor (or bare name) whose named-entity span holds `token`; a proper noun the
        model left untagged counts as a name too."""
        if token.ent_type_ in labels:
            span = next((e for e in para.doc.ents if e.start <= token.i < e.end), None)
        elif token.ent_type_ in NAME_LIKE_LABELS and token.pos_ == "PROPN" and "PERSON" in labels \
                and not token.text.islower() and not _group_noun(token) \
                and not {token.lower_, token.lemma_.lower()} & _source_nouns():  # "Opelka" as NORP, not "Members"
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
        if label == "ORG" and has_who_clause(span):
            label = "PERSON"  # "Montell Figgins, who represents Thomas, said"
        actor = self.as_person(actor, text, label)
        if actor is None and label == "PERSON" and token.dep_ in SUBJECT_DEPS:
            self.bare_speakers.append(((para.n, span.start_char), text, _pronoun_after(span)))
        if actor and label == "PERSON" and (token.ent_type_ or actor.kind == "person") and not organization_name(actor):
            self.person_like.add(actor.id)  # not an organization the model left untagged here
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

    def listed(self, para: Paragraph, token: Token) -> Speaker | None:
        """The actor the actor table found at a capitalized token the model did not tag as a
        name ("Scissors, who consults ..., said"), else, for an untagged subject, the one person
        of the document with that surname ("Lee himself has said ...", "Lee" read as a verb)."""
        if not token.text[:1].isupper() or token.pos_ in ("PRON", "DET") or not para.outside(token):
            return None
        actor = self.actor_at(para.n, token.idx, token.idx + len(token.text))
        if actor is None and token.dep_ in SUBJECT_DEPS and not token.ent_type_:
            actor = self.as_person(None, token.text, "PERSON")
        if actor is None or actor.kind == "location":
            return None
        if self.is_person(actor):
            self.spoken.setdefault(para.n, []).append((token.idx, token.idx + len(token.text), actor))
        return Speaker(actor.name, actor)

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

    def person_before(self, paragraph: int, offset: int, pronoun: str) -> Speaker | None:
        """The person a pronoun at (paragraph, offset) refers to: the last person named as a
        subject or speaker within a few paragraphs, else the last person named; quotes are
        skipped, and so are persons the text marks as the other gender ("he"/"she": the pronoun
        used for them before, a title such as "Ms." or "spokesman"). A speaker named without an
        actor of the table ("Lee Park, an analyst, said") counts when named after that person."""
        found, fallback = None, None
        for at, actor, subject in self._persons_before(paragraph, offset):
            if self.gender(actor) not in (None, pronoun):
                continue
            if fallback is None:
                fallback = (at, actor)
            if at[0] < paragraph - PRONOUN_LOOKBACK:
                break
            if subject:
                found = (at, actor)
                break
        at, actor = found or fallback or ((0, 0), None)
        bare = [(where, name) for where, name, used in self.bare_speakers
                if at < where < (paragraph, offset) and used in (None, pronoun)]
        if bare:
            return Speaker(bare[-1][1])
        return Speaker(actor.name, actor) if actor else None

    def gender(self, actor: Actor) -> str | None:
        """The pronoun the text marks a person with: the one used for them before, else one
        that their titles imply ("Ms.", "chairman": `feminine_titles.txt`, `masculine_titles.txt`),
        else one their first name implies (`name_keys.first_name_pronoun`: 'Ben', not 'Jordan')."""
        if actor.id in self.pronouns:
            return self.pronouns[actor.id]
        said = set().union(*self.descriptions(actor)) if self.descriptions(actor) else set()
        feminine, masculine = bool(said & words("feminine_titles")), bool(said & words("masculine_titles"))
        if feminine != masculine:
            return "she" if feminine else "he"
        return first_name_pronoun(actor.name.split()[0]) if " " in actor.name and not feminine else None

    def descriptions(self, actor: Actor) -> list[set[str]]:
        """The word sets that describe a person: each role and alias, and the words of the noun
        phrase just before each mention ("France's ambassador John Smith")."""
        if not self.title_words:
            for occ in self.actors.occurrences:
                if occ.paragraph <= len(self.paragraphs):
                    doc = self.paragraphs[occ.paragraph - 1].doc
                    span = doc.char_span(occ.start, occ.end, alignment_mode="expand")
                    if span is not None:
                        lead = doc[title_start(span) : span.start]
                        self.title_words.setdefault(occ.actor_id, []).append(word_set(lead.text))
            self.title_words[""] = []  # computed
        return [word_set(t) for t in [*actor.roles, *actor.aliases]] + self.title_words.get(actor.id, [])

    def persons_before(self, paragraph: int, offset: int) -> list[tuple[tuple[int, int], Actor, bool]]:
        """Persons named outside quotes before (paragraph, offset), nearest first, as
        ((paragraph, offset), actor, named as a subject or speaker)."""
        return list(self._persons_before(paragraph, offset))

    def _persons_before(self, paragraph: int, offset: int):
        """`persons_before`, produced lazily from the nearest backwards: at one position the
        subjects come first (occurrences, then named speakers), then the other occurrences."""
        occurrences, keys = self.actors.occurrences, self._occ_keys
        hi = bisect.bisect_left(keys, (paragraph, offset))
        lowest = min(1, keys[0][0]) if keys else 1  # speakers' paragraphs are numbered from 1
        i = hi - 1
        for p in range(paragraph, lowest - 1, -1):
            entries, _longest = self._spoken_sorted(p) if p in self.spoken else ([], 0)
            j = bisect.bisect_left(entries, (offset,)) - 1 if p == paragraph else len(entries) - 1
            while True:
                a_pos = keys[i][1] if i >= 0 and keys[i][0] == p else None
                b_pos = entries[j][0] if j >= 0 else None
                if a_pos is None and b_pos is None:
                    break
                at = max(x for x in (a_pos, b_pos) if x is not None)
                group = []
                while i >= 0 and keys[i] == (p, at):
                    group.append(occurrences[i])
                    i -= 1
                spoken = []
                while j >= 0 and entries[j][0] == at:
                    spoken.append(entries[j][3])
                    j -= 1
                found = []
                for occ in reversed(group):
                    actor = self.spoken_actor(occ) or self.actors.get(occ.actor_id)
                    if self.is_person(actor) and not self.quoted(occ):
                        found.append((actor, self.is_subject(occ)))
                for actor, subject in found:
                    if subject:
                        yield (p, at), actor, True
                for actor in reversed(spoken):
                    yield (p, at), actor, True
                for actor, subject in found:
                    if not subject:
                        yield (p, at), actor, False

    def other_person(self, para: Paragraph, start: int, end: int, speaker: Speaker) -> bool:
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
        if occ.paragraph not in self.spoken:
            return None
        entries, longest = self._spoken_sorted(occ.paragraph)
        lo = bisect.bisect_left(entries, (occ.start - longest + 1,))
        hi = bisect.bisect_left(entries, (occ.end,))
        best = None
        for start, k, end, actor in entries[lo:hi]:
            if start < occ.end and occ.start < end and (best is None or k < best[0]):
                best = (k, actor)
        return best[1] if best else None

    def note_person_names(self) -> None:
        """Organizations by label that a "who" clause shows to be people ("X, who represents Y"),
        and persons named as main-clause subjects (the likely antecedents of "he" and "she")."""
        for para in self.paragraphs:
            for ent in para.doc.ents:
                if ent.label_ == "ORG" and has_who_clause(ent):
                    actor = self.actor_at(para.n, ent.start_char, ent.end_char)
                    if actor:
                        self.person_like.add(actor.id)
        for para in self.paragraphs:  # main-clause subjects named like persons: pronoun antecedents
            for token in para.doc:
                if token.dep_ in SUBJECT_DEPS and main_verb(token.head) and not opened_by_conjunction(token.head) \
                        and token.ent_type_ == "PERSON" and para.outside(token):
                    self.named(para, token, {"PERSON"})

    def is_person(self, actor: Actor | None) -> bool:
        """A person, or an actor of another kind already heard speaking under a person's name."""
        return actor is not None and (actor.kind == "person" or actor.id in self.person_like)

    def quoted(self, occ: Occurrence) -> bool:
        """True when the occurrence lies inside a quoted passage."""
        return self.paragraphs[occ.paragraph - 1].in_passage(occ.start, occ.end) if occ.paragraph <= len(self.paragraphs) else False

    def is_subject(self, occ: Occurrence) -> bool:
        """True when the occurrence names a speaker, is a clause subject or the person a main
        clause's copula presents ("The new chief is Jo Lee"), or is in apposition to one. The
        subject of a root opened by a conjunction is not: the parse took a subordinate clause
        ("If Jo Lee won, ...") for the main one."""
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
        if root.dep_ == "attr" and root.head.lemma_ == "be" and main_verb(root.head):
            return True  # the one a main clause presents: "Watching it all was the coach, Jo Lee."
        return root.dep_ in SUBJECT_DEPS and main_verb(root.head) and not opened_by_conjunction(root.head)
