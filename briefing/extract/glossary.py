"""Glossary: abbreviations that the text defines, or spells out, found with the Schwartz–Hearst rules.

Five explicit layouts are recognised inside one sentence:

* ``Long Form (LF)``            the abbreviation in parentheses after its long form;
* ``Long Form, or LF,``         a cue word (`data/abbreviation_cues.txt`) before the abbreviation;
* ``LF (Long Form)``            the long form in parentheses after the abbreviation;
* ``Long Form, LF,``            an apposition, for an all-capitals short form only (digits allowed:
                                "Doctors for Camp Closure, D4CC,"), whose long form's word
                                initials spell it exactly;
* ``the agency for X (ACR)``    a parenthesized acronym after a noun phrase its letters need not
                                spell, under tight guards (`described_abbreviations`).

A candidate pair is kept when every letter of the short form is found in the long form, right
to left, with the first letter at the start of a word (Schwartz & Hearst 2003), and the long
form has at most ``min(|SF| + 5, 2 * |SF|)`` words. A digit in a short form repeats the letter
before it ("M3A"), stands for a short word (`data/acronym_digit_words.txt`: "D4CC"), or is
written out ("Nikkei 225 (N225)"). A capitalized long form may leave out one inner word when the
others' initials spell the short form exactly ("The Ohio State Attorney General (OAG)"), and
a numbered short form ends in its number, in digits or words ("Group of Seven (G7)"). The first
definition of each abbreviation in the document wins.

Implicit definitions: an acronym of 3 to 6 capitals (a plural "s" or a possessive allowed), or
a numbered one ("G7"), standing alone (not a part of a slashed one: "RFE" in "RFE/RL"), that the document uses but never defines is explained by a phrase near its
first use (at most `_NEARBY_PARAGRAPHS` paragraphs away, or anywhere before it in a sentence that
names the same person as the first use: "a lawyer for the X" ... "then-X lawyer Smith") whose
words' initials spell it exactly,
function words (`data/acronym_function_words.txt`) skipped: "CBP" + "Customs and Border
Protection", "GDP" + "gross domestic product", "G7" + "Group of Seven", or by a list of as many
nouns ("REO" + "research, education and outreach"). A capitalized phrase must be a complete name
(no capitalized word right after it unless a named entity ends there, as before a title: "...
Association President Jane Roe"; no verb or pronoun in it, not in a title-case line) that does not
end in a program word (`data/program_name_heads.txt`: programs take their initials as aliases
themselves); a lower-case phrase must end a noun chunk. Country and state codes
(`data/countries.tsv`, `data/acronym_place_codes.txt`), Roman numerals and acronyms seen only in
all-capitals lines are left alone. The term cites the phrase closest to the acronym's first use,
preferably before it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..model import Term
from ..nlp import ParsedDocument
from .gazetteer import country
from .lexicon import lines, words as words_of
from . import name_keys

# A short form: starts with a capital, 2-10 characters, letters/digits and a few joiners.
_SHORT = r"[A-Z][A-Za-z0-9&./-]{0,8}[A-Za-z0-9]"
# An acronym-like short form for appositions: capitals and digits, maybe a plural 's' ("D4CC", "EDTs").
_ACRONYM = r"[A-Z][A-Z0-9]{0,8}[A-Z0-9]s?"
_WORD = re.compile(r"\S+")
_BREAK = re.compile(r"[()\[\];:—–\"“”]")  # a long form never reaches across these
_PARTY = re.compile(r"^[DRI]-[A-Z]")  # a US legislator's party and state: (R-AL)
_PAREN = re.compile(r"\(([^()]{1,120})\)")
_APPOSITION = re.compile(rf",\s+(?P<short>{_ACRONYM})(?=\s*,)")

# Implicit definitions
_MIN_IMPLICIT = 3  # two-letter acronyms ("EU", "UN") are too often left unexplained on purpose
_USE = re.compile(
    r"(?:(?<![\w&.’'/-])|(?<=[a-z]-))(?P<acronym>[A-Z]{2,6}|[A-Z]{1,3}\d{1,2})(?P<plural>s?)(?![\w&/-]|['’](?!s\b)|\.\w)"
)
_NUMBERED = re.compile(r"(?P<letters>[A-Z]{1,3})(?P<number>\d{1,2})")  # "G7", "G20"
_NEARBY_PARAGRAPHS = 2  # an implicit expansion counts this many paragraphs around the first use
_TEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*|&")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_FINITE_TAGS = {"VB", "VBD", "VBP", "VBZ", "MD"}  # 'Get Pokemon Sword' is an order, not a name
_NOT_NAME_POS = {"PRON", "DET", "AUX", "INTJ", "SCONJ", "PART"}
_CONCEPT_POS = {"NOUN", "ADJ", "PROPN", "VERB"}
_SENTENCE_END = ('.', '!', '?', '"', '”', ':', "'", '’', ')')


def extract_glossary(parsed: ParsedDocument) -> list[Term]:
    """One `Term` per abbreviation defined in the document, at the paragraph of its definition,
    then one per acronym that the document only spells out somewhere (`implicit_terms`)."""
    terms: dict[str, Term] = {}
    for n, doc in enumerate(parsed.docs, start=1):
        for sent in doc.sents:
            for short, long_ in find_definitions(sent.text) + described_abbreviations(sent):
                terms.setdefault(short, Term(short, long_, parsed.document.id, n))
    for term in implicit_terms(parsed, defined=set(terms)):
        terms.setdefault(term.abbreviation, term)
    return list(terms.values())


def find_definitions(text: str) -> list[tuple[str, str]]:
    """(abbreviation, expansion) pairs defined in one sentence, in text order."""
    found: list[tuple[int, str, str]] = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        if _NUMBERED.fullmatch(inner):  # Group of Seven (G7)
            long_ = numbered_long_form(inner, _window_before(text, m.start()).split())
            if long_:
                found.append((m.start(), inner, long_))
        elif is_short_form(inner):  # Long Form (LF)
            window = _window_before(text, m.start())
            long_ = best_long_form(inner, window) or foreign_long_form(inner, window)
            if long_:
                found.append((m.start(), inner, long_))
        elif len(inner.split()) >= 2:  # LF (Long Form)
            before = _WORD.findall(text[: m.start()])
            short = before[-1].strip(",") if before else ""
            if is_short_form(short):
                long_ = best_long_form(short, inner)
                if long_ and long_ == _strip_article(inner):
                    found.append((m.start(), short, long_))
    for m in _cue_pattern().finditer(text):
        long_ = best_long_form(m.group("short"), _window_before(text, m.start()))
        if long_:
            found.append((m.start(), m.group("short"), long_))
    for m in _APPOSITION.finditer(text):  # Long Form, LF,
        long_ = strict_long_form(m.group("short"), _window_before(text, m.start()))
        if long_ and is_short_form(m.group("short")):
            found.append((m.start(), m.group("short"), long_))
    return [(s, l) for _, s, l in sorted(found)]


_DESCRIBED = re.compile(r"[A-Z]{3,6}")
_DESCRIPTION_LINKS = {"of", "for"}  # 'the agency for refugees', 'the Office of the Commissioner'
_QUOTE_MARKS = re.compile(r"[\"“”]")


def described_abbreviations(sent: Span) -> list[tuple[str, str]]:
    """(abbreviation, description) pairs where a parenthesized acronym of 3 to 6 capitals follows
    a noun phrase that its letters need not spell: "the UN’s agency for Palestine refugees
    (UNRWA)", "The UN Human Rights Office (OHCHR)".

    The noun phrase is the one the word before the parenthesis ends (through 'of'/'for'
    attachments), without its article; its noun's initial is one of the acronym's letters; it
    must have 2 or more words, letters only, at most
    ``min(|SF| + 5, 2 * |SF|)`` of them, and outside a quotation; its words' initials and capitals
    must give the acronym's first letter and more than half of its letters; it names no person:
    not a dateline "WASHINGTON (CNN)", a ticker "Shares of Nvidia (NVDA)", a version "Apple Watch
    Series 4 (GPS)", a title "Chief Executive Tim Cook (CEO)"."""
    out = []
    for i in range(1, len(sent) - 2):
        opening, short, closing = sent[i], sent[i + 1], sent[i + 2]
        if opening.text != "(" or closing.text != ")" or not _DESCRIBED.fullmatch(short.text):
            continue
        if len(_QUOTE_MARKS.findall(sent.doc.text[sent.start_char : opening.idx])) % 2:
            continue  # inside a quotation
        head = _described_noun(sent[i - 1])
        if head is None or head.text[0].upper() not in short.text:
            continue  # the noun described gives no letter: "Shares of McBride (MCB)"
        phrase = sent.doc[head.left_edge.i : opening.i]
        if any(t.ent_type_ == "PERSON" for t in phrase):
            continue  # a person's title: "Chief Executive Tim Cook (CEO)"
        words = _strip_article(phrase.text).split()
        if not (2 <= len(words) <= min(len(short.text) + 5, 2 * len(short.text))) or not _plain_words(words):
            continue
        letters = {w[0].lower() for w in words} | {c.lower() for w in words for c in w if c.isupper()}
        if short.text[0].lower() in letters and 2 * sum(c.lower() in letters for c in short.text) > len(short.text):
            out.append((short.text, " ".join(words)))
    return out


def _described_noun(last: Token) -> Token | None:
    """The noun that the phrase ending at `last` describes: `last` itself or, through 'of' and
    'for', the noun it qualifies ('agency' in 'agency for Palestine refugees'); None unless
    `last` is a noun."""
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    head = last
    while head.dep_ == "pobj" and head.head.lower_ in _DESCRIPTION_LINKS and head.head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head.head
    return head


def is_short_form(text: str) -> bool:
    """True for an acronym-like token: 'NATO', 'EDTs', 'M3A', 'N225'; not '2022', 'he said', 'A', 'Q3'."""
    if not re.fullmatch(_SHORT, text) or _PARTY.match(text):
        return False
    capitals, digits = sum(c.isupper() for c in text), sum(c.isdigit() for c in text)
    return capitals >= 2 or (capitals == 1 and digits >= 1 and len(text) >= 3)


def best_long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of `candidate` whose words spell `short`, or None.

    The tail may hold at most ``min(|SF| + 5, 2 * |SF|)`` words and must start with a word
    whose first letter is the short form's first letter (Schwartz–Hearst).
    """
    words = candidate.split()
    for letters in readings(short):
        limit = min(len(letters) + 5, 2 * len(letters))
        long_ = _spelled_tail(short, letters, words, limit)
        if long_ is None and len(words) > 2 and words[-1].islower():  # "... Services program (CLPS)"
            long_ = _spelled_tail(short, letters, words[:-1], limit)
        if long_:
            return long_
    return _proper_tail_skipping_one(short, candidate.split())


def foreign_long_form(short: str, candidate: str) -> str | None:
    """The English name of a body whose abbreviation comes from its own language: capitalized
    words ending in an organisation word (`actor_org_heads.txt`), maybe with 'of' a country or
    after a country's possessive, the first content word giving the first letter but the English
    initials not the whole short form: "Ukraine's Security Service (SBU)", "Federal Security
    Service (FSB)"; not "Maine State Senate (MSSX)"."""
    if not re.fullmatch(r"[A-Z]{2,6}", short):
        return None
    words = [w.strip(",") for w in candidate.split()]
    end = len(words)
    if end >= 3 and words[-2] == "of" and country(words[-1]):
        end -= 2
    if not end or words[end - 1] not in name_keys.org_heads():
        return None
    start = end - 1
    while start > 0 and words[start - 1][:1].isupper() and not _is_function_word(words[start - 1]) \
            and not _POSSESSIVE.search(words[start - 1]):
        start -= 1
    initials = "".join(w[0] for w in words[start:end] if not _is_function_word(w)).upper()
    if end - start < 2 or words[start][0] != short[0] or short.startswith(initials) or initials.startswith(short):
        return None  # a short form its English initials begin spells something else
    if start > 0 and _POSSESSIVE.search(words[start - 1]) and country(_POSSESSIVE.sub("", words[start - 1])):
        start -= 1
    return " ".join(words[start:])


_POSSESSIVE = re.compile(r"['’]s?$")


def _proper_tail_skipping_one(short: str, words: list[str]) -> str | None:
    """The shortest capitalized tail of `words` whose initials spell `short` exactly once one
    inner word is left out: 'The Ohio State Attorney General (OAG)' (a place name inside a
    long name gives its initials only once)."""
    if not re.fullmatch(r"[A-Z]{3,8}", short):
        return None
    letters = short.lower()
    for size in range(len(letters) + 1, min(len(letters) + 2, len(words)) + 1):
        tail = [w.strip(",.") for w in words[-size:]]
        if not (_plain_words(tail) and _edges_are_content(tail)) or not all(
            w[0].isupper() for w in tail if not _is_function_word(w)
        ):
            continue
        for skip in range(1, len(tail) - 1):
            if not _is_function_word(tail[skip]) and spells_exactly(letters, tail[:skip] + tail[skip + 1 :]):
                return " ".join(tail)
    return None


def numbered_long_form(short: str, words: list[str]) -> str | None:
    """The tail of `words` that spells a numbered short form: its initials give the letters and
    its last word is the number, in digits or words ('Group of Seven' for G7, 'Group of 20' for G20)."""
    m = _NUMBERED.fullmatch(short)
    if m is None or not words:
        return None
    number = words[-1].strip(",.")
    if number != m.group("number") and _number_words().get(number.lower()) != int(m.group("number")):
        return None
    letters = m.group("letters").lower()
    for size in range(1, min(2 * len(letters) + 1, len(words) - 1) + 1):
        head = [w.strip(",.") for w in words[-1 - size : -1]]
        content = [w for w in head if not _is_function_word(w)]
        if _plain_words(head) and head[0] in content and all(w[0].isupper() for w in content):
            if spells_exactly(letters, head):
                return " ".join([*head, number])
    return None


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """Number words ('seven' -> 7) from `data/number_words.txt`, one per line from one."""
    return {line.split()[0].lower(): int(line.split()[1]) for line in lines("number_words")}


def strict_long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of `candidate` whose word initials spell `short` exactly
    (`spells_exactly`), all of its content words capitalized or all lower-case; or None."""
    words = candidate.split()
    for letters in readings(short):
        for size in range(2, min(2 * len(letters), len(words)) + 1):
            tail = words[-size:]
            if _plain_words(tail) and _edges_are_content(tail) and _one_case(tail) and spells_exactly(letters, tail):
                return " ".join(tail)
    return None


def _spelled_tail(short: str, letters: str, words: list[str], limit: int) -> str | None:
    """The shortest tail of `words` (2 to `limit` words) that spells `letters`."""
    for size in range(2, min(limit, len(words)) + 1):
        tail = words[-size:]
        if tail[0][:1].lower() == letters[0] and spells(letters, tail):
            long_ = _strip_article(" ".join(tail))
            if short not in long_.split():
                return long_
    return None


def spells(letters: str, words: list[str]) -> bool:
    """True when each content word of `words` starts the next letter(s) of `letters`, in order.

    A word may also supply further letters from inside itself ("intercontinental" -> IC in
    ICBM); small words (`data/abbreviation_stopwords.txt`) may supply their initial or nothing.
    """
    parts = [p for w in words for p in re.split(r"[-/]", w.strip(",.").lower()) if p]
    small = words_of("abbreviation_stopwords")

    @lru_cache(maxsize=None)
    def fit(si: int, wi: int) -> bool:
        if wi == len(parts):
            return si == len(letters)
        word = parts[wi]
        if word in small and fit(si, wi + 1):
            return True
        if si == len(letters) or word[0] != letters[si]:
            return False
        return any(fit(end, wi + 1) for end in _inner_ends(letters, si + 1, word[1:]))

    return fit(0, 0)


def spells_exactly(letters: str, words: list[str]) -> bool:
    """True when the initials of `words` are exactly `letters`: one letter per word, or one per
    part of a hyphenated word ("Ocasio-Cortez" -> O or OC); function words
    (`data/acronym_function_words.txt`) give their initial or nothing."""
    states = {0}
    for word in words:
        states = _advance(states, letters, word)
    return len(letters) in states


def _advance(states: set[int], letters: str, word: str) -> set[int]:
    """The positions in `letters` reachable from `states` after one more word."""
    return {s + len(c) for s in states for c in _initials(word) if letters.startswith(c, s)}


@lru_cache(maxsize=4096)
def _initials(word: str) -> frozenset[str]:
    """The letters one word may give to an acronym (see `spells_exactly`)."""
    if _is_function_word(word):
        return frozenset({"", word[0].lower()})
    parts = [p for p in re.split(r"[-/]", word) if p]
    return frozenset({parts[0][0].lower(), "".join(p[0] for p in parts).lower()})


def _inner_ends(letters: str, si: int, rest: str) -> list[int]:
    """Letter positions reachable by matching letters[si:] as a subsequence of `rest` (0 or more)."""
    ends, pos = [si], 0
    while si < len(letters):
        pos = rest.find(letters[si], pos)
        if pos < 0:
            break
        si, pos = si + 1, pos + 1
        ends.append(si)
    return ends


def readings(short: str) -> list[str]:
    """The letter strings a long form may spell for `short`, lower-cased, a plural 's' dropped
    ('EDTs' -> 'edt'). A digit repeats the letter before it ('M3A' -> 'mmma'), stands for its word
    in `data/acronym_digit_words.txt` ('D4CC' -> 'dfcc') or stands for itself ('N225' -> 'n225')."""
    if re.search(r"[A-Z]s$", short):
        short = short[:-1]
    repeated, worded, literal = "", "", ""
    for ch in short:
        if ch.isalpha():
            repeated, worded, literal = repeated + ch.lower(), worded + ch.lower(), literal + ch.lower()
        elif ch.isdigit():
            if repeated and ch not in "01":
                repeated += repeated[-1] * (int(ch) - 1)
            worded += _digit_words().get(ch, "")[:1]
            literal += ch
    return list(dict.fromkeys(r for r in (repeated, worded, literal) if r))


@lru_cache(maxsize=1)
def _digit_words() -> dict[str, str]:
    """Digit -> the short word it may stand for in an acronym ('4' -> 'for')."""
    return dict(line.split(None, 1) for line in lines("acronym_digit_words"))


def _window_before(text: str, end: int) -> str:
    """The text before `end` back to the last clause break, without trailing commas."""
    head = text[:end]
    breaks = [m.end() for m in _BREAK.finditer(head)]
    return head[breaks[-1] if breaks else 0 :].rstrip(" ,")


def _strip_article(text: str) -> str:
    """`text` without a leading 'the', 'a' or 'an' and without edge punctuation."""
    return name_keys.strip_article(text.strip(" ,."))


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    """', or LF' / ', known as LF' followed by punctuation or the end of the sentence."""
    cues = "|".join(re.escape(c) for c in sorted(lines("abbreviation_cues"), key=len, reverse=True))
    return re.compile(rf",\s+(?:{cues})\s+(?:the\s+)?(?P<short>{_SHORT})(?=[,.;:)]|\s*[–—]|\s*$)")


# ---------------------------------------------------------------------------------------------
# implicit definitions


class _Place(NamedTuple):
    """Where a text is: paragraph number and character offset in the paragraph."""

    paragraph: int
    offset: int


def implicit_terms(parsed: ParsedDocument, *, defined: set[str] = frozenset()) -> list[Term]:
    """Terms for the acronyms the document uses, never defines (`defined`), and spells out."""
    done = {_singular(d).upper() for d in defined}  # 'DoD' defined: 'DOD' is no new term
    wanted = [
        (key, use) for key, use in acronym_uses(parsed).items()
        if key not in done and (len(key) >= _MIN_IMPLICIT or _NUMBERED.fullmatch(key))
    ]
    runs = word_runs(parsed) if wanted else []
    terms = []
    for key, (form, first) in wanted:
        found = expansions(parsed, runs, key) + list_expansions(parsed, key)
        nearby = [f for f in found if abs(f[0].paragraph - first.paragraph) <= _NEARBY_PARAGRAPHS] or [
            f for f in found if f[0] < first and _same_person(parsed, f[0], first)
        ]
        if nearby:
            place, text = _closest(nearby, first)
            terms.append(Term(form, text, parsed.document.id, place.paragraph))
    return terms


def _same_person(parsed: ParsedDocument, a: _Place, b: _Place) -> bool:
    """True when the sentences at two places name one person (a surname in common): an earlier
    long form then qualifies the same person as the acronym ('a lawyer for the National Union of
    Rail Workers' ... 'then-NURW lawyer Smith'), however far apart they are."""
    def sentence(place: _Place) -> Span | None:
        doc = parsed.docs[place.paragraph - 1]
        token = next((t for t in doc if t.idx <= place.offset < t.idx + len(t.text) + 1), None)
        return token.sent if token is not None else None

    first, use = sentence(a), sentence(b)
    if first is None or use is None:
        return False
    surnames = {e[-1].text for sent in (first, use) for e in sent.ents if e.label_ == "PERSON"}
    return bool(surnames & {t.text for t in first} & {t.text for t in use})


def acronym_uses(parsed: ParsedDocument) -> dict[str, tuple[str, _Place]]:
    """Acronym (plural 's' dropped) -> its written form and place at its first use, outside
    all-capitals lines; country and state codes and Roman numerals are no acronyms."""
    uses: dict[str, tuple[str, _Place]] = {}
    for n, doc in enumerate(parsed.docs, start=1):
        for start, line in _lines(doc.text):
            if _shouting(line):
                continue
            for m in _USE.finditer(line):
                key = m.group("acronym")
                if key not in uses and is_acronym(key):
                    uses[key] = (m.group(0), _Place(n, start + m.start()))
    return uses


def is_acronym(token: str) -> bool:
    """True for 2-6 capitals that are neither a place code ('USA', 'NY') nor a Roman numeral."""
    return (
        ((name_keys.is_acronym(token, longest=6) and token.isalpha()) or _NUMBERED.fullmatch(token) is not None)
        and country(token) is None
        and token not in lines("acronym_place_codes")
        and not _ROMAN.fullmatch(token)
    )


class _Run(NamedTuple):
    """Words of one paragraph that only spaces separate: a phrase never crosses punctuation."""

    paragraph: int
    words: list[str]
    spans: list[tuple[int, int]]  # character offsets of each word in the paragraph


def word_runs(parsed: ParsedDocument) -> list[_Run]:
    """The runs of words of every paragraph, title-case lines left out."""
    runs: list[_Run] = []
    for n, doc in enumerate(parsed.docs, start=1):
        for start, line in _lines(doc.text):
            if _headline_like(line):
                continue
            last_end = None
            for m in _TEXT_WORD.finditer(line):
                gap = line[last_end : m.start()] if last_end is not None else ""
                if last_end is None or gap.strip() or not gap:
                    runs.append(_Run(n, [], []))
                runs[-1].words.append(m.group())
                runs[-1].spans.append((start + m.start(), start + m.end()))
                last_end = m.end()
    return runs


def expansions(parsed: ParsedDocument, runs: list[_Run], acronym: str) -> list[tuple[_Place, str]]:
    """The phrases whose initials spell `acronym` exactly and that pass `_proper_phrase`
    (capitalized) or `_concept_phrase` (lower-case): their places and verbatim texts."""
    letters = acronym.lower()
    out = []
    if _NUMBERED.fullmatch(acronym):
        for run in runs:
            for j in range(1, len(run.words)):
                long_ = numbered_long_form(acronym, run.words[: j + 1])
                if long_:
                    a, b = run.spans[j + 1 - len(long_.split())][0], run.spans[j][1]
                    out.append((_Place(run.paragraph, a), parsed.docs[run.paragraph - 1].text[a:b]))
        return out
    for run in runs:
        for i, j in _spelled_phrases(letters, run.words):
            doc = parsed.docs[run.paragraph - 1]
            a, b = run.spans[i][0], run.spans[j][1]
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None and (_proper_phrase(span, run.words[j + 1 : j + 3]) or _concept_phrase(span)):
                out.append((_Place(run.paragraph, a), doc.text[a:b]))
    return out


@lru_cache(maxsize=8)
def _list_pattern(size: int) -> re.Pattern[str]:
    """'A, B and C' with `size` words, a serial comma allowed."""
    word = r"([A-Za-z]+)"
    middle = rf"(?:,\s+{word})" * (size - 2)
    return re.compile(rf"(?<![\w-]){word}{middle},?\s+(?:and|&)\s+{word}\b")


def list_expansions(parsed: ParsedDocument, acronym: str) -> list[tuple[_Place, str]]:
    """Lists of nouns whose initials spell the acronym, one word a letter: 'research, education
    and outreach' for REO (all lower-case or all capitalized)."""
    if not re.fullmatch(r"[A-Z]{3,5}", acronym):
        return []
    out = []
    for n, doc in enumerate(parsed.docs, start=1):
        for m in _list_pattern(len(acronym)).finditer(doc.text):
            items = m.groups()
            if "".join(w[0] for w in items).upper() != acronym or not _one_case(list(items)):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and all(t.pos_ in ("NOUN", "PROPN") for t in span if t.text in items):
                out.append((_Place(n, m.start()), m.group(0)))
    return out


def _spelled_phrases(letters: str, words: list[str]) -> list[tuple[int, int]]:
    """(first, last) word indices of the shortest phrases of `words` that spell `letters`
    exactly (`spells_exactly`), starting and ending with a content word."""
    out = []
    for i, first in enumerate(words):
        if _is_function_word(first) or first[0].lower() != letters[0]:
            continue
        states = {0}
        for j in range(i, len(words)):
            states = _advance(states, letters, words[j])
            if not states:
                break
            if len(letters) in states and not _is_function_word(words[j]):
                out.append((i, j))
                break
    return out


def _proper_phrase(span: Span, after: list[str]) -> bool:
    """A capitalized name: every content word capitalized, no finite verb or pronoun, not
    followed by another capitalized word (unless a named entity ends with the phrase: a title may
    follow), itself or after a joiner (`name_keys.name_joiner_words`: 'and', 'of'), and not a
    program's name."""
    words = _TEXT_WORD.findall(span.text)
    content = [w for w in words if not _is_function_word(w)]
    if not all(w[0].isupper() for w in content) or content[-1].casefold() in words_of("program_name_heads"):
        return False
    named_entity_ends = span[-1].ent_iob_ != "O" and (span.end == len(span.doc) or span.doc[span.end].ent_iob_ != "I")
    capital_after = after and after[0][0].isupper() and not named_entity_ends  # "... Association President John Boyd"
    if capital_after or (after and after[0] in name_keys.name_joiner_words() and after[1:2] and after[1][0].isupper()):
        return False
    return not any(
        t.tag_ in _FINITE_TAGS or t.pos_ in _NOT_NAME_POS for t in span if not _is_function_word(t.text)
    )


def _concept_phrase(span: Span) -> bool:
    """A lower-case noun phrase ('gross domestic product'): the end of a noun chunk, made of
    nouns, adjectives and participles, capitalized at most at the start of a sentence."""
    words = _TEXT_WORD.findall(span.text)
    if not all(w.islower() for w in words[1:]) or not (words[0].islower() or span[0].is_sent_start):
        return False
    if span[-1].pos_ != "NOUN" or not any(c.start <= span.start and c.end == span.end for c in span.doc.noun_chunks):
        return False
    return all(t.pos_ in _CONCEPT_POS or _is_function_word(t.text) or t.is_punct for t in span)


def _closest(found: list[tuple[_Place, str]], first: _Place) -> tuple[_Place, str]:
    """The phrase closest before `first`, else the first one after it."""
    before = [f for f in found if f[0] <= first]
    return max(before) if before else min(found)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for each line of a paragraph."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _shouting(line: str) -> bool:
    """True for a line written in capitals, at most a quarter of its words in lower case
    ('BREAKING: NASA PICKS SPACEX'), unlike 'NASA, ESA and JAXA signed'."""
    words = re.findall(r"[A-Za-z]{2,}", line)
    return len(words) >= 3 and sum(not w.isupper() for w in words) * 4 <= len(words)


def _headline_like(line: str) -> bool:
    """True for a title-case line without closing punctuation ('Get Pokemon Sword on Amazon')."""
    words = [w for w in _TEXT_WORD.findall(line) if not _is_function_word(w)]
    capitalized = sum(w[0].isupper() for w in words)
    return not line.rstrip().endswith(_SENTENCE_END) and len(words) >= 2 and capitalized >= 0.8 * len(words)


def _is_function_word(word: str) -> bool:
    return word.casefold() in words_of("acronym_function_words")


def _plain_words(words: list[str]) -> bool:
    """True when every word is letters only, maybe hyphenated or with an apostrophe ('&' too)."""
    return all(_TEXT_WORD.fullmatch(w) for w in words)


def _edges_are_content(words: list[str]) -> bool:
    return bool(words) and not _is_function_word(words[0]) and not _is_function_word(words[-1])


def _one_case(words: list[str]) -> bool:
    """All content words capitalized, or all lower-case."""
    content = [w for w in words if not _is_function_word(w)]
    return all(w[0].isupper() for w in content) or all(w.islower() for w in content)


def _singular(short: str) -> str:
    return short[:-1] if re.search(r"[A-Z]s$", short) else short
