"""What an entry names is found by id, name, alias or text; several matches are all returned."""
from __future__ import annotations

import pytest

from briefing.corrections.find import find_entities, find_passages, find_terms, follow, uncovered
from briefing.model import Actor, Quote, Term

ACTORS = [
    Actor(id="john-smith", name="John Smith", kind="person", aliases=["Smith", "J. Smith"]),
    Actor(id="mary-smith", name="Mary Smith", kind="person", aliases=["Smith"]),
    Actor(id="raytheon-technologies", name="Raytheon Technologies", kind="organization", aliases=["Raytheon"]),
]


@pytest.mark.parametrize(
    "ref, expected",
    [
        ("john-smith", ["john-smith"]),            # the id
        ("John Smith", ["john-smith"]),            # the name
        ("  john   SMITH ", ["john-smith"]),       # any case and spacing
        ("J. Smith", ["john-smith"]),              # an alias
        ("Smith", ["john-smith", "mary-smith"]),   # two actors: both, never a guess
        ("raytheon", ["raytheon-technologies"]),   # an alias, folded
        ("j-smith", ["john-smith"]),               # the slug of an alias: an id a longer name replaced
        ("Jon Smith", []),
        ("", []),
    ],
)
def test_actors_are_found_by_id_name_alias_or_slug(ref, expected):
    assert [ACTORS[i].id for i in find_entities(ACTORS, ref, {})] == expected


def test_an_id_merged_away_leads_to_its_new_actor():
    redirects = {"smith": "j-smith", "j-smith": "john-smith"}
    assert follow(redirects, "smith") == "john-smith"
    assert [ACTORS[i].id for i in find_entities(ACTORS, "smith", redirects)] == ["john-smith"]
    assert follow({"a": "b", "b": "a"}, "a") in {"a", "b"}  # a loop ends


QUOTES = [
    Quote(id="q-1", text="We will not back down", speaker=None, speaker_name="x", document="d", paragraph=1),
    Quote(id="q-2", text="We will  respond", speaker=None, speaker_name="x", document="d", paragraph=2),
]


@pytest.mark.parametrize(
    "ref, expected",
    [("q-2", ["q-2"]), ("not back", ["q-1"]), ("will respond", ["q-2"]), ("We will", ["q-1", "q-2"]), ("we will not", [])],
)
def test_quotes_are_found_by_id_or_a_piece_of_their_text(ref, expected):
    assert [QUOTES[i].id for i in find_passages(QUOTES, ref)] == expected


def test_terms_are_found_by_abbreviation_and_optionally_expansion():
    glossary = [Term("CNAD", "Conference of National Armaments Directors", "d", 1), Term("CNAD", "Other", "e", 2)]
    assert find_terms(glossary, "cnad") == [0, 1]
    assert find_terms(glossary, "CNAD", "other") == [1]
    assert find_terms(glossary, "NIAG") == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Smith said so.", True),
        ("John Smith said so.", False),        # only inside the longer name
        ("John Smith met Smith.", True),
        ("Smithson said so.", False),          # not a whole word
    ],
)
def test_an_alias_counts_only_outside_the_longer_names(text, found):
    assert uncovered(text, "Smith", ["John Smith", "J. Smith"]) is found
