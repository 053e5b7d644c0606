"""Coordinations: split into their actors, or kept whole as one name."""
from __future__ import annotations

import pytest

from actor_helpers import actor, names


def test_coordinated_names_are_split_when_known(parse_with_actors):
    _, table = parse_with_actors(
        ["NASA builds the SLS rocket.", "The SLS and Orion are years late, NASA said.", "Orion will carry astronauts."]
    )
    assert "SLS and Orion" not in names(table)


def test_a_name_with_and_stays_whole_when_its_core_is_written_elsewhere(parse_with_actors):
    _, table = parse_with_actors(
        [
            '"The duty is paid to U.S. Customs and Border Protection at the border," Howard Gleckman has written.',
            "Customs and Border Protection typically requires payment within 10 days, Reuters reported.",
        ]
    )
    cbp = actor(table, "U.S. Customs and Border Protection")
    assert cbp.name == "U.S. Customs and Border Protection" and cbp.kind == "organization"
    assert [m.paragraph for m in cbp.mentions] == [1, 2]
    assert "U.S. Customs" not in names(table)


@pytest.mark.parametrize(
    "text, whole, fragments",
    [
        ("Agents from Customs and Border Protection seized the cargo.", "Customs and Border Protection", ["Customs", "Border Protection"]),
        ("Inspectors from Fish and Wildlife Service visited the farm.", "Fish and Wildlife Service", ["Fish", "Wildlife Service"]),
    ],
)
def test_organization_name_with_and_stays_whole(parse_with_actors, text, whole, fragments):
    _, table = parse_with_actors([text])
    assert whole in names(table)
    assert not any(f in names(table) for f in fragments)


@pytest.mark.parametrize(
    "text, both",
    [
        ("Boeing and Lockheed Martin Corporation signed the deal.", ["Boeing", "Lockheed Martin Corporation"]),
        ("Airbus and Space Development Agency officials agreed.", ["Airbus", "Space Development Agency"]),
    ],
)
def test_two_organizations_joined_by_and_stay_two(parse_with_actors, text, both):
    _, table = parse_with_actors([text])
    assert all(name in names(table) for name in both)


@pytest.mark.parametrize(
    "paragraphs, parts",
    [
        (["Hamas and Fatah have signed a deal in Beijing, Chinese officials said."], {"Hamas", "Fatah"}),
        (["The FBI and DHS warned of threats.", "The FBI said it was investigating."], {"FBI", "DHS"}),
        (["The House and Senate were out of session when the vote was called."], {"House", "Senate"}),
        (["President Joe Biden and Vice President Kamala Harris spoke.", "Biden and Harris met in the Oval Office."],
         {"Joe Biden", "Kamala Harris"}),
        (["Hamas and Fatah met in Cairo.", "Hamas and Fatah talked.", "Hamas later rejected the plan."], {"Hamas", "Fatah"}),
    ],
)
def test_two_actors_joined_by_and_are_split(parse_with_actors, paragraphs, parts):
    _, table = parse_with_actors(paragraphs)
    assert parts <= set(names(table))
    assert not [n for n in names(table) if " and " in n]


@pytest.mark.parametrize(
    "text, parts",
    [
        ("The lab grew alongside American rivals like Veltrix and Norbright.", {"Veltrix", "Norbright"}),
        ("Chipmakers such as Veltrix and Norbright raised prices.", {"Veltrix", "Norbright"}),
    ],
)
def test_two_names_given_as_examples_of_a_kind_are_split(parse_with_actors, text, parts):
    _, table = parse_with_actors([text])
    assert parts <= set(names(table))
    assert not [n for n in names(table) if " and " in n]


@pytest.mark.parametrize(
    "text, whole",
    [
        ("She bought a rifle from a gunmaker like Smith and Wesson.", "Smith and Wesson"),  # one noun: no kind
        ("The Centers for Disease Control and Prevention, like other agencies, said cases rose.",
         "Centers for Disease Control and Prevention"),
    ],
)
def test_a_name_with_and_after_no_plural_kind_stays_whole(parse_with_actors, text, whole):
    _, table = parse_with_actors([text])
    assert whole in names(table)


@pytest.mark.parametrize(
    "text, whole",
    [
        ("The Centers for Disease Control and Prevention said cases rose.", "Centers for Disease Control and Prevention"),
        ("Procter & Gamble is raising prices again this year.", "Procter & Gamble"),
        ("Dolce & Gabbana opened a store in Milan.", "Dolce & Gabbana"),
    ],
)
def test_a_fixed_name_with_and_stays_whole(parse_with_actors, text, whole):
    _, table = parse_with_actors([text])
    assert whole in names(table)


def test_a_place_with_and_inside_stays_whole_when_one_side_is_no_name(parse_with_actors):
    _, table = parse_with_actors(["Storms swept Northern and Southern California."])
    assert names(table).get("Northern and Southern California") == "location"


def test_a_country_word_before_one_word_and_a_body_joins_them(parse_with_actors):
    _, table = parse_with_actors(["Ninety giant African snails were confiscated by US Customs and Border Protection at "
                                  "the Detroit Metropolitan Airport late last month, the agency said."])
    assert "US Customs and Border Protection" in names(table)
    assert "US Customs" not in names(table)


@pytest.mark.parametrize("name", ["Harlow & Co.", "Brandt and Company"])
def test_a_company_and_its_legal_form_stay_one_name(parse_with_actors, name):
    first = name.split()[0]
    _, table = parse_with_actors([f"{first} makes tractors.", f"{name} said profits rose."])
    assert "Co." not in names(table) and "Company" not in names(table)


@pytest.mark.parametrize(
    "text, parts, whole",
    [
        ("Warnings went out for parts of Orange and Riverside counties.", ["Orange", "Riverside"], "Orange and Riverside"),
    ],
)
def test_two_names_before_a_plural_noun_of_places_are_two(parse_with_actors, text, parts, whole):
    _, table = parse_with_actors([text])
    found = names(table)
    assert all(p in found for p in parts) and whole not in found

