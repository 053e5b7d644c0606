"""The actor table: occurrences, resolution of titled and possessive forms, body paragraphs only."""
from __future__ import annotations

from actor_helpers import names
from briefing.extract.actors import extract_actors
from briefing.model import Document, Paragraph
from briefing.nlp import parse_documents


def test_resolve_titled_and_possessive_forms(parse_with_actors):
    _, table = parse_with_actors(["Rudy Priem, director of government relations at Raytheon Technologies, spoke."])
    assert table.resolve("Mr. Priem").name == "Rudy Priem"
    assert table.resolve("Rudy Priem's").name == "Rudy Priem"
    assert table.resolve("Director Priem").name == "Rudy Priem"


def test_occurrences_are_exact_spans_of_the_paragraph(parse_with_actors):
    paragraphs = [
        "In October, North Korea launched a ballistic missile over Japan, Kishida said.",
        "Fumio Kishida met Jun Nagashima at the National Defense Academy in Japan.",
    ]
    _, table = parse_with_actors(paragraphs)
    assert table.occurrences
    for occ in table.occurrences:
        assert paragraphs[occ.paragraph - 1][occ.start : occ.end] == occ.text
        assert table.get(occ.actor_id) is not None


def test_actors_come_from_body_paragraphs_only(nlp):
    document = Document(
        id="c",
        source="c.txt",
        title="Japan Seeks Deeper Defense Ties with NATO",
        caption="Ships conduct an exercise with the Japan Maritime Self-Defense Force.",
        paragraphs=[Paragraph(1, "Japan has been building its collaboration with NATO for a decade.")],
    )
    parsed = next(parse_documents([document], nlp=nlp))
    table = extract_actors(parsed)
    assert "Japan Maritime Self-Defense Force" not in names(table)
    assert all(a.mentions for a in table.actors)


def test_other_spellings_of_a_name_are_aliases(parse_with_actors):
    _, table = parse_with_actors([
        "CrowdStrike said the update was faulty.",
        "Crowdstrike says Falcon is designed to protect files saved in the cloud.",
        "CrowdStrike apologized on Friday.",
    ])
    crowdstrike = table.resolve("CrowdStrike")
    assert (crowdstrike.name, crowdstrike.aliases) == ("CrowdStrike", ["Crowdstrike"])
