"""Seats of government standing for their country."""
from __future__ import annotations

import pytest

from actor_helpers import actor, names


@pytest.mark.parametrize(
    "text, country, seat",
    [
        ("Tokyo is also seeking a stronger relationship with NATO.", "Japan", "Tokyo"),
        ("It was one of five missile tests conducted by Pyongyang in ten days.", "North Korea", "Pyongyang"),
        ("He cited Moscow's threat to use nuclear weapons.", "Russia", "Moscow"),
    ],
)
def test_acting_capital_stands_for_its_country(parse_with_actors, text, country, seat):
    _, table = parse_with_actors([f"Officials from {country} met on Monday.", text])
    assert actor(table, seat).name == country
    assert seat not in names(table)


def test_acting_capital_of_an_unnamed_country_stays_a_location(parse_with_actors):
    _, table = parse_with_actors(["Cities like London have cleaner air than Delhi, the study found."])
    assert "United Kingdom" not in names(table)


def test_capital_as_a_place_stays_a_location(parse_with_actors):
    _, table = parse_with_actors(["Kishida attended the alliance's 2022 event in Madrid."])
    assert names(table).get("Madrid") == "location"
    assert "Spain" not in names(table)


@pytest.mark.parametrize(
    "paragraphs, seat, name",
    [
        (["China said it is committed to the formula.", "Protesters see eroding autonomy under Beijing."], "Beijing", "China"),
        (["Vietnam is a critic of China.", "Vietnam has accused Beijing of encroaching into its waters."], "Beijing", "China"),
        (["China and the US held talks.", "CNBC reported that the mood in Beijing was pessimistic."], "Beijing", "Beijing"),
        (["Japan joined the talks.", "Officials flew to Tokyo on Monday."], "Tokyo", "Tokyo"),
    ],
)
def test_capital_in_dealings_stands_for_its_country(parse_with_actors, paragraphs, seat, name):
    _, table = parse_with_actors(paragraphs)
    assert actor(table, seat).name == name
