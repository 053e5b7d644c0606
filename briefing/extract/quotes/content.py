"""What a reporting verb reports: the character range of its reported clause, its object
clause, or the rest of the sentence around `according to X`."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import words
from .grammar import (
    SUBJECT_DEPS, in_with_clause, is_reporting, names_object, next_preposition, passive_agents, verb_names,
)
from .passages import CLOSERS, OPENERS, Paragraph
from .speakers import Source

MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl"})  # clauses that modify a word or a clause
# parts of a reporting verb's own clause that are neither its subject nor its content
LEAD_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod"})  # phrases that may open a reporting verb's clause
FRAME_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "npadvmod", "prep", "dative", "punct", "prt", "cc", "agent"})


def content_span(para: Paragraph, verb: Token, source: Source, sentence: Span) -> tuple[int, int] | None:
    """Character range of what the verb reports, or None.

    `Content, X said.` -> the part before the comma; `X said (that) content` -> the clausal
    complement; `X cited ...`, `X accused Y of ...` -> the verb's own clause; `..., according
    to X` -> the rest.
    """
    doc = para.doc
    if verb.lower_ == "according" and verb.head.dep_ in ("relcl", "acl"):  # "a strike that according to X killed ..."
        return _chars(doc, verb.head.left_edge.i, verb.head.right_edge.i + 1)
    if verb.lower_ == "according":
        return _around(doc, sentence, verb.left_edge.i, verb.right_edge.i + 1)
    start = min(source.start, verb.i)
    frame_end = _frame_end(verb, max(source.end, verb.i + 1))
    last = sentence.end - 1 if doc[sentence.end - 1].is_punct else sentence.end
    closes = frame_end >= last or _own_clause_follows(verb, frame_end, last)
    before = _attribution_comma(doc, sentence, start)
    trailing = closes and before is not None and (before < start or _subject_outside_quote(para, sentence.start, before))
    if trailing and not verb_names(verb) & words("appeal_verbs"):
        return _chars(doc, sentence.start, before) if _has_main_clause(doc, sentence.start, before) else None
    taken_for_object = _clause_taken_for_object(verb) or _clause_hung_on_frame(verb)
    if taken_for_object:
        return _chars(doc, taken_for_object[0].left_edge.i, taken_for_object[0].right_edge.i + 1)
    clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i] \
        or [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1
            and verb.lemma_.lower() not in words("listener_verbs")]  # "suggested pushing ...", not "told cheering crowds"
    if not clause and _set_off(doc, start, max(source.end, verb.i + 1), sentence):  # "The plan, she said, is ..."
        return _chars(doc, sentence.start, sentence.end)
    if clause:
        start = clause[0].left_edge.i
        if verb.lemma_.lower() not in words("listener_verbs"):  # "suggested [the reason] is ..."
            start = min([start, *[c.left_edge.i for c in verb.rights if c.dep_ == "dobj" and c.i < start]])
        listener = verb.lemma_.lower() in words("listener_verbs")
        if not _has_subject_or_marker(doc[start : clause[0].i + 1], that_opens=not listener):
            return None  # "told friends that the interview aired ... was": a broken parse
        return _chars(doc, start, clause[-1].right_edge.i + 1)
    if _reports_an_object(verb) or passive_agents(verb) or names_object(verb):  # "The plan was announced by X in May."
        return _predicate(doc, verb)
    return None


def _attribution_comma(doc: Doc, sentence: Span, start: int) -> int | None:
    """Token index where the content before a trailing attribution at `start` ends: a comma or
    dash right before it, or one inside the closing mark of a quoted fragment that ends the
    content (`... of “local staff,” the ministry said`: the mark kept), or that mark alone when
    the writer left the comma out; None without one."""
    if start <= sentence.start:
        return None
    if doc[start - 1].text in (",", "—", "–"):
        return start - 1
    if start - 2 > sentence.start and doc[start - 1].text in CLOSERS and doc[start - 2].text in (",", "—", "–"):
        return start
    if start - 2 > sentence.start and doc[start - 1].text in CLOSERS and doc[start - 2].is_alpha:
        return start  # `... his “Christian duty” Jo Lee told reporters`: the writer left the comma out
    return None


def _subject_outside_quote(para: Paragraph, start: int, end: int) -> bool:
    """True when the main verb of tokens [start, end) has its subject in the writer's words,
    the first quote completing that clause (`The talks “went well,”`); False when the quote holds
    the whole clause, subject included (`Since then, “the talks went well,”`), or sits in a
    clause that modifies it (`Talks failed, which was “a shame,”`)."""
    doc = para.doc
    roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
    verbs = {*roots, *(c for r in roots for c in r.children if c.dep_ in ("aux", "auxpass"))}  # a subject hung on "are"
    if not any(c.dep_ in SUBJECT_DEPS | {"expl"} and para.outside(c) for v in verbs for c in v.children):
        return False
    first = next((t for t in doc[start:end] if not para.outside(t) and t.is_alpha), None)
    return first is None or not any(t.dep_ in MODIFIER_CLAUSE_DEPS for t in [first, *first.ancestors] if t.i < end and t not in roots)


def _frame_end(verb: Token, at: int) -> int:
    """Token index just past the speaker's own clause after `at`: the circumstances contiguous
    with the verb ("said on Monday", "told reporters in Geneva", "said, citing officials")."""
    listener = verb.lemma_.lower() in words("listener_verbs")
    for child in verb.rights:
        if child.i < at:
            continue
        own = child.dep_ in FRAME_DEPS or _source_note(child) or listener and child.dep_ == "dobj"  # "told reporters"
        if not own or child.left_edge.i > at:
            break
        at = child.right_edge.i + 1
    return at


def _own_clause_follows(verb: Token, at: int, last: int) -> bool:
    """True when tokens [at, last) are a clause with a subject of its own that is no part of
    what the verb reports: another report coordinated with it ("..., the ministry said in an
    update, but estimates say ...") or a clause set after it by a conjunction ("..., the
    ministry said on Monday, as the army faced ..."). The verb's frame ends its part of the
    sentence; a coordinated clause that reports nothing goes on with the speaker's words
    ("..., she added, but the tone may change")."""
    return any(c.left_edge.i == at and c.right_edge.i >= last - 1 and any(g.dep_ in SUBJECT_DEPS for g in c.children)
               and (c.dep_ == "conj" and is_reporting(c) or c.dep_ == "advcl" and any(g.dep_ == "mark" for g in c.children))
               for c in verb.rights)


def with_frame(para: Paragraph, verb: Token, source: Source, span: tuple[int, int]) -> tuple[int, int]:
    """The reported content `span` widened to the reporting frame around it: the speaker's
    phrase and the verb ("Smith told reporters that ...", "..., Smith said on Monday", "...,
    according to Smith"), else the verb alone. A frame is kept only when it and every word between it and the
    content belong to the verb's clause ("he said, adding that ..." keeps only the content)."""
    doc = para.doc
    lo = next(t.i for t in doc if t.idx + len(t.text) > span[0])
    hi = max(t.i for t in doc if t.idx < span[1])
    clause = {t.i for t in verb.subtree}
    for frame in ([verb.i, source.start, source.end - 1], [verb.i]):
        first, last = min(frame), max(frame)
        gap = range(last + 1, lo) if last < lo else range(hi + 1, first) if first > hi else range(0)
        if all(i in clause or doc[i].is_punct for i in [*gap, *range(first, last + 1)]):
            if first > hi:  # "..., a source told reporters on Monday": the whole frame after the content
                last = _frame_end(verb, last + 1) - 1
                while doc[last].is_punct or doc[last].dep_ == "cc":  # "..., X said, but ..."
                    last -= 1
            start, end = min(lo, first), max(hi, last)
            if first <= lo:
                start = _lead_start(para, verb, start)
            while end > start and doc[end].is_punct and doc[end].text not in ".!?…" \
                    and not _closes_open_mark(list(doc[start : end + 1])):
                end -= 1
            return doc[start].idx, doc[end].idx + len(doc[end].text)
    return span


def _lead_start(para: Paragraph, verb: Token, start: int) -> int:
    """Index where the verb's clause opens when phrases of its own stand before the frame at
    `start`, set off by a comma ("In a post on Tuesday, Doe decried ...", "Responding to
    criticism, the army repeated that ..."): they are part of the report; `start` when there
    are none, or when they hold a quote or a clause of their own, with its own subject or
    reported clause, or a source ("After Lee said ..., Doe warned ...": Lee's words; "Arguing
    that ..., Doe said ...": a report apart; "According to aides, Doe ...": the aides')."""
    doc = para.doc
    first = min((c.left_edge.i for c in verb.lefts if c.dep_ in LEAD_DEPS), default=start)
    lead = doc[first:start]
    if first >= start or doc[start - 1].text != "," or doc[first].sent != doc[start].sent:
        return start
    clause = {t.i for t in verb.subtree}
    if any(t.i not in clause or not para.outside(t) or t.text in OPENERS or t.lower_ == "according"
           or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "ccomp" for c in t.children) for t in lead):
        return start
    return first


def _clause_taken_for_object(verb: Token) -> list[Token]:
    """A reported clause the parse took for an object ("said more than 500 people registered":
    "people" as object, "registered" hanging from it): the object of a verb that takes no
    object, when a finite verb or participle with no subject of its own hangs from it ("said
    the thing he wanted" reports no clause)."""
    if verb.lemma_.lower() in words("reporting_object_verbs") | words("listener_verbs"):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
            and any(g.dep_ in ("acl", "relcl") and g.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                    and not any(s.dep_ in SUBJECT_DEPS for s in g.children) for g in c.rights)]


def _clause_hung_on_frame(verb: Token) -> list[Token]:
    """A reported clause the parse hung on a noun of the verb's frame ("said on Sunday in a
    televised address that the group intended ...": "intended" as a relative clause of
    "address"): a clause opened by the complementizer "that" (tagged IN; the relative pronoun is
    WDT, but not as an adverb: "said at the time that they were well"), with
    a subject of its own, inside a prepositional phrase after a verb without a clause."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return []
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        for clause in prep.subtree:
            if clause.dep_ not in ("relcl", "acl") or clause.i <= prep.i:
                continue
            first = clause.left_edge
            complementizer = first.tag_ == "IN" or first.dep_ == "advmod"  # "said at the time that ...": "that" as "when"
            if first.lower_ == "that" and complementizer and any(c.dep_ in SUBJECT_DEPS for c in clause.lefts):
                return [clause]
    return []


def _set_off(doc: Doc, start: int, end: int, sentence: Span) -> bool:
    """True when tokens [start, end) (a speaker and a verb) stand inside the sentence between
    commas or dashes: a parenthetical attribution of the whole sentence."""
    marks = (",", "—", "–")
    return sentence.start < start - 1 and end < sentence.end - 1 and doc[start - 1].text in marks and doc[end].text in marks


def _has_subject_or_marker(lead: Span, *, that_opens: bool = False) -> bool:
    """True when the lead of a reported clause (its first token up to its head) holds a subject
    or a noun phrase before the head, or opens with "to", "whether", "if", a wh-word or a
    gerund ("suggested pushing back the date"), or, with `that_opens` (a verb without a
    listener, whose "that" cannot start a relative clause of the listener), with the
    complementizer "that" ("said that the military suspects ..." where the parse took
    "military" for an adjective); a clause without them comes from a failed parse."""
    if any(t.dep_ in SUBJECT_DEPS | {"expl", "csubj", "dobj"} for t in lead[:-1]):
        return True
    if that_opens and lead[0].lower_ == "that" and lead[0].dep_ == "mark" and len(lead) > 2:
        return True
    return lead[0].tag_ in ("TO", "WDT", "WP", "WRB", "VBG") or lead[0].lower_ in ("whether", "if")


def _reports_an_object(verb: Token) -> bool:
    """True for a finite verb whose content is a noun phrase ("cited the threat", "accused
    China of ...", "called for an end to ..."): listed in `reporting_object_verbs.txt`, with an
    object; not a bare participle ("..., citing a source") unless it accuses or appeals
    ("..., accusing the firm of ..."), nor a verb of giving ("denied vaccines to immigrants")."""
    appeal = verb_names(verb) & words("appeal_verbs")
    if verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and not appeal \
            and not in_with_clause(verb):
        return False  # "..., citing a source"; but "..., accusing the firm of ..." and "with X describing ..." report
    listed = verb_names(verb) & words("reporting_object_verbs")
    if any(c.dep_ == "dative" or _to_someone(c) for c in verb.children) \
            and not {f"{verb.lemma_.lower()} to"} & (words("reporting_object_verbs") | words("appeal_verbs")):  # "expressed thanks today to"
        return False
    if appeal and _infinitive_after(verb) and not _dated_preposition(verb):
        return True  # "called on the allies to ...", "pleaded with the council to ...", "appealed to them to ..."
    with_preposition = {f"{verb.lemma_.lower()} {p}" for p in next_preposition(verb)}
    if any(c.dep_ in ("dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return bool(listed - with_preposition)  # "ruled out a deal", not "called for" + object
    return bool(listed & with_preposition or listed - {verb.lemma_.lower()})  # "called for an end to ..."


def _to_someone(prep: Token) -> bool:
    """True for a "to" hung on the verb that names whom it is given or said to ("denied vaccines
    to immigrants"); "to" before a gerund belongs to the object the parse left behind
    ("stressed the obstacles to reaching ...")."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _infinitive_after(verb: Token) -> bool:
    """True when a to-infinitive after the verb completes it ("urged them to leave"), however
    the parse hung it (as a complement or an adverbial clause)."""
    return any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > verb.i and any(a.tag_ == "TO" for a in c.lefts)
               for c in verb.children)


def _dated_preposition(verb: Token) -> bool:
    """True when the preposition right after the verb introduces a date, not a listener
    ("called on Monday to ..." is no "call on")."""
    return any(c.dep_ == "prep" and c.i == verb.i + 1 and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
               for c in verb.children)


def _predicate(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Characters of the verb's own clause: a plain subject right before it (no punctuation
    inside, so no dateline or appositive), auxiliaries, the verb and all that follows it up to
    a coordinated clause or a clause reporting what someone else says ("criticized the arrests, as
    X told supporters ...")."""
    start = verb.i
    for child in reversed(list(verb.lefts)):
        if child.right_edge.i != start - 1 or child.dep_ not in SUBJECT_DEPS | {"aux", "auxpass", "neg", "advmod"}:
            break
        if child.dep_ in SUBJECT_DEPS and any(t.is_punct for t in child.subtree):
            break
        start = child.left_edge.i
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in ("conj", "cc") or _other_report(child):
            break
        end = child.right_edge.i + 1
    return _chars(doc, start, end)


def _other_report(clause: Token) -> bool:
    """True for an adverbial clause with its own subject and reporting verb: a statement of its own."""
    return clause.dep_ == "advcl" and is_reporting(clause) and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _source_note(token: Token) -> bool:
    """True for a participle that only notes a source or manner ("..., the agency said, citing
    officials"): no subject and no reported clause of its own."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
        c.dep_ in SUBJECT_DEPS | {"ccomp", "mark"} for c in token.children)


def _has_main_clause(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) hold a clause or subject, not only adverbials
    ("As the charges were unsealed, X testified before ..." reports nothing); a noun or number
    the parse hung as an adverbial clause is a subject ("At least four of the injured suffered
    burns, X said": "four" taken for an adverbial clause)."""
    roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
    return any(t.dep_ not in ("advcl", "prep", "npadvmod", "advmod", "mark", "punct", "cc", "intj")
               or t.dep_ == "advcl" and t.pos_ in ("NUM", "NOUN", "PROPN", "PRON") for t in roots)


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
