"""Which abbreviation definitions a page gets: the abbreviations it shows as whole words."""
from __future__ import annotations

import re

import pytest
from jinja2 import DictLoader, Environment

from briefing.render.abbreviations import AbbreviationsUsed

DEFINITIONS = {"NATO": "North Atlantic Treaty Organization", "UN": "United Nations", "UNSC": "UN Security Council",
               "F35": "a fighter", "3D": "three-dimensional", "iOS": "an operating system"}


def used(text: str, definitions: dict[str, str] = DEFINITIONS, templates: dict[str, str] | None = None) -> list[str]:
    env = Environment(loader=DictLoader(templates or {"page.j2": "{{ page.name }}"}))
    return list(AbbreviationsUsed(definitions, env).on(text))


def words_way(text: str, definitions: dict[str, str]) -> list[str]:
    """The plain way: every run of letters and digits, kept when it is defined."""
    return sorted(set(re.findall(r"[A-Za-z0-9]+", text)) & definitions.keys())


@pytest.mark.parametrize("text, expected", [
    ("NATO and the UN met", ["NATO", "UN"]),
    ("the UNSC voted", ["UNSC"]),
    ("UNSC, UN and NATO", ["NATO", "UN", "UNSC"]),
    ("'NATO'", ["NATO"]),
    ("(F35)", ["F35"]),
    ("a 3D map", ["3D"]),
    ("on iOS", ["iOS"]),
    ("x_NATO and NATO_x", ["NATO"]),
    ("NATO", ["NATO"]),
    # negative cases: inside a longer word, another case, or not there at all
    ("NATOs UNITED xUN UN5 F350", []),
    ("nato un unsc ios", []),
    ("", []),
])
def test_an_abbreviation_counts_only_as_a_whole_word(text, expected):
    assert used(text) == expected


def test_the_definitions_come_with_the_abbreviations_found_in_order():
    env = Environment(loader=DictLoader({"page.j2": ""}))
    found = AbbreviationsUsed(DEFINITIONS, env).on("UN then NATO", "a title with F35")
    assert found == {"F35": "a fighter", "NATO": "North Atlantic Treaty Organization", "UN": "United Nations"}


def test_the_templates_own_words_are_always_used():
    assert used("nothing here", templates={"page.j2": "Ask the UN"}) == ["UN"]
    assert used("nothing here", templates={"page.j2": "Ask the UNited"}) == []


def test_a_definition_that_is_no_single_word_is_never_used():
    assert used("the F-35 and NATO", {"F-35": "a fighter", "NATO": "x"}) == ["NATO"]


def test_no_definitions_find_nothing():
    assert used("NATO", {}) == []


@pytest.mark.parametrize("text", [
    "{'name': 'NATO', 'quotes': ['the UN’s UNSC', \"F35\\nNATO\"], 'n': 3}",
    "Überblick NATO–UN: ÉU 3D_3D iOS/F35 __UN__ NATO9 9NATO",
    "\u00a0NATO\u2009UN\tF35",
])
def test_the_same_as_splitting_the_text_into_words(text):
    assert used(text) == words_way(text, DEFINITIONS)
