"""The text the reader sees keeps the source's no-break spaces; names read with plain spaces."""
from __future__ import annotations

import pytest

from briefing.extract.document import extract_document
from briefing.extract.verbatim import verbatim
from briefing.model import Document, Paragraph
from briefing.nlp import parse_documents


@pytest.mark.parametrize(
    "text, sources, expected",
    [
        ("with the matter", ["familiar with\u00a0the matter"], "with\u00a0the matter"),
        ("12 000 troops", ["about 12\u202f000 troops"], "12\u202f000 troops"),
        ("the talks", ["No space here.", "the\u00a0talks"], "the\u00a0talks"),  # the first source that holds it
        ("the talks", ["the talks", "the\u00a0talks"], "the talks"),  # its own paragraph comes first
        ("the talks … resumed", ["the\u00a0talks ended"], "the talks … resumed"),  # not in the source: as it is
        ("", ["the\u00a0talks"], ""),
    ],
)
def test_verbatim_takes_the_characters_of_the_source(text, sources, expected):
    assert verbatim(text, sources) == expected


@pytest.fixture(scope="module")
def extraction(nlp):
    paragraphs = [
        "National Security Adviser Jake\u00a0Sullivan met the delegation in Cairo on Monday.",
        "Sullivan said\u00a0that the ceasefire proposal remained on the table.",
        "\u201cThe deal is\u00a0within reach,\u201d Sullivan said.",
        "Officials said the ministry would publish the figures on Friday.",
    ]
    document = Document("t", "t.txt", "T", [Paragraph(n, t) for n, t in enumerate(paragraphs, start=1)])
    return extract_document(next(parse_documents([document], nlp=nlp)))


def test_a_name_with_a_no_break_space_reads_with_a_plain_one(extraction):
    assert "Jake Sullivan" in [a.name for a in extraction.actors]
    assert not any("\u00a0" in name for a in extraction.actors for name in [a.name, *a.aliases])


def test_a_statement_keeps_its_no_break_space(extraction):
    assert [(s.text, s.speaker_name) for s in extraction.statements if s.paragraph == 2] == [
        ("Sullivan said\u00a0that the ceasefire proposal remained on the table", "Jake Sullivan")
    ]


def test_a_quote_keeps_its_no_break_space(extraction):
    assert [(q.text, q.speaker_name) for q in extraction.quotes] == [("The deal is\u00a0within reach", "Jake Sullivan")]


def test_text_without_odd_spaces_is_untouched(extraction):
    assert [s.text for s in extraction.statements if s.paragraph == 4] == [
        "Officials said the ministry would publish the figures on Friday"
    ]
