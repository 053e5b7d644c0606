"""Quoted passages: where the quote marks open and close, and which passages are speech."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

OPENERS = "“«"  # curly openers; a straight " opens by position
CLOSERS = "”»\""
DOUBLE_MARKS = "“”«»\""
SINGLE_CLOSERS = "’'"
AFTER_CLOSER = ".,;:!?)]—–-…\"”"  # what may follow a closing single quote
MAX_QUOTE_WORDS = 300
MAX_UNCLOSED_WORDS = 80
SENTENCE_END = re.compile(r"[.!?…][”\"’'»)\]]*$")
_WORD = re.compile(r"[^\W_]", re.UNICODE)
ATTRIBUTION_TAIL = re.compile(r",\s+([^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'.-]*){1,3})\.\s*$")


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


@dataclass
class Paragraph:
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


def find_passages(text: str) -> list[Passage]:
    """The double-quoted passages of one paragraph, in order.

    A new opening curly mark inside an open passage means the earlier mark was never closed:
    that passage is dropped. A passage still open at the end of the text runs to the end. A
    closing curly mark where a passage opens (no passage open, at the start, after a space or
    glued to a sentence end, a word right after it) is a misprinted opener: ”We will win,” she
    said.
    """
    out: list[Passage] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if open_at is None:
            if ch in OPENERS or (ch == '"' and _opens_straight(text, i)) or _misprinted_opener(text, i):
                open_at = i
        elif ch in CLOSERS:
            out.append(Passage(open_at + 1, i, True, open_at))
            open_at = None
        elif ch in OPENERS:
            cut = _attribution_cut(text, open_at + 1, i)
            if cut is not None:  # “…, he said. “…”: the mark before the attribution is missing
                out.append(Passage(open_at + 1, cut, False, open_at))
            open_at = i  # the earlier passage was never closed
    if open_at is not None:
        out.append(Passage(open_at + 1, len(text), False, open_at))
    return out


def _misprinted_opener(text: str, i: int) -> bool:
    """True for a closing curly mark where a passage opens, a word right after it: at the start
    or after a space (”We will win,” she said), or glued to the end of the sentence before it,
    a capital after it ('said Lee.”We will win,” she added')."""
    after = text[i + 1 : i + 2]
    if text[i] != "”" or not after.isalnum():
        return False
    return _opens_straight(text, i) or (i > 1 and text[i - 1] in ".!?" and text[i - 2].isalpha() and after.isupper())


def _attribution_cut(text: str, start: int, end: int) -> int | None:
    """Where an unclosed passage [start, end) that a new opening mark interrupts ends when
    its last words are an attribution set off by a comma, a sentence of two to four words
    with a lower-case one (the verb): '“We will win, he said. “…”' -> the comma; else None."""
    found = ATTRIBUTION_TAIL.search(text, start, end)
    if found is None or not any(w[:1].islower() for w in found.group(1).split()):
        return None
    return found.start()


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
        and not SENTENCE_END.search(text.strip())
    )


def starts_sentence(text: str, passage: Passage) -> bool:
    """True when the passage starts its paragraph or follows a sentence end or a colon (not a
    comma: "including “Black Water,” “China Grove,” ..." lists titles)."""
    before = text[: passage.mark].rstrip()
    return not before or before[-1] in ".!?:…"


def opens_sentence(text: str, passage: Passage) -> bool:
    """True when the passage starts its paragraph or follows a sentence end or a comma."""
    before = text[: passage.mark].rstrip()
    return not before or before[-1] in ".!?:;,—–”\"…"


def closes_sentence(text: str, passage: Passage) -> bool:
    """True when the passage ends its sentence: final punctuation inside or right after the
    closing mark, or nothing but space after it."""
    inside = text[passage.start : passage.end].rstrip()
    after = text[passage.close_end :].lstrip()
    return bool(SENTENCE_END.search(inside)) or not after or after[0] in ".!?" or after[0] in OPENERS + '"'


def keep_passage(para: Paragraph, passage: Passage, start: int, end: int, direct: bool, next_opens: bool) -> bool:
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
