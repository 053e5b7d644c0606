"""Reported statements: reported speech without quote marks, with its speaker."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes
from briefing.slugs import content_id

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


@pytest.fixture(scope="module")
def statements_of(parse_with_actors):
    """`statements_of(paragraphs)` -> the document's statements."""

    def _statements(paragraphs: list[str]):
        parsed, actors = parse_with_actors(paragraphs)
        return extract_quotes(parsed, actors)[1]

    return _statements


def pairs(statements):
    return [(s.text, s.speaker_name) for s in statements]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the reported clause after the verb, without "that"
        ("Jane Doe signaled that Japan is looking to deepen its ties with NATO.",
         [("Japan is looking to deepen its ties with NATO", "Jane Doe")]),
        ("Jane Doe told reporters that the navy will need more ships.",
         [("the navy will need more ships", "Jane Doe")]),
        # the attribution closes the sentence
        ("This will open doors for further cooperation with allies, Jane Doe noted.",
         [("This will open doors for further cooperation with allies", "Jane Doe")]),
        ("The group connects industry representatives from member nations, said John Smith, director at Acme Corp.",
         [("The group connects industry representatives from member nations", "John Smith")]),
        ("It is important to understand how other nonmembers have worked with the alliance, John Smith, "
         "a former ambassador to the conference in Geneva, said through an interpreter.",
         [("It is important to understand how other nonmembers have worked with the alliance", "John Smith")]),
    ],
)
def test_reported_clause_and_speaker(statements_of, paragraph, expected):
    assert pairs(statements_of([paragraph])) == expected


def test_pronoun_speaker_resolves_to_last_person(statements_of):
    paragraphs = [INTRO, "These new domains call for more complex technologies, she added."]
    assert pairs(statements_of(paragraphs)) == [("These new domains call for more complex technologies", "Jane Doe")]


def test_object_content_keeps_the_whole_sentence(statements_of):
    paragraphs = [INTRO, "She cited Moscow’s threat to use nuclear weapons as an area of concern."]
    assert pairs(statements_of(paragraphs)) == [
        ("She cited Moscow’s threat to use nuclear weapons as an area of concern.", "Jane Doe")
    ]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Those figures will come after the doctrine is published, according to budget documents.",
         [("Those figures will come after the doctrine is published", "budget documents", None)]),
        ("The alliance adopted a new strategy in 2021, according to a NATO release.",
         [("The alliance adopted a new strategy in 2021", "NATO", "nato")]),
        ("The talks will resume next month, a senior official said.",
         [("The talks will resume next month", "a senior official", None)]),
    ],
)
def test_document_and_anonymous_sources(statements_of, paragraph, expected):
    assert [(s.text, s.speaker_name, s.speaker) for s in statements_of([paragraph])] == expected


def test_adding_that_after_a_quote_is_a_statement(statements_of):
    paragraphs = [
        INTRO,
        "“Russian aggression is not a problem for Europe alone,” she said, adding that the crisis could "
        "likewise happen in East Asia.",
    ]
    assert pairs(statements_of(paragraphs)) == [("the crisis could likewise happen in East Asia", "Jane Doe")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a direct quote is a quote, not a statement
        "“The budget will grow again next year,” Jane Doe said.",
        "Jane Doe said: “The budget will grow again next year.”",
        # "said" inside a relative clause about someone else
        "The man who said he was tired left the meeting early on Tuesday.",
        # a reporting verb without a speaker
        "The request outlined seven key areas of defense modernization.",
        "Nobody said anything about the budget during the meeting.",
        # negated speech reports nothing
        "Jane Doe did not say whether the talks would resume next month.",
        # no reporting verb at all
        "Japan has tried to achieve interoperability with NATO in recent years.",
        # a verb that reports nothing here
        "NASA announced the newest milestone in the development of its rocket.",
    ],
)
def test_no_statement(statements_of, paragraph):
    assert statements_of([paragraph]) == []


def test_nested_report_is_one_statement(statements_of):
    paragraph = "The alliance has also emphasized the need to cooperate with nations in Asia, Jane Doe noted."
    assert pairs(statements_of([paragraph])) == [
        ("The alliance has also emphasized the need to cooperate with nations in Asia", "Jane Doe")
    ]


def test_two_sentences_two_statements(statements_of):
    paragraph = (
        "The strategy will be published by the end of the year, Jane Doe said. "
        "The documents should also explain how Japan can share defense information, she added."
    )
    assert pairs(statements_of([paragraph])) == [
        ("The strategy will be published by the end of the year", "Jane Doe"),
        ("The documents should also explain how Japan can share defense information", "Jane Doe"),
    ]


def test_statement_text_is_verbatim_with_content_id(statements_of):
    paragraphs = [INTRO, "The talks will resume next month, Jane Doe said."]
    (statement,) = statements_of(paragraphs)
    assert statement.text in paragraphs[1]
    assert statement.id == content_id("s", "t", 2, statement.text)
    assert (statement.document, statement.paragraph) == ("t", 2)
