"""Direct quotes: quote marks, attribution, speakers, scare quotes, verbatim text."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes, find_passages
from briefing.slugs import content_id

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


@pytest.fixture(scope="module")
def quotes_of(parse_with_actors):
    """`quotes_of(paragraphs)` -> list of (text, speaker_name) of the document's quotes."""

    def _quotes(paragraphs: list[str]):
        parsed, actors = parse_with_actors(paragraphs)
        quotes, _ = extract_quotes(parsed, actors)
        return quotes

    return _quotes


def pairs(quotes):
    return [(q.text, q.speaker_name) for q in quotes]


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
    "paragraph, speaker",
    [
        ("“The budget will grow again next year,” John Smith said.", "John Smith"),
        ("John Smith said: “The budget will grow again next year.”", "John Smith"),
        ("“The budget will grow again next year,” said John Smith, a senior fellow at the Atlantic Council.",
         "John Smith"),
        ("“The budget will grow again next year,” according to John Smith.", "John Smith"),
        ("“The budget will grow again next year,” John Smith laughed.", "John Smith"),
        ("“Will the budget grow again next year?” John Smith asked.", "John Smith"),
    ],
)
def test_attribution_before_after_or_around(quotes_of, paragraph, speaker):
    assert [q.speaker_name for q in quotes_of([paragraph])] == [speaker]


def test_quote_in_subject_is_a_title_not_speech(quotes_of):
    paragraph = "The report “Lessons From The War In Ukraine” said the army needs more drones."
    assert quotes_of([paragraph]) == []


def test_two_quoted_sentences_share_the_speaker(quotes_of):
    paragraph = "“We will build more ships,” he said. “And we will pay for them ourselves.”"
    assert pairs(quotes_of([INTRO, paragraph])) == [
        ("We will build more ships", "Jane Doe"),
        ("And we will pay for them ourselves.", "Jane Doe"),
    ]


def test_interrupted_quote_gives_two_quotes(quotes_of):
    paragraph = "“The first part of the plan is ready,” she said, “but the second part will take years.”"
    assert pairs(quotes_of([INTRO, paragraph])) == [
        ("The first part of the plan is ready", "Jane Doe"),
        ("but the second part will take years.", "Jane Doe"),
    ]


def test_quote_running_on_into_next_paragraph_keeps_the_speaker(quotes_of):
    paragraphs = [
        "“We will build more ships this year,” Jane Doe said. “And we will pay for them ourselves.",
        "“Nobody else is going to pay for our defense.”",
    ]
    assert pairs(quotes_of(paragraphs)) == [
        ("We will build more ships this year", "Jane Doe"),
        ("And we will pay for them ourselves.", "Jane Doe"),
        ("Nobody else is going to pay for our defense.", "Jane Doe"),
    ]


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        ([INTRO, "“We are ready to respond to any threat,” she said."], "Jane Doe"),
        # a person named inside a quote is not the antecedent
        ([INTRO, "“I agree with John Smith on this point,” she said."], "Jane Doe"),
        # the canonical name, not the surname used in the attribution
        ([INTRO, "“We are ready to respond to any threat,” Doe said."], "Jane Doe"),
    ],
)
def test_pronoun_and_surname_speakers_resolve_to_the_person(quotes_of, paragraphs, speaker):
    assert [q.speaker_name for q in quotes_of(paragraphs)] == [speaker]


def test_pronoun_without_any_person_gives_no_quote(quotes_of):
    assert quotes_of(["“We are ready to respond to any threat,” she said."]) == []


@pytest.mark.parametrize(
    "paragraph, speaker_name, has_actor",
    [
        ("The launch was “destabilizing to the region,” said a White House statement.", "White House", True),
        ("“The allies remain united in their support,” the joint statement said.", "the joint statement", False),
        ("“The allies remain united in their support,” according to a NATO release.", "NATO", True),
    ],
)
def test_organization_and_document_speakers(quotes_of, paragraph, speaker_name, has_actor):
    quotes = quotes_of([paragraph])
    assert [q.speaker_name for q in quotes] == [speaker_name]
    assert (quotes[0].speaker is not None) == has_actor


@pytest.mark.parametrize(
    "paragraph, speaker_name",
    [
        ("“We expect the talks to resume next month,” a senior official said.", "a senior official"),
        ("“We expect the talks to resume next month,” officials said.", "officials"),
        ("“We expect the talks to resume next month,” a spokesperson for the ministry said.",
         "a spokesperson for the ministry"),
    ],
)
def test_anonymous_sources_keep_their_wording(quotes_of, paragraph, speaker_name):
    quotes = quotes_of([paragraph])
    assert [(q.speaker_name, q.speaker) for q in quotes] == [(speaker_name, None)]


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
    paragraph = "Critics called the program “a failure of leadership at every level” in a letter."
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


@pytest.mark.parametrize(
    "paragraph, context",
    [
        ("“The summit was a success for everyone,” Jane Doe said during a speech at the summit.",
         "during a speech at the summit"),
        ("“The summit was a success for everyone,” Jane Doe said through an interpreter during the event.",
         "through an interpreter during the event"),
        ("“The summit was a success for everyone,” Jane Doe said.", None),
    ],
)
def test_context_after_the_speech_verb(quotes_of, paragraph, context):
    assert [q.context for q in quotes_of([paragraph])] == [context]


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
        ("it’s 5” long", []),
    ],
)
def test_find_passages(text, expected):
    assert [(p.start, p.end, p.closed) for p in find_passages(text)] == expected


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # any common noun is a speaker when a quote is attributed to it
        ("“I could only manage two stairs at a time,” the patient said in the case report.", "the patient"),
        # a partial quote inside reported content takes the speaker of the trailing attribution
        ("The crisis is “growing at an alarming rate” and affects every town, Jane Doe said.", "Jane Doe"),
        # nested reports: the outermost speaker said it
        ("Jane Doe said that after consultations the government had concluded the plan was "
         "“not inconsistent with international law,” saying she trusted the courts.", "Jane Doe"),
    ],
)
def test_speaker_of_quotes_in_harder_sentences(quotes_of, paragraph, speaker):
    assert [q.speaker_name for q in quotes_of([paragraph])] == [speaker]


def test_a_listener_does_not_block_the_next_quote(quotes_of):
    paragraph = ("“I know we are happy to get rid of them,” Jane Doe told John Smith. "
                 "“They brought this company public in 2014 at $16 a share.”")
    assert [q.speaker_name for q in quotes_of([paragraph])] == ["Jane Doe", "Jane Doe"]


def test_another_speaker_introduced_by_a_colon_takes_the_quote(quotes_of):
    paragraph = ("“It is a totally different muscle,” Jane Doe said. John Smith agreed: "
                 "“It is a different job altogether.”")
    assert [q.speaker_name for q in quotes_of([paragraph])] == ["Jane Doe", "John Smith"]


def test_quote_after_reported_sentence_takes_its_speaker(quotes_of):
    paragraphs = [INTRO, "Sometimes employees do not follow the rules, she said. "
                         "“But does that mean they should all go to jail for it?”"]
    assert [q.speaker_name for q in quotes_of(paragraphs)] == ["Jane Doe"]


def test_same_words_twice_in_a_paragraph_make_one_quote(quotes_of):
    paragraph = "“We will win,” Jane Doe said. The crowd cheered. “We will win,” she repeated."
    quotes = quotes_of([paragraph])
    assert [q.text for q in quotes] == ["We will win"]
    assert len({q.id for q in quotes}) == len(quotes)
