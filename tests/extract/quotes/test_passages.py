"""Quoted passages: quote marks, scare quotes and titles, verbatim trimmed text, ids."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import find_passages, find_single_passages
from briefing.slugs import content_id

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We will defend every inch of our territory,” John Smith said.",
         ["We will defend every inch of our territory"]),
        ('"We will defend every inch of our territory," John Smith said.',
         ["We will defend every inch of our territory"]),
        ("“He told me ‘never again’ after the vote,” John Smith said.",
         ["He told me ‘never again’ after the vote"]),
        ("John Smith said: “The alliance is stronger than ever before.”",
         ["The alliance is stronger than ever before."]),
        # negative: an apostrophe or inch mark is not a quote
        ("John Smith said the 12-inch guns weren’t ready for the ship’s trials.", []),
    ],
)
def test_quote_marks(quotes_of, paragraph, expected):
    assert [q.text for q in quotes_of([paragraph])] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The move was “destabilizing,” officials said.", []),
        ("Japan, India, Australia and the United States form the “Quad” group.", []),
        ("She starred in “Melvin and Howard” before moving to television.", []),
        ("The report, titled “The Future of War in Space,” was published on Monday.", []),
        # four words with an attribution are a quote
        ("The launch was “destabilizing to the region,” said a White House statement.",
         ["destabilizing to the region"]),
        # a short full clause with an attribution is a quote
        ("“We will win,” John Smith said.", ["We will win"]),
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(quotes_of, paragraph, expected):
    assert [q.text for q in quotes_of([paragraph])] == expected


def test_partial_quote_without_attribution_is_dropped(quotes_of):
    paragraph = "The program became “a failure of leadership at every level” within a year."
    assert quotes_of([INTRO, paragraph]) == []


def test_quote_text_is_verbatim_and_trimmed(quotes_of):
    paragraphs = [
        "“First, we need more money for the navy,” Jane Doe said. “Second, we need more sailors.”",
    ]
    quotes = quotes_of(paragraphs)
    assert [q.text for q in quotes] == ["First, we need more money for the navy", "Second, we need more sailors."]
    assert all(q.text in paragraphs[q.paragraph - 1] for q in quotes)


def test_unbalanced_quote_mark_stays_in_its_paragraph(quotes_of):
    rambling = " ".join(["the committee discussed the budget at length"] * 15)
    paragraphs = [f"Jane Doe said the plan was “a good start and {rambling}.", "Officials said more talks are planned."]
    quotes = quotes_of(paragraphs)
    assert all(q.paragraph == 1 and q.text in paragraphs[0] for q in quotes)
    assert quotes == []  # too long to be a quote without a closing mark


def test_ids_depend_on_content(quotes_of):
    paragraph = "“The summit was a success for everyone,” Jane Doe said."
    quote = quotes_of([INTRO, paragraph])[0]
    assert quote.id == content_id("q", "t", 2, quote.text)
    assert (quote.document, quote.paragraph) == ("t", 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“a” and “b”", [(1, 2, True), (9, 10, True)]),
        ('say "yes" now', [(5, 8, True)]),
        ("“open to the end", [(1, 16, False)]),
        ("“dropped “kept”", [(10, 14, True)]),
        # the closing mark missing before an attribution set off by a comma: cut at the comma
        ("“We won, he said. “Yes.”", [(1, 7, False), (19, 23, True)]),
        ("“We won, said Jo Lee. “Yes.”", [(1, 7, False), (23, 27, True)]),
        # the same shape that attributes nothing is cut too: a quote only with an attribution
        ("“We saw Paris, Rome and Oslo. “Yes.”", [(1, 13, False), (31, 35, True)]),
        # no attribution's shape: a tail in single quotes, no comma, a capitalized tail
        ("“We won, Oslo Rome. “Yes.”", [(21, 25, True)]),
        ("“We won, ‘oh, well, it is over.’ “Yes.”", [(34, 38, True)]),
        ("“We won he said. “Yes.”", [(18, 22, True)]),
        ("it’s 5” long", []),
        # a closing mark glued to a sentence end and a capital opens the next passage
        ("“No,” said Jo.”Yes,” he added.", [(1, 4, True), (15, 19, True)]),
        # negative: glued to a lower-case word, or after a word without a sentence end
        ("“No,” said Jo.”yes, he added.", [(1, 4, True)]),
        ("“No,” said Jo”Yes, he added.", [(1, 4, True)]),
    ],
)
def test_find_passages(text, expected):
    assert [(p.start, p.end, p.closed) for p in find_passages(text)] == expected


def test_same_words_twice_in_a_paragraph_make_one_quote(quotes_of):
    paragraph = "“We will win,” Jane Doe said. The crowd cheered. “We will win,” she repeated."
    quotes = quotes_of([paragraph])
    assert [q.text for q in quotes] == ["We will win"]
    assert len({q.id for q in quotes}) == len(quotes)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["“No,” Jane Doe said. “You tell me first, and then I will tell you.”"],
         ["No", "You tell me first, and then I will tell you."]),
        # titles listed after commas are not utterances
        (["The band will play “Black Water,” “China Grove,” and others, according to John Smith."], []),
    ],
)
def test_short_utterance_opening_a_sentence(quotes_of, paragraphs, expected):
    assert [q.text for q in quotes_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an article without double quotes uses single quotes for speech
        (["‘We will not back down,’ Jane Doe said."], ["We will not back down"]),
        (["‘The players’ union has rejected the offer,’ Jane Doe said."], ["The players’ union has rejected the offer"]),
        (["Jane Doe said the deal was ‘a shambles from start to finish’ and left."],
         ["a shambles from start to finish"]),
        # apostrophes are never quote marks
        (["Jane Doe said the Capitals' winger isn't fit and the players' union won't comment."], []),
        # an article with double quotes: single quotes are quotes inside quotes or names
        (["“We are ready,” Jane Doe said.", "Jane Doe said ‘we will never give up on this fight’ at the rally."],
         ["We are ready"]),
    ],
)
def test_single_quotes_only_without_double_quotes(quotes_of, paragraphs, expected):
    assert [q.text for q in quotes_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("‘We will not back down,’ the minister said.", ["We will not back down,"]),
        ("He called it ‘a shambles’ and left.", ["a shambles"]),
        ("‘The players’ union has rejected it,’ he said.", ["The players’ union has rejected it,"]),
        ("He said 'we are ready to fight' and left.", ["we are ready to fight"]),
        ("It isn’t over for Ryan Giggs' team in the ’90s.", []),
        ("the automaker isn ‘t slowing down", []),
    ],
)
def test_find_single_passages(text, expected):
    assert [text[p.start : p.end] for p in find_single_passages(text)] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a closing mark where a passage opens is a misprinted opener
        ("”The senator is a danger to the nation,” said Sen. Bob Smith. “He should not speak here.”",
         ["The senator is a danger to the nation", "He should not speak here."]),
        # a closing mark glued to the sentence before it and a capital opens a passage too
        ("“The bridge will open in May,” said Mayor Jo Lee, according to the city paper.”Repairs "
         "on the old road are being made by the county,” he added.",
         ["The bridge will open in May", "Repairs on the old road are being made by the county"]),
        # negative: a closing mark after a word, or before a space, opens nothing
        ("The senator spoke” for an hour and left ” without a word.", []),
    ],
)
def test_a_misprinted_opening_mark(quotes_of, paragraph, expected):
    assert [q.text for q in quotes_of([paragraph])] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a passage whose closing mark is missing before "he said." is a quote of its own
        ([INTRO, "“We thank the teachers who work every day, she said. “All of you are heroes of the nation.”"],
         [("We thank the teachers who work every day", "Jane Doe"), ("All of you are heroes of the nation.", "Jane Doe")]),
        # cut before words that attribute nothing, it is no quote
        ([INTRO, "“We will visit the park, the beach and the lake. “Then we rest at home,” she said."],
         [("Then we rest at home", "Jane Doe")]),
    ],
)
def test_a_missing_closing_mark_before_an_attribution(quotes_of, paragraphs, expected):
    assert [(q.text, q.speaker_name) for q in quotes_of(paragraphs)] == expected
