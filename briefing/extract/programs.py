"""Programs: weapons systems, aircraft, platforms, named initiatives, plans, laws and agreements.

Cues that find them, each kept as data in `briefing/data/`:

* model designations, found by spaCy `Matcher` patterns (`program_designations.jsonl`: "F-35",
  "AN/TPY-2", "Tor-M2", "Type 055", plurals such as "F-35s"), with a block and a proper
  name after them ("SM-3 Block IIA", "E-3 Sentry"), counted where a descriptor noun follows them
  ("missile", "bomb", "system"...) or the sentence says what they are ("the GBU-53 is a guided
  munition", "the drone was an X-9 model", "drones such as the X-9", `program_example_words.txt`),
  and then at every other mention, so "COVID-19" or "an S-1 filing" stay out; an ordinal before
  "Amendment" names a provision by itself ("the First Amendment", "the 14th Amendment");
* a capitalized name ending in a program word (`program_name_heads.txt`: "Partnership
  Interoperability Initiative", "Olympic Charter", "Public Order Law") or opened by one
  (`program_prefixes.txt`: "Operation Desert Storm"; `program_of_heads.txt`: "Treaty of Lisbon");
* a capitalized name right before a lower-case descriptor (`program_descriptors.txt`, possibly
  after modifiers from `program_modifiers.txt`): "the Tempest jet fighter", "the Brimstone
  missile", "the Artemis program", "the RIMPAC exercise", also across a defined abbreviation
  ("Commercial Lunar Payload Services (CLPS) program"); not an armed service or unit, which owns
  the thing ("the Japan Maritime Self-Defense Force destroyer", `program_owner_units.txt`), nor
  two organizations joined by "and" (its makers);
* a name that a program noun describes in apposition ("Inherent Resolve, the U.S. military
  operation", "the first Iron Mace in the Pacific, a naval exercise") or that a naming
  word gives a program noun ("a mission called Europa Clipper", `program_naming_words.txt`), or
  gives anything but an organization, a person or a place when an abbreviation defines it at once
  ("the ramp, called the Logistics Over-the-Beach, or LOB");
* a quoted lower-case term that a verb of decreeing takes as its object and that the text then
  takes up by its head noun ('ordered a "partial curfew" ... the curfew ended',
  `program_decree_verbs.txt`): the official name of a measure;
* a quoted lower-case nickname of one to four words that a naming word gives a campaign, a
  crackdown or a policy ('a crackdown on graft known as "iron broom"',
  `program_campaign_nouns.txt`);
* a quoted name before an agreement word (`program_agreement_heads.txt`) names it together with
  the descriptor: 'a "phase one" trade deal' is the program "phase one trade deal" (alias
  "phase one"); a quoted adjective ('a "skinny" deal') is no name, and hyphenated names before
  an agreement word are its parties ("the Coty-Kylie Jenner deal"); so does a quoted name before
  a policy noun (`program_quoted_heads.txt`: 'the "open skies" policy');

People, countries and places are never programs. A name that the actor table lists as an
organization is a program only when the document never treats it as one: no legal form ending
the name ("Corp."), no person's role naming it ("NASA Administrator"), no possessive ("SpaceX's
Starship"), no speech ("NASA said") and no organization's act ("NATO met",
`program_organization_verbs.txt`). Even a name holding a program word is no program when it
speaks or acts so ("the Global Food Programme paused its deliveries") or moves as a market index
does ("the Tokyo Composite Stock Index fell 1%", `program_market_verbs.txt`), or when an organization word
is inside it ("Springfield Center for Youth Law"). Glossary abbreviations whose expansion is a
program's name become its aliases. `actors_without_programs` then takes the programs out of the
actor table, so that nothing else points at them as actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..model import Actor, Program, Ref, Term
from ..nlp import ParsedDocument
from ..slugs import slugify
from . import gazetteer
from .actors import ActorTable
from .lexicon import lines, patterns, words
from .name_keys import initials, is_acronym, legal_forms, name_joiner_words, org_heads

_CONNECTORS = {"on", "in"}  # besides the small words of names ("Committee on ...")
_BLOCK_NUMBER = re.compile(r"(?:[IVX]+|\d+)[A-Z]{0,2}")
_PLURAL = re.compile(r"(?<=[A-Z0-9])s$")
_NOT_NAME_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_OUTSIDE_KINDS = {"person", "country", "location"}
_KEPT_KINDS = {"person", "country"}  # actors never dropped for a program of the same name
_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
_MAX_QUOTED_TOKENS = 4
_MAX_NAME_TOKENS = 8
_CONTEXT_TOKENS = 8  # a designation needs a descriptor this close after it
_MAKER_LABELS = {"maker_code", "maker_number"}  # codes that a maker's name may tie to a model
_NAMED_NOUN_WINDOW = 6  # how far back from "called" an organization's noun forbids a program


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
    undescribed: list[tuple[str, set[str], int, Span]] = []
    for n, doc in enumerate(parsed.docs, start=1):
        for sent in doc.sents:
            for name, aliases, named, typed in names_in(sent, texts[n - 1]):
                item = found.setdefault(name.casefold(), _Found(name))
                item.named = item.named or named
                item.typed = item.typed or typed
                item.aliases |= aliases
                item.sentences.append((n, sent))
            others = designations_in(sent, texts[n - 1], described=False)
            undescribed += [(name, aliases, n, sent) for name, aliases, *_ in others]
    for name, aliases, n, sent in undescribed:  # "the Tor-M2s were moved" after "Tor-M2 systems"
        item = found.get(name.casefold())
        if item is not None:
            item.aliases |= aliases
            item.sentences.append((n, sent))
    for name, abbreviation, n, sent in defined_practices(parsed, glossary or []):
        item = found.setdefault(name.casefold(), _Found(name, named=True))
        item.aliases.add(abbreviation)
        item.sentences.append((n, sent))
    for name, n, sent in [*decreed_terms(parsed), *nicknamed_campaigns(parsed)]:
        item = found.setdefault(name.casefold(), _Found(name, named=True))
        item.sentences.append((n, sent))
    for item in found.values():
        item.aliases |= {t.abbreviation for t in glossary or [] if t.expansion.casefold() == item.name.casefold()}
    _add_initialisms(list(found.values()))
    items = [
        item for item in _merge(found.values())
        if _plausible_name(item.name)
        and (item.named or not _known_place(item.name))
        and not _model_year_before(item.name, texts)
        and not _is_actor(item.name, actors, parsed, named=item.named, typed=item.typed, texts=texts)
    ]
    _add_actor_initialisms(items, actors)
    own_names = {name.casefold() for item in items for name in (item.name, *item.aliases)}
    programs = [_program(item, parsed, actors, glossary or [], own_names, texts) for item in items]
    return sorted(programs, key=lambda p: p.id)


# ----------------------------------------------------------------------------- finding names


def defined_practices(parsed: ParsedDocument, glossary: list[Term]) -> list[tuple[str, str, int, Span]]:
    """(name, abbreviation, paragraph, sentence) for each lower-case expansion of a defined
    abbreviation that ends in a practice or program noun (`program_practice_heads.txt`):
    'freedom of navigation operations (FONOPs)' names a practice even in lower case."""
    out = []
    for term in glossary:
        name = term.expansion
        if not name[:1].islower() or name.split()[-1].casefold() not in words("program_practice_heads"):
            continue
        if not 1 <= term.paragraph <= len(parsed.docs):
            continue
        sent = next((s for s in parsed.docs[term.paragraph - 1].sents if name in s.text), None)
        if sent is not None:
            out.append((name, term.abbreviation, term.paragraph, sent))
    return out


def decreed_terms(parsed: ParsedDocument) -> list[tuple[str, int, Span]]:
    """(name, paragraph, sentence) for each quoted lower-case term of two to four words that a
    verb of decreeing takes as its object ('Putin ordered a "general curfew" of the city',
    `program_decree_verbs.txt`), when a later sentence speaks of the measure by its head noun
    ('the curfew ended'): the quotation marks give the official name of a policy or a decree. A
    single quoted word ('enact "retribution"') or a plural ('"detailed notes"') is no such name."""
    out = []
    for n, doc in enumerate(parsed.docs, start=1):
        for sent in doc.sents:
            for token in sent:
                term = _quoted_object(token, sent)
                if term is not None and _spoken_of_again(parsed, n, term.end_char, token.lower_):
                    out.append((term.text, n, sent))
    return out


def _quoted_object(token: Token, sent: Span) -> Span | None:
    """The quoted words ending in `token` when it heads the object of a verb of decreeing."""
    if token.tag_ != "NN" or not token.is_lower or token.dep_ not in ("dobj", "nsubjpass"):
        return None
    if token.head.lemma_.lower() not in words("program_decree_verbs"):
        return None
    doc = sent.doc
    if token.i + 1 >= sent.end or doc[token.i + 1].text not in _QUOTES:
        return None
    inner = _quoted_before(sent, token.i + 2)
    if inner is None or len(inner) < 2 or inner.end != token.i + 1:
        return None
    return inner if all(t.is_alpha and t.is_lower for t in inner) else None


def nicknamed_campaigns(parsed: ParsedDocument) -> list[tuple[str, int, Span]]:
    """(name, paragraph, sentence) for each quoted lower-case nickname of one to four words that
    a naming word (`program_naming_words.txt`, "known as") gives a campaign, a crackdown or a
    policy (`program_campaign_nouns.txt`), itself or through its object ('a crackdown on graft
    known as "iron broom"'); a song or a place so called is no program."""
    out = []
    for n, doc in enumerate(parsed.docs, start=1):
        for sent in doc.sents:
            for token in sent:
                quoted = _nickname_after(token, sent)
                if quoted is not None and _named_effort(token):
                    out.append((quoted.text, n, sent))
    return out


def _nickname_after(cue: Token, sent: Span) -> Span | None:
    """The quoted lower-case words right after a naming word ('called "iron broom"', 'known as
    "iron broom"')."""
    doc = sent.doc
    start = cue.i + 1
    if cue.lower_ == "known" and start < sent.end and doc[start].lower_ == "as":
        start += 1
    elif cue.lower_ not in words("program_naming_words"):
        return None
    if start >= sent.end or doc[start].text not in _QUOTES:
        return None
    end = start + 1
    while end < sent.end and doc[end].text not in _QUOTES:
        end += 1
    inner = doc[start + 1 : end]
    if end >= sent.end or not 1 <= len(inner) <= 4:
        return None
    return inner if all(t.is_lower and (t.is_alpha or t.text == "-") for t in inner) else None


def _named_effort(cue: Token) -> bool:
    """True when the noun a naming participle describes is a campaign noun, or the noun whose
    object it is ('a crackdown on graft known as ...')."""
    noun = cue.head
    nouns = [noun]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        nouns.append(noun.head.head)
    return cue.dep_ == "acl" and any(t.lower_ in words("program_campaign_nouns") for t in nouns)


def _spoken_of_again(parsed: ParsedDocument, paragraph: int, offset: int, noun: str) -> bool:
    """True when a sentence after offset `offset` of `paragraph` has 'the' or 'this' before the
    noun, or before a noun that it modifies ('the curfew rules')."""
    for n, doc in enumerate(parsed.docs[paragraph - 1 :], start=paragraph):
        for token in doc:
            if n == paragraph and token.idx < offset or token.lower_ != noun:
                continue
            head = _phrase_head(token)
            if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
                return True
    return False


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


def designations_in(
    sent: Span, text: str | None = None, *, described: bool = True
) -> list[tuple[str, set[str], int, int]]:
    """Model designations with their block and proper name: 'SM-3 Block IIA', 'E-3 Sentry'.

    Returns (name, aliases, start, end) with paragraph character offsets; the bare designation,
    its plural as written ('Tor-M2s') and a maker's name before it ("Boeing E-3 Sentry")
    become aliases; `text` is the paragraph's text (`sent.doc.text`), when the caller has it
    already. Only designations that a descriptor describes count, or, with `described=False`,
    only those that none does (they count where the document describes them elsewhere).
    """
    doc = sent.doc
    text = doc.text if text is None else text
    out = []
    for span in designation_spans(sent):
        start, core = span.start_char, span.end_char - (text[span.end_char - 1] == ".")  # "Block 1B." ends a sentence
        written, end = text[start:core], core
        plural = _PLURAL.search(written) is not None
        model_name = False  # "F-14 Tomcat", "SM-3 Block IIA": a block or a proper name marks a model
        if plural:
            end -= 1
        elif span.label_ == "provision":
            if span.end < len(doc) and _name_word(doc[span.end]):
                continue  # "the First Amendment Coalition" names a body after the provision
        else:
            block = _block_after(doc, span.end)
            if block is not None:
                end = block
            suffix_end = _proper_suffix_end(doc, end, len(text))
            model_name = block is not None or _model_name(doc, end, suffix_end)
            end = suffix_end
        if span.label_ in _MAKER_LABELS:
            if any(t.ent_type_ in _NOT_NAME_ENTS for t in span):
                continue  # "$100M", "7:30", "2019-20": an amount, a time or a year, not a model
            counts = _maker_model(span, model_name, len(text))
        else:
            self_described = span.label_ in ("block", "provision") or model_name  # "SLS Block 1B", "the 14th Amendment"
            counts = self_described or _described(doc, span.end_char, len(text)) or _described_by_clause(span)
        if counts is not described:
            continue
        name = text[start:end]
        aliases = {written, text[start : core - plural]} - {name}
        maker = _maker_before(doc, start)
        if maker:
            aliases.add(text[maker:end])
        out.append((name, aliases, start, end))
    return out


def _maker_model(span: Span, model_name: bool, length: int) -> bool:
    """True when the text ties a maker-style code to a maker or a craft: its maker's name before
    it ("Airbus A380", "Boeing's 787-9", "Airbus' iconic A380"), a vehicle noun after it or saying what it is
    ("777X jets", "the A380, the largest airliner"; `program_vehicle_nouns.txt`) or a model's
    proper name after it ("787-9 Dreamliner"). A bare number ("Boeing 787") needs both its maker and
    one of the others, so "S&P 500" or "Fortune 500" stay out; `length` is the paragraph's."""
    doc, cues = span.doc, words("program_vehicle_nouns")
    craft = model_name or _described(doc, span.end_char, length, cues) or _described_by_clause(span, cues)
    maker = _maker_before(doc, span.start_char, possessive=True) is not None \
        or any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in span.root.children)  # "Airbus' iconic A380"
    return maker and craft if span.label_ == "maker_number" else maker or craft


def designation_spans(sent: Span) -> list[Span]:
    """The model designations of a sentence, longest first where they overlap
    (`program_designations.jsonl`, spaCy `Matcher` patterns)."""
    matcher = _designation_matcher(sent.doc.vocab)
    return filter_spans(matcher(sent, as_spans=True))


def _is_designation(span: Span) -> bool:
    """True when the whole span is one model designation ('F-X', 'Tor-M2')."""
    return any(m.start == span.start and m.end == span.end for m in designation_spans(span))


_MATCHERS: dict[int, tuple[Vocab, Matcher]] = {}


def _designation_matcher(vocab: Vocab) -> Matcher:
    """One `Matcher` per vocabulary, built from `program_designations.jsonl`."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached[0] is not vocab:
        matcher = Matcher(vocab)
        for record in patterns("program_designations"):
            matcher.add(record["label"], [record["pattern"]])
        cached = _MATCHERS[id(vocab)] = (vocab, matcher)
    return cached[1]


def _block_after(doc: Doc, end: int) -> int | None:
    """End offset of a block number right after token `end` ('SM-3 Block IIA'), if any."""
    if end + 1 < len(doc) and doc[end].text == "Block" and _BLOCK_NUMBER.fullmatch(doc[end + 1].text):
        return doc[end + 1].idx + len(doc[end + 1].text)
    return None


def _described_by_clause(span: Span, cues: frozenset[str] | None = None) -> bool:
    """True when the sentence says what the designation is: 'the GBU-53 is a guided munition',
    'the GBU-53, a guided bomb', 'a new bomb, the GBU-53' (a descriptor noun as its predicate or
    apposition), 'the drone was a Samad-type model' (the designation in the predicate of a
    descriptor), 'drones such as the X-9' (an example of one, `program_example_words.txt`).

    The designation counts by the noun phrase it stands in: 'an Iranian-made X-9 model' is the
    phrase of 'model'. `cues` are the descriptor nouns (`program_descriptors.txt` by default)."""
    root, cues = span.root, words("program_descriptors") if cues is None else cues
    head = _phrase_head(root)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        if any(c.dep_ == "attr" and c.lower_ in cues for c in root.head.children):
            return True
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in cues for c in head.head.children):
            return True
    if any(c.dep_ == "appos" and c.lower_ in cues for c in (*root.children, *head.children)):
        return True
    if head.dep_ == "pobj" and _example_of(head.head) in cues:
        return True
    return any(t.dep_ == "appos" and t.head.lower_ in cues for t in (root, head))


def _phrase_head(token: Token) -> Token:
    """The noun that a modifier belongs to: 'X-9' in 'an Iranian-made X-9 model' -> 'model'."""
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _example_of(prep: Token) -> str:
    """The lower-cased noun that a preposition of example follows ('drones such as', 'missiles
    like', 'weapons including'; `program_example_words.txt`), or '' for any other preposition."""
    if prep.lower_ not in words("program_example_words"):
        return ""
    if prep.lower_ == "as":  # "such as", never a bare "as" ("served as")
        if not any(c.lower_ == "such" for c in prep.children) and not (prep.i > 0 and prep.nbor(-1).lower_ == "such"):
            return ""
    return prep.head.lower_ if prep.head.pos_ == "NOUN" else ""


def headed_names_in(sent: Span) -> list[tuple[str, set[str], int, int, bool, bool]]:
    """Capitalized or quoted names marked as programs by a head word, prefix or descriptor.

    Returns (name, aliases, start, end, named, typed): `named` when the head or prefix is part of
    the name, or an apposition or a naming verb says what it is; `typed` when a craft or program
    noun follows it ('the Europa Clipper mission'); a quoted name is an alias of itself with its
    descriptor ('phase one').
    """
    heads = words("program_name_heads")
    prefixes = words("program_prefixes")
    out = []
    for token in sent:
        capital = token.text[:1].isupper()
        if token.lower_ in words("program_of_heads") and capital and (run := _of_name(sent, token.i)) is not None:
            out.append((run.text, set(), run.start_char, run.end_char, True, False))  # "Treaty of Versailles"
        elif token.lower_ in words("program_national_heads") and (charter := _national_charter(sent, token)) is not None:
            # "the French constitution": not `named`, so that "the constitution states" is no speaker's act
            out.append((charter.text, set(), charter.start_char, charter.end_char, False, False))
        elif token.lower_ in heads and capital and token.i > sent.start and _ends_name(token, sent):
            run = _run_before(sent, token.i)
            if run is not None and token.i - run.start >= _words_needed(token) and not _organization_name(run, token):
                parts = _split(sent.doc[run.start : token.i + 1], plural=token.tag_ == "NNPS")
                out.extend((name, set(), s, e, name.endswith(token.text), False) for name, s, e in parts)
        elif token.lower_ in prefixes and capital and not _follows_name(token, sent):
            run = _run_after(sent, token.i)
            # "Project Manager Fumihiko Hazama" is a person's title, not "Project X"
            if run is not None and not any(t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in run[2:]):
                out.append((run.text, set(), run.start_char, run.end_char, True, False))
        elif token.text in lines("actor_craft_prefixes") and not _follows_name(token, sent):
            run = _run_after(sent, token.i)  # "USS Gerald R. Ford": a named vessel, as a named spacecraft
            if run is not None:
                out.append((run.text, set(), run.start_char, run.end_char, True, False))
        elif token.is_lower and token.lemma_ in prefixes and (runs := _names_after_noun(sent, token)):
            # "operations Desert Shield and Silver Arrow", "the exercise Cobra Gold"
            out.extend((run.text, set(), run.start_char, run.end_char, True, False) for run in runs)
        elif (name_end := _apposed_name_end(token, sent)) is not None:
            # "Inherent Resolve, the U.S. military operation against ...": the name is the program
            run = _run_before(sent, name_end)
            if run is not None and run.end == name_end + 1:
                out.append((run.text, set(), run.start_char, run.end_char, True, False))
        elif (run := _named_by_cue(token, sent)) is not None:
            # "a probe called Dragonfly", "the ramp, called the Logistics Over-the-Beach, or LOB"
            out.append((run.text, set(), run.start_char, run.end_char, True, False))
        elif token.lower_ in words("program_owned_heads") and token.is_lower and (run := _owned_name(sent, token)):
            # "our Fresh Start investment plan": an owner names its own plan
            out.append((run.text, set(), run.start_char, run.end_char, True, False))
        elif token.lower_ in words("program_owned_heads") and token.is_lower and (run := _quoted_copula_name(sent, token)):
            # '“Bright Harbor” is our plan', 'Our strategy is “Bright Harbor”': a quoted name an owner gives its plan
            out.append((run.text, set(), run.start_char, run.end_char, True, False))
        elif token.lower_ in words("program_quoted_heads") and token.is_lower and (quoted := _quoted_before(sent, token.i)):
            # 'the "open skies" policy': named by its quoted words, which are an alias
            name = f"{quoted.text} {token.text}"
            out.append((name, {quoted.text}, quoted.start_char, token.idx + len(token), True, False))
        elif _is_descriptor_head(token):
            first = _chain_start(sent, token.i)
            agreement = token.lower_ in words("program_agreement_heads")
            quoted = _quoted_before(sent, first) if agreement else None
            if quoted is not None:
                name = f"{quoted.text} {sent.doc[first : token.i + 1].text}"
                out.append((name, {quoted.text}, quoted.start_char, token.idx + len(token), True, False))
                continue
            if agreement and (dated := _dated_agreement(sent, token)) is not None:
                out.append(dated)
                continue
            run = _run_before(sent, _skip_abbreviation(sent, first - 1))
            if run is None or (agreement and _hyphenated(run)) or _owner(run) or _joins_organizations(run):
                continue
            if token.tag_ == "NNS" and run[-1].text in org_heads():
                continue  # "the Delta Air Lines systems": an organization's own things
            typed = first == token.i and token.lower_ in words("program_type_heads")
            parts = _split(run, plural=token.tag_ == "NNS")
            # "the Polio Eradication program": the effort noun is part of the name as written, an alias
            tail = typed and token.lower_ in words("program_name_tails")
            out.extend(
                (name, {f"{name} {token.text}"} if tail and e == run.end_char else set(), s, e, False, typed)
                for name, s, e in parts
            )
    return out


def _owned_name(sent: Span, head: Token) -> Span | None:
    """The name of two or more capitalized words between a possessive and a plan noun, maybe after
    lower-case adjectives or nouns ('its Clean Fleet investment plan'); None for one word ('its
    Premium plan'), a person, a place, or no possessive ('the Clean Fleet plan')."""
    end = head.i - 1
    while end > sent.start and sent.doc[end].is_lower and sent.doc[end].pos_ in ("ADJ", "NOUN"):
        end -= 1
    start = end + 1
    while start - 1 > sent.start and end - start < _MAX_NAME_TOKENS and _name_word(sent.doc[start - 1]):
        start -= 1  # no trimming: the possessive bounds it, and a capital 'One' is a name's word
    run = sent.doc[start : end + 1]
    if len(run) < 2 or sent.doc[start - 1].tag_ != "PRP$" or any(t.ent_type_ in ("PERSON", "GPE") for t in run):
        return None
    return run


def _quoted_copula_name(sent: Span, head: Token) -> Span | None:
    """The quoted capitalized name that 'be' equates with an owned plan noun: '“Bright Harbor” is
    our plan', 'Our strategy is “Bright Harbor”'; None without a possessive ('“Bright Harbor” is a
    plan'), without quotation marks, or for a person or a place."""
    verb = head.head
    if head.dep_ not in ("attr", "nsubj") or verb.lemma_ != "be" or not any(c.dep_ == "poss" for c in head.children):
        return None
    other = "nsubj" if head.dep_ == "attr" else "attr"
    name = next((c for c in verb.children if c.dep_ == other and c.pos_ == "PROPN"), None)
    if name is None:
        return None
    doc, start = sent.doc, name.i
    while start - 1 >= sent.start and name.i - start < _MAX_NAME_TOKENS and _name_word(doc[start - 1]):
        start -= 1
    close = name.i + 1 + (name.i + 1 < sent.end and doc[name.i + 1].text in (",", "."))  # '“Bright Harbor,”'
    quoted = start - 1 >= sent.start and doc[start - 1].text in _QUOTES and close < sent.end and doc[close].text in _QUOTES
    run = doc[start : name.i + 1]
    if not quoted or any(t.ent_type_ in ("PERSON", "GPE", "LOC") for t in run):
        return None
    return run


def _dated_agreement(sent: Span, head: Token) -> tuple[str, set[str], int, int, bool, bool] | None:
    """A lower-case agreement with a subject that a year or a country makes one agreement: 'the
    1987 arms control treaty', 'a mutual defense treaty signed in 1951', 'the Iran nuclear deal'
    (named with the country, the bare words an alias). None for an agreement without a subject
    ('the interim deal', 'a four-year deal') or without a year or country ('a peace treaty'); 'the
    Iran deal' is named by its country alone (`_country_agreement`)."""
    doc = sent.doc
    topics = words("program_modifiers")
    first = head.i
    while first - 1 >= sent.start:
        prev = doc[first - 1]
        if not (prev.is_alpha and prev.is_lower and (prev.pos_ in ("NOUN", "PROPN") or prev.lower_ in topics)):
            break
        first -= 1
    if first == head.i:
        return _country_agreement(sent, head)
    if first > sent.start and doc[first - 1].text == "-":
        return None
    words_ = doc[first : head.i + 1]
    before = doc[first - 1] if first > sent.start else None
    if before is not None and _single_state(before):
        named = doc[before.i : head.i + 1]  # "the Iran nuclear deal", "the Paris climate accord"
        return named.text, {words_.text}, named.start_char, named.end_char, True, False
    if before is not None and _year(before):
        dated = doc[before.i : head.i + 1]
        return words_.text, {dated.text}, words_.start_char, words_.end_char, True, False
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and any(_year(t) for t in c.subtree) for c in head.children):
        return words_.text, set(), words_.start_char, words_.end_char, True, False  # "a treaty signed in 1951"
    return None


def _country_agreement(sent: Span, head: Token) -> tuple[str, set[str], int, int, bool, bool] | None:
    """'the Iran deal': the one agreement a country's name and "the" single out, named so; None
    for a city ('the Beijing agreement' may be any signed there), an indefinite or possessive
    ('an Iran deal', 'Iran's deal') or a bare country."""
    doc = sent.doc
    if head.i - 2 < sent.start or doc[head.i - 2].lower_ != "the":
        return None
    before = doc[head.i - 1]
    if not _single_state(before) or not gazetteer.country(before.text):
        return None
    named = doc[before.i : head.i + 1]
    return named.text, set(), named.start_char, named.end_char, True, False


def _national_charter(sent: Span, head: Token) -> Span | None:
    """'the French constitution', 'the US Constitution': the one charter of the country named or
    implied by the word before it (a country or its demonym), after "the"; None for any other
    ('a new constitution', 'the party constitution')."""
    doc = sent.doc
    if head.i - 2 < sent.start or doc[head.i - 2].lower_ != "the":
        return None
    before = doc[head.i - 1]
    if not before.text[:1].isupper() or not (gazetteer.country(before.text) or gazetteer.demonym_country(before.text)):
        return None
    return doc[before.i : head.i + 1]


def _single_state(tok: Token) -> bool:
    """True for a one-word country or seat of government standing alone ('Iran', 'Paris'), not
    one of two parties joined by a hyphen ('US-China')."""
    doc = tok.doc
    hyphened = (tok.i > 0 and doc[tok.i - 1].text == "-") or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-")
    known = gazetteer.country(tok.text) or gazetteer.seat_of(tok.text)
    return tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" and _entity_end(tok) == tok.i + 1 and bool(known) and not hyphened


def _year(tok: Token) -> bool:
    """True for a four-digit year ('1951')."""
    return tok.ent_type_ == "DATE" and tok.is_digit and len(tok.text) == 4


def _names_after_noun(sent: Span, noun: Token) -> list[Span]:
    """The capitalized names right after a lower-case program noun ('the exercise Cobra Gold'),
    several joined by 'and' or commas after a plural ('operations Desert Shield and Silver
    Arrow'); none when the name is the subject of a clause or modifies a noun after it ('the
    operation Hamas launched', 'the exercise US troops joined')."""
    out, i = [], noun.i + 1
    while noun.pos_ == "NOUN" and i < sent.end:
        run = _run_after(sent, i - 1)
        if run is None:
            break
        name = run[1:]
        root = name.root
        if root.dep_ in ("nsubj", "nsubjpass", "poss") or root.head.i >= name.end or not name[0].text[:1].isupper():
            break
        out.append(name)
        i = name.end
        if noun.tag_ != "NNS" or i + 1 >= sent.end or sent.doc[i].lower_ not in ("and", ","):
            break
        i += 2 if sent.doc[i + 1].lower_ == "and" else 1
    return out


def _apposed_name_end(token: Token, sent: Span) -> int | None:
    """Index of the last word of the name that a program noun describes in apposition:
    'Inherent Resolve, the U.S. military operation against Islamic State', 'Artemis, NASA's lunar
    program', 'the first Iron Mace in the Pacific, a naval exercise' (a place after the
    name may come between); None when the token heads no such apposition."""
    start, doc = token.left_edge.i, sent.doc
    if token.lower_ not in words("program_appositive_heads") or not token.text.islower():
        return None
    if token.dep_ in ("nsubj", "nsubjpass", "compound", "amod", "nmod"):
        return None  # a subject, or a modifier inside another noun phrase ("satellite images")
    if start - 2 < sent.start or doc[start - 1].text != ",":
        return None
    end = start - 2
    if not doc[end].text[:1].isupper():
        return None
    place = _run_before(sent, end)
    i = place.start - 1 if place is not None else end
    if i >= sent.start and doc[i].lower_ == "the":
        i -= 1
    if i - 1 >= sent.start and doc[i].lower_ in words("program_place_prepositions") and _name_word(doc[i - 1]):
        return i - 1  # "Iron Mace in the Pacific, a naval exercise"
    return end


def _named_by_cue(token: Token, sent: Span) -> Span | None:
    """The name that a naming word gives a program: after a program noun ('a mission called
    Europa Clipper', 'an operation code-named Prosperity Guardian'), or after any other thing
    but an organization, a person or a place when an abbreviation defines the name at once ('the
    ramp, called the Logistics Over-the-Beach, or LOB')."""
    doc = sent.doc
    known_as = token.lower_ == "as" and token.i > sent.start and doc[token.i - 1].lower_ == "known"
    cue_start = token.i - 1 if known_as else token.i
    if token.lower_ not in words("program_naming_words") and cue_start == token.i:
        return None
    i = cue_start - 1
    while i >= sent.start and (doc[i].text in (",", "-") or doc[i].lower_ == "code"):
        i -= 1  # "the pier, called", "an operation code-named"
    if i < sent.start or not token.i + 1 < sent.end:
        return None
    run = _run_after_name_start(sent, token.i + 1)
    if run is None or any(t.ent_type_ in ("PERSON", "GPE", "LOC") for t in run):
        return None
    noun = doc[i]
    program_noun = noun.lower_ in words("program_appositive_heads") | words("program_descriptors")
    if program_noun:
        return run
    before = doc[max(sent.start, i - _NAMED_NOUN_WINDOW) : i + 1]  # "the committee responsible for ... called"
    unnamed = any(t.lower_ in words("program_unnamed_nouns") for t in before)
    body = any(t.text in lines("program_organization_words") for t in run)
    defined = noun.pos_ == "NOUN" and not unnamed and not body and _defined_after(sent, run.end)
    return run if defined else None


def _run_after_name_start(sent: Span, i: int) -> Span | None:
    """The capitalized name starting at token `i`, after an optional 'the' or opening quote;
    small joiners may stand inside it ('Rights of the Child')."""
    doc = sent.doc
    while i < sent.end and (doc[i].lower_ == "the" or doc[i].text in _QUOTES):
        i += 1
    if i >= sent.end or not doc[i].text[:1].isupper() or not _name_word(doc[i]):
        return None
    end = i + 1  # exclusive
    while end < sent.end and end - i < _MAX_NAME_TOKENS:
        if _name_word(doc[end]):
            end += 1
            continue
        gap = end
        while gap < sent.end and (_joins(doc[gap]) or doc[gap].lower_ == "the") and gap - end < 2:
            gap += 1
        if gap > end and gap < sent.end and _name_word(doc[gap]) and doc[gap].text[:1].isupper():
            end = gap + 1
            continue
        break
    return doc[i:end]


def _defined_after(sent: Span, end: int) -> bool:
    """True when an abbreviation follows token `end` at once: ', or LOB', ' (LOB)'."""
    doc = sent.doc
    after = [t.text for t in doc[end : min(end + 3, sent.end)]]
    short = lambda text: text.isupper() and len(text) >= 2  # noqa: E731 - tiny local helper
    return (after[:2] == [",", "or"] and len(after) == 3 and short(after[2])) or (
        after[:1] == ["("] and len(after) >= 2 and short(after[1])
    )


def _of_name(sent: Span, head: int) -> Span | None:
    """'Treaty of Versailles', 'Charter of the United Nations', 'Convention on the Rights of the
    Child': a treaty word, 'of' or 'on', and a capitalized name, with the name of its maker
    before it ('United Nations Convention on the Law of the Sea'); 'the Anglo-Irish Treaty of 1921'
    is one name ending in a program word."""
    doc = sent.doc
    if head + 2 >= sent.end or doc[head + 1].lower_ not in ("of", "on"):
        return None
    tail = _run_after_name_start(sent, head + 2)
    if tail is None or tail.start > head + 3:
        return None
    start = head
    if _follows_name(doc[head], sent):  # "the United Nations Convention on the Law of the Sea"
        before = _run_before(sent, head - 1)
        if before is None or before.end != head:
            return None
        start = before.start
    return doc[start : tail.end]


def _owner(run: Span) -> bool:
    """True when the name ends in an armed service or unit word ('the Japan Maritime Self-Defense
    Force destroyer', 'the 7th Fleet exercise'): it names the owner, not the program."""
    return run[-1].text in lines("program_owner_units")


def _organization_name(run: Span, head: Token) -> bool:
    """True when the words before a program word name an organization: two organizations joined
    by 'and', an organization word inside ('Springfield Center for Youth Law', 'School of Law'),
    or a person's name before a word that then names a firm ('Jane Roe Law')."""
    inside = run.doc[run.start : head.i]
    if _joins_organizations(run) or any(t.text in lines("program_organization_words") for t in inside):
        return True
    if head.lower_ in ("system", "systems") and inside[-1].lower_ in words("program_institution_words"):
        return True  # "Harris Health System", "the Springfield School System": an institution
    return head.text in lines("program_firm_heads") and inside[0].ent_type_ == "PERSON"


def _joins_organizations(run: Span) -> bool:
    """True for two organizations joined by 'and' ('the Lockheed Martin and Raytheon missile'):
    the makers, not one name. Each side is an ORG entity of its own."""
    for tok in run[1:-1]:
        if tok.lower_ in ("and", "&") and tok.ent_iob_ == "O":
            before, after = run.doc[tok.i - 1], run.doc[tok.i + 1]
            if before.ent_type_ == "ORG" and after.ent_type_ == "ORG" and after.ent_iob_ == "B":
                return True
    return False


def _quoted_before(sent: Span, end: int) -> Span | None:
    """The quoted words right before token `end` ('a "phase one" trade deal'), when they hold a
    noun or a number; None for no quote or a quoted adjective ('a "skinny" deal'). Words joined
    by hyphens count when each is a noun or a number ('the "one-child" policy'), not when one is
    an adjective or a preposition ('a "tough-on-crime" policy')."""
    doc = sent.doc
    close = end - 1
    if close <= sent.start or doc[close].text not in _QUOTES:
        return None
    for open_ in range(close - 1, max(sent.start, close - _MAX_QUOTED_TOKENS - 1) - 1, -1):
        if doc[open_].text in _QUOTES:
            inner = doc[open_ + 1 : close]
            nouny = any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in inner)
            hyphens = [t for t in inner if _inner_hyphen(t, inner)]
            if hyphens and not all(t.pos_ in ("NOUN", "PROPN", "NUM") for t in inner if t not in hyphens):
                return None
            punct = any(t.is_punct and t not in hyphens for t in inner)
            return inner if len(inner) and nouny and not punct else None
    return None


def _inner_hyphen(tok: Token, span: Span) -> bool:
    """True for a hyphen that joins two words of `span` with no space around it ('one-child')."""
    return tok.text == "-" and span.start < tok.i < span.end - 1 and not tok.whitespace_ and not tok.nbor(-1).whitespace_


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
    before = sent.doc[token.i - 1] if token.i > sent.start else None
    return before is not None and before.pos_ != "DET" and _name_word(before)


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
    """Index of the first word of the lower-case descriptor chain ending at `head`; a lower-case
    word joined by a hyphen to the next one belongs to it ('Tomahawk land-attack missiles',
    'Stinger surface-to-air missiles')."""
    allowed = words("program_descriptors") | words("program_modifiers")
    i = head
    while i - 1 >= sent.start:
        prev = sent.doc[i - 1]
        hyphen = prev.text == "-" and not prev.whitespace_
        compound = prev.is_alpha and prev.is_lower and not prev.whitespace_ and sent.doc[i].text == "-"
        if not (hyphen or compound or (prev.lower_ in allowed and prev.text.islower())):
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
    doc = tok.doc
    if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_:
        return True
    if tok.is_lower and tok.is_alpha and _between_hyphens(tok):
        return True  # "Over-the-Beach"
    before = tok.i > 0 and doc[tok.i - 1].text[:1].isupper()
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
    digits = any(c.isdigit() for c in tok.text)  # "three SLS rockets" is a count, not a name
    return digits and tok.like_num and (before or (after and len(tok.text) >= 3))  # "Type 26", "737 Max"


def _between_hyphens(tok: Token) -> bool:
    """True for a word joined by hyphens on both sides, inside a capitalized compound ('Over-the-Beach')."""
    doc = tok.doc
    if tok.i < 2 or tok.i + 2 >= len(doc) or tok.whitespace_:
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return before.text == after.text == "-" and not before.whitespace_ and not after.whitespace_ \
        and doc[tok.i - 2].text[:1].isupper() and doc[tok.i + 2].text[:1].isupper()


def _joins(tok: Token) -> bool:
    return tok.lower_ in _CONNECTORS or tok.lower_ in name_joiner_words()


def _trim(sent: Span, start: int, end: int) -> Span | None:
    """Drop leading connectors, determiners, nationality words and sentence-initial capitals."""
    doc = sent.doc
    while start < end:
        tok = doc[start]
        nation = tok.ent_type_ == "GPE" or (tok.ent_type_ == "NORP" and gazetteer.is_place_word(tok.text))
        lead_nation = nation and _entity_end(tok) < end  # "the British Tempest", not "the Artemis 3 mission"
        opens = all(t.is_punct for t in doc[sent.start : tok.i])  # the sentence's first word, maybe after a quote mark
        sentence_capital = opens and tok.pos_ != "PROPN"
        function_word = tok.pos_ in ("DET", "PRON", "ADP", "SCONJ", "CCONJ", "AUX", "PART")
        count = tok.ent_type_ == "CARDINAL" and tok.dep_ == "nummod" and tok.head.i >= end  # "135 Tomahawk missiles"
        if _joins(tok) or function_word or tok.text == "-" or lead_nation or sentence_capital or count:
            start += 1
            continue
        break
    while end > start and (_joins(doc[end - 1]) or doc[end - 1].text == "-"):
        end -= 1
    if all(t.tag_ == "NNPS" or (t.tag_ == "JJ" and t.ent_type_ in ("", "NORP")) for t in doc[start:end]):
        return None  # "the Chinese system", "the Democrats strategy": a people, not a name ("Brimstone" is one)
    if end - start == 1 and doc[start].is_upper and len(doc[start]) <= 2:
        return None  # "IT systems", "AI models": a two-letter abbreviation names a field, not a program
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
            if plural or _is_designation(left) or _ends_in_head(left):
                parts.append(left)
                start = tok.i + 1
    parts.append(run.doc[start : run.end])
    out = []
    for part in parts:
        if len(part) and not _is_designation(part):
            out.append((part.text, part.start_char, part.end_char))
    return out


def _ends_in_head(part: Span) -> bool:
    """True when a name ends in a capitalized program word ('the Clean Water Act and National
    Environmental Policy Act': two laws, not one)."""
    return len(part) > 1 and part[-1].text[:1].isupper() and part[-1].lower_ in words("program_name_heads")


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


def _model_name(doc: Doc, start: int, end: int) -> bool:
    """True when the words between offsets `start` and `end` (after a designation) are a model's
    proper name ('F-14 Tomcat', 'F/A-18 Super Hornet'), not an event, a place or a body named
    after the code, nor a direction or a date ('G-7 Summit', 'A-1 Base', 'I-95 South';
    `actor_*_heads.txt`, `actor_not_names.txt`)."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None or not len(span):
        return False
    others = words("actor_event_heads") | words("actor_facility_heads") | words("actor_org_heads") \
        | words("actor_not_names") | words("program_organization_words")
    return all(t.pos_ == "PROPN" and t.lower_ not in others for t in span)


def _maker_before(doc, start: int, *, possessive: bool = False) -> int | None:
    """Offset of an organization name right before a designation ('Boeing E-3'), if any, or with
    `possessive` also before its possessive ("Boeing's 787-9"); an armed service or unit there
    owns the craft, it did not make it ('Marine Corps F/A-18')."""
    span = doc.char_span(0, start, alignment_mode="contract")
    if span is None or not len(span) or not span[-1].whitespace_:
        return None
    last = span[-1]
    if possessive and last.tag_ == "POS" and last.i > 0:
        last = doc[last.i - 1]
    if last.ent_type_ != "ORG" or last.pos_ != "PROPN" or last.text in lines("program_owner_units"):
        return None
    i = last.i
    while i - 1 >= 0 and doc[i - 1].ent_type_ == "ORG" and doc[i - 1].ent_iob_ != "O" and doc[i].ent_iob_ == "I":
        i -= 1
    return doc[i].idx


# ----------------------------------------------------------------------------- filtering, records


def _add_initialisms(items: list[_Found]) -> None:
    """Give a program the all-capitals name that spells its initials ('SLS' for 'Space Launch
    System', 'SLS Block 1B' for 'Space Launch System Block 1B') when both are found, even if the
    text never defines the abbreviation."""
    for short in items:
        first, *rest = short.name.split()
        if not (is_acronym(first, longest=6) and first.isalpha()):
            continue
        for long_ in items:
            names = long_.name.split()
            if long_ is short or len(names) <= len(rest) or names[len(names) - len(rest) :] != rest:
                continue
            words_ = [w for w in names[: len(names) - len(rest)] if w[:1].isupper()]
            if initials(" ".join(words_)) == first and len(words_) > 1:
                long_.aliases.add(short.name)


def _add_actor_initialisms(items: list[_Found], actors: ActorTable) -> None:
    """Give a program the acronym the actor table took for an organisation when it spells the
    initials of the program's capitalised words ('Federal Code of Naval Conduct' ... 'the FCNC
    charges'): the law's short form, no body (`actors_without_programs` then drops it)."""
    acronyms = {a.name for a in actors.actors if a.kind == "organization" and is_acronym(a.name, longest=6) and a.name.isalpha()}
    for item in items:
        short = initials(item.name)
        if len(short) >= 3 and len(item.name.split()) >= 3 and short in acronyms:
            item.aliases.add(short)


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


def _model_year_before(name: str, texts: list[str]) -> bool:
    """True when a year stands right before the bare name as its model year ('the 2020 Sentra
    gets a new grille', 'the 2021 Zephyr GT Coupe'): a consumer model, not a program. A name
    holding a program word or ending in a descriptor ('the 2022 Clean Air Act', 'Operation X', 'a
    2016 trade deal') or a year before the name and a descriptor ('the 2024 Sea Shield exercise':
    the exercise of that year) does not count."""
    first, *_, last = name.split() if " " in name else (name, name)
    descriptors = words("program_descriptors") | words("program_type_heads")
    if last.casefold() in words("program_name_heads") | descriptors or first.casefold() in words("program_prefixes"):
        return False  # "the 2016 trade deal": a dated agreement
    pattern = re.compile(rf"(?<![\w-])(?:19|20)\d\d\s+{re.escape(name)}(?![\w-])\s*(\w*)")
    return any(m.group(1).casefold() not in descriptors for text in texts for m in pattern.finditer(text))


def _known_place(name: str) -> bool:
    """True for a country, a seat of government or a region: 'the Mali mission' is a mission *to*
    Mali, even when the model did not tag the name as a place."""
    return bool(gazetteer.country(name) or gazetteer.seat_of(name) or gazetteer.is_region(name))


def _described(doc, end: int, length: int, cues: frozenset[str] | None = None) -> bool:
    """True when the words after offset `end` lead to a descriptor: 'SM-3 Block IIA missile
    interceptor', 'F-X and Tempest jet fighter' (names, modifiers and 'and' may come between);
    `cues` are the descriptor nouns (`program_descriptors.txt` and `program_name_heads.txt` by default)."""
    cues = words("program_descriptors") | words("program_name_heads") if cues is None else cues
    between = words("program_modifiers") | {"and", "-", ","}  # "F-15, F-16 and KF-21 fighters"
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
    """True for people, countries and places, for names the document treats as organizations,
    for a one-word name whose plural speaks or acts as a group ('Houthi' where 'the Houthis
    said') and for a name written before a group noun ('his NUP party').

    A name whose own words say it is a program (`named`: "... Initiative", "Operation ...") is
    kept even when the actor table lists it as an organization; a name right before a craft or
    program noun (`typed`: "the Europa Clipper mission") even when the model took it for a place
    or a person (`_mistyped_program`).
    """
    actor = actors.resolve(name)
    if actor is not None and name.casefold() not in {n.casefold() for n in (actor.name, *actor.aliases)}:
        actor = None  # no actor of exactly this name
    if _names_a_group(name, texts if texts is not None else [doc.text for doc in parsed.docs]):
        return True  # "his NUP party", "the Civic Initiative party": a party's name, even with a program word
    if named:  # a program word is no proof against speech or an organization's acts ('Global Food Programme')
        if actor is not None and actor.kind in ("country", "location"):
            return True
        return (actor is None or actor.kind == "organization") and _acts_in_text(name, parsed, texts, moves=True)
    if " " not in name and _acts_in_text(f"{name}s", parsed, texts):
        return True  # "a Houthi drone" where "the Houthis say ...": a group's name, not a program's
    if actor is None:
        return False
    if typed and _mistyped_program(actor, actors, parsed, texts):
        return False
    if actor.kind in _OUTSIDE_KINDS:
        return True
    if actor.kind == "organization" and is_acronym(name) and _named_as_organization(actor):
        return True
    return acts_as_organization(name, parsed, actors, texts)


def _named_as_organization(actor: Actor) -> bool:
    """True when one of an organization's names ends in an organization word ('HHS' for 'Health
    and Human Services'): 'the HHS systems' are its own, no program."""
    heads = org_heads() | legal_forms()
    return any(name.split()[-1] in heads for name in (actor.name, *actor.aliases))


def _names_a_group(name: str, texts: list[str]) -> bool:
    """True when a mention of `name` stands right before a lower-case noun of a group
    (`program_group_nouns.txt`): "his NUP party", "the M23 militia"."""
    nouns = "|".join(re.escape(n) for n in sorted(words("program_group_nouns")))
    pattern = re.compile(rf"(?<!\w){re.escape(name)}\s+(?:{nouns})\b")
    return any(pattern.search(text) for text in texts)


def _mistyped_program(actor: Actor, actors: ActorTable, parsed: ParsedDocument, texts: list[str] | None = None) -> bool:
    """True when a place or person before a craft or program noun is really the program's name.

    A place qualifies when its name has two words or more and is no known country, seat or region
    ("Europa Clipper mission", not "the Mars mission" or "the Red Sea mission"); a person when
    no role names them, every mention of them modifies a lower-case noun after it and one of
    those nouns is a craft or program noun ("the Kepler telescope", "three Patriot air defense
    units ... nine Patriot systems"; not "Kepler ... the Kepler telescope").
    """
    if actor.kind == "location":
        return len(actor.name.split()) >= 2 and not _known_place(actor.name)
    if actor.kind == "person" and not actor.roles:
        mentions = [o for o in actors.occurrences if o.actor_id == actor.id]
        nouns = [_modified_noun(parsed.docs[o.paragraph - 1], o.start, o.end) for o in mentions]
        return all(nouns) and any(n.lower_ in words("program_type_heads") for n in nouns if n is not None)
    return False


def _modified_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The common noun that the name at offsets start..end modifies ('the Patriot air defense
    units' -> 'units'), or None when the name is no modifier ('Kepler said')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ not in ("compound", "nmod", "amod") or root.head.i < span.end or root.head.pos_ != "NOUN":
        return None
    noun = root.head
    while noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head
    return noun


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
    if any(re.compile(r"['’]s\b").match(text, m.end()) for text in texts for m in pattern.finditer(text)):
        return True
    return _acts_in_text(name, parsed, texts)


def _acts_in_text(name: str, parsed: ParsedDocument, texts: list[str] | None = None, *, moves: bool = False) -> bool:
    """True when a mention of `name` speaks or acts as organizations do (`_acts`), or, with
    `moves`, moves as a market index does (`_moves`: 'the Tokyo Composite Stock Index fell 1%')."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    texts = texts if texts is not None else [doc.text for doc in parsed.docs]
    for doc, text in zip(parsed.docs, texts):
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and (_acts(span.root) or (moves and _moves(span.root))):
                return True
    return False


def _acts(token: Token) -> bool:
    """True when the token is the subject of a verb of saying or of an organization's act
    ('NASA said', 'NATO met', `program_organization_verbs.txt`)."""
    verbs = words("reporting_verbs") | words("program_organization_verbs")
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs


def _moves(token: Token) -> bool:
    """True when the token is the subject of a market verb without an object other than an
    amount ('the Tokyo Composite Stock Index fell 0.3%', 'the index started in the red';
    `program_market_verbs.txt`), unlike 'the initiative gained support'."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in words("program_market_verbs"):
        return False
    return all(c.like_num or c.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") for c in verb.children if c.dep_ == "dobj")


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
