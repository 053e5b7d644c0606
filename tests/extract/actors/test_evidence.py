"""Person evidence for names the model tags as organisations or misses."""
from __future__ import annotations

import pytest

from actor_helpers import names

from briefing.extract.actors import extract_actors
from briefing.nlp import ParsedDocument


@pytest.mark.parametrize(
    "paragraphs, person",
    [
        # a relative 'who' on the name (the model tags 'Brenčič' as an organisation)
        (["The climb looked easy for Brenčič who attacked twice on the last ascent.", "Brenčič won by a minute."],
         "Brenčič"),
        # a reflexive bound by the name as the subject of its clause
        (["Kovačić pushed herself to the limit on the final climb.", "Kovačić finished second."], "Kovačić"),
        # the full name after a first name ('Nadia' is in no list of English given names), both tagged
        # as organisations
        (["Okonkwo earns $7 million from endorsements.", "Nadia Okonkwo won three medals in Paris."],
         "Nadia Okonkwo"),
    ],
)
def test_a_name_the_text_shows_is_a_persons_is_a_person(parse_with_actors, paragraphs, person):
    _, table = parse_with_actors(paragraphs)
    assert names(table).get(person) == "person", names(table)
    assert not any(kind == "organization" for kind in names(table).values()), names(table)


@pytest.mark.parametrize(
    "paragraphs, organization",
    [
        # 'it' and 'which' refer to a thing
        (["Nexora said it would cut 300 jobs. Nexora, which makes chips, lost money.", "Nexora shares fell."],
         "Nexora"),
        # a pronoun in a reported clause may mean anyone
        (["Hamas said he was killed in a strike on Monday.", "Hamas fired rockets."], "Hamas"),
        # 'himself' in a reported clause is bound by that clause's subject
        (["Hezbollah said the commander had killed himself.", "Hezbollah denied it."], "Hezbollah"),
    ],
)
def test_an_organisation_without_person_evidence_stays_one(parse_with_actors, paragraphs, organization):
    _, table = parse_with_actors(paragraphs)
    assert names(table).get(organization) == "organization", names(table)


def _with_entities(parse, paragraphs: list[str], entities: list[tuple[int, str, str]]) -> ParsedDocument:
    """The parsed paragraphs with the model's entities replaced by `entities` ((paragraph,
    text, label)): what the model tags on other texts, on a sentence we write."""
    parsed = parse(paragraphs)
    for n, doc in enumerate(parsed.docs, start=1):
        spans = []
        for p, text, label in entities:
            if p == n:
                start = doc.text.index(text)
                spans.append(doc.char_span(start, start + len(text), label=label))
        doc.ents = spans
    return parsed


def test_a_full_name_the_model_missed_after_a_first_name_is_the_person(parse):
    # the model tags neither 'Tessa Okafor' before 'level' nor 'Okafor' as a person
    parsed = _with_entities(
        parse,
        ["You have to be Tessa Okafor level to get that money.", "Okafor earns $7 million from endorsements."],
        [(2, "Okafor", "ORG")],
    )
    table = extract_actors(parsed)
    assert names(table) == {"Tessa Okafor": "person"}
    assert table.resolve("Okafor").name == "Tessa Okafor"


@pytest.mark.parametrize(
    "paragraphs, entities, organization",
    [
        # the word after the first name is a given name too: a brand named after its founder
        (["She wore a Nadia Lauren dress.", "Lauren sells dresses."], [(2, "Lauren", "ORG")], "Lauren"),
        # a run of capitalised words is another name
        (["She went to Tessa Okafor Hospital.", "Okafor treated 300 patients."], [(2, "Okafor", "ORG")], "Okafor"),
        # an article before a mention: a thing
        (["You have to be Tessa Okafor level.", "The Okafor earns $7 million."], [(2, "Okafor", "ORG")], "Okafor"),
    ],
)
def test_no_full_name_is_made_without_evidence(parse, paragraphs, entities, organization):
    table = extract_actors(_with_entities(parse, paragraphs, entities))
    assert names(table).get(organization) == "organization", names(table)
    assert not any(kind == "person" for kind in names(table).values())


def test_an_owner_that_its_refers_back_to_stays_an_organisation(parse_with_actors):
    # 'owner' is a role word, but 'its' shows a thing
    _, table = parse_with_actors([
        "Search giant owner Quillon is in talks to buy a startup for $2 billion.",
        "In March, Quillon bought a cybersecurity firm as part of its efforts to grow.",
    ])
    assert names(table).get("Quillon") == "organization", names(table)
