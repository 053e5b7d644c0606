"""The world lexicon: countries by name or alias, seats of government, demonyms, regions."""
from __future__ import annotations

import pytest

from briefing.extract import gazetteer


@pytest.mark.parametrize(
    "name, country",
    [
        ("United States", "United States"),
        ("U.S.", "United States"),
        ("the United States", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("DPRK", "North Korea"),
        ("People\u2019s Republic of China", "China"),
        ("us", None),
        ("Tokyo", None),
        ("Japanese", None),
    ],
)
def test_country_by_name_or_alias(name, country):
    found = gazetteer.country(name)
    assert (found.name if found else None) == country


@pytest.mark.parametrize(
    "name, country",
    [("Tokyo", "Japan"), ("Pyongyang", "North Korea"), ("Moscow", "Russia"), ("Brussels", None), ("Geneva", None)],
)
def test_seat_of_government(name, country):
    found = gazetteer.seat_of(name)
    assert (found.name if found else None) == country


@pytest.mark.parametrize("word, expected", [("Japanese", True), ("North Korean", True), ("Japan", False), ("NATO", False)])
def test_demonym(word, expected):
    assert gazetteer.is_demonym(word) is expected


@pytest.mark.parametrize("name, expected", [("Indo-Pacific", True), ("the Middle East", True), ("Japan", False)])
def test_region(name, expected):
    assert gazetteer.is_region(name) is expected


def test_every_country_has_a_unique_name():
    names = [c.name for c in gazetteer.countries()]
    assert len(names) == len(set(names)) >= 190
