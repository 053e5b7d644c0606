"""Candidate actor mentions in one paragraph: the model's entities, cleaned, filtered, given a kind.

1. spans: the model's PERSON / ORG / GPE / LOC entities, and FAC ones that end in a facility
   word ("Stennis Space Center"); a country name followed by capitalised words that end in an
   organisation word becomes one organisation ("Japan Maritime Self-Defense Force"); a place
   and a lower-case body noun make a public body ("Hong Kong police", "China's commerce
   ministry"); a numbered unit keeps its number ("Standing NATO Maritime Group 2"); a name
   with a comma list keeps its last item ("Boeing Defense, Space, and Security");
   two hyphenated places that modify a noun ("U.S.-Canada trade", "the Earth-Mars cruise")
   are no actor, only their parts that are countries;
2. cleaning: no leading article, honorific or (for people) title; nothing from a bracket, dash
   or stray comma on; no model designation ("Boeing E-3 Sentry" -> "Boeing"); no trailing
   possessive or small word;
3. noise (`noise`): generic words, demonyms, datelines, events, products, unlikely person
   names; a name that runs on into a number ("Apollo 10", "SLS Block 1B") is only a weak
   mention;
4. kind: the world lexicon (`gazetteer`) makes a place a country or a location; a brand-style
   word ("SpaceX") is no person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..lexicon import lines, words
from ..name_keys import is_first_name, is_given_name, name_joiner_words, name_suffixes, org_heads, org_suffixes
from .cues import pronoun_gender
from .noise import is_headed_by_org_word, is_noise
from .roles import appositive_roles, is_role_word, title_before
from .vocab import LABELS, body_noun_phrases, honorifics, is_joined, person_titles




BODY = "BODY"  # label of a place-led public body ("Hong Kong police")


_DESIGNATION = re.compile(r"^(?:[A-Z]{1,4}-[A-Z0-9]{1,4}[A-Za-z]?|[A-Z]{1,4}-?\d+[A-Za-z]*|[IVX]{2,}[A-Z]?)$")


@dataclass
class Mention:
    """A candidate actor mention: where it is, what kind, and the name it gives."""

    paragraph: int
    span: Span
    kind: str
    name: str  # the cleaned surface name, or the lexicon name of a country
    key: str = ""  # the cluster it joins (filled in by the merging steps)
    weak: bool = False  # only kept when the same name is also found in a plain mention

    def __post_init__(self) -> None:
        self.name = " ".join(self.name.split())  # no-break, narrow and doubled spaces: one space

    @property
    def text(self) -> str:
        return self.span.text


def candidate_mentions(doc: Doc, paragraph: int) -> list[Mention]:
    """The actor mentions of one paragraph, cleaned, filtered and given a kind."""
    out = []
    for raw in entity_spans(doc):
        for part, weak in _split_person_owner(raw):
            label = part.label_
            span = clean_span(part)
            if span is None:
                continue
            if label == BODY:
                out.append(Mention(paragraph, span, "organization", span.text))
                continue
            titled_person = _titled_person(span) if label == "ORG" else None
            if titled_person is not None:
                span, label = titled_person, "PERSON"
            if label in ("ORG", "GPE") and (
                _is_person_by_role(span) or _is_person_by_given_name(span) or _is_person_by_pronoun(span)
            ):
                label = "PERSON"
            if label == "PERSON" and (is_company_style(span.text) or (len(span) > 1 and span[-1].text in org_heads())):
                label = "ORG"  # 'SpaceX', 'Dick Clark Productions'
            if label == "PERSON" and _is_plural_group(span):
                label = "ORG"  # 'the Houthis'

            if is_noise(span, label):
                continue
            kind, name = kind_and_name(span, label)
            if kind:
                out.append(Mention(paragraph, span, kind, name, weak=weak or _is_numbered(span, label)))
    return out


def _is_plural_group(span: Span) -> bool:
    """'the Houthis', 'the Sandinistas': one capitalised plural word after 'the' names a group."""
    doc, word = span.doc, span.text
    return len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the" \
        and word.endswith("s") and not word.endswith("ss") and word[:1].isupper() and word[1:].islower()


def is_company_style(name: str) -> bool:
    """True for one word with a capital inside after three small letters or at its end
    ('SpaceX', 'ByteDance', 'OmegA'): a brand, never a person ('McCain', 'DeSantis')."""
    return " " not in name and not name.isupper() and bool(re.search(r"[a-z]{3}[A-Z]|[a-z][A-Z]$", name))


def _is_numbered(span: Span, label: str) -> bool:
    """True when an organisation-tagged name runs on into a number ('Apollo 10', 'SLS Block
    1B', 'Boeing 737'): the name of a mission, version or product, so only a weak mention."""
    doc = span.doc
    if label != "ORG" or span.end >= len(doc) or not span[-1].whitespace_:
        return False
    return bool(re.fullmatch(r"\d{1,3}[A-Za-z]{0,2}\.?", doc[span.end].text))


def _split_person_owner(span: Span) -> list[tuple[Span, bool]]:
    """'Jeff Bezos's Blue Origin' tagged as one person: the owner is the person, the rest a
    weak organisation mention (kept only when named so elsewhere). 'Tufts University's
    Feinstein International Center' tagged as one organisation: two organisations, when the
    owner's name ends in an organisation word ('McDonald's Corp.' stays whole)."""
    for tok in span[1:-1]:
        if tok.tag_ != "POS" and tok.dep_ != "case":
            continue
        if span.label_ == "PERSON":
            owner = Span(span.doc, span.start, tok.i, label="PERSON")
            owned = Span(span.doc, tok.i + 1, span.end, label="ORG")
            return [(owner, False), (owned, True)]
        if span.label_ == "ORG" and tok.i - span.start >= 2 and span.doc[tok.i - 1].text in org_heads():
            owner = Span(span.doc, span.start, tok.i, label="ORG")
            owned = Span(span.doc, tok.i + 1, span.end, label="ORG")
            return [(owner, False), (owned, False)]
    return [(span, False)]


def _is_person_by_given_name(span: Span) -> bool:
    """'Lester Holt' tagged as an organisation: two capitalised words, a given name then a word
    that is none ('Ralph Lauren' stays: 'Lauren' is a given name too), no organisation or place
    word, and not a modifier of a noun ('the Calvin Klein store')."""
    if len(span) != 2 or not all(t.is_title and t.is_alpha for t in span) or span.root.dep_ == "compound":
        return False
    first, last = span[0].text, span[1].text
    if any(w in org_heads() or w in org_suffixes() or gazetteer.is_place_word(w) for w in (first, last)):
        return False
    return is_given_name(first) and not is_given_name(last)


def _titled_person(span: Span) -> Span | None:
    """The person at the end of an organisation tag that runs from a body's words to a
    capitalised title or role word, then two or three name words ('Foreign Ministry
    Spokesperson Anna Berg' -> 'Anna Berg'); None otherwise ('Ministry Spokesperson Office'
    stays a body; 'Major League Baseball' opens with a title)."""
    doc = span.doc
    start = _after_inner_title(doc, span.start, span.end)
    tail = doc[start : span.end]
    if start - 1 <= span.start or not doc[start - 1].is_title:
        return None
    if not 2 <= len(tail) <= 3 or not all(t.is_title and t.is_alpha for t in tail):
        return None
    if any(t.text in org_heads() or t.text in org_suffixes() or gazetteer.is_place_word(t.text) for t in tail):
        return None
    return Span(doc, start, span.end, label="PERSON")


def _is_person_by_pronoun(span: Span) -> bool:
    """'Cate Spiers said she...' tagged as an organisation: two or three capitalised words with no
    organisation or place word and no article before them ('the Boston Celtics said he' is a
    team), the subject of their sentence, that the next personal pronoun ('she', 'he', 'his')
    refers back to (`cues.pronoun_gender`)."""
    names = [t for t in span if t.text != "-"]
    if not 2 <= len(names) <= 3 or not all(t.is_title and t.is_alpha for t in names):
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("the", "a", "an"):
        return False
    if any(t.text in org_heads() or t.text in org_suffixes() or gazetteer.is_place_word(t.text) for t in names):
        return False
    return pronoun_gender(span) is not None


def _is_person_by_role(span: Span) -> bool:
    """A two- or three-word name the model called an organisation or place but that carries a
    person's title or role ("deputy director of public prosecutions, Eva-Marie Persson")."""
    names = [t for t in span if t.text != "-"]
    if not 2 <= len(names) <= 3 or not all(t.is_title and t.is_alpha for t in names):
        return False
    if any(t.text in org_heads() or t.text in org_suffixes() or gazetteer.is_place_word(t.text) for t in names):
        return False
    return title_before(span) is not None or bool(appositive_roles(span))


def entity_spans(doc: Doc) -> list[Span]:
    """The model's entities of the actor labels, with country-led organisation names joined,
    plus capitalised names ending in an organisation word that the model missed."""
    offices = _role_offices(doc)
    taken = {i for span in offices for i in range(span.start, span.end)}
    spans = list(offices)
    skip_to = 0
    for ent in _joined_people(_particle_joined_people(_nicknamed_people(doc))):
        if ent.start < skip_to or taken & set(range(ent.start, ent.end)):
            continue
        if is_place_pair(ent):
            spans.extend(_country_parts(ent))
            continue
        joined = _country_led_org(ent)
        body = _place_led_body(ent) if joined is None else None
        if body is not None:
            spans.append(body)  # and the place itself, below
        if joined is None and ent.label_ in LABELS:
            joined = _with_office_tail(_with_name_tail(_with_given_name(
                _with_list_tail(_with_number(_with_lower_case_head(_with_of_tail(_with_last_word(ent))))))))
        elif joined is None and ent.label_ == "FAC" and is_facility(ent.text):
            joined = ent
        elif joined is None and ent.label_ == "FAC" and (is_headed_by_org_word(ent) or _ends_in_org_word(ent)):
            joined = Span(doc, ent.start, ent.end, label="ORG")  # "the Center for Maritime Law and Policy Studies"
        if joined is not None:
            spans.append(joined)
            skip_to = max(joined.end, body.end if body is not None else 0)
    return sorted(spans + _unlabeled_orgs(doc), key=lambda s: s.start)


def _ends_in_org_word(ent: Span) -> bool:
    """'Tel Aviv University' tagged as a facility: two capitalised words or more, the last an
    organisation word that names no venue ('Staples Center' stays a place, `actor_venue_heads.txt`)."""
    last = ent[-1].text
    return len(ent) > 1 and last in org_heads() and last not in lines("actor_venue_heads") and all(
        t.is_title or t.lower_ == "of" for t in ent
    )


def _role_offices(doc: Doc) -> list[Span]:
    """The office of a role, which the model often cuts or misses: capitalised words ending in a
    role word and its possessive, then 'Office', then maybe 'for' or 'of' and a
    capitalised name ('U.S. Attorney's Office for the Northern District of Elbonia', 'Dane
    County Sheriff's Office'; not 'in Manhattan' after it: a place). Not an owner that is no role
    ('Acme's Office Depot')."""
    out = []
    for tok in doc[2:]:
        role = doc[tok.i - 2]
        if tok.text != "Office" or doc[tok.i - 1].tag_ != "POS" or not role.text[:1].isupper() or not is_role_word(role):
            continue
        start = role.i
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
            start -= 1
        out.append(Span(doc, start, _office_tail_end(doc, tok.i + 1), label="ORG"))
    return out


def _office_tail_end(doc: Doc, end: int) -> int:
    """Past 'for the Western District of Elbonia' after 'Office': a preposition, maybe 'the', and
    capitalised words, joined by 'of'; `end` itself when no capitalised word follows."""
    if end >= len(doc) or doc[end].lower_ not in ("for", "of"):
        return end
    i = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    last = end
    while i < len(doc) and (doc[i].text[:1].isupper() or (doc[i].lower_ == "of" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper())):
        i += 1
        last = i if doc[i - 1].text[:1].isupper() else last
    return last


_OPEN_QUOTES, _CLOSE_QUOTES = ("“", '"'), ("”", '"')


def _nicknamed_people(doc: Doc) -> list[Span]:
    """The entities, a person's name with a quoted nickname inside ('Ferdinand “Bongbong”
    Marcos Jr') made one person entity however the model cut it: a capitalised word, a quoted
    one to three words, a capitalised word, a person entity on either side."""
    ents = list(doc.ents)
    for i, tok in enumerate(doc):
        if tok.text not in _OPEN_QUOTES or i == 0 or not doc[i - 1].is_title:
            continue
        close = next((j for j in range(i + 2, min(i + 5, len(doc))) if doc[j].text in _CLOSE_QUOTES), None)
        if close is None or close + 1 >= len(doc) or not doc[close + 1].is_title:
            continue
        before = next((e for e in ents if e.start <= i - 1 < e.end and e.label_ == "PERSON"), None)
        after = next((e for e in ents if e.start <= close + 1 < e.end and e.label_ == "PERSON"), None)
        if before is None and after is None:
            continue
        start, end = before.start if before is not None else i - 1, after.end if after is not None else close + 2
        ents = [e for e in ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label="PERSON")]
        ents.sort(key=lambda e: e.start)
    return ents


def _particle_joined_people(ents: list[Span]) -> list[Span]:
    """A person entity that runs into lower-case name particles (`actor_name_particles.txt`) and
    a capitalised word is one name however the model cut it ('Ingrid von' + 'der' + 'Maasen'
    tagged as a place): the entities the run covers give way to one person entity."""
    if not ents:
        return ents
    doc, particles = ents[0].doc, _particle_words()
    out = list(ents)
    for ent in ents:
        if ent.label_ != "PERSON" or ent not in out:
            continue
        i = ent.end
        while i > ent.start + 1 and doc[i - 1].text in particles:
            i -= 1  # the particles the entity took in ('Ingrid von der')
        start_particles = i
        while i < len(doc) and doc[i].text in particles:
            i += 1
        if i == start_particles or i >= len(doc) or not (doc[i].is_title and doc[i].is_alpha) or i < ent.end:
            continue
        span = Span(doc, ent.start, i + 1, label="PERSON")
        out = sorted([e for e in out if e.end <= span.start or e.start >= span.end] + [span], key=lambda e: e.start)
    return out


@lru_cache(maxsize=1)
def _particle_words() -> frozenset[str]:
    """The lower-case words of the name particles ('de la' gives 'de' and 'la')."""
    return frozenset(w for line in lines("actor_name_particles") for w in line.split() if w.islower())


def _joined_people(ents) -> list[Span]:
    """Person entities that follow each other with one space between ('Francis Ford' +
    'Coppola') are one name the model cut in two; so is a person entity and the one capitalised
    word right after it that the model tagged as another kind of name ('Francis Ford' +
    'Coppola' as an organisation in "director Francis Ford Coppola’s daughter"; `_is_name_tail`)."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.label_ == "PERSON" and prev.end == ent.start
            and prev[-1].whitespace_ == " " and ent[0].is_title
            and (ent.label_ == "PERSON" or _is_name_tail(prev, ent))
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


_NAME_LIKE_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART")  # not places: "Tom Hale Chicago office"


def _is_name_tail(person: Span, ent: Span) -> bool:
    """One capitalised word tagged as an organisation, product or work that ends the person's name: the
    parse hangs the person's last word on it as part of one name, and it is no acronym,
    brand-style word, organisation word or known place ('Joe Biden' + 'NATO' stays apart)."""
    word = ent[0]
    return (
        len(ent) == 1 and ent.label_ in _NAME_LIKE_LABELS and word.is_title and word.is_alpha
        and person[-1].dep_ == "compound" and person[-1].head.i == word.i
        and not is_company_style(word.text) and word.text not in org_heads() and word.text not in org_suffixes()
        and not gazetteer.is_place_word(word.text)
    )


def is_place_pair(ent: Span) -> bool:
    """'U.S.-Canada trade', 'the Earth-Mars cruise': two hyphenated places that modify a noun
    after them (a place name, or all parts known places; not 'Rolls-Royce engines')."""
    parts = [p for p in re.split(r"-", ent.text) if p]
    if len(parts) < 2 or " " in ent.text or not all(p[:1].isupper() for p in parts):
        return False
    head = ent.root.head
    if ent.root.dep_ not in ("compound", "amod", "nmod") or head.i < ent.end or not head.is_lower:
        return False
    return ent.label_ in ("GPE", "LOC") or all(gazetteer.is_place_word(p) for p in parts)


def _country_parts(ent: Span) -> list[Span]:
    """The tokens of a hyphenated place pair that are countries on their own."""
    return [Span(ent.doc, t.i, t.i + 1, label="GPE") for t in ent if gazetteer.country(t.text) is not None]


def _with_name_tail(span: Span) -> Span:
    """A person's name the model cut short, run on to its end: a name particle's word ('Ursula
    von der' + 'Leyen'), the syllable after a hyphen ('Moon Jae' + '-in'), a suffix after a comma
    ('Johnny C. Taylor' + ', Jr.'; a suffix makes a person of a name the model took for an
    organisation, unless it holds an organisation word)."""
    doc, end = span.doc, span.end
    if span.label_ == "ORG" and not any(t.text in org_heads() or t.text in org_suffixes() for t in span):
        after = end + (end < len(doc) and doc[end].text == ",")
        if after < len(doc) and is_name_suffix(doc[after]):
            return Span(doc, span.start, after + 1, label="PERSON")
    if span.label_ != "PERSON":
        return span
    if span[-1].is_lower and span[-1].lower_ in words("actor_name_particles") and end < len(doc):
        end += doc[end].is_title and doc[end].is_alpha
    if end + 1 < len(doc) and doc[end].text == "-" and is_joined(doc[end]) and _is_name_syllable(doc[end + 1]):
        end += 2
    after = end + (end < len(doc) and doc[end].text == ",")
    if after < len(doc) and is_name_suffix(doc[after]):
        end = after + 1
    return Span(doc, span.start, end, label="PERSON") if end != span.end else span


def _with_given_name(span: Span) -> Span:
    """A one-word person the model cut from the given name before it, run back to it ('Roi' +
    'Klein' in "paramedic Roi Klein said"): a capitalised proper noun that modifies the name,
    in no entity of its own, and no title, role, place, organisation or craft word ('Cutter
    Healy'); at the start of a sentence only a known first name. The full name must be
    introduced by a role or title, or speak ("Tal Ezer said"): a capital before a one-word
    name is too often a product's or a dish's ("iPhone 11 Pro Max", "Side Salad")."""
    doc = span.doc
    if span.label_ != "PERSON" or len(span) != 1 or span.start == 0:
        return span
    given = doc[span.start - 1]
    if not (given.is_title and given.is_alpha and given.pos_ == "PROPN" and given.dep_ == "compound"
            and given.head.i == span.start and given.ent_type_ == ""):
        return span
    titles = words("actor_person_titles") | words("actor_honorifics")
    if is_role_word(given) or given.lower_ in titles | words("program_name_heads") or gazetteer.is_place_word(given.text) \
            or given.text in org_heads() or given.text in org_suffixes() \
            or given.is_sent_start and not is_first_name(given.text):  # "Rival Lowe's said": a capital of the sentence
        return span
    before = doc[given.i - 1] if given.i > 0 else None
    introduced = before is not None and (is_role_word(before) or before.lower_ in titles)  # "paramedic Roi Klein"
    speaks = span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in words("reporting_verbs")
    return Span(doc, given.i, span.end, label="PERSON") if introduced or speaks else span


def _with_office_tail(span: Span) -> Span:
    """An organisation's name run on to the office it opens: 'United Nations' + 'High
    Commissioner for Human Rights' (capitalised words holding an office word of
    `actor_office_words.txt`, then 'for', 'on' or 'of' and a capitalised name)."""
    doc, end = span.doc, span.end
    if span.label_ not in ("ORG", "GPE"):
        return span
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if not any(t.text in lines("actor_office_words") for t in doc[span.start : end]):
        return span
    if end + 1 < len(doc) and doc[end].lower_ in ("for", "on", "of"):
        tail = end + 1 + (doc[end + 1].lower_ == "the")
        last = tail
        while last < len(doc) and (doc[last].is_title or doc[last].lower_ == "and" and last + 1 < len(doc) and doc[last + 1].is_title):
            last += 1
        if last > tail:
            end = last
    return Span(doc, span.start, end, label="ORG") if end > span.end else span


def is_name_suffix(tok: Token) -> bool:
    """'Jr.', 'Sr', 'III': a suffix of a person's name."""
    return tok.text.rstrip(".").casefold() in name_suffixes() and tok.text[:1].isupper()


def _is_name_syllable(tok: Token) -> bool:
    """The lower-case second half of a hyphenated given name ('Jae-in', 'Jong-un'): a short
    word joined on both sides that is no noun, verb or adjective ('Trump-led', 'Biden-era')."""
    ends = tok.i + 1 == len(tok.doc) or tok.whitespace_ or tok.doc[tok.i + 1].is_punct
    ordinary = tok.pos_ in ("NOUN", "VERB", "ADJ", "ADV") and not tok.is_stop
    return tok.is_lower and tok.is_alpha and len(tok) <= 3 and ends and not ordinary


def _with_list_tail(span: Span) -> Span:
    """'Boeing Defense, Space' + ', and Security' -> one name: an organisation whose name holds
    a comma runs on to the single capitalised word after its closing 'and'."""
    doc, i = span.doc, span.end
    if span.label_ != "ORG" or not any(t.text == "," for t in span[1:]):
        return span
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "&"):
        return span
    last = doc[i + 1]
    if last.is_title and len(last) > 2 and last.dep_ != "compound":
        if i + 2 >= len(doc) or not (doc[i + 2].is_title or doc[i + 2].lower_ in name_joiner_words()):
            return Span(doc, span.start, i + 2, label="ORG")
    return span


def _place_led_body(ent: Span) -> Span | None:
    """'Hong Kong' + 'police', 'China' + "'s commerce ministry", 'Israeli' + 'military' -> one
    public body (label BODY): a place or nationality, then lower-case words ending in a body
    noun (`actor_body_nouns.txt`) that heads the phrase ('Hong Kong police chief' is no body)."""
    if ent.label_ not in ("GPE", "NORP") or (ent.label_ == "NORP" and not gazetteer.is_demonym(ent.text)):
        return None
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    for body in body_noun_phrases():
        end = i
        while end < len(doc) and end - i < len(body) + 2 and doc[end].is_lower and doc[end].is_alpha:
            end += 1
            words_ = tuple(t.lower_ for t in doc[end - len(body) : end])
            head = doc[end - 1]
            if end - len(body) >= i and words_ == body and _heads_phrase(head, ent):
                return Span(doc, ent.start, end, label=BODY)
    return None


def _heads_phrase(head: Token, place: Span) -> bool:
    """True when `head` is a noun heading its phrase and the place leans on it."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("compound", "amod"):
        return False
    return head.left_edge.i <= place.start and place.root.head.i <= head.i


def _unlabeled_orgs(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns (with 'of', 'for', 'and' or a hyphen inside) outside
    every entity whose last word is an organisation word: "NASA's Science Mission Directorate"
    (not "Bangkok International Motor Show")."""
    out, i = [], 0
    ends = org_heads() | org_suffixes()
    while i < len(doc):
        j, last = i, None
        while j < len(doc) and not doc[j].ent_type_ and _continues_name(doc[j], first=j == i):
            if doc[j].text in ends:
                last = j
            j += 1
        if last is not None and last == j - 1 and last > i and not is_joined(doc[i]):
            out.append(Span(doc, i, last + 1, label="ORG"))
        i = max(j, i + 1)
    return out


def _continues_name(tok: Token, *, first: bool) -> bool:
    """A capitalised proper noun, or inside a name a small joining word or a word hyphen."""
    if tok.pos_ == "PROPN" and tok.is_title:
        return True
    return not first and (tok.lower_ in name_joiner_words() or is_joined(tok))


def _country_led_org(ent: Span) -> Span | None:
    """'Japan' + 'Maritime Self-Defense Force' -> one ORG span, when the tail ends in an org word."""
    if ent.label_ not in ("GPE", "NORP") or not gazetteer.is_place_word(ent.text):
        return None
    doc, end, i = ent.doc, None, ent.end
    while i < len(doc) and (doc[i].is_title or doc[i].is_upper or doc[i].text == "-"):
        if doc[i].text in org_heads():
            end = i + 1
        i += 1
    return Span(doc, ent.start, end, label="ORG") if end else None


_MEMBER_ENDING = re.compile(r"(?<=[a-z])s(?:man|men)$")  # 'Guardsman': a member of the Guard


def _with_last_word(span: Span) -> Span:
    """An organisation's name the model cut before its last word, run on to it: 'Vermont Air
    National' + 'Guard' (or 'Guardsman', a member of it, `member_body`), when that word is an
    organisation word that the name's last word leans on."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or end >= len(doc) or doc[end].ent_type_ or span[-1].head.i != end:
        return span
    word = doc[end]
    if word.is_title and word.is_alpha and _MEMBER_ENDING.sub("", word.text) in org_heads():
        return Span(doc, span.start, end + 1, label="ORG")
    return span


def member_body(name: str) -> str:
    """The body a member's word names ('Vermont Air National Guardsman' -> 'Vermont Air National
    Guard'); the name itself when its last word is no member's word."""
    last = name.rsplit(" ", 1)[-1]
    body = _MEMBER_ENDING.sub("", last)
    return name[: len(name) - len(last)] + body if body != last and body in org_heads() else name


def _with_of_tail(span: Span) -> Span:
    """An organisation's name the model cut at its 'of' or 'for', run on to its end: 'Cyber Legion
    of' + 'Mars Reborn', 'Relief Aid for' + 'Lunarians' (the capitalised words after the 'of' or
    'for' the entity ends in, or a 'for' phrase of proper nouns that leans on its last word and
    ends the phrase with no 'the' before the name: 'Legal Aid' + 'for Afghans'), 'Security Agency' +
    'of Ruritania' (an organisation word, or three capitalised words, then 'of' and a country
    that ends the name: 'Daily Morning Star' + 'of Ruritania'), 'Relief Office' + 'for the
    Care of Refugees' (an organisation word, then 'of' or 'for' and another organisation)."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or end >= len(doc):
        return span
    if len(span) > 1 and span[-1].lower_ in ("of", "for"):
        end = _proper_noun_run(doc, end)
    elif len(span) > 1 and doc[end].lower_ == "for" and doc[end].head.i == span.end - 1 and not (
        "the" in (span[0].lower_, doc[max(span.start - 1, 0)].lower_)  # 'thanked the Red Cross for Syrians'
    ):
        tail = _proper_noun_run(doc, end + 1)
        if tail > end + 1 and (tail == len(doc) or doc[tail].is_punct):
            end = tail  # 'Legal Aid' + 'for Afghans' ending the phrase
    elif span[-1].text in org_heads() and doc[end].lower_ in ("of", "for") and _entity_at(doc, end + 1, "ORG"):
        end = _entity_at(doc, end + 1, "ORG").end
    elif (span[-1].text in org_heads() or _is_long_proper_name(span)) and doc[end].lower_ == "of" and end + 1 < len(doc):
        place = _entity_at(doc, end + 1, "GPE")
        if place is not None and gazetteer.country(place.text) is not None and not (
            place.end < len(doc) and doc[place.end].is_title
        ):
            end = place.end
    return Span(doc, span.start, end, label="ORG") if end > span.end else span


def _entity_at(doc: Doc, start: int, label: str) -> Span | None:
    """The model's entity of `label` that starts at token `start`, if any."""
    return next((e for e in doc.ents if e.start == start and e.label_ == label), None)


def _is_long_proper_name(span: Span) -> bool:
    """Three capitalised words or more, none a small word: a title of its own ('Global New
    Light') that an 'of' and a country may end."""
    return len(span) >= 3 and all(t.is_title and t.is_alpha for t in span)


def _proper_noun_run(doc: Doc, i: int) -> int:
    """The end of the capitalised proper nouns from token `i` on."""
    while i < len(doc) and doc[i].is_title and doc[i].is_alpha and doc[i].pos_ == "PROPN":
        i += 1
    return i


def _with_lower_case_head(span: Span) -> Span:
    """'Liberal Progressive' + 'party' -> one name, when a lower-case word that ends names
    (`actor_lowercase_heads.txt`) heads the organisation's phrase."""
    doc, end = span.doc, span.end
    if span.label_ == "ORG" and end < len(doc) and doc[end].text in lines("actor_lowercase_heads"):
        if doc[end].pos_ in ("NOUN", "PROPN") and span.root.head.i == end:
            return Span(doc, span.start, end + 1, label="ORG")
    return span


def _with_number(span: Span) -> Span:
    """'Standing NATO Maritime Group' + '2' -> one name, when an organisation word is numbered."""
    doc = span.doc
    if span.label_ == "ORG" and span.end < len(doc) and span[-1].text in org_heads():
        nxt = doc[span.end]
        if nxt.is_digit and len(nxt.text) <= 3:
            return Span(doc, span.start, span.end + 1, label="ORG")
    return span


def clean_span(span: Span) -> Span | None:
    """The name inside an entity: no leading article, honorific or (for people) title, nothing
    from a bracket, dash or stray comma on, no model designation ("Boeing E-3 Sentry" ->
    "Boeing"), no owner before a possessive ("Braun's Ithaca Holdings"), no trailing
    possessive, punctuation or small word; None when nothing is left."""
    doc, label = span.doc, span.label_
    start, end = _skip_leading(doc, span.start, span.end, label), span.end
    end = _cut_inside(doc, start, end, person=label == "PERSON")
    start = _after_owner(doc, start, end, label)
    titled = label == "ORG" and is_headed_by_org_word(doc[start:end])  # 'Center for ... Justice'
    while end > start and _is_trailing_junk(doc[end - 1], "" if titled else label):
        end -= 1
    if end <= start:
        return None
    if label == "PERSON" and end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
        end += doc[end - 1].text.casefold() in name_suffixes()  # 'Andre Seldon Sr.' ending a sentence
    return Span(doc, start, end, label=label)


def _skip_leading(doc: Doc, start: int, end: int, label: str) -> int:
    """Past a leading article or honorific, a sentence-opening qualifier of an organisation
    (`actor_leading_modifiers.txt`), and a person's title the model took in."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].text in honorifics()):
        start += 1
    if label == "PERSON":
        start += _title_length(doc, start, end - 1)
        start = _after_inner_title(doc, start, end)
        if end - start > 1 and _opening_participle(doc[start]):
            start += 1  # "Questioning Vindman, the senator asked ...": a participle opening the sentence
    if label == "ORG" and end - start > 1 and doc[start].is_sent_start and (
        doc[start].lower_ in words("actor_leading_modifiers") or _opens_with_gerund(doc[start:end])
    ):
        start += 1  # "Key Security Council powers ...", "Preserving Nordic unity ..." opening a sentence
    if end - start > 1 and doc[start].text in lines("actor_leading_nouns"):
        start += 1  # "rights NGO Vida Libre": a kind of body, not part of its name
    if label == "ORG" and end - start > 2 and is_role_word(doc[start]) and doc[start + 1].lower_ in ("of", "at"):
        start += 2  # "Founder of Ceres Robotics Inc."
    return start


def _opening_participle(tok: Token) -> bool:
    """True for the first word of a sentence in '-ing' that is no known first name
    ('Questioning', 'Citing'; not 'Sterling')."""
    return tok.is_sent_start and tok.lower_.endswith("ing") and len(tok) > 5 and not is_first_name(tok.text)


def _opens_with_gerund(span: Span) -> bool:
    """'Preserving Nordic' in 'Preserving Nordic unity is ...': a gerund, and words that modify a
    lower-case noun after them (not 'Standing NATO Maritime Group 2 ships', a name)."""
    head = span[-1].head
    return span[0].tag_ == "VBG" and head.i >= span.end and head.is_lower and span[-1].dep_ in ("amod", "compound")


def _after_inner_title(doc: Doc, start: int, end: int) -> int:
    """Past the words up to a role or title word inside a person's entity, when two name words
    or more follow it ('Ohio Sen. JD Vance', 'House Minority Leader Hakeem Jeffries', 'Secret
    Service Director Kimberly Cheatle' -> the name after the title)."""
    titles = {t[0] for t in person_titles() if len(t) == 1}
    for i in range(end - 3, start - 1, -1):
        if is_role_word(doc[i]) or doc[i].text.casefold() in titles:
            return i + 1
    return start


def _cut_inside(doc: Doc, start: int, end: int, *, person: bool = False) -> int:
    """The end of the name: before a bracket, a dash, a hyphen before a lower-case word that
    ends it ('Trump-led'), a model designation, or a comma that does not start a list ending in
    'and' ("Ministry of Trade, Industry and Energy" stays)."""
    for i in range(start, end):
        text = doc[i].text
        designation = _DESIGNATION.match(text) and not (person and text.casefold() in name_suffixes())  # 'III'
        if text in ("(", ")", "[", "]", "\u2013", "\u2014", "|", ":", ";") or designation:
            return i
        if text == "," and not any(t.lower_ in ("and", "&") for t in doc[i + 1 : end]):
            if person and i + 1 < end and is_name_suffix(doc[i + 1]):
                continue  # 'Johnny C. Taylor, Jr.'
            return i
        if text == "-" and doc[i - 1].whitespace_ and doc[i].whitespace_:
            return i
        if text == "-" and i + 2 == end and doc[i + 1].is_lower and doc[i + 1].pos_ in ("VERB", "ADJ"):
            return i  # 'Donald Trump-led', 'Hamas-run': the name before a hyphenated modifier
    return end


def _after_owner(doc: Doc, start: int, end: int, label: str) -> int:
    """Past an owner and its possessive inside an organisation's name when the owner is an
    organisation too ("NASA's Office of the Inspector General", "Tufts University's Feinstein
    International Center"; not "People's Daily")."""
    for i in range(start + 1, end - 1):
        if doc[i].tag_ == "POS" or doc[i].dep_ == "case":
            owner = doc[start:i]
            body = owner.text.isupper() or owner[-1].text in org_heads() or owner[-1].text in org_suffixes()
            return i + 1 if label != "PERSON" and body else start
    return start


# A market data code after a name: Reuters instrument codes ('Sterling GBP=', 'Brent LCOc1',
# '.DJI', 'US10YT=RR').
_TICKER = re.compile(r"[A-Z0-9.]*[=^][A-Z0-9=]*|\.[A-Z]{2,}|[A-Z]{2,5}c\d")


def _is_trailing_junk(tok: Token, label: str) -> bool:
    """A possessive, punctuation, a small lower-case word, or (for an organisation) a role word
    that a title carried into it ("House of Representatives Speaker")."""
    if label == "PERSON" and tok.is_alpha and is_joined(tok):
        return False  # 'Moon Jae-in'
    if tok.tag_ == "POS" or tok.is_punct or tok.dep_ == "case" or (tok.is_lower and tok.is_stop):
        return True
    if _TICKER.fullmatch(tok.text):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        label == "ORG" and is_role_word(tok) and prev is not None
        and prev.lower_ not in ("of", "the", "for", "and", "&", "on") and not is_role_word(prev)
    )


_NICKNAME = re.compile(r"\s+[“\"][^”\"]{1,30}[”\"](?=\s)")  # 'Ferdinand “Bongbong” Marcos'


def kind_and_name(span: Span, label: str) -> tuple[str | None, str]:
    """(kind, name) of a cleaned entity; kind None when it is not an actor."""
    text = span.text
    country = gazetteer.country(text)
    if country is not None and (label != "PERSON" or " " in text):  # no person is named 'United States'
        return "country", country.name
    if gazetteer.is_region(text) and label != "PERSON":
        return "location", text
    if label == "PERSON":
        text = _NICKNAME.sub("", text)
        return "person", re.sub(r",\s+(?=\S+$)", " ", text) if is_name_suffix(span[-1]) else text
    if label == "ORG":
        return "organization", member_body(text)
    return "location", text  # a GPE that is no country (city, state), a LOC or a facility


def is_facility(name: str) -> bool:
    """True for a facility's name ('Michoud Assembly Facility', 'Stennis Space Center')."""
    return any(name.endswith(" " + head) for head in lines("actor_facility_heads"))


def _title_length(doc: Doc, start: int, limit: int) -> int:
    """How many tokens from `start` (before `limit`) form a person title from the list."""
    best = 0
    for title in person_titles():
        n = len(title)
        if n > best and start + n <= limit and tuple(t.text.casefold() for t in doc[start : start + n]) == title:
            best = n
    return best
