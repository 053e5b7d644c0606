"""Glossary: abbreviations that the text defines, found with the Schwartz–Hearst rules.

Three layouts are recognised inside one sentence:

* ``Long Form (LF)``            the abbreviation in parentheses after its long form;
* ``Long Form, or LF,``         a cue word (`data/abbreviation_cues.txt`) before the abbreviation;
* ``LF (Long Form)``            the long form in parentheses after the abbreviation.

A candidate pair is kept when every letter of the short form is found in the long form, right
to left, with the first letter at the start of a word (Schwartz & Hearst 2003), and the long
form has at most ``min(|SF| + 5, 2 * |SF|)`` words. The first definition of each abbreviation
in the document wins.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Term
from ..nlp import ParsedDocument
from .lexicon import lines, words as words_of

# A short form: starts with a capital, 2-10 characters, letters/digits and a few joiners.
_SHORT = r"[A-Z][A-Za-z0-9&./-]{0,8}[A-Za-z0-9]"
_WORD = re.compile(r"\S+")
_BREAK = re.compile(r"[()\[\];:—–\"“”]")  # a long form never reaches across these
_PARTY = re.compile(r"^[DRI]-[A-Z]")  # a US legislator's party and state: (R-AL)
_PAREN = re.compile(r"\(([^()]{1,120})\)")


def extract_glossary(parsed: ParsedDocument) -> list[Term]:
    """One `Term` per abbreviation defined in the document, at the paragraph of its definition."""
    terms: dict[str, Term] = {}
    for n, doc in enumerate(parsed.docs, start=1):
        for sent in doc.sents:
            for short, long_ in find_definitions(sent.text):
                terms.setdefault(short, Term(short, long_, parsed.document.id, n))
    return list(terms.values())


def find_definitions(text: str) -> list[tuple[str, str]]:
    """(abbreviation, expansion) pairs defined in one sentence, in text order."""
    found: list[tuple[int, str, str]] = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        if is_short_form(inner):  # Long Form (LF)
            long_ = best_long_form(inner, _window_before(text, m.start()))
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
    return [(s, l) for _, s, l in sorted(found)]


def is_short_form(text: str) -> bool:
    """True for an acronym-like token: 'NATO', 'EDTs', 'M3A'; not '2022', 'he said', 'A'."""
    if not re.fullmatch(_SHORT, text):
        return False
    return sum(c.isupper() for c in text) >= 2 and not _PARTY.match(text)


def best_long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of `candidate` whose words spell `short`, or None.

    The tail may hold at most ``min(|SF| + 5, 2 * |SF|)`` words and must start with a word
    whose first letter is the short form's first letter (Schwartz–Hearst).
    """
    letters = _letters(short)
    limit = min(len(letters) + 5, 2 * len(letters))
    words = candidate.split()
    long_ = _spelled_tail(short, letters, words, limit)
    if long_ is None and len(words) > 2 and words[-1].islower():  # "... Services program (CLPS)"
        long_ = _spelled_tail(short, letters, words[:-1], limit)
    return long_


def _spelled_tail(short: str, letters: str, words: list[str], limit: int) -> str | None:
    """The shortest tail of `words` (2 to `limit` words) that spells `letters`."""
    for size in range(2, min(limit, len(words)) + 1):
        tail = words[-size:]
        if tail[0][:1].lower() == letters[0] and spells(letters, tail):
            long_ = _strip_article(" ".join(tail))
            if short.lower() not in long_.lower().split():
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


def _letters(short: str) -> str:
    """The letters a long form must spell: lower-cased, digits repeating the letter before them
    ('M3A' -> 'mmma'), and a plural 's' dropped ('EDTs' -> 'edt')."""
    if re.search(r"[A-Z]s$", short):
        short = short[:-1]
    out = ""
    for ch in short:
        if ch.isdigit() and out and ch != "0" and ch != "1":
            out += out[-1] * (int(ch) - 1)
        elif ch.isalpha():
            out += ch.lower()
    return out


def _window_before(text: str, end: int) -> str:
    """The text before `end` back to the last clause break, without trailing commas."""
    head = text[:end]
    breaks = [m.end() for m in _BREAK.finditer(head)]
    return head[breaks[-1] if breaks else 0 :].rstrip(" ,")


def _strip_article(text: str) -> str:
    """`text` without a leading 'the', 'a' or 'an' and without edge punctuation."""
    text = text.strip(" ,.")
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    """', or LF' / ', known as LF' followed by punctuation or the end of the sentence."""
    cues = "|".join(re.escape(c) for c in sorted(lines("abbreviation_cues"), key=len, reverse=True))
    return re.compile(rf",\s+(?:{cues})\s+(?:the\s+)?(?P<short>{_SHORT})(?=[,.;:)]|\s*$)")
