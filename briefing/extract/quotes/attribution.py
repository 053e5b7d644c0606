"""Attribution of a quoted passage: the reporting verb after, before or around it (or a
naming verb, or a document it describes), its speaker, and the circumstances of the speech."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import words
from .content import content_span
from .descriptions import author_of, introduced_author
from .grammar import SUBJECT_DEPS, is_reporting, reporting_verbs, subjects, verb_names
from .passages import Paragraph, Passage, opens_sentence, trim, word_count
from .reader import Reader, Speaker
from .speakers import Source, source_of, speaker_of

CONTEXT_DEPS = frozenset({"prep", "npadvmod", "dative", "agent"})
MIN_NAMING_WORDS = 4  # a shorter quoted name ("dubbed the “Hanoi Hilton”") is not speech
MIN_BELIEF_WORDS = 6  # a shorter passage in a clause of belief is a scare quote, not the believer's words


@dataclass(frozen=True)
class Attribution:
    """Why a passage has its speaker: the reporting verb, and the circumstances after it."""

    speaker: Speaker
    verb: Token
    context: str | None = None


def _tokens_from(doc: Doc, offset: int, *, after: bool = False) -> Span:
    """The tokens from the first one starting at or after character `offset` (strictly after
    with `after`) to the paragraph's end, found by bisection rather than a walk from the start."""
    find = bisect.bisect_right if after else bisect.bisect_left
    return doc[find(range(len(doc)), offset, key=lambda i: doc[i].idx) :]


def attribute(reader: Reader, para: Paragraph, passage: Passage, text: str) -> Attribution | None:
    """The first attribution found for a passage (`text` is its trimmed text): a reporting verb
    after it, before it or around it, a naming verb, else the document it describes."""
    return (attribution_after(reader, para, passage, text) or attribution_by_urged_naming(reader, para, passage)
            or attribution_before(reader, para, passage)
            or attribution_around(reader, para, passage) or attribution_in_trailing_report(reader, para, passage)
            or attribution_by_finding(reader, para, passage) or attribution_by_naming(reader, para, passage)
            or attribution_by_aim(reader, para, passage) or attribution_in_document(reader, para, passage))


def context_of(para: Paragraph, verb: Token, source: Source) -> str | None:
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


def attribution_after(reader: Reader, para: Paragraph, passage: Passage, text: str) -> Attribution | None:
    """`“…,” X said` / `“…,” said X, title` / `“…,” according to X`: the attribution must
    start right after the closing mark, in the same sentence."""
    doc = para.doc
    following = _sentence_after(para, passage)
    if not following:
        return None
    first = following[0]
    for verb in following:
        if not is_reporting(verb):
            continue
        source = source_of(reader, para, verb, lenient=True)
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


def _attribution_after_words(reader: Reader, para: Paragraph, passage: Passage,
                             following: list[Token]) -> Attribution | None:
    """`“…” announced in October, said X.`: a passage opening its sentence, a few words that
    finish it (no clause of their own, a subordinate one aside: `“…” to fund his lifestyle when
    he was in exile, X said`), then a comma and an attribution closing the sentence."""
    if not opens_sentence(para.text, passage):
        return None
    doc = para.doc
    for verb in following[1:]:
        if not is_reporting(verb) or _has_content_after(verb):
            continue
        source = source_of(reader, para, verb, lenient=True)
        if source is None:
            continue
        start = min(source.start, verb.i)
        words_between = [t for t in following if t.i < start]
        if doc[start - 1].text != "," or any(t.dep_ in SUBJECT_DEPS and t.head.dep_ != "advcl" for t in words_between):
            return None  # a clause of their own (a subordinate one, "when he was in exile", finishes them)
        if any(t.i > max(verb.i, source.end - 1) and t.head.i < start for t in following):
            return None  # something after the attribution belongs to the earlier words
        return Attribution(source.speaker, verb, context_of(para, verb, source))
    return None


def _sentence_after(para: Paragraph, passage: Passage) -> list[Token]:
    """Word tokens after the passage up to the end of its sentence or the next passage (a
    quoted name after a naming verb, "called “X”", and a quoted fragment of a few words,
    '“…,” posing a “grave risk,” he added', are passed over)."""
    fragments = [p for p in para.passages if p.start > passage.end and _is_fragment(para, p)]
    out: list[Token] = []
    ended = False  # a full stop after the closing mark ends the passage's sentence
    for token in _tokens_from(para.doc, passage.close_end):
        if token.idx < passage.close_end:
            continue
        if not para.outside(token) and out and out[-1].lemma_.lower() in words("naming_verbs"):
            continue  # a quoted name inside the attribution: '“…,” one critic, called “X,” wrote'
        if out and any(p.mark <= token.idx < p.close_end for p in fragments):
            continue
        if not para.outside(token) or (out or ended) and token.is_sent_start:
            break
        ended = ended or token.text in (".", "!", "?")
        if not token.is_punct:
            out.append(token)
    return out


def _is_fragment(para: Paragraph, passage: Passage) -> bool:
    """True for a closed passage of fewer than `MIN_NAMING_WORDS` words with no final
    punctuation inside: a phrase quoted within the writer's sentence, not a sentence."""
    inside = para.text[passage.start : passage.end].rstrip(" ,")
    return passage.closed and word_count(inside) < MIN_NAMING_WORDS and inside[-1:] not in ".!?…"


def _any_verb_after(reader: Reader, para: Paragraph, first: Token) -> Attribution | None:
    """`“…,” Smith laughed` / `“…?” he asked`: a bare subject and verb after the passage
    attribute it whatever the verb, when nothing else follows in that clause and the passage
    is not a subordinate clause of that verb."""
    subject = first
    while subject.dep_ in ("compound", "det", "amod", "poss") and subject.head.i > subject.i:
        subject = subject.head
    verb, first = subject.head, subject
    if first.dep_ not in SUBJECT_DEPS or verb.pos_ != "VERB" or not 0 < verb.i - first.right_edge.i <= 2:
        return None
    if _has_content_after(verb) or not para.outside(verb):
        return None
    if any(c.dep_ == "advcl" and not para.outside(c) for c in verb.children):
        return None  # the passage is a clause of the verb's sentence: '“If we lose,” the city will suffer'
    speaker = speaker_of(reader, para, first, lenient=True)
    if speaker is None:
        return None
    return Attribution(speaker, verb, context_of(para, verb, Source(speaker, first.left_edge.i, first.i + 1)))


def _frames(verb: Token, token: Token) -> bool:
    """True when `token` is an adverb or auxiliary of the verb standing before it ("later said")."""
    return token.head == verb and token.i < verb.i and token.dep_ in ("aux", "advmod", "neg")


def _has_content_after(verb: Token) -> bool:
    """True when the verb has a clause or object of its own after it."""
    return any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children)


def attribution_before(reader: Reader, para: Paragraph, passage: Passage) -> Attribution | None:
    """`X said: “…”` / `X said the plan was “…”`: a reporting verb of the sentence leading into
    the passage (the one governing it, or the outermost one whose clause holds it, else the
    nearest); `X agreed: “…”`: any verb right before a colon (its subject a name, or a noun
    describing a person: "One woman screamed: “…”")."""
    doc = para.doc
    mark = next(iter(_tokens_from(doc, passage.mark)), None)
    if mark is None:
        return None
    leading = [t for t in doc[mark.sent.start : mark.i] if para.outside(t)]
    found = []
    for verb in reversed(leading):
        if not is_reporting(verb):
            continue
        # a verb inside a modifying clause reports only what that clause holds: "a call in
        # which he said he'd put a “bullet ...”" (not "the man who said so, “...”")
        if (verb.dep_ in ("relcl", "acl", "amod", "pcomp") or _time_clause(verb)) \
                and not verb.left_edge.i <= mark.i <= verb.right_edge.i:
            continue
        source = source_of(reader, para, verb, lenient=True)
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
            source = source_of(reader, para, verb, lenient=_person_described(verb))
            if source:
                return Attribution(source.speaker, verb, context_of(para, verb, source))
    verb = _bare_lead(para, passage, leading)
    source = source_of(reader, para, verb) if verb is not None else None
    if source and source.speaker.actor and source.speaker.actor.kind == "person":
        return Attribution(source.speaker, verb, None)
    return None


def _bare_lead(para: Paragraph, passage: Passage, leading: list[Token]) -> Token | None:
    """`Jo Lee continued, “I …”`: the verb of a sentence that is only a subject and its verb
    (adverbs aside) followed by a comma and a passage opening with a capital letter; None
    otherwise."""
    words_before = [t for t in leading if not t.is_punct]
    if not words_before or not para.text[: passage.mark].rstrip().endswith(",") \
            or not para.text[passage.start : passage.start + 1].isupper():
        return None
    verb = words_before[-1]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" and not (verb.head.i > verb.i and not para.outside(verb.head)):
        return None
    subject = [t for t in words_before[:-1] if t.dep_ not in ("advmod", "neg")]
    heads = {t for t in subject if t.head not in subject}
    if len(heads) != 1 or next(iter(heads)).dep_ not in SUBJECT_DEPS or next(iter(heads)).head != verb:
        return None
    return verb


def _person_described(verb: Token) -> bool:
    """True when the verb's subject describes a person with a noun of person
    (`anonymous_sources`, `actor_role_words`, gendered words: "One woman carrying a box
    screamed: “…”"), which a verb before a colon makes a speaker."""
    people = words("anonymous_sources") | words("actor_role_words") | words("feminine_titles") \
        | words("masculine_titles")
    return any(s.pos_ == "NOUN" and s.lower_ in people for s in subjects(verb))


def _time_clause(verb: Token) -> bool:
    """True for the verb of a clause of time ("when Hamas responded, it was believed “…”"):
    it dates the sentence's report, never makes it."""
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in words("time_conjunctions")
                                        for c in verb.children)


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


def attribution_around(reader: Reader, para: Paragraph, passage: Passage) -> Attribution | None:
    """`Content with “a quoted part,” X said.` / `“If we lose,” the party must act, X said.`:
    a later reporting verb of the same sentence whose reported content holds the passage (the
    content may open right after the passage's opening mark)."""
    mark = next(iter(_tokens_from(para.doc, passage.mark)), None)
    if mark is None:
        return None
    for verb in mark.sent:
        if verb.idx < passage.close_end or not para.outside(verb) or not is_reporting(verb):
            continue
        source = source_of(reader, para, verb)
        span = content_span(para, verb, source, mark.sent) if source else None
        if span and span[0] <= passage.start and passage.end <= span[1] + 1:
            return Attribution(source.speaker, verb, context_of(para, verb, source))
    return None


def attribution_in_trailing_report(reader: Reader, para: Paragraph, passage: Passage) -> Attribution | None:
    """`“Some actors” or groups “acting in small cells” will strike, the bulletin adds.`: a
    passage inside the reported clause of a reporting verb that closes the sentence after a
    comma (its subject outside the passages) is the reporter's words, even when the clause opens
    with another quoted phrase. The verb may be tagged as a plural noun after a document noun
    ("…, the document states")."""
    mark = next(iter(_tokens_from(para.doc, passage.mark)), None)
    if mark is None:
        return None
    for verb in mark.sent:
        if verb.idx < passage.close_end or not para.outside(verb) or not _reports(verb):
            continue
        source = source_of(reader, para, verb, lenient=True)
        if source is None or not _comma_before(para.doc, min(source.start, verb.i)):
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
            if clause.left_edge.idx <= passage.mark and passage.end <= clause.right_edge.idx + len(clause.right_edge):
                return Attribution(source.speaker, verb, context_of(para, verb, source))
    return None


def attribution_by_finding(reader: Reader, para: Paragraph, passage: Passage) -> Attribution | None:
    """`The panel found that the delays “put lives at risk”`: a passage inside the clause a
    verb of finding (`finding_verbs.txt`) governs is its subject's wording; the clause must be
    finite (not "Police found the car “badly damaged”", a state they saw). So is a passage of
    at least `MIN_BELIEF_WORDS` words set inside the clause of a verb of belief
    (`belief_verbs.txt`) whose subject is a person ("She thinks the city could “win back every
    family that left”"); a shorter one is the writer's scare quote ("He believes the plan is
    “fair”"), and one opening a sentence is speech another verb reports ("believes voters will
    scream, “…”")."""
    inner = next((t for t in _tokens_from(para.doc, passage.mark, after=True) if not t.is_punct), None)
    if inner is None or inner.idx >= passage.end:
        return None
    believed = word_count(para.text[passage.start : passage.end]) >= MIN_BELIEF_WORDS \
        and not opens_sentence(para.text, passage)
    child = inner
    for ancestor in inner.ancestors:
        if para.outside(ancestor) and child.dep_ == "ccomp" and _finite(child):
            if ancestor.lemma_.lower() in words("finding_verbs"):
                source = source_of(reader, para, ancestor, lenient=True)
                return Attribution(source.speaker, ancestor, context_of(para, ancestor, source)) if source else None
            if believed and ancestor.lemma_.lower() in words("belief_verbs"):
                source = source_of(reader, para, ancestor)
                if source and reader.is_person(source.speaker.actor):
                    return Attribution(source.speaker, ancestor, context_of(para, ancestor, source))
                return None
        child = ancestor
    return None


def _finite(verb: Token) -> bool:
    """True for the verb of a finite clause: one with an auxiliary or "that", or a verb form
    that is not a participle with a subject of its own."""
    return any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children) \
        or verb.tag_ in ("VBD", "VBZ", "VBP", "VB") and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _comma_before(doc: Doc, i: int) -> bool:
    """True when a comma (perhaps inside a closing quote mark: `…,” the bulletin adds`) stands
    right before token `i`."""
    before = [t.text for t in doc[max(0, i - 2) : i]]
    return before[-1:] == [","] or before[-1:] in (["”"], ['"'], ["»"]) and before[:1] == [","]


def _reports(token: Token) -> bool:
    """A reporting verb, or a sentence's root the tagger read as a plural noun though it has
    a subject ("the document states"), whose lemma is a reporting verb."""
    if is_reporting(token):
        return True
    return token.dep_ == "ROOT" and token.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in token.children) \
        and bool(verb_names(token) & reporting_verbs())


def _first_word_inside(para: Paragraph, passage: Passage) -> Token | None:
    """The first word of a passage of at least `MIN_NAMING_WORDS` words, or None."""
    start, end = trim(para.text, passage.start, passage.end)
    if word_count(para.text[start:end]) < MIN_NAMING_WORDS:
        return None
    inner = next((t for t in _tokens_from(para.doc, passage.mark, after=True) if not t.is_punct), None)
    return None if inner is None or inner.idx >= passage.end else inner


def attribution_by_naming(reader: Reader, para: Paragraph, passage: Passage) -> Attribution | None:
    """`X called the plan “a betrayal of everything we stand for”`: a passage naming the object
    of a verb in `naming_verbs.txt` is the subject's words (kept only from `MIN_NAMING_WORDS`)."""
    inner = _first_word_inside(para, passage)
    if inner is None:
        return None
    child = inner
    for ancestor in inner.ancestors:
        if para.outside(ancestor):
            if child.dep_ == "oprd" and ancestor.lemma_.lower() in words("naming_verbs"):
                source = source_of(reader, para, ancestor, lenient=True)
                return Attribution(source.speaker, ancestor, context_of(para, ancestor, source)) if source else None
            return None
        child = ancestor
    return None


def attribution_by_urged_naming(reader: Reader, para: Paragraph, passage: Passage) -> Attribution | None:
    """`X said …, prompting Y to call the plan “a betrayal of everything we stand for”`: a
    passage naming the object of a naming verb in the infinitive of another verb's object is
    that object's words (the one led to call it so; not one asked or urged to), before any
    report holding the sentence (kept only from `MIN_NAMING_WORDS`)."""
    inner = _first_word_inside(para, passage)
    if inner is None:
        return None
    child = inner
    while child.head.i != child.i and not para.outside(child.head):
        child = child.head
    verb = child.head
    if child.dep_ != "oprd" or verb.lemma_.lower() not in words("naming_verbs") or verb.dep_ != "xcomp" \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or is_reporting(verb.head) \
            or verb.head.lemma_.lower() in words("appeal_verbs"):
        return None  # "asking Y to call it “…”", "urged Y to call it “…”": the asker's wording
    for urged in (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and para.outside(c)):
        speaker = speaker_of(reader, para, urged)
        if speaker:
            return Attribution(speaker, verb, context_of(para, verb, Source(speaker, urged.left_edge.i, urged.i + 1)))
    return None


def attribution_by_aim(reader: Reader, para: Paragraph, passage: Passage) -> Attribution | None:
    """`X aims to make the country “the energy hub of the region”`: a passage closing the
    infinitive of a verb of aim (`intent_verbs.txt`) states the subject's own aim in its words
    (kept only from `MIN_NAMING_WORDS`; the subject must name an actor)."""
    inner = _first_word_inside(para, passage)
    if inner is None:
        return None
    outer = next((a for a in inner.ancestors if para.outside(a)), None)
    if outer is not None and outer.dep_ == "prep":
        outer = outer.head  # "to turn the port into “…”"
    if outer is None or outer.pos_ != "VERB":
        return None
    verb = outer
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb is outer or verb.lemma_.lower() not in words("intent_verbs"):
        return None
    for subject in subjects(verb):
        speaker = speaker_of(reader, para, subject) if para.outside(subject) else None
        if speaker and speaker.actor:
            return Attribution(speaker, verb, context_of(para, verb, Source(speaker, subject.left_edge.i, subject.i + 1)))
    return None


def attribution_in_document(reader: Reader, para: Paragraph, passage: Passage) -> Attribution | None:
    """`X released a report that described “…”`: a passage inside a clause that modifies a
    document noun takes the document's author."""
    inner = next((t for t in _tokens_from(para.doc, passage.mark, after=True) if not t.is_punct), None)
    if inner is None or inner.idx >= passage.end:
        return None
    child = inner
    for ancestor in inner.ancestors:
        if para.outside(ancestor) and child.dep_ in ("relcl", "acl") and ancestor.pos_ == "NOUN" \
                and ancestor.lemma_.lower() in words("speech_nouns"):
            author = author_of(reader, para, ancestor) or introduced_author(reader, para, ancestor)
            return Attribution(author, child) if author else None
        child = ancestor
    return None
