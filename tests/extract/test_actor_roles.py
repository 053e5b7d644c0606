"""Roles of people: titles before the name and appositions around it, parsed with the real model."""
from __future__ import annotations

import pytest


def actor(table, name):
    found = table.resolve(name)
    assert found is not None, f"{name!r} not among {[a.name for a in table.actors]}"
    return found


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("Japanese Prime Minister Fumio Kishida attended the alliance's event in Madrid.", "Fumio Kishida", "Prime Minister"),
        ("U.S. Defense Secretary Lloyd Austin visited the base on Monday.", "Lloyd Austin", "Defense Secretary"),
        ("The move was praised by former President Barack Obama on Twitter.", "Barack Obama", "former President"),
        (
            "The organization connects industry, said Rudy Priem, director of government and NATO relations at Raytheon Technologies.",
            "Rudy Priem",
            "director of government and NATO relations at Raytheon Technologies",
        ),
        (
            "It is important to mitigate risk, Nobushige Takamizawa, former ambassador of Japan to the conference on disarmament in Geneva, said.",
            "Nobushige Takamizawa",
            "former ambassador of Japan to the conference on disarmament in Geneva",
        ),
        ("The company's chief executive, Jane Doe, said the plan is on track.", "Jane Doe", "company's chief executive"),
        ("The lander is based on a vehicle that the company's billionaire founder Jeff Bezos announced.", "Jeff Bezos", "founder"),
        ("The talks followed a meeting between Trump and Chinese vice-premier Liu He, officials said.", "Liu He", "vice-premier"),
        (
            "Investors asked whether WeWork's founder, Adam Neumann, had sold shares.",
            "Adam Neumann",
            "WeWork's founder",
        ),
    ],
)
def test_role_of_person(parse_with_actors, text, person, role):
    _, table = parse_with_actors([text])
    assert actor(table, person).roles[0] == role


@pytest.mark.parametrize(
    "text, person",
    [
        ("The company hired Jane Doe last year.", "Jane Doe"),
        ("Jane Doe, 45, was arrested on Tuesday.", "Jane Doe"),
        ("Analysts expect Peter Smith to win the vote in Ohio.", "Peter Smith"),
    ],
)
def test_no_role_without_title_or_apposition(parse_with_actors, text, person):
    _, table = parse_with_actors([text])
    assert actor(table, person).roles == []


def test_coordinated_roles_are_split(parse_with_actors):
    text = (
        "Collaboration is not limited to geographic distance, said Jun Nagashima, adjunct professor at the National "
        "Defense Academy in Japan and former liaison officer to NATO and the European Union."
    )
    _, table = parse_with_actors([text])
    assert actor(table, "Jun Nagashima").roles == [
        "adjunct professor at the National Defense Academy in Japan",
        "former liaison officer to NATO and the European Union",
    ]


def test_relative_clause_is_not_part_of_the_role(parse_with_actors):
    text = "Ian Hamilton, an expert in drug use at the University of York who did not work on the study, agreed."
    _, table = parse_with_actors([text])
    assert actor(table, "Ian Hamilton").roles == ["expert in drug use at the University of York"]


def test_title_before_name_gives_titled_alias(parse_with_actors):
    _, table = parse_with_actors(["Japanese Prime Minister Fumio Kishida attended the event."])
    assert "Prime Minister Fumio Kishida" in actor(table, "Fumio Kishida").aliases
