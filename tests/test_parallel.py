"""Extraction document by document: a failing article is named and left out, the others go on."""
from __future__ import annotations

import os

import pytest

from briefing import nlp, parallel
from briefing.errors import BriefingError
from briefing.extract import document as extract_module
from briefing.model import Document, Extraction, Paragraph
from briefing.parallel import Failure, batch_results, describe, extract_batch, extract_each, extract_in_processes


def _document(name: str, text: str = "Anna Berg met Lars Holm in Oslo on Tuesday.") -> Document:
    return Document(id=name, source=f"{name}.txt", title=name, paragraphs=[Paragraph(1, text)], sha256="0" * 64)


DOCUMENTS = [_document("first"), _document("broken"), _document("last")]


def _raise_on_broken(original):
    def extract(parsed):
        if parsed.document.source == "broken.txt":
            raise ValueError("no actor\ntable")
        return original(parsed)

    return extract


def _die(documents):  # a worker process that dies (by name, so the process pool can send it)
    os._exit(1)


@pytest.mark.parametrize(
    "error, expected",
    [
        (ValueError("bad\nthing"), "ValueError: bad thing"),
        (KeyError("x"), "KeyError: 'x'"),
        (RuntimeError(), "RuntimeError"),
    ],
)
def test_describe_puts_an_exception_on_one_line(error, expected):
    assert describe(error) == expected


def test_describe_says_where_the_exception_was_raised():
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        assert describe(exc).startswith("ZeroDivisionError: division by zero (at test_parallel.py:")


def test_an_article_whose_extraction_raises_is_named_and_the_others_go_on(monkeypatch):
    monkeypatch.setattr(extract_module, "extract_document", _raise_on_broken(extract_module.extract_document))
    results = list(extract_each(DOCUMENTS))
    assert [type(r) for r in results] == [Extraction, Failure, Extraction]
    assert results[1].source == "broken.txt"
    assert results[1].reason.startswith("ValueError: no actor table (at test_parallel.py:")
    assert [r.document.source for r in (results[0], results[2])] == ["first.txt", "last.txt"]


def test_a_broken_parse_stream_fails_only_the_article_that_breaks_it(monkeypatch):
    original = nlp.parse_documents

    def parse(documents, **kwargs):
        documents = list(documents)
        if any(d.source == "broken.txt" for d in documents):
            raise RuntimeError("the parser gave up")
        return original(documents, **kwargs)

    monkeypatch.setattr(nlp, "parse_documents", parse)
    results = list(extract_each(DOCUMENTS))
    assert [(type(r), r[0] if isinstance(r, Failure) else r.document.source) for r in results] == [
        (Extraction, "first.txt"), (Failure, "broken.txt"), (Extraction, "last.txt"),
    ]


def test_a_briefing_error_stops_everything(monkeypatch):
    def missing_model(parsed):
        raise BriefingError("the spaCy model package is not installed")

    monkeypatch.setattr(extract_module, "extract_document", missing_model)
    with pytest.raises(BriefingError, match="not installed"):
        list(extract_each(DOCUMENTS))


def test_a_batch_travels_as_json_and_keeps_its_order(monkeypatch):
    monkeypatch.setattr(extract_module, "extract_document", _raise_on_broken(extract_module.extract_document))
    done = extract_batch([d.to_dict() for d in DOCUMENTS])
    assert [type(item) for item in done] == [dict, list, dict]
    results = list(batch_results(done))
    assert results[1] == Failure("broken.txt", done[1][1])
    assert results[0] == next(extract_each(DOCUMENTS[:1]))


def test_a_dead_extraction_process_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(parallel, "extract_batch", _die)
    with pytest.raises(BriefingError, match="an extraction process died unexpectedly"):
        list(extract_in_processes(DOCUMENTS * 2, jobs=2, batch_size=2))
