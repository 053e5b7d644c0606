"""Descriptions and documents resolved to the speaker they stand for: "the organization" after a
paragraph naming it, "the statement" after "X said in a statement", "the official" after "an
official told ...", "a copy of the law", "the indictment alleges"."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def speakers_of(parse_with_actors):
    """`speakers_of(paragraphs)` -> [(speaker name, attribution)] of the last paragraph's quotes
    and statements."""

    def _speakers(paragraphs: list[str]):
        quotes, statements = extract_quotes(*parse_with_actors(paragraphs))
        return [(i.speaker_name, i.attribution) for i in [*quotes, *statements] if i.paragraph == len(paragraphs)]

    return _speakers


ASSOCIATION = "Northern Growers Association President Mary Kline called for a boycott of Acme Corp. on Monday."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # named inside the subject of the paragraph before, not the company named as an object
        ([ASSOCIATION, "The organization said that the move hurts small farms."],
         [("Northern Growers Association", "description")]),
        # "it" right after: the organization the description stood for
        ([ASSOCIATION, "The organization said that the move hurts small farms. It also noted that prices rose sharply in May."],
         [("Northern Growers Association", "description"), ("Northern Growers Association", "pronoun")]),
        # the only organization of the paragraph before, whatever its role
        (["Last week the board of the Civic Union for Open Data approved a new charter.",
          "“We will publish every budget line from now on,” the group said."],
         [("Civic Union for Open Data", "description")]),
        # an appositive closing the subject names it, though the parse hangs it lower
        (["The company that runs the festival, Harbor Events Productions, denies that a deal was reached."],
         [("Harbor Events Productions", "named")]),
    ],
)
def test_an_organization_description_resolves_to_the_one_named_before(speakers_of, paragraphs, expected):
    assert speakers_of(paragraphs) == expected


def test_a_plural_description_stands_for_no_one_organization(speakers_of):
    paragraphs = ["Acme Corp. won the contract on Monday.", "The companies said they would hire more pilots next year."]
    assert speakers_of(paragraphs) == [("The companies", "unnamed")]


def test_two_organizations_named_as_objects_leave_the_description_unresolved(speakers_of):
    paragraphs = ["Regulators fined Acme Corp. and Borealis Holdings Inc. on Monday.",
                  "The company said that it would appeal the fine."]
    assert speakers_of(paragraphs) == [("The company", "unnamed")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The army said in a statement that one soldier was killed.",
          "“The cause of the crash is under investigation,” the statement said."],
         [("The army", "description")]),
        (["A senior defense official told reporters that the strike had been planned for weeks.",
          "The official said the air force had been preparing for months."],
         [("A senior defense official", "description")]),
        (["The patient was hospitalized, the ministry said, citing the regional health commission.",
          "No one else has shown symptoms so far, the commission said."],
         [("the regional health commission", "description")]),
        (["The Clean Harbors Law was passed in 1972.", "Its aim was broad, according to a copy of the law."],
         [("Clean Harbors Law", "description")]),
        (["The indictment alleges that the analyst acted as an agent of a foreign power."],
         [("The indictment", "unnamed")]),
    ],
)
def test_documents_and_introduced_sources(speakers_of, paragraphs, expected):
    assert speakers_of(paragraphs) == expected


def test_a_document_with_words_of_its_own_is_another_document(speakers_of):
    paragraphs = ["The ministers agreed to fund the plan, the defense ministry said in a statement.",
                  "“We are not building a wall,” the joint statement said."]
    assert speakers_of(paragraphs) == [("the joint statement", "unnamed")]


def test_an_official_never_introduced_keeps_its_wording(speakers_of):
    assert speakers_of(["The official said the air force had been preparing for months."]) == [
        ("The official", "unnamed")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the office a description names is held by the person named with its title
        (["Secretary of State Lena Marsh flew to Oslo on Monday for talks on fishing rights.",
          "“We are closer than we were a year ago,” the top American diplomat said on Tuesday."],
         [("Lena Marsh", "description")]),
        (["Foreign Minister Tomas Halvik met his counterpart in Riga.",
          "“Nothing is agreed yet,” the top diplomat said."],
         [("Tomas Halvik", "description")]),
        # no one holds the office: the description stays unresolved
        (["Trade Minister Tomas Halvik met his counterpart in Riga.",
          "“Nothing is agreed yet,” the top diplomat said."],
         [("the top diplomat", "unnamed")]),
    ],
)
def test_a_description_of_an_office_resolves_to_its_holder(speakers_of, paragraphs, expected):
    assert speakers_of(paragraphs) == expected


UNION = "Union spokesperson Jo Lee said the strike would go on."
FILLER = "The dispute has lasted three months and closed four ports."
MINISTRY = "The Ministry of Labour said talks would resume on Monday."
SPOKESPERSON_QUOTE = "“We are in close contact with both sides to end the dispute,” the spokesperson said."


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # an organization heard speaking since the person was named: its spokesperson
        ([UNION, FILLER, MINISTRY, SPOKESPERSON_QUOTE], "Ministry of Labour"),
        # no organization spoke since: the person
        ([UNION, FILLER, SPOKESPERSON_QUOTE], "Jo Lee"),
        ([MINISTRY, UNION, FILLER, SPOKESPERSON_QUOTE], "Jo Lee"),
        # the person speaks for the organization that spoke
        (["Ministry of Labour spokesperson Jo Lee said the strike would go on.", FILLER, MINISTRY,
          SPOKESPERSON_QUOTE], "Jo Lee"),
        # a title that is no one's voice stays the person's
        (["President Jo Lee said the strike would go on.", FILLER, MINISTRY,
          "“We are in close contact with both sides to end the dispute,” the president said."], "Jo Lee"),
    ],
)
def test_the_spokesperson_speaks_for_the_organization_heard_since(quotes_of, paragraphs, speaker):
    assert [q.speaker_name for q in quotes_of(paragraphs)] == [speaker]


TWO_GOVERNORS = "Gov. Nora Quill and Gov. Amos Reyt both vetoed the water bill last spring."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # several persons fit: the only one named in the paragraph before
        ([TWO_GOVERNORS, "Quill spent the week touring flooded farms in the north.",
          "The governor said that the state would pay for new levees."],
         [("Nora Quill", "description")]),
        ([TWO_GOVERNORS, "Reyt spent the week touring flooded farms in the north.",
          "The governor said that the state would pay for new levees."],
         [("Amos Reyt", "description")]),
        # the last one named further back: the description stays ambiguous
        ([TWO_GOVERNORS, "Quill spent the week touring flooded farms in the north.",
          "Heavy rain fell for nine days and closed two highways.",
          "The governor said that the state would pay for new levees."],
         [("The governor", "unnamed")]),
    ],
)
def test_a_description_several_persons_fit_means_the_one_just_named(speakers_of, paragraphs, expected):
    assert speakers_of(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # no role of their own: the bare description is the person of the sentence before
        (["Karl Brandt met the bankers on Monday.", "The minister said that the budget was safe."],
         [("Karl Brandt", "description")]),
        # a description with an owner introduces someone new
        (["Karl Brandt met the bankers on Monday.", "Norway's finance minister said that the budget was safe."],
         [("Norway's finance minister", "unnamed")]),
    ],
)
def test_an_owned_description_is_not_the_person_of_the_sentence_before(speakers_of, paragraphs, expected):
    assert speakers_of(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Jordan has hosted refugees for decades.",
          "According to the Jordanian government, the country had admitted more than a million refugees."],
         [("Jordan", "description")]),
        (["North Korea fired two missiles on Monday.", "The North Korean government said that the drills were a provocation."],
         [("North Korea", "description")]),
        # a country the document does not name: the wording
        (["Peru signed the deal on Monday.", "The Chilean government said that the deal was unfair."],
         [("The Chilean government", "unnamed")]),
    ],
)
def test_a_national_government_speaks_for_its_country(speakers_of, paragraphs, expected):
    assert speakers_of(paragraphs) == expected


NEIGHBOR_OFFICIAL = "According to an official from a neighboring country, the offer was close to the earlier one."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a demonstrative refers back to the source introduced before
        ([NEIGHBOR_OFFICIAL, "According to that official, the replies have been unclear."],
         [("an official from a neighboring country", "description")]),
        # and is not itself the introduction "the official" refers to
        ([NEIGHBOR_OFFICIAL, "Talks stalled in May, according to that official.",
          "The replies have been unclear, the official said."],
         [("an official from a neighboring country", "description")]),
        # no source introduced before: the wording
        (["According to that official, the replies have been unclear."], [("that official", "unnamed")]),
    ],
)
def test_a_demonstrative_source_is_the_one_introduced_before(speakers_of, paragraphs, expected):
    assert speakers_of(paragraphs) == expected

