"""Shared fixtures for the extractor tests: the real model, loaded once per session.

`parse(paragraphs, doc_id="t")` builds a `ParsedDocument` from a list of paragraph strings
(paragraph n is `paragraphs[n - 1]`); `actors_of(parsed)` gives its `ActorTable`.
"""
from __future__ import annotations

from typing import Callable

import pytest

from briefing.extract.actors import ActorTable, extract_actors
from briefing.model import Document, Paragraph
from briefing.nlp import ParsedDocument, load_nlp, parse_documents


@pytest.fixture(scope="session")
def nlp():
    """The pinned spaCy pipeline (loaded once for the whole test session)."""
    return load_nlp()


def make_document(paragraphs: list[str], doc_id: str = "t") -> Document:
    """A minimal `Document` whose body is `paragraphs` (numbered from 1)."""
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=f"Test document {doc_id}",
        paragraphs=[Paragraph(n, text) for n, text in enumerate(paragraphs, start=1)],
    )


@pytest.fixture(scope="session")
def parse(nlp) -> Callable[..., ParsedDocument]:
    """`parse(paragraphs, doc_id="t")` -> a ParsedDocument parsed with the real model."""

    def _parse(paragraphs: list[str], doc_id: str = "t") -> ParsedDocument:
        return next(parse_documents([make_document(paragraphs, doc_id)], nlp=nlp))

    return _parse


@pytest.fixture(scope="session")
def actors_of() -> Callable[[ParsedDocument], ActorTable]:
    """`actors_of(parsed)` -> the document's ActorTable from `extract_actors`."""

    def _actors(parsed: ParsedDocument) -> ActorTable:
        return extract_actors(parsed)

    return _actors


@pytest.fixture(scope="session")
def parse_with_actors(parse, actors_of) -> Callable[..., tuple[ParsedDocument, ActorTable]]:
    """`parse_with_actors(paragraphs, doc_id="t")` -> (ParsedDocument, ActorTable)."""

    def _both(paragraphs: list[str], doc_id: str = "t") -> tuple[ParsedDocument, ActorTable]:
        parsed = parse(paragraphs, doc_id)
        return parsed, actors_of(parsed)

    return _both
