"""Fixtures for the quote tests (the parsing fixtures come from tests/extract/conftest.py)."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def quotes_of(parse_with_actors):
    """`quotes_of(paragraphs)` -> the document's quotes."""

    def _quotes(paragraphs: list[str]):
        parsed, actors = parse_with_actors(paragraphs)
        quotes, _ = extract_quotes(parsed, actors)
        return quotes

    return _quotes
