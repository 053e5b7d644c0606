"""Direct quotes: quote marks, attribution, speakers, scare quotes, verbatim text."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes, find_passages, find_single_passages
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


@pytest.mark.parametrize(
    "paragraphs, speaker_name, has_actor",
    [
        # "the <role>" is the one person named earlier with that role or title
        (["US President Jane Doe met the press on Monday.",
          "The president said on Tuesday that the allies “will have to make a deal that we like.”"],
         "Jane Doe", True),
        (["Jane Doe, the defense secretary, visited the base.",
          "“The base will stay open for many years,” the defense secretary said."], "Jane Doe", True),
        # a description before the name: the one person of the document with that role
        (["France’s ambassador accused Britain of “lying to its own people about the deal”.",
          "France’s ambassador John Smith had warned of the dispute in May."], "John Smith", True),
        # two presidents: the description stays as it is
        (["President Jane Doe met President John Smith on Monday.",
          "“The summit was a success for everyone,” the president said."], "the president", False),
        # nobody has that role
        (["Jane Doe, a senior fellow, spoke at the summit.",
          "“The summit was a success for everyone,” the president said."], "the president", False),
    ],
)
def test_descriptor_speaker_resolves_to_named_person(quotes_of, paragraphs, speaker_name, has_actor):
    quotes = quotes_of(paragraphs)
    assert [q.speaker_name for q in quotes] == [speaker_name]
    assert (quotes[0].speaker is not None) == has_actor


@pytest.mark.parametrize(
    "paragraphs, speaker_name",
    [
        # "the report" takes the author of the report introduced earlier
        (["A report by the Government Accountability Office was published on Monday.",
          "“Costs will keep rising for many years to come,” the report said."], "Government Accountability Office"),
        (["The Government Accountability Office released a report on Monday.",
          "“Costs will keep rising for many years to come,” the report said."], "Government Accountability Office"),
        # a passage in a clause about a document takes the document's author
        (["The Government Accountability Office released a report that described “serious delays and rising "
          "costs across the program”."], "Government Accountability Office"),
        # a report introduced without an author stays a description
        (["A report was published on Monday.",
          "“Costs will keep rising for many years to come,” the report said."], "the report"),
    ],
)
def test_document_speaker_resolves_to_its_author(quotes_of, paragraphs, speaker_name):
    assert [q.speaker_name for q in quotes_of(paragraphs)] == [speaker_name]


def test_next_sentence_does_not_attribute_a_passage(quotes_of):
    paragraph = ("Inspectors found “serious technical challenges and rising costs”. "
                 "The report and the announcement come as lawmakers debate the budget.")
    assert quotes_of([INTRO, paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # words finishing the quoted phrase, then the attribution
        ("“The plan is bigger than just the small deal” agreed in May, said John Smith, a fellow at the Cato Institute.",
         [("The plan is bigger than just the small deal", "John Smith")]),
        # an unnamed speaker with a long description
        ("“This is not a good deal for anyone,” a second official briefed on the phone call said.",
         [("This is not a good deal for anyone", "a second official briefed on the phone call")]),
        # a clause of its own after the passage: no attribution
        ("“The plan is bigger than the small deal” agreed in May, and John Smith said the talks would resume.", []),
    ],
)
def test_trailing_attribution_after_intervening_words(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Jane Doe called the decision “a dangerous escalation of tensions in the region”.",
         [("a dangerous escalation of tensions in the region", "Jane Doe")]),
        ("Critics dubbed the program “the most expensive failure in history”.",
         [("the most expensive failure in history", "Critics")]),
        # a quoted name is not speech
        ("Visitors dubbed the prison the “Hanoi Hilton” during the war.", []),
        # fewer than four words
        ("Jane Doe called it “a total disaster”.", []),
    ],
)
def test_naming_verb_quotes(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


def test_belief_verb_does_not_attribute_a_quote(quotes_of):
    paragraph = "Jane Doe believes that voters will one day scream, “Make it all go away right now.”"
    assert quotes_of([paragraph]) == []


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
        # a plural group named as a subject just before
        (["Two officials briefed on the talks met reporters on Monday.",
          "“We expect a deal before the end of the year,” they said."],
         [("We expect a deal before the end of the year", "Two officials briefed on the talks")]),
        # an organization
        (["Acme Corp. announced the merger on Monday.", "“The deal will close next year,” they said."],
         [("The deal will close next year", "Acme Corp.")]),
        # the nearest subject is a single person: "they" is not resolved
        (["Jane Doe met reporters on Monday.", "“We expect a deal before the end of the year,” they said."], []),
    ],
)
def test_they_resolves_to_a_group(quotes_of, paragraphs, expected):
    assert pairs(quotes_of(paragraphs)) == expected


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
