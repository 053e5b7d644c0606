"""Parsing: one Doc per paragraph, long paragraphs chunked without losing a character."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Document, Paragraph
from briefing.nlp import load_nlp, parse_documents, plain_spaces, split_chunks


@pytest.mark.parametrize(
    "text, limit",
    [
        ("short text", 100),
        ("One sentence. Two sentence. Three sentence. " * 50, 100),
        ("x" * 1000, 64),  # no whitespace at all: hard cuts
        ("word " * 500, 37),
    ],
)
def test_chunks_rebuild_the_text(text, limit):
    chunks = split_chunks(text, limit)
    assert "".join(chunks) == text
    assert all(len(c) <= limit for c in chunks)


def test_chunks_prefer_sentence_ends():
    text = "Alpha beta gamma. " * 20
    chunks = split_chunks(text, 100)
    assert all(c.endswith(". ") for c in chunks[:-1])


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=400), st.integers(min_value=8, max_value=80))
def test_chunks_are_lossless_for_any_text(text, limit):
    assert "".join(split_chunks(text, limit)) == text


def test_one_doc_per_paragraph_in_order():
    document = Document("d", "d.txt", "T", [Paragraph(1, "First one."), Paragraph(2, "Second one here.")])
    (parsed,) = parse_documents([document], nlp=load_nlp())
    assert [d.text for d in parsed.docs] == ["First one.", "Second one here."]


def test_the_caption_is_parsed_apart_from_the_paragraphs():
    with_caption = Document("d", "d.txt", "T", [Paragraph(1, "First one.")], caption="Divers at work.")
    without = Document("e", "e.txt", "T", [Paragraph(1, "Second one.")])
    first, second = parse_documents([with_caption, without], nlp=load_nlp())
    assert (first.caption.text, [d.text for d in first.docs]) == ("Divers at work.", ["First one."])
    assert (second.caption, [d.text for d in second.docs]) == (None, ["Second one."])


def test_long_paragraph_is_parsed_whole():
    text = "The minister spoke in Paris on Monday. " * 3000  # ~117,000 characters
    document = Document("d", "d.txt", "T", [Paragraph(1, text)])
    (parsed,) = parse_documents([document], nlp=load_nlp())
    assert parsed.docs[0].text == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jake\u00a0Sullivan", "Jake Sullivan"),
        ("12\u202f000 troops", "12 000 troops"),
        ("page\u2007 7", "page  7"),
        ("plain text stays", "plain text stays"),
        ("line\nbreak\tand tab", "line\nbreak\tand tab"),  # only one-character spaces of the no-break kind
    ],
)
def test_plain_spaces_keep_the_length(text, expected):
    assert plain_spaces(text) == expected and len(plain_spaces(text)) == len(text)


def test_a_no_break_space_is_parsed_as_a_plain_space():
    text = "National Security Adviser Jake\u00a0Sullivan said\u00a0that the talks would resume."
    (parsed,) = parse_documents([Document("d", "d.txt", "T", [Paragraph(1, text)])], nlp=load_nlp())
    doc = parsed.docs[0]
    assert not any(t.is_space for t in doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Jake Sullivan"]
    assert doc.text == plain_spaces(text)


@pytest.mark.parametrize("title", ["Sgt.", "Lt.", "Capt.", "Col.", "Maj.", "Cmdr."])
def test_an_abbreviated_title_keeps_its_stop_and_ends_no_sentence(title):
    doc = load_nlp()(f"The medal went to the aunt of Army {title} Laura Smith on Friday.")
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_a_stop_after_an_ordinary_word_still_ends_the_sentence():
    doc = load_nlp()("The unit lost a sergeant. Laura Smith took command on Friday.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("“Yes,” said Miller, citing TASS.”Talks go on,” he said.", ["TASS", ".", "”", "Talks"]),
        ("She read it on Reddit!\"Nobody cares,\" he wrote.", ["Reddit", "!", '"', "Nobody"]),
    ],
)
def test_a_closing_quote_glued_to_the_next_sentence_is_split_off(text, tokens):
    words = [t.text for t in load_nlp()(text)]
    at = words.index(tokens[0])
    assert words[at : at + len(tokens)] == tokens


def test_a_quote_mark_inside_a_word_run_is_not_split():
    words = [t.text for t in load_nlp()("The band’s album “Blue” sold well.")]
    assert "band" in words and "Blue" in words and "”" in words
