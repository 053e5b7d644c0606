"""People: surnames, first names and short forms join full names; names the model mistypes."""
from __future__ import annotations

import pytest
import spacy

from actor_helpers import actor, names

from briefing.extract.actors.candidates import Mention
from briefing.extract.actors.people import _may_be_first_word


def test_surname_joins_full_name(parse_with_actors):
    _, table = parse_with_actors(
        ["Japanese Prime Minister Fumio Kishida attended the summit in Madrid.", "Kishida said the talks went well."]
    )
    kishida = actor(table, "Kishida")
    assert kishida.name == "Fumio Kishida"
    assert kishida.kind == "person"
    assert {"Kishida", "Prime Minister Fumio Kishida"} <= set(kishida.aliases)
    assert [m.paragraph for m in kishida.mentions] == [1, 2]


def test_surname_mislabeled_as_organization_is_the_person(parse_with_actors):
    paragraphs = [
        "The space race is back, said Jun Nagashima, adjunct professor at the National Defense Academy.",
        "Japan will need to ensure its interoperability with NATO if Tokyo hopes to strengthen its partnership, Nagashima said.",
    ]
    _, table = parse_with_actors(paragraphs)
    assert actor(table, "Nagashima").name == "Jun Nagashima"
    assert "Nagashima" not in names(table)


def test_same_surname_goes_to_the_person_named_last(parse_with_actors):
    _, table = parse_with_actors(
        ["John Miller met Sarah Miller in Berlin.", "Later, Sarah Miller spoke to reporters.", "Miller said the deal was done."]
    )
    sarah = actor(table, "Sarah Miller")
    assert 3 in [m.paragraph for m in sarah.mentions]
    assert 3 not in [m.paragraph for m in actor(table, "John Miller").mentions]


@pytest.mark.parametrize(
    "paragraphs, short, full",
    [
        (
            ["Joshua Apte, professor of environmental engineering at the University of Texas, led the study.",
             "Josh Apte said the data were clear."],
            "Josh Apte",
            "Joshua Apte",
        ),
        (
            ["Joel Eriksson Ek scored twice on Saturday.", "Eriksson Ek then set up the winner."],
            "Eriksson Ek",
            "Joel Eriksson Ek",
        ),
    ],
)
def test_short_form_of_a_full_name_joins_it(parse_with_actors, paragraphs, short, full):
    _, table = parse_with_actors(paragraphs)
    assert actor(table, short).name == full


def test_owner_in_a_person_entity_is_the_person(parse_with_actors):
    text = "Upstarts - Amazon founder Jeff Bezos\u2019s Blue Origin and others - were asked to bid. Blue Origin agreed."
    _, table = parse_with_actors([text])
    assert names(table).get("Jeff Bezos") == "person"
    assert names(table).get("Blue Origin") == "organization"


def test_plural_looking_surname_with_a_role_is_a_person(parse_with_actors):
    text = "It is a bigger deal, said Derek Scissors, a China scholar with the American Enterprise Institute in Washington."
    _, table = parse_with_actors([text])
    assert names(table).get("Derek Scissors") == "person"


def test_place_before_a_known_name_is_not_part_of_it(parse_with_actors):
    paragraphs = [
        "Former U.S. Ambassador to Ukraine Marie Yovanovitch testified before Congress.",
        "Yovanovitch said she felt threatened.",
    ]
    _, table = parse_with_actors(paragraphs)
    if "Ukraine Marie Yovanovitch" in names(table):  # the model may split it itself
        pytest.fail("place-led person name kept as an organization")
    assert actor(table, "Yovanovitch").name == "Marie Yovanovitch"


def test_organization_tagged_name_with_role_is_a_person(parse_with_actors):
    text = "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said on Tuesday that the case was closed."
    _, table = parse_with_actors([text])
    assert actor(table, "Eva-Marie Persson").kind == "person"


def test_a_broadcast_host_tagged_as_an_organisation_is_a_person(parse_with_actors):
    _, table = parse_with_actors(["She linked the incident to Fox News host Jeanine Pirro’s comments on the hijab."])
    pirro = actor(table, "Jeanine Pirro")
    assert (pirro.kind, pirro.roles) == ("person", ["Fox News host"])


@pytest.mark.parametrize(
    "text, person",
    [
        ("Cheuk Hau-yip, the commander of Kowloon West district, said: \u201cThey are criminals.\u201d", "Cheuk Hau-yip"),
        ("Taiwan\u2019s incumbent president, Tsai Ing-wen, said the island would not bow to pressure.", "Tsai Ing-wen"),
    ],
)
def test_hyphenated_name_is_a_person(parse_with_actors, text, person):
    _, table = parse_with_actors([text])
    assert names(table).get(person) == "person"


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        (["Ms Persson said: \u201cI would like to emphasise that the case is closed.\u201d"], "Persson"),
        (["\u201cI think, Mr. Ranking Member, that would be very difficult,\u201d Bridenstine said."], None),
    ],
)
def test_lone_surname_after_an_honorific_is_a_person(parse_with_actors, paragraphs, name):
    _, table = parse_with_actors(paragraphs)
    people = [a.name for a in table.of_kind("person") if " " not in a.name and a.name != "Bridenstine"]
    assert people == ([name] if name else [])


# --- people who share a surname -------------------------------------------------------------

BIDENS = [
    "President Joe Biden spoke in Ohio on Monday.",
    "First lady Jill Biden visited a school in Texas.",
    "Biden said he would sign the bill.",
    "Later, Biden told reporters she was proud of the teachers.",
    "Mrs. Biden has taught for decades.",
]


@pytest.mark.parametrize("paragraph, name", [(3, "Joe Biden"), (4, "Jill Biden"), (5, "Jill Biden")])
def test_a_shared_surname_goes_to_the_person_its_gender_cue_fits(parse_with_actors, paragraph, name):
    _, table = parse_with_actors(BIDENS)
    holders = [a.name for a in table.actors if paragraph in [m.paragraph for m in a.mentions]]
    assert holders == [name]


def test_a_shared_surname_with_no_cue_between_two_people_named_together_stays_unlinked(parse_with_actors):
    _, table = parse_with_actors(["Joe Biden and Jill Biden arrived in Delaware.", "Biden waved to the crowd."])
    assert all(2 not in [m.paragraph for m in a.mentions] for a in table.actors)
    assert "Biden" not in names(table)


def test_a_suffix_makes_another_person(parse_with_actors):
    _, table = parse_with_actors([
        "Former President Donald Trump and his son Donald Trump Jr. spoke at the rally.",
        "Trump Jr. praised his father.",
        "Trump said the election was rigged.",
    ])
    father, son = actor(table, "Donald Trump"), actor(table, "Donald Trump Jr.")
    assert father.id != son.id
    assert [m.paragraph for m in son.mentions] == [1, 2]
    assert [m.paragraph for m in father.mentions] == [1, 3]
    assert "Donald Trump" not in son.aliases


def test_a_title_before_a_shared_surname_picks_the_person_with_that_title(parse_with_actors):
    _, table = parse_with_actors([
        "Senator Mark Kelly and his wife, former Rep. Gabby Giffords, met voters.",
        "Laura Kelly, the governor of Kansas, spoke next.",
        "Sen. Kelly thanked the crowd.",
    ])
    assert 3 in [m.paragraph for m in actor(table, "Mark Kelly").mentions]
    assert 3 not in [m.paragraph for m in actor(table, "Laura Kelly").mentions]


def test_a_hypocorism_in_one_document_is_the_same_person(parse_with_actors):
    _, table = parse_with_actors(["Joseph R. Biden was sworn in on Wednesday.", "Joe Biden then signed orders."])
    assert actor(table, "Joe Biden").id == actor(table, "Joseph R. Biden").id


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Former President Donald Trump called President Joe Biden “Crooked Joe Biden” at the rally."],
        ["President Joe Biden spoke on Monday.", "Defending Joe Biden was the theme of the convention."],
    ],
)
def test_a_quoted_epithet_or_a_headline_word_is_no_new_person(parse_with_actors, paragraphs):
    _, table = parse_with_actors(paragraphs)
    assert [a.name for a in table.actors if a.kind == "person" and "Biden" in a.name] == ["Joe Biden"]


def test_a_place_is_no_surname(parse_with_actors):
    _, table = parse_with_actors([
        "Ella Washington, a voter, said the race was close.",
        "Washington has sent aid to Ukraine, the United States said.",
    ])
    assert "Ella Washington" not in actor(table, "United States").aliases
    assert 2 not in [m.paragraph for m in actor(table, "Ella Washington").mentions]


def test_an_ex_title_gives_no_alias_with_leading_punctuation(parse_with_actors):
    _, table = parse_with_actors(["The ex-President Donald Trump spoke at the rally on Saturday."])
    aliases = actor(table, "Donald Trump").aliases
    assert "President Donald Trump" in aliases
    assert all(a[:1].isalnum() for a in aliases)


def test_a_style_written_as_part_of_the_name_stays_in_it(parse_with_actors):
    _, table = parse_with_actors([
        "Bangladesh Prime Minister Sheikh Hasina said on Sunday that the protests would end.",
        "Hasina has ruled since 2009.",
    ])
    hasina = actor(table, "Hasina")
    assert (hasina.name, hasina.kind) == ("Sheikh Hasina", "person")
    assert [m.paragraph for m in hasina.mentions] == [1, 2]


def test_a_relative_with_a_fitting_name_is_another_person(parse_with_actors):
    _, table = parse_with_actors([
        "Colombian Football Federation president Ramón Jesurún was arrested after the final on Sunday.",
        "The federation president’s 43-year-old son, Ramón Jamil Jesurún, was arrested on the same charges.",
    ])
    assert actor(table, "Ramón Jesurún").id != actor(table, "Ramón Jamil Jesurún").id


@pytest.mark.parametrize(
    "text, person",
    [
        # a three-part name the model cuts in two
        ("Director Francis Ford Coppola said the film cost $120 million, and Coppola paid for it.",
         "Francis Ford Coppola"),
        # a name the model takes for an organisation, with a plural-looking surname: 'said she' vouches
        ("Oscar winner Cate Spiers said she loved the script. Spiers said she would return.", "Cate Spiers"),
    ],
)
def test_people_the_model_splits_or_mislabels_are_one_person(parse_with_actors, text, person):
    _, table = parse_with_actors([text])
    assert names(table).get(person) == "person", names(table)
    assert len([a for a in table.actors if a.kind == "person"]) == 1


@pytest.mark.parametrize(
    "text, organization",
    [
        ("The Boston Celtics said he was traded on Monday, Ron Dale said.", "Boston Celtics"),
        ("Delta Air Lines said it would cancel 300 flights, Ron Dale said.", "Delta Air Lines"),
    ],
)
def test_an_organization_with_a_pronoun_nearby_stays_one(parse_with_actors, text, organization):
    _, table = parse_with_actors([text])
    assert names(table).get(organization) == "organization", names(table)



@pytest.mark.parametrize(
    "paragraphs, full",
    [
        (["Chinese Foreign Minister Zhang Wei hosted the talks in Beijing on Monday.",
          "“The core result is that both sides will share one government,” Zhang said."], "Zhang Wei"),
        (["Vice Premier Wang Lin opened the forum in Shanghai.", "Wang told delegates that trade had grown."], "Wang Lin"),
    ],
)
def test_a_family_name_written_first_joins_the_full_name(parse_with_actors, paragraphs, full):
    _, table = parse_with_actors(paragraphs)
    person = actor(table, full.split()[0])
    assert (person.name, person.kind) == (full, "person")
    assert 2 in [m.paragraph for m in person.mentions]



@pytest.mark.parametrize(
    "word, kind, expected",
    [
        ("Zhang", "organization", True),  # a family name, no first name: may open a full name
        ("Kamala", "person", True),  # the text itself uses the first name alone
        ("Laura", "organization", False),  # a first name the model called a body
        ("Apple", "organization", False),  # no family name: a body of its own
        ("Austin", "location", False),  # a known place
        ("Zhang", "country", False),
    ],
)
def test_which_lone_words_may_stand_for_the_full_name_they_open(word, kind, expected):
    doc = spacy.blank("en")(word)
    assert _may_be_first_word(Mention(1, doc[0:1], kind, word)) is expected
