"""Reported statements: sentences whose reporting verb outside the quotes has a speaker as
subject; the text is what the verb reports, verbatim, unless it only repeats a quote."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ...model import Statement
from ...slugs import content_id
from .content import content_span, with_frame
from ..lexicon import words
from .grammar import (
    SUBJECT_DEPS, free_relative, inside_clause, is_reporting, names_object, passive_agents, phrase, relative_heads,
    verb_names, in_with_clause, with_subject,
)
from .passages import Paragraph, word_count
from .reader import Reader, Speaker
from .speakers import Source, source_of, speaker_of

# dependency labels under which a reporting verb heads a real statement
STATEMENT_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "parataxis"})
CLAUSE_DEPS = frozenset({"relcl", "acl"})  # clauses that modify a noun
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})  # entities that name a source in apposition
MIN_OWN_WORDS = 3  # words outside quotes that make a statement more than a repeated quote
MAX_FRAGMENT_WORDS = 6
MAX_LEAD = 8  # tokens searched back for the start of a coordinated clause before "according to"  # a quote this short completes a clause whose subject stands outside it


def statement_verbs(reader: Reader, para: Paragraph, sentence: Span) -> list[Token]:
    """Reporting verbs of a sentence that can head a statement, outermost first."""
    verbs = []
    for token in sentence:
        free = free_relative(token)
        if not para.outside(token) or not (is_reporting(token, beliefs=True) or names_object(token) or labels_noun(token)
                                           or free):
            continue
        relative = token.dep_ == "relcl" and any(relative_heads(c) for c in token.children) or _reporting_relative(token) \
            or _according_in_clause(token) or _described_reporter(token) is not None or free
        absolute = in_with_clause(token) or main_participle(token) is not None  # "..., with Jo Lee describing it as ..."
        if token.dep_ not in STATEMENT_DEPS and token.lower_ != "according" and not relative and not absolute:
            continue
        if free and _quoted_label(para, token):
            continue  # "in what she called “a brazen act”": a naming, left to the quotes
        if any(c.dep_ in ("neg", "auxpass") or c.tag_ == "TO" for c in token.children) and not _announced_by(token):
            continue  # negated, infinitive or passive speech reports nothing ("was denied entry", "to call for")
        if token.lemma_.lower() in words("belief_verbs") and any(c.tag_ == "MD" for c in token.children):
            continue  # a belief the writer supposes ("may still believe"), not one stated
        if _act_object(token):
            continue  # "claimed 20 lives", "rejected the appeal": an act
        if _according_to_no_voice(token):
            continue  # "according to federal law": what a rule holds
        if _conceded_in_report(token):
            continue  # "Even though A has voiced support, B is needed, X said": X's words
        if not relative and not absolute and inside_clause(token) \
                or _reported_by_another(token) and not _contrasted(token) and not _said_with(token):
            continue
        verbs.append(token)
    return sorted(verbs, key=lambda t: len(list(t.ancestors)))


def _time_clause(verb: Token) -> bool:
    """True for the verb of a clause of time with a subject of its own and no reported clause
    that sets the scene (`frame_conjunctions.txt`: "When X first announced the deal, ..."): it
    dates what the sentence tells, it is no report of its own; "after X said ..." and "when
    X announced that ..." are."""
    return verb.dep_ == "advcl" and _has_subject(verb) and not any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in words("frame_conjunctions") for c in verb.children)


def _passive_participle(verb: Token) -> bool:
    """True for a past participle opening a clause without subject or auxiliary before its
    main verb ("Asked to comment on the plan, X said ...", "When asked, X said ..."): speech
    put to the main subject, not speech of it."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children)


def labels_noun(verb: Token) -> bool:
    """True for a naming verb (`naming_verbs.txt`) that gives a noun object a label of its own
    ("called the plan reckless", "called the trip “a mistake”", "described the deal as
    fair"); "called the meeting for Monday" names nothing."""
    if verb.lemma_.lower() not in words("naming_verbs") \
            or not any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    return any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children if c.i > verb.i)


def _actor_only(verb: Token) -> bool:
    """True for a verb of `statement_actor_only_verbs.txt` without a reported clause: its
    noun-phrase object is a statement only when an actor or a name makes it."""
    return verb.lemma_.lower() in words("statement_actor_only_verbs") and not any(c.dep_ == "ccomp" for c in verb.children)


def _name_word(token: Token) -> bool:
    """True for a word of a name: a proper noun, or a capitalized word inside the sentence."""
    return token.pos_ == "PROPN" or token.text[:1].isupper() and not token.is_sent_start


def _clause_span(verb: Token) -> tuple[int, int]:
    """Character range of the verb's whole clause, its coordinated verbs and the phrases set
    before it included ("Speaking in Rome, X called the plan reckless and asked ...")."""
    tokens = list(verb.subtree)
    while tokens[-1].is_punct and tokens[-1].text in ".,;:":
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _act_object(verb: Token) -> bool:
    """True for a verb without a reported clause whose object makes it an act
    (`statement_act_objects.txt`: "claimed thousands of lives", "a judge rejected the appeal")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # "thousands of lives"
    return not any(c.dep_ == "ccomp" for c in verb.children) \
        and any(o.lemma_.lower() in words("statement_act_objects") for o in objects)


def main_participle(verb: Token) -> Token | None:
    """The main verb whose subject speaks through a gerund or participle of speech hung below
    it: a gerund after a preposition of `participle_prepositions.txt` ("X quit after accusing
    the board of ...", "X drew criticism for suggesting that ..."), or a participle of a verb
    the main one governs ("X have begun sharing photos, urging ..."); None for any other verb,
    and under a passive main verb ("X was jailed for criticizing ...": a charge, not a report)."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or not is_reporting(verb):
        return None
    anchor = verb.head
    if verb.dep_ == "pcomp" and anchor.dep_ == "prep" and anchor.lower_ in words("participle_prepositions"):
        anchor = anchor.head.head if anchor.head.dep_ == "dobj" else anchor.head
    elif not (verb.dep_ == "advcl" and anchor.dep_ in ("xcomp", "conj")):
        return None
    while anchor.dep_ in ("xcomp", "conj") and anchor.head != anchor:
        anchor = anchor.head
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in anchor.children)  # "was jailed for criticizing ..."
    return anchor if anchor.dep_ == "ROOT" and anchor.pos_ in ("VERB", "AUX") and not passive else None


def _participle_source(reader: Reader, para: Paragraph, verb: Token) -> Source | None:
    """The speaker of a gerund or participle of speech: the subject of its main verb."""
    main = main_participle(verb)
    subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS), None) if main is not None else None
    if subject is None or not para.outside(subject):
        return None
    speaker = speaker_of(reader, para, subject)
    return Source(speaker, subject.left_edge.i, subject.right_edge.i + 1) if speaker else None


def described_source(para: Paragraph, verb: Token) -> Source | None:
    """The subject of a verb that only reports speech (`speech_only_verbs.txt`) with a reported
    clause, as an unnamed source in its own wording, when no list knows its noun ("Both men
    claimed that ...", "The court said ...", "State media reported that ..."). None for a
    pronoun, a quoted subject, a subject borrowed from another verb, a noun of no voice
    (`_no_voice`), one person described by a role the text did not resolve
    ("the candidate said", "its top general said": that person's, not the role's), a verb
    without a reported clause, or one under a modal ("time will tell if ...")."""
    if verb.lower_ == "according":
        return _according_source(para, verb)
    if not verb_names(verb) & words("speech_only_verbs") or not any(c.dep_ == "ccomp" for c in verb.children) \
            or any(c.tag_ == "MD" for c in verb.children):
        return None
    head = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or not para.outside(head):
        return None
    if _no_voice(head) or _one_person(head):
        return None
    return Source(Speaker(phrase(head), how="unnamed"), head.left_edge.i, head.right_edge.i + 1)


def group_source(para: Paragraph, verb: Token) -> Source | None:
    """A described group as an unnamed source in its own wording: the plural common-noun
    subject of a reporting verb, or of the main verb a participle of speech hangs on ("The
    sailors refused, saying ...", only with a verb that reports nothing but speech). None for
    a singular or a pronoun subject, a noun of no voice (`_no_voice`), or a quoted subject."""
    main = verb
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not _has_subject(verb):
        if not verb_names(verb) & words("speech_only_verbs"):
            return None  # "Protesters marched, demanding ...": what a crowd does, not what it says
        main = verb.head
    head = next((c for c in main.children if c.dep_ in SUBJECT_DEPS), None)
    if head is None or head.tag_ != "NNS" or not para.outside(head) or _no_voice(head):
        return None
    return Source(Speaker(phrase(head), how="unnamed"), head.left_edge.i, head.right_edge.i + 1)


def _has_subject(verb: Token) -> bool:
    """True when the verb has a subject of its own."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _according_source(para: Paragraph, verb: Token) -> Source | None:
    """The source of "according to X" that no list knows, in its own wording: the name in
    apposition when there is one ("according to its watchdog, the Audit Office" -> the Audit
    Office, as the parse may hang it), else the noun phrase; None for a pronoun or a noun of no
    voice ("according to federal law")."""
    head = next((g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or not para.outside(head) or _no_voice(head):
        return None
    doc, after = para.doc, head.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == ",":
        name = next((e for e in doc.ents if e.start in (after + 1, after + 2) and e.label_ in NAME_LABELS), None)
        if name is not None and (name.start == after + 1 or doc[after + 1].lower_ == "the"):
            return Source(Speaker(name.text, how="unnamed"), head.left_edge.i, name.end)
    return Source(Speaker(phrase(head), how="unnamed"), head.left_edge.i, head.right_edge.i + 1)


def _no_voice(noun: Token) -> bool:
    """True for a noun that speaks for no one: a picture (`statement_picture_nouns.txt`: "the
    video shows ...") or a law, a rule or evidence (`statement_evidence_nouns.txt`: "according
    to federal law", "those facts suggest ...")."""
    lemma = noun.lemma_.lower()
    return lemma in words("statement_picture_nouns") or lemma in words("statement_evidence_nouns")


def _according_to_no_voice(verb: Token) -> bool:
    """True for "according to" a law, a rule or evidence in general, without a determiner
    (`statement_evidence_nouns.txt`: "according to federal law", "according to evidence presented
    at trial"): what a rule or a proof holds, no one's statement; "according to the draft law"
    cites a document that speaks."""
    return verb.lower_ == "according" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in words("statement_evidence_nouns")
        and not any(d.dep_ in ("det", "poss") for d in g.children)
        for c in verb.children if c.lower_ == "to" for g in c.children)


def _one_person(noun: Token) -> bool:
    """True for a singular role or title with a definite or possessive determiner ("the
    candidate", "Japan's top general"): one known person, whom the text names elsewhere."""
    roles = words("actor_role_words") | words("actor_person_titles")
    specific = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    return noun.tag_ in ("NN", "NNP") and noun.lemma_.lower() in roles and specific


def _described_reporter(verb: Token) -> int | None:
    """For a trailing attribution whose speaker's name follows a description ("..., state news
    agency TASS reported Monday."), which the parse hangs as a relative clause on the
    description: the index where that description starts, after its comma; else None."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ != "NOUN" or not is_reporting(verb) or any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "the boats Doe said were unsafe" reports its own clause
    name = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < verb.i), None)
    start = head.left_edge.i
    if name is None or name.left_edge.i != head.i + 1 or start == 0 or head.doc[start - 1].text != ",":
        return None
    return start


def _reporting_relative(verb: Token) -> bool:
    """True for a relative clause with a subject of its own, no relative pronoun, whose verb
    reports a clause ("the hearing where he said he was ...", "a moment an official stressed
    was significant"): that speaker's words. Without a reported clause it tells what the
    speaker did ("the speech in which he slammed the deal")."""
    return verb.dep_ == "relcl" and any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WP", "WDT") and c.lower_ != "that" and c.pos_ in ("NOUN", "PROPN", "PRON")
        for c in verb.children)


def _according_in_clause(token: Token) -> bool:
    """True for "according to X" inside a relative or participial clause ("a strike that,
    according to local officials, killed 20 people"): it reports that clause."""
    return token.lower_ == "according" and token.head.dep_ in CLAUSE_DEPS


def _announced_by(verb: Token) -> bool:
    """True for a passive declaration with its agent ("was announced by the president"); a
    passive appeal or denial is an act, not speech ("was denied by the embassy")."""
    return bool(passive_agents(verb)) and not any(c.dep_ == "neg" for c in verb.children) \
        and not verb_names(verb) & words("appeal_verbs")


def _conceded_in_report(verb: Token) -> bool:
    """True for a concession set before its clause ("Even though the city has voiced support,
    ...") in a sentence closed by an attribution (", X said."): it opens what X reports."""
    if verb.dep_ != "advcl" or verb.i > verb.head.i \
            or not any(c.dep_ == "mark" and c.lower_ in words("contrast_conjunctions") for c in verb.children):
        return False
    after = verb.sent[verb.head.i - verb.sent.start :]
    return any(t.is_punct and t.text == "," for t in after) and any(
        t != verb.head and is_reporting(t) and not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)
        and all(u.pos_ not in ("VERB", "AUX") for u in t.doc[t.i + 1 : verb.sent.end]) for t in after)


def _contrasted(verb: Token) -> bool:
    """True for a verb with a subject of its own in a clause opened by a contrasting conjunction
    ("..., while the league condemned the move", "..., although officials questioned that"):
    the writer sets it against the report, it is no part of what the report says."""
    return any(c.dep_ == "mark" and c.lower_ in words("contrast_conjunctions") for c in verb.children) \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _reported_by_another(token: Token) -> bool:
    """True when the verb sits inside what another reporting verb reports ("X said that Y
    had concluded ..., saying ...")."""
    child = token
    for ancestor in token.ancestors:
        if child.dep_ == "ccomp" and is_reporting(ancestor, beliefs=True) and not _impersonal(ancestor):
            return True
        child = ancestor
    return False


def _impersonal(verb: Token) -> bool:
    """True for a passive report that names no one ("It is estimated that ...", "it was
    reported that ..."): no speaker of its own stands above what it holds."""
    return not passive_agents(verb) and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)


def statements_of_paragraph(reader: Reader, para: Paragraph, used: set[int], doc_id: str) -> list[Statement]:
    """The reported statements of one paragraph. A statement neither repeats a quote nor holds
    one with its attribution (verbs in `used` attribute quotes), nor cuts a quoted passage, nor
    lies inside another statement ("A has assessed that B, X told ..." is X's only)."""
    out: list[Statement] = []
    taken: list[tuple[int, int]] = []
    heads: list[Token] = []
    attributing = [para.doc[i].idx for i in used]
    for sentence in para.doc.sents:
        verbs = statement_verbs(reader, para, sentence)
        for verb in verbs:
            if any(a <= verb.idx < b for a, b in taken):
                continue  # nested in the content of an outer statement
            source = _free_relative_source(reader, para, verb) or source_of(reader, para, verb) \
                or described_source(para, verb) or _participle_source(reader, para, verb) or group_source(para, verb)
            if source is None or _time_clause(verb) or _passive_participle(verb):
                continue  # "When X announced it, she said ...", "Asked about it, X said ...": the frame of a report
            if _own_outlet(reader, source.speaker):
                continue  # "CNN previously reported that ..." in a CNN article: the writer's own voice
            labelled = labels_noun(verb) and not names_object(verb) and not is_reporting(verb)
            if labelled and source.speaker.actor is None:
                continue  # "Critics called the plan a “gold-plated” project": a naming by no one in particular
            if _actor_only(verb) and source.speaker.actor is None \
                    and not any(_name_word(t) for t in para.doc[source.start : source.end]):
                continue  # "Volunteers welcomed the refugees": an act, not a statement
            described = _described_reporter(verb)
            if described is not None:  # ", state news agency TASS reported": the whole phrase attributes
                source = Source(source.speaker, described, source.end)
            span = _to_closing_mark(para, _free_relative_clause(verb) or _according_clause(para, verb)
                                    or content_span(para, verb, source, sentence)
                                    or (_clause_span(verb) if labelled else None))
            merged: set[int] = set()
            if span is not None:
                span, merged = _with_coordinated(para, verb, source, sentence, _to_marks(para, verb, span), verbs)
            if span is not None:
                span = _before_contrast(para, verb, span, verbs)
            if span is not None and _cuts_passage(para, span):  # "“…,” X told CNN, but ..., she added": the part after
                inside = [at for at in attributing if span[0] <= at < span[1] and at != verb.idx]
                span = _after_attribution(para, span, max(inside)) if inside else None
            if span is None or _cuts_passage(para, span) or _mostly_quoted(para, span) and not _subject_outside(para, span):
                continue
            inner = _reporter_inside(reader, para, verb, span)
            if inner is not None:  # "X told ..., according to a source": the source only carried X's words
                source, where = source_of(reader, para, inner), para.doc.char_span(*span, alignment_mode="expand")
                own = content_span(para, inner, source, where)
                verb, span = (inner, own) if own else (inner, span)  # without a clause of its own: the whole report
            inside = [at for at in attributing if span[0] <= at < span[1] and at != verb.idx and at not in merged]
            if inside:  # holds a quote with its attribution: only what comes before or after that, if anything
                span = _before_attribution(para, span, min(inside))
                if span is None:
                    continue
            speaker = source.speaker
            span = with_frame(para, verb, source, span)
            taken.append(span)
            heads.append(verb)
            text = para.text[span[0] : span[1]]
            out.append(Statement(
                id=content_id("s", doc_id, para.n, text), speaker=speaker.id, speaker_name=speaker.name,
                text=text, document=doc_id, paragraph=para.n, attribution=speaker.how,
            ))
            reader.last_speaker = speaker
    return [s for s, span, verb in zip(out, taken, heads) if not _inside_another(span, verb, taken)]


def _own_outlet(reader: Reader, speaker: Speaker) -> bool:
    """True when the speaker is the document's own publisher ("CNN has reported that ..." in
    an article of CNN): the outlet recalls its own reporting, no one else's statement."""
    publisher = (reader.parsed.document.publisher or "").casefold()
    names = {speaker.name, *([speaker.actor.name, *speaker.actor.aliases] if speaker.actor else [])}
    return bool(publisher) and publisher in {n.casefold() for n in names}


def _inside_another(span: tuple[int, int], verb: Token, taken: list[tuple[int, int]]) -> bool:
    """True when a statement whose verb has a subject of its own lies inside another statement
    ("The agency has assessed that ..., its director told reporters" is the director's only); a
    participle keeps its own ("..., claiming they ..., according to the filing")."""
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return own_subject and any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in taken)


def _before_contrast(para: Paragraph, verb: Token, span: tuple[int, int], verbs: list[Token]) -> tuple[int, int] | None:
    """The content `span` cut before a clause of another statement verb inside it that the
    writer sets apart: a contrasting clause ("X stressed A, while Y condemned B" -> "X
    stressed A"), a "with" clause with its own speaker ("X said A, with Y saying B" -> "X
    said A") or a relative clause set off by a comma whose pronoun speaks ("X echoed Y, who
    has accused ..." -> "X echoed Y"); None when nothing is left."""
    doc = para.doc
    for other in verbs:
        if other is verb or not span[0] < other.idx < span[1]:
            continue
        relative = _set_off_relative(other) and verb.lower_ != "according"  # a messenger carries all of it
        cut = other.left_edge.i if _contrasted(other) or relative else _with_start(other)
        if cut is None:
            continue
        kept = [t for t in doc if span[0] <= t.idx < doc[cut].idx]
        while kept and (kept[-1].is_punct or kept[-1].dep_ in ("cc", "mark")):
            kept.pop()
        if not kept:
            return None
        span = (span[0], kept[-1].idx + len(kept[-1]))
    return span


def _set_off_relative(verb: Token) -> bool:
    """True for the verb of a relative clause set off by a comma whose relative pronoun is its
    subject (", who has accused ..."): words of the noun it describes."""
    start = verb.left_edge.i
    return verb.dep_ == "relcl" and start > 0 and verb.doc[start - 1].text == "," \
        and any(relative_heads(c) for c in verb.children)


def _said_with(verb: Token) -> bool:
    """True for a verb that reports nothing but speech (`speech_only_verbs.txt`) in a "with"
    clause with its own speaker ("X said A, with Y adding B"): the writer adds Y's words, no
    part of X's; "with some reports suggesting ..." stays in the report that holds it."""
    return in_with_clause(verb) and bool(verb_names(verb) & words("speech_only_verbs"))


def _with_start(verb: Token) -> int | None:
    """Index of the "with" that opens the clause of a participle with a subject of its own
    ("..., with hospital officials saying ..."); None for any other verb."""
    if not in_with_clause(verb):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return verb.head.i
    subject = with_subject(verb)
    before = subject.left_edge.i - 1 if subject is not None else -1
    return before if before >= 0 and verb.doc[before].lower_ == "with" else None


def _before_attribution(para: Paragraph, span: tuple[int, int], at: int) -> tuple[int, int] | None:
    """The content `span` cut before the clause of the verb at offset `at` that attributes a
    quote ("X said A and added, “…”" -> "A"), when no kept quote lies in what is left and that
    still holds `MIN_OWN_WORDS` words; else None."""
    doc = para.doc
    verb = next(t for t in doc if t.idx == at)
    cut = doc[verb.left_edge.i].idx
    if any(span[0] <= p.mark < cut for p in para.quoted):
        return None
    kept = [t for t in doc if span[0] <= t.idx < cut]
    while kept and (kept[-1].is_punct or kept[-1].dep_ in ("cc", "mark")):
        kept.pop()
    if not kept or word_count(para.text[span[0] : kept[-1].idx + len(kept[-1])]) < MIN_OWN_WORDS:
        return None
    return span[0], kept[-1].idx + len(kept[-1])


def _after_attribution(para: Paragraph, span: tuple[int, int], at: int) -> tuple[int, int] | None:
    """The content `span` from the clause after the verb at offset `at` that attributes a quote
    ("“…,” X told reporters, but there is still a risk, she added" -> "there is still a risk"):
    a clause coordinated with that verb or following its phrase, with a subject of its own,
    running to the end of the content and holding no quote; else None."""
    doc = para.doc
    verb = next(t for t in doc if t.idx == at)
    starts = [c.left_edge.i for c in verb.rights if c.dep_ == "conj"]
    after = verb.right_edge.i + 1
    while after < len(doc) and (doc[after].is_punct or doc[after].dep_ == "cc"):
        after += 1
    for first in [*starts, after]:
        if first >= len(doc) or doc[first].idx < span[0] or doc[first].idx >= span[1]:
            continue
        rest = [t for t in doc[first:] if t.idx < span[1]]
        if not any(t.dep_ in SUBJECT_DEPS | {"expl"} and t.head in rest for t in rest):
            continue
        start = doc[first].idx
        if any(start <= p.mark < span[1] for p in para.quoted) or word_count(para.text[start : span[1]]) < MIN_OWN_WORDS:
            continue
        return start, span[1]
    return None


def _with_coordinated(para: Paragraph, verb: Token, source: Source, sentence: Span, span: tuple[int, int],
                      verbs: list[Token]) -> tuple[tuple[int, int], set[int]]:
    """The content `span` run on to the end of what a coordinated reporting verb sharing the
    speaker reports when that is too much a quote to stand alone ("X congratulated the crew
    and said the navy should “...”"): one statement; with the offsets of the verbs taken in.
    A coordinated report with words of its own stays a statement of its own, one that is
    only a quote stays the quote's ("X said ... and added, “...”")."""
    merged = set()
    for conj in verb.conjuncts:
        if conj.i < verb.i or conj not in verbs or any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            continue
        own = content_span(para, conj, source, sentence)
        if own and own[0] >= span[1] and _mostly_quoted(para, own) and not _only_quoted(para, own):
            end = next((p.close_end for p in para.passages if p.mark < own[1] < p.close_end), own[1])
            span = (span[0], end)  # with the quote's closing mark
            merged.add(conj.idx)
    return span, merged


def _reporter_inside(reader: Reader, para: Paragraph, verb: Token, span: tuple[int, int]) -> Token | None:
    """The reporting verb with a speaker of its own inside what a messenger reports ("Burns
    told the conference ..., according to a source", "..., Burns said, the source said"): the
    statement is that speaker's, when it is an actor. A messenger is "according to" or a verb
    after its content."""
    if verb.lower_ != "according" and verb.idx < span[1]:
        return None
    content = para.doc.char_span(*span, alignment_mode="expand") or ()
    for token in content:
        if token is verb or not para.outside(token) or not is_reporting(token) or not _reports_content(token) \
                or token.head != token and token.head in content \
                or not any(c.dep_ in SUBJECT_DEPS for c in token.children) \
                or any(c.tag_ == "MD" or c.dep_ == "neg" for c in token.children):
            continue  # only the head of the content, with a subject of its own, neither modal nor negated
        source = source_of(reader, para, token)
        if source and source.speaker.actor:
            return token
    return None


def _reports_content(verb: Token) -> bool:
    """False for a verb whose object is a thing it does not report: no reported clause, not
    listed in `reporting_object_verbs.txt` nor `listener_verbs.txt` ("China boasts the largest
    fleet" reports nothing; "X told a meeting ..." does)."""
    if any(c.dep_ == "ccomp" for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return True
    return bool(verb_names(verb) & (words("reporting_object_verbs") | words("listener_verbs")))


def _quoted_label(para: Paragraph, verb: Token) -> bool:
    """True for a verb that gives a label ("called", "dismissed as") holding a quoted passage."""
    labels = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    labels += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i for g in c.children]
    return any(not para.outside(t) for label in labels for t in label.subtree)


def _holding_clause(verb: Token) -> Token | None:
    """The nearest verb above `verb` with a subject of its own."""
    return next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and _has_subject(a)), None)


def _free_relative_source(reader: Reader, para: Paragraph, verb: Token) -> Source | None:
    """For a free relative of speech whose subject is a personal pronoun, the speaker named by
    the subject of the clause that holds it ("Lanvia struck what it said were depots" ->
    Lanvia, whoever spoke last); else None."""
    if not free_relative(verb):
        return None
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ == "PRP"), None)
    clause = _holding_clause(verb)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
    if pronoun is None or subject is None or subject.pos_ == "PRON" or not para.outside(subject):
        return None
    speaker = speaker_of(reader, para, subject)
    return Source(speaker, pronoun.i, pronoun.i + 1) if speaker else None


def _free_relative_clause(verb: Token) -> tuple[int, int] | None:
    """For the verb of a free relative of speech ("Troops shelled what the army said were rebel
    depots"), the character range of the clause that holds the relative: the nearest verb above
    it with a subject of its own, without the clauses coordinated after it; else None."""
    if not free_relative(verb):
        return None
    clause = _holding_clause(verb)
    if clause is None:
        return None
    others = {t.i for c in clause.rights if c.dep_ in ("conj", "cc") for t in c.subtree}
    kept = [t for t in clause.subtree if t.i not in others]
    while kept and kept[-1].is_punct and kept[-1].text not in "”’\"'":
        kept.pop()
    return kept[0].idx, kept[-1].idx + len(kept[-1])


def _according_clause(para: Paragraph, verb: Token) -> tuple[int, int] | None:
    """For "according to X" set inside a clause coordinated with another ("A happened, and B,
    according to X, will follow"), the character range of that clause alone; else None."""
    clause, doc = verb.head, para.doc
    if verb.lower_ != "according" or clause.dep_ != "conj" or clause.pos_ not in ("VERB", "AUX"):
        return None
    others = {t.i for c in clause.children if c.dep_ in ("conj", "cc") and c.i > verb.i for t in c.subtree}
    kept = [t for t in clause.subtree if t.i not in others]
    if kept and kept[0] == verb.left_edge:  # the clause's subject left elsewhere by the parse: back to "and"
        start = next((t.i + 1 for t in reversed(doc[max(verb.sent.start, verb.i - MAX_LEAD) : verb.i]) if t.dep_ == "cc"), None)
        if start is None:
            return None
        kept = [*doc[start : verb.i], *kept]
    while kept and (kept[-1].is_punct or kept[-1].dep_ == "cc") and kept[-1].text not in ".!?":
        kept.pop()
    if len(kept) < MIN_OWN_WORDS:
        return None
    return kept[0].idx, kept[-1].idx + len(kept[-1])


def _to_closing_mark(para: Paragraph, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The content `span` run on to the closing mark of a quoted passage it ends in when only
    punctuation stands between (`“... without proof (of corruption).”`: the parse stopped
    before the bracket)."""
    if span is None:
        return None
    for p in para.passages:
        if p.mark < span[1] < p.close_end and not any(ch.isalnum() for ch in para.text[span[1] : p.close_end]):
            return span[0], p.close_end
    return span


def _to_marks(para: Paragraph, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The character range of what the verb reports after it, with a quoted passage it opens
    taken whole, mark included, when it runs on past that passage (`said that “this was just
    the start” when ...`). Content before the verb keeps its edges (a trailing attribution of a
    quote is the quote's)."""
    start, end = span
    for p in para.passages:
        if verb.idx < p.mark < start < p.close_end < end and not para.text[p.mark + 1 : start].strip():
            start = p.mark
    return start, end


def _cuts_passage(para: Paragraph, span: tuple[int, int]) -> bool:
    """True when the character range starts or ends inside a quoted passage (a broken parse
    cut the quote in two)."""
    return any(p.mark < edge < p.close_end for p in para.passages for edge in span)


def _mostly_quoted(para: Paragraph, span: tuple[int, int]) -> bool:
    """True when the character range is a quote with fewer than `MIN_OWN_WORDS` words of its
    own around it: the statement would repeat the quote. A quoted fragment inside reported
    speech ("warned that the government “will not sit on our hands” if ...") keeps it, and so
    does a clause whose named subject stands outside a quote of at most `MAX_FRAGMENT_WORDS`
    ("said the port was “a lawless place”")."""
    text = para.text[span[0] : span[1]]
    for p in para.quoted:
        if p.mark < span[1] and span[0] < p.close_end:
            a, b = max(p.mark, span[0]) - span[0], min(p.close_end, span[1]) - span[0]
            text = text[:a] + " " * (b - a) + text[b:]
    own = word_count(text)
    fragment = word_count(para.text[span[0] : span[1]]) - own <= MAX_FRAGMENT_WORDS
    return own < MIN_OWN_WORDS and not (fragment and _named_subject(para, span))


def _subject_outside(para: Paragraph, span: tuple[int, int]) -> bool:
    """True when the reported clause opens in the writer's words with its subject, a noun or a
    pronoun or an expletive "there", and the quote only completes it ("said that they are
    “inside the 10-yard line ...”", "told CNN that the mayor “has to go.”", "warned that there
    is “no room for compromise”"): indirect speech that holds a quote, however
    long; "said: “...”" or "said “we ...”" has none."""
    content = para.doc.char_span(*span, alignment_mode="expand") or ()
    return any((t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN", "PRON") or t.dep_ == "expl") and para.outside(t)
               and not any(p.mark < t.idx for p in para.quoted if span[0] <= p.mark < span[1]) for t in content)


def _only_quoted(para: Paragraph, span: tuple[int, int]) -> bool:
    """True when the character range lies inside one quoted passage."""
    return any(p.mark <= span[0] and span[1] <= p.close_end for p in para.passages)


def _named_subject(para: Paragraph, span: tuple[int, int]) -> bool:
    """True when a noun (not a pronoun) outside the quotes is the subject of a clause in the
    character range."""
    content = para.doc.char_span(*span, alignment_mode="expand") or ()
    return any(t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and para.outside(t) for t in content)
