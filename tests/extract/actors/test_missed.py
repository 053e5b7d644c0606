"""Names the model leaves out or mislabels: listed organisations, outlets, introduced names, repeats, bare bodies."""
from __future__ import annotations

import pytest

from actor_helpers import actor, names


def test_a_name_introduced_by_a_kind_of_organisation_is_one(parse_with_actors):
    _, table = parse_with_actors([
        "The doctors, members of a recently formed group Doctors for Camp Closure, have offered to run a clinic.",
        "The company Monday said profits rose, and the group New York-based activists joined.",
    ])
    assert names(table).get("Doctors for Camp Closure") == "organization"
    assert not {"Monday", "New York-based"} & set(names(table))


def test_an_outlet_named_by_its_web_address_is_an_organisation(parse_with_actors):
    _, table = parse_with_actors(
        [
            "Sources in the camp told Polygraph.info the claims are false.",
            "Amazon.com said sales rose, and example.com and Foo.com/bar were not asked.",
        ]
    )
    assert {"Polygraph.info": "organization", "Amazon.com": "organization"}.items() <= names(table).items()
    assert not {"example.com", "Foo.com/bar", "Foo.com"} & set(names(table))


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        (
            ["Northrop Grumman said it would bid.",
             "The only other entity to confirm it has bid is the “national team” led by Blue Origin that "
             "includes Draper, Lockheed Martin, and Northrop Grumman."],
            "Lockheed Martin",
        ),
        (
            ["In July, NASA awarded the first contracts to companies Astrobotic, Intuitive Machines and Orbit Beyond."],
            "Astrobotic",
        ),
        (
            ["A few of the new additions - Blue Origin, Sierra Nevada Corporation and SpaceX - are notable."],
            "SpaceX",
        ),
    ],
)
def test_name_listed_with_organizations_is_an_organization(parse_with_actors, paragraphs, name):
    _, table = parse_with_actors(paragraphs)
    assert names(table).get(name) == "organization"


@pytest.mark.parametrize(
    "paragraphs, name, kind",
    [
        (
            ["The lawsuit names Google, Facebook and Mark Zuckerberg.", "Zuckerberg declined to comment."],
            "Mark Zuckerberg",
            "person",
        ),
        (
            ["Doctors offered to set up a clinic at the San Ysidro, California, Customs and Border Protection "
             "processing facility."],
            "California",
            "location",
        ),
    ],
)
def test_name_listed_with_organizations_keeps_its_kind(parse_with_actors, paragraphs, name, kind):
    _, table = parse_with_actors(paragraphs)
    assert names(table).get(name) == kind


def test_untagged_repeats_of_an_organization_join_it(parse_with_actors):
    paragraphs = [
        "NASA enlisted the commercial upstarts, Elon Musk\u2019s SpaceX among them, to prepare bids.",
        "A few of the new additions - Blue Origin, Sierra Nevada Corporation and SpaceX - are notable.",
    ]
    _, table = parse_with_actors(paragraphs)
    assert [m.paragraph for m in actor(table, "SpaceX").mentions] == [1, 2]


@pytest.mark.parametrize(
    "paragraphs, body",
    [
        (["Hong Kong police have laid siege to a university.", "The city\u2019s police deny accusations of brutality."], "Hong Kong police"),
        (["Hong Kong police have laid siege to a university.", "Police said the students had no option."], "Hong Kong police"),
        (["Hong Kong police have laid siege to a university.", "Riot police fired tear gas."], None),
        (["Hong Kong police and British police met.", "The police said nothing."], None),
    ],
)
def test_bare_body_noun_is_the_only_body_named(parse_with_actors, paragraphs, body):
    _, table = parse_with_actors(paragraphs)
    found = table.resolve("police")
    assert (found.name if found else None) == body
