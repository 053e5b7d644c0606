"""The source's own characters for the text the reader sees.

spaCy parses a copy of each paragraph whose no-break and typographic spaces are plain
(`nlp.plain_spaces`), so quotes, statements and sentences read from the parse have plain spaces.
The copy has the length of the source, so the same place in the source holds the verbatim text.
Names are identities, not citations: they keep their plain spaces.
"""
from __future__ import annotations

from typing import Any

from ..model import Document, Extraction
from ..nlp import plain_spaces


def verbatim(text: str, sources: list[str]) -> str:
    """`text`, read from a parse of `plain_spaces` of one of `sources`, with that source's own
    characters.

    The first place where `text` stands in the plain copy of a source gives them; text that no
    plain copy holds (joined or cut short by an extractor) comes back as it is.

    >>> verbatim("with the matter", ["familiar with\\u00a0the matter"])
    'with\\xa0the matter'
    """
    for source in sources:
        start = plain_spaces(source).find(text)
        if start >= 0:
            return source[start : start + len(text)]
    return text


def restore_verbatim(extraction: Extraction) -> Extraction:
    """`extraction`, its quotes, statements, event sentences and program descriptions given the
    characters of its document (in place: the records are the extractors' fresh ones)."""
    document = extraction.document
    fields: list[tuple[list[Any], str]] = [
        (extraction.quotes, "text"), (extraction.quotes, "context"), (extraction.statements, "text"),
        (extraction.events, "sentence"), (extraction.events, "date_text"), (extraction.programs, "description"),
    ]
    for records, name in fields:
        for record in records:
            if getattr(record, name):
                sources = _sources(document, getattr(record, "paragraph", 0))
                setattr(record, name, verbatim(getattr(record, name), sources))
    return extraction


def _sources(document: Document, paragraph: int) -> list[str]:
    """The texts an item of `paragraph` (1-based; 0 when unknown) may come from, its own first."""
    texts = [p.text for p in document.paragraphs]
    own = texts[paragraph - 1 : paragraph] if 0 < paragraph <= len(texts) else []
    return [*own, *texts, *([document.caption] if document.caption else [])]
