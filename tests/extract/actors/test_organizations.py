"""Organisations: acronyms, short and long forms, inverted names, legal forms."""
from __future__ import annotations

import pytest

from actor_helpers import actor
from briefing.extract.actors import extract_actors
from briefing.model import Term


def test_acronym_joins_its_expansion(parse):
    parsed = parse(
        ["Japan could participate in the NATO Industrial Advisory Group, or NIAG.", "The NIAG connects industry representatives."]
    )
    glossary = [Term("NIAG", "NATO Industrial Advisory Group", "t", 1)]
    table = extract_actors(parsed, glossary=glossary)
    group = actor(table, "NIAG")
    assert group.name == "NATO Industrial Advisory Group"
    assert "NIAG" in group.aliases


def test_acronym_of_a_concept_is_no_actor(parse):
    parsed = parse(["NATO refers to artificial intelligence and quantum computing as emerging and disruptive technologies, or EDTs."])
    glossary = [Term("EDTs", "emerging and disruptive technologies", "t", 1)]
    table = extract_actors(parsed, glossary=glossary)
    assert table.resolve("EDTs") is None


@pytest.mark.parametrize(
    "paragraphs, short, canonical",
    [
        (
            ["Rudy Priem works at Raytheon Technologies.", "The interceptor was built by Raytheon and Mitsubishi Heavy Industries."],
            "Raytheon",
            "Raytheon Technologies",
        ),
        (
            ["The Japanese Ministry of Defense has requested more money.", "The Ministry of Defense said the budget will grow."],
            "Ministry of Defense",
            "Japanese Ministry of Defense",
        ),
    ],
)
def test_short_form_joins_long_form(parse_with_actors, paragraphs, short, canonical):
    _, table = parse_with_actors(paragraphs)
    assert actor(table, short).name == canonical


@pytest.mark.parametrize(
    "paragraphs, short, canonical",
    [
        (
            ["The Department of Homeland Security declined to comment.", "A DHS spokesperson said the rules would change."],
            "DHS",
            "Department of Homeland Security",
        ),
        (
            ["The California Public Utilities Commission opened an inquiry.", "The CPUC said it would hold hearings."],
            "CPUC",
            "California Public Utilities Commission",
        ),
    ],
)
def test_acronym_spelling_a_name_joins_it(parse_with_actors, paragraphs, short, canonical):
    _, table = parse_with_actors(paragraphs)
    assert actor(table, short).name == canonical


def test_inverted_department_name_is_the_same_body(parse_with_actors):
    _, table = parse_with_actors(
        ["The Department of Homeland Security declined to comment.", "The Homeland Security Department issued new rules."]
    )
    assert actor(table, "Homeland Security Department").name == "Department of Homeland Security"


def test_company_name_with_and_without_legal_form_is_one(parse_with_actors):
    _, table = parse_with_actors(
        ["NASA picked Sierra Nevada Corp. and Blue Origin.", "Sierra Nevada Corporation, Louisville, Colorado", "Sierra Nevada said it was pleased."]
    )
    assert actor(table, "Sierra Nevada Corp.").name == "Sierra Nevada Corporation"


def test_an_acronym_spells_a_name_before_its_last_and_part(parse_with_actors):
    _, table = parse_with_actors(["The US Centers for Disease Control and Prevention said cases rose.", "The CDC urged vaccination."])
    cdc = actor(table, "CDC")
    assert cdc.name == "US Centers for Disease Control and Prevention"
    assert [m.paragraph for m in cdc.mentions] == [1, 2]


@pytest.mark.parametrize(
    "paragraphs, name, alias",
    [
        (["The opposition NRM party won seats, Lena Holm said.", "The NRM said it would appeal."], "NRM", "NRM party"),
        (["The NRM won seats, Lena Holm said.", "Leaders of the NRM Party said it would appeal."], "NRM", "NRM Party"),
        (["The Freedom Alliance party won seats, Lena Holm said.", "The Freedom Alliance said it would appeal."],
         "Freedom Alliance", "Freedom Alliance party"),
    ],
)
def test_a_name_and_the_same_name_with_party_are_one_actor(parse_with_actors, paragraphs, name, alias):
    _, table = parse_with_actors(paragraphs)
    matching = [a for a in table.actors if {name, alias} & {a.name, *a.aliases}]
    assert len(matching) == 1 and {name, alias} <= {matching[0].name, *matching[0].aliases}


def test_a_name_and_a_longer_body_named_after_it_stay_apart(parse_with_actors):
    _, table = parse_with_actors(["The NRM won seats, Lena Holm said.", "The NRM Youth League said it would march."])
    assert len([a for a in table.actors if a.name.startswith("NRM")]) == 2
