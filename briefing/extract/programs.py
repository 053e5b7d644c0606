"""Programs: weapons systems, aircraft, platforms, named initiatives, plans and agreements.

Four general cues find them, each kept as data in `briefing/data/`:

* model designations (`program_designations.txt`: "F-35", "SM-3 Block IIA", "E-3 Sentry",
  "Type 26"), counted only when a sentence mentioning them also holds a descriptor noun
  ("missile", "fighter", "system"...) within a few words after them, so "COVID-19" or "an S-1
  filing" stay out;
* a capitalized name ending in a program word (`program_name_heads.txt`: "Partnership
  Interoperability Initiative", "Maritime Multi Mission Aircraft", "Paris Agreement") or opened
  by one (`program_prefixes.txt`: "Operation Desert Storm");
* a capitalized name right before a lower-case descriptor (`program_descriptors.txt`, possibly
  after modifiers from `program_modifiers.txt`): "the Tempest jet fighter", "the Modular Ground
  Based Air Defense system", "the Artemis program", "Starship vehicle", also across a defined
  abbreviation ("Commercial Lunar Payload Services (CLPS) program");
* a quoted name before an agreement word (`program_agreement_heads.txt`) names it together with
  the descriptor: 'a "phase one" trade deal' is the program "phase one trade deal" (alias
  "phase one"); a quoted adjective ('a "skinny" deal') is no name, and hyphenated names before
  an agreement word are its parties ("the Coty-Kylie Jenner deal").

People, countries and places are never programs. A name that the actor table lists as an
organization is a program only when the document never treats it as one: no legal form ending
the name ("Corp."), no person's role naming it ("NASA Administrator"), no possessive ("SpaceX's
Starship"), no speech ("NASA said") and no organization's act ("NATO met",
`program_organization_verbs.txt`). Glossary abbreviations whose expansion is a program's name
become its aliases. `actors_without_programs` then takes the programs out of the actor table, so
that nothing else points at them as actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from ..model import Actor, Program, Ref, Term
from ..nlp import ParsedDocument
from ..slugs import slugify
from . import gazetteer
from .actors import ActorTable
from .lexicon import lines, words
from .name_keys import initials, is_acronym, legal_forms, name_joiner_words

_CONNECTORS = {"on", "in"}  # besides the small words of names ("Committee on ...")
_BLOCK = re.compile(r"\s+Block\s+(?:[IVX]+|\d+)[A-Z]{0,2}\b")
_NOT_NAME_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_OUTSIDE_KINDS = {"person", "country", "location"}
_KEPT_KINDS = {"person", "country"}  # actors never dropped for a program of the same name
_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
_MAX_QUOTED_TOKENS = 4
_MAX_NAME_TOKENS = 8
_CONTEXT_TOKENS = 8  # a designation needs a descriptor this close after it


@dataclass
class _Found:
    """A program name seen in the text, before it becomes a `Program`."""

    name: str
    aliases: set[str] = field(default_factory=set)
    sentences: list[tuple[int, Span]] = field(default_factory=list)
    named: bool = False  # the name itself holds a program word ("Initiative", "Operation")
    typed: bool = False  # a craft or program noun follows it ("the Europa Clipper mission")


def extract_programs(
    parsed: ParsedDocument, actors: ActorTable, *, glossary: list[Term] | None = None
) -> list[Program]:
    """The programs named in one document, each with its mentions and participants."""
    found: dict[str, _Found] = {}
    texts = [doc.text for doc in parsed.docs]  # Doc.text is rebuilt from the tokens on each access
    for n, doc in enumerate(parsed.docs, start=1):
        for sent in doc.sents:
            for name, aliases, named, typed in names_in(sent, texts[n - 1]):
                item = found.setdefault(name.casefold(), _Found(name))
                item.named = item.named or named
                item.typed = item.typed or typed
                item.aliases |= aliases
                item.sentences.append((n, sent))
    for item in found.values():
        item.aliases |= {t.abbreviation for t in glossary or [] if t.expansion.casefold() == item.name.casefold()}
    _add_initialisms(list(found.values()))
    items = [
        item for item in _merge(found.values())
        if _plausible_name(item.name)
        and (item.named or not _known_place(item.name))
        and not _is_actor(item.name, actors, parsed, named=item.named, typed=item.typed, texts=texts)
    ]
    own_names = {name.casefold() for item in items for name in (item.name, *item.aliases)}
    programs = [_program(item, parsed, actors, glossary or [], own_names, texts) for item in items]
    return sorted(programs, key=lambda p: p.id)


# ----------------------------------------------------------------------------- finding names


def names_in(sent: Span, text: str | None = None) -> list[tuple[str, set[str], bool, bool]]:
    """(name, aliases, named, typed) for every program name in one sentence; `named` when the
    name's own words mark it as a program (a designation, a program head word or prefix),
    `typed` when a craft or program noun follows it (`program_type_heads.txt`)."""
    out = designations_in(sent, text)
    taken = [(s, e) for *_, s, e in out]
    result = [(name, aliases, True, False) for name, aliases, _s, _e in out]
    for name, aliases, start, end, named, typed in headed_names_in(sent):
        if any(s < end and start < e for s, e in taken):
            continue
        result.append((name, aliases, named, typed))
    return result


def designations_in(sent: Span, text: str | None = None) -> list[tuple[str, set[str], int, int]]:
    """Model designations with their block and proper name: 'SM-3 Block IIA', 'E-3 Sentry'.

    Returns (name, aliases, start, end) with paragraph character offsets; the bare designation
    and a maker's name before it ("Boeing E-3 Sentry") become aliases; `text` is the
    paragraph's text (`sent.doc.text`), when the caller has it already.
    """
    doc, base = sent.doc, sent.start_char
    text = doc.text if text is None else text
    out = []
    for m in _designation_pattern().finditer(sent.text):
        start, end = base + m.start(), base + m.end()
        block = _BLOCK.match(text, end)
        if block:
            end = block.end()
        end = _proper_suffix_end(doc, end, len(text))
        if not _described(doc, end, len(text)):
            continue
        name = text[start:end]
        aliases = {m.group(0)} - {name}
        maker = _maker_before(doc, start)
        if maker:
            aliases.add(text[maker:end])
        out.append((name, aliases, start, end))
    return out


def headed_names_in(sent: Span) -> list[tuple[str, set[str], int, int, bool]]:
    """Capitalized or quoted names marked as programs by a head word, prefix or descriptor.

    Returns (name, aliases, start, end, named, typed): `named` when the head or prefix is part of
    the name, `typed` when a craft or program noun follows it ('the Europa Clipper mission'); a
    quoted name is an alias of itself with its descriptor ('phase one').
    """
    heads = words("program_name_heads")
    prefixes = words("program_prefixes")
    out = []
    for token in sent:
        if token.lower_ in heads and token.text[:1].isupper() and token.i > sent.start and _ends_name(token, sent):
            run = _run_before(sent, token.i)
            if run is not None and token.i - run.start >= _words_needed(token):
                parts = _split(sent.doc[run.start : token.i + 1], plural=token.tag_ == "NNPS")
                out.extend((name, set(), s, e, name.endswith(token.text), False) for name, s, e in parts)
        elif token.lower_ in prefixes and token.text[:1].isupper() and not _follows_name(token, sent):
            run = _run_after(sent, token.i)
            # "Project Manager Fumihiko Hazama" is a person's title, not "Project X"
            if run is not None and not any(t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in run[2:]):
                out.append((run.text, set(), run.start_char, run.end_char, True, False))
        elif _describes_by_apposition(token, sent):
            # "Inherent Resolve, the U.S. military operation against ...": the name is the program
            name_end = token.left_edge.i - 2
            run = _run_before(sent, name_end)
            if run is not None and run.end == name_end + 1:
                out.append((run.text, set(), run.start_char, run.end_char, True, False))
        elif _is_descriptor_head(token):
            first = _chain_start(sent, token.i)
            agreement = token.lower_ in words("program_agreement_heads")
            quoted = _quoted_before(sent, first) if agreement else None
            if quoted is not None:
                name = f"{quoted.text} {sent.doc[first : token.i + 1].text}"
                out.append((name, {quoted.text}, quoted.start_char, token.idx + len(token), True, False))
                continue
            run = _run_before(sent, _skip_abbreviation(sent, first - 1))
            if run is not None and not (agreement and _hyphenated(run)):
                typed = first == token.i and token.lower_ in words("program_type_heads")
                parts = _split(run, plural=token.tag_ == "NNS")
                out.extend((name, set(), s, e, False, typed) for name, s, e in parts)
    return out


def _describes_by_apposition(token: Token, sent: Span) -> bool:
    """A program noun heading an apposition right after a capitalized name and a comma:
    'Inherent Resolve, the U.S. military operation against ...', 'Artemis, NASA's lunar program'."""
    start = token.left_edge.i
    return (
        token.dep_ == "appos" and token.lower_ in words("program_appositive_heads")
        and start - 2 >= sent.start and sent.doc[start - 1].text == ","
        and sent.doc[start - 2].text[:1].isupper()
    )


def _quoted_before(sent: Span, end: int) -> Span | None:
    """The quoted words right before token `end` ('a "phase one" trade deal'), when they hold a
    noun or a number; None for no quote or a quoted adjective ('a "skinny" deal')."""
    doc = sent.doc
    close = end - 1
    if close <= sent.start or doc[close].text not in _QUOTES:
        return None
    for open_ in range(close - 1, max(sent.start, close - _MAX_QUOTED_TOKENS - 1) - 1, -1):
        if doc[open_].text in _QUOTES:
            inner = doc[open_ + 1 : close]
            nouny = any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in inner)
            return inner if len(inner) and nouny and not any(t.is_punct for t in inner) else None
    return None


def _hyphenated(run: Span) -> bool:
    """True for names joined by a hyphen or dash ('Coty-Kylie Jenner', 'US-China'): before an
    agreement word they name its parties, not the agreement."""
    return any(t.text in ("-", "–", "—") for t in run)


def _skip_abbreviation(sent: Span, i: int) -> int:
    """Index before a parenthesized abbreviation ending at token `i` ('Services (CLPS) program'),
    else `i` itself."""
    doc = sent.doc
    if i - 2 > sent.start and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
        return i - 3
    return i


def _words_needed(head: Token) -> int:
    """Name words needed before a capitalized program word: one for 'Act', two for 'System'."""
    return 1 if head.lower_ in words("program_title_heads") else 2


def _follows_name(token: Token, sent: Span) -> bool:
    """True when a capitalized word precedes: 'Lexus Project Manager' is no 'Project X'."""
    return token.i > sent.start and _name_word(sent.doc[token.i - 1])


def _ends_name(token: Token, sent: Span) -> bool:
    """True when no capitalized word follows: 'Mission' does not end 'Multi Mission Aircraft'."""
    return token.i + 1 >= sent.end or not _name_word(sent.doc[token.i + 1])


def _is_descriptor_head(token: Token) -> bool:
    """A lower-case descriptor noun that ends its phrase ('the Tempest jet fighter')."""
    if token.lower_ not in words("program_descriptors") or not token.text.islower():
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is None or nxt.lower_ not in words("program_descriptors")


def _chain_start(sent: Span, head: int) -> int:
    """Index of the first word of the lower-case descriptor chain ending at `head`."""
    allowed = words("program_descriptors") | words("program_modifiers")
    i = head
    while i - 1 >= sent.start:
        prev = sent.doc[i - 1]
        hyphen = prev.text == "-" and not prev.whitespace_
        if not (hyphen or (prev.lower_ in allowed and prev.text.islower())):
            break
        i -= 1
    return i


def _run_before(sent: Span, end: int) -> Span | None:
    """The capitalized name ending at token `end` (inclusive), trimmed; None when there is none."""
    doc = sent.doc
    i = end
    while i >= sent.start and end - i < _MAX_NAME_TOKENS:
        tok = doc[i]
        if _name_word(tok) or (_joins(tok) and i > sent.start and _name_word(doc[i - 1])):
            i -= 1
            continue
        break
    return _trim(sent, i + 1, end + 1)


def _run_after(sent: Span, start: int) -> Span | None:
    """'Operation Desert Storm': the prefix word and the capitalized words after it."""
    doc = sent.doc
    i = start + 1
    while i < sent.end and i - start < _MAX_NAME_TOKENS and _name_word(doc[i]):
        i += 1
    return doc[start:i] if i > start + 1 else None


def _name_word(tok: Token) -> bool:
    """A word that can be part of a proper name: capitalized, a designation piece or 'Type 26'."""
    if tok.ent_type_ in _NOT_NAME_ENTS or tok.tag_ == "POS":
        return False
    if tok.text[:1].isupper():
        return True
    if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return True
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].text[:1].isupper()
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
    digits = any(c.isdigit() for c in tok.text)  # "three SLS rockets" is a count, not a name
    return digits and tok.like_num and (before or (after and len(tok.text) >= 3))  # "Type 26", "737 Max"


def _joins(tok: Token) -> bool:
    return tok.lower_ in _CONNECTORS or tok.lower_ in name_joiner_words()


def _trim(sent: Span, start: int, end: int) -> Span | None:
    """Drop leading connectors, determiners, nationality words and sentence-initial capitals."""
    doc = sent.doc
    while start < end:
        tok = doc[start]
        lead_nation = tok.ent_type_ in ("NORP", "GPE") and _entity_end(tok) < end
        sentence_capital = tok.i == sent.start and tok.pos_ != "PROPN"
        if _joins(tok) or tok.pos_ in ("DET", "PRON") or tok.text == "-" or lead_nation or sentence_capital:
            start += 1
            continue
        break
    while end > start and (_joins(doc[end - 1]) or doc[end - 1].text == "-"):
        end -= 1
    if all(t.tag_ in ("JJ", "NNPS") for t in doc[start:end]):
        return None  # "the Chinese system", "the Democrats strategy": a people, not a name
    return doc[start:end]


def _entity_end(tok: Token) -> int:
    """Token index just past the entity that `tok` belongs to."""
    i = tok.i
    while i + 1 < len(tok.doc) and tok.doc[i + 1].ent_iob_ == "I":
        i += 1
    return i + 1


def _split(run: Span, *, plural: bool) -> list[tuple[str, int, int]]:
    """Names in a run: coordinated names before a plural head, or a designation before 'and'."""
    parts, start = [], run.start
    for tok in run:
        if tok.lower_ in ("and", "&"):
            left = run.doc[start : tok.i]
            if plural or _designation_pattern().fullmatch(left.text):
                parts.append(left)
                start = tok.i + 1
    parts.append(run.doc[start : run.end])
    out = []
    for part in parts:
        if len(part) and not _designation_pattern().fullmatch(part.text):
            out.append((part.text, part.start_char, part.end_char))
    return out


def _proper_suffix_end(doc, end: int, length: int) -> int:
    """End offset after up to two proper-name words following a designation ('Sentry');
    `length` is that of the paragraph's text."""
    heads = words("program_name_heads")
    span = doc.char_span(end, length, alignment_mode="expand") if end < length else None
    if span is None:
        return end
    count = 0
    for tok in span:
        roman = re.fullmatch(r"[IVX]+", tok.text) is not None
        if count == 2 or not (tok.pos_ in ("PROPN", "NOUN") or roman) or not tok.text[:1].isupper():
            break
        if tok.lower_ in heads or tok.ent_type_ in ("GPE", "NORP", "DATE", "TIME"):
            break
        if tok.i > 0 and tok.doc[tok.i - 1].whitespace_ == "":
            break
        end = tok.idx + len(tok.text)
        count += 1
    return end


def _maker_before(doc, start: int) -> int | None:
    """Offset of an organization name right before a designation ('Boeing E-3'), if any."""
    span = doc.char_span(0, start, alignment_mode="contract")
    if span is None or not len(span) or not span[-1].whitespace_:
        return None
    last = span[-1]
    if last.ent_type_ != "ORG" or last.pos_ != "PROPN":
        return None
    i = last.i
    while i - 1 >= 0 and doc[i - 1].ent_type_ == "ORG" and doc[i - 1].ent_iob_ != "O" and doc[i].ent_iob_ == "I":
        i -= 1
    return doc[i].idx


@lru_cache(maxsize=1)
def _designation_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lines("program_designations")))


# ----------------------------------------------------------------------------- filtering, records


def _add_initialisms(items: list[_Found]) -> None:
    """Give a program the all-capitals name that spells its initials ('SLS' for 'Space Launch
    System') when both are found, even if the text never defines the abbreviation."""
    for short in items:
        if not (is_acronym(short.name, longest=6) and short.name.isalpha()):
            continue
        for long_ in items:
            capitalised = [w for w in long_.name.split() if w[:1].isupper()]
            if long_ is not short and initials(" ".join(capitalised)) == short.name and len(capitalised) > 1:
                long_.aliases.add(short.name)


def _merge(items) -> list[_Found]:
    """Fold a name into another program when it is one of that program's aliases."""
    items = list(items)
    by_alias = {a.casefold(): it for it in items for a in it.aliases}
    kept = []
    for it in items:
        owner = by_alias.get(it.name.casefold())
        if owner is not None and owner is not it:
            owner.sentences.extend(it.sentences)
            continue
        kept.append(it)
    return kept


def _plausible_name(name: str) -> bool:
    """A name with a letter (or a 3-digit model number) that is not on the stoplist."""
    if name.casefold() in words("program_stoplist"):
        return False
    return any(c.isalpha() for c in name) or sum(c.isdigit() for c in name) >= 3


def _known_place(name: str) -> bool:
    """True for a country, a seat of government or a region: 'the Mali mission' is a mission *to*
    Mali, even when the model did not tag the name as a place."""
    return bool(gazetteer.country(name) or gazetteer.seat_of(name) or gazetteer.is_region(name))


def _described(doc, end: int, length: int) -> bool:
    """True when the words after offset `end` lead to a descriptor: 'SM-3 Block IIA missile
    interceptor', 'F-X and Tempest jet fighter' (names, modifiers and 'and' may come between)."""
    cues = words("program_descriptors") | words("program_name_heads")
    between = words("program_modifiers") | {"and", "-"}
    span = doc.char_span(end, length, alignment_mode="expand") if end < length else None
    for tok in span[:_CONTEXT_TOKENS] if span is not None else []:
        if tok.lower_ in cues:
            return True
        if not (_name_word(tok) or tok.lower_ in between):
            return False
    return False


def _is_actor(
    name: str, actors: ActorTable, parsed: ParsedDocument, *, named: bool = False, typed: bool = False,
    texts: list[str] | None = None,
) -> bool:
    """True for people, countries and places, and for names the document treats as organizations.

    A name whose own words say it is a program (`named`: "... Initiative", "Operation ...") is
    kept even when the actor table lists it as an organization; a name right before a craft or
    program noun (`typed`: "the Europa Clipper mission") even when the model took it for a place
    or a person (`_mistyped_program`).
    """
    actor = actors.resolve(name)
    if actor is None or name.casefold() not in {n.casefold() for n in (actor.name, *actor.aliases)}:
        return False  # no actor of exactly this name
    if named:
        return actor.kind in ("country", "location")
    if typed and _mistyped_program(actor, actors, parsed, texts):
        return False
    if actor.kind in _OUTSIDE_KINDS:
        return True
    return acts_as_organization(name, parsed, actors, texts)


def _mistyped_program(actor: Actor, actors: ActorTable, parsed: ParsedDocument, texts: list[str] | None = None) -> bool:
    """True when a place or person before a craft or program noun is really the program's name.

    A place qualifies when its name has two words or more and is no known country, seat or region
    ("Europa Clipper mission", not "the Mars mission" or "the Red Sea mission"); a person when
    no role names them and every mention of them comes right before a program noun ("the Kepler
    telescope", not "Kepler ... the Kepler telescope").
    """
    if actor.kind == "location":
        return len(actor.name.split()) >= 2 and not _known_place(actor.name)
    if actor.kind == "person" and not actor.roles:
        mentions = [o for o in actors.occurrences if o.actor_id == actor.id]
        texts = texts if texts is not None else [doc.text for doc in parsed.docs]
        return all(_before_program_noun(texts[o.paragraph - 1], o.end) for o in mentions)
    return False


def _before_program_noun(text: str, end: int) -> bool:
    """True when the next word after offset `end` is a craft or program noun."""
    m = re.compile(r"\s+(\w+)").match(text, end)
    return m is not None and m.group(1) in words("program_type_heads")


def acts_as_organization(name: str, parsed: ParsedDocument, actors: ActorTable, texts: list[str] | None = None) -> bool:
    """True when the document treats `name` as an organization: a legal form ends it ('Sierra
    Nevada Corp.'; words such as 'Services' also end program names), a person's role names it ('NASA
    Administrator'), it owns something ('SpaceX's Starship'), it speaks ('NASA said') or it acts
    as organizations do ('NATO met'). `texts` are the paragraphs' texts, when the caller has them."""
    if name.split()[-1] in legal_forms():
        return True
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    roles = [role for actor in actors.of_kind("person") for role in actor.roles]
    if any(pattern.search(role) for role in roles):
        return True
    texts = texts if texts is not None else [doc.text for doc in parsed.docs]
    for doc, text in zip(parsed.docs, texts):
        for m in pattern.finditer(text):
            if re.compile(r"['’]s\b").match(text, m.end()):
                return True
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and _acts(span.root):
                return True
    return False


def _acts(token: Token) -> bool:
    """True when the token is the subject of a verb of saying or of an organization's act
    ('NASA said', 'NATO met', `program_organization_verbs.txt`)."""
    verbs = words("reporting_verbs") | words("program_organization_verbs")
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs


def actors_without_programs(actors: ActorTable, programs: list[Program]) -> ActorTable:
    """The actor table without the organizations and places that are programs ('Artemis',
    'Starship', 'Europa Clipper'), and without their occurrences. People and countries always
    stay (a person is a program only when never named as one, see `_mistyped_program`)."""
    names = {n.casefold() for p in programs for n in (p.name, *p.aliases)}
    dropped = {
        a.id for a in actors.actors
        if a.kind not in _KEPT_KINDS and names & {n.casefold() for n in (a.name, *a.aliases)}
    }
    if not dropped:
        return actors
    return ActorTable(
        actors=[a for a in actors.actors if a.id not in dropped],
        occurrences=[o for o in actors.occurrences if o.actor_id not in dropped],
    )


def _program(
    item: _Found, parsed: ParsedDocument, actors: ActorTable, glossary: list[Term], program_names: set[str],
    texts: list[str] | None = None,
) -> Program:
    """The `Program` record: aliases, first sentence, mentions and participants.

    `program_names` (case-folded names and aliases of all the document's programs) keeps
    programs that the actor table also lists out of the participants.
    """
    doc_id = parsed.document.id
    aliases = set(item.aliases)
    for term in glossary:
        if term.expansion.casefold() == item.name.casefold():
            aliases.add(term.abbreviation)
    aliases.discard(item.name)
    first_n, first_sent = min(item.sentences, key=lambda s: (s[0], s[1].start))
    names = [item.name, *aliases]
    texts = texts if texts is not None else [doc.text for doc in parsed.docs]
    mentions = [Ref(doc_id, n) for n, text in enumerate(texts, start=1) if any(_mentions(text, name) for name in names)]
    return Program(
        id=slugify(item.name),
        name=item.name,
        aliases=sorted(aliases),
        description=first_sent.text.strip(),
        participants=_participants(item, actors, program_names),
        mentions=mentions or [Ref(doc_id, first_n)],
    )


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _participants(item: _Found, actors: ActorTable, program_names: set[str]) -> list[str]:
    """Actors named in the sentences that mention the program (not this or another program)."""
    own = {item.name.casefold(), *(a.casefold() for a in item.aliases)}
    ids: list[str] = []
    for n, sent in sorted(item.sentences, key=lambda s: (s[0], s[1].start)):
        for occ in actors.occurrences:
            inside = occ.paragraph == n and sent.start_char <= occ.start and occ.end <= sent.end_char
            if not inside or occ.actor_id in ids:
                continue
            actor = actors.get(occ.actor_id)
            names = {actor.name.casefold(), *(a.casefold() for a in actor.aliases)} if actor else set()
            if actor and not _is_program(names, program_names) and not _overlaps_name(occ.text, own):
                ids.append(occ.actor_id)
    return ids


def _is_program(actor_names: set[str], program_names: set[str]) -> bool:
    """True when an actor is one of the programs, or a multi-word part of one ('Desert Storm')."""
    if actor_names & program_names:
        return True
    return any(" " in a and a in p for a in actor_names for p in program_names)


def _overlaps_name(text: str, names: set[str]) -> bool:
    """True when an actor mention is part of the program's own name ('Boeing E-3 Sentry')."""
    folded = text.casefold()
    return any(folded in name or name in folded for name in names)
