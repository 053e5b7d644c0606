"""The actor table: occurrences, resolution of titled and possessive forms, body paragraphs and the photo caption."""
from __future__ import annotations

import pytest

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


def test_names_in_the_photo_caption_are_actors_with_a_caption_ref(nlp):
    document = Document(
        id="c",
        source="c.txt",
        title="Harbor Talks Resume",
        caption="Sailors of the Royal Canadian Navy greet Anita Ruelle at the pier in Halifax.",
        paragraphs=[Paragraph(1, "Anita Ruelle, the mayor, said the talks would resume in May.")],
    )
    parsed = next(parse_documents([document], nlp=nlp))
    table = extract_actors(parsed)
    navy = table.resolve("Royal Canadian Navy")
    assert navy is not None and navy.kind == "organization"
    assert [m.to_dict() for m in navy.mentions] == [{"document": "c", "paragraph": 1, "part": "caption"}]
    mayor = table.resolve("Anita Ruelle")
    assert [(m.paragraph, m.part) for m in mayor.mentions] == [(1, None), (1, "caption")]
    assert all(occ.paragraph == 1 and occ.text != "Royal Canadian Navy" for occ in table.occurrences)  # body only


def test_a_document_without_caption_has_body_refs_only(parse_with_actors):
    _, table = parse_with_actors(["Anita Ruelle, the mayor, said the talks would resume in May."])
    assert all(m.part is None for a in table.actors for m in a.mentions)


def test_other_spellings_of_a_name_are_aliases(parse_with_actors):
    _, table = parse_with_actors([
        "CrowdStrike said the update was faulty.",
        "Crowdstrike says Falcon is designed to protect files saved in the cloud.",
        "CrowdStrike apologized on Friday.",
    ])
    crowdstrike = table.resolve("CrowdStrike")
    assert (crowdstrike.name, crowdstrike.aliases) == ("CrowdStrike", ["Crowdstrike"])


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "  "])
def test_odd_spaces_inside_a_name_make_no_second_actor(parse_with_actors, space):
    _, table = parse_with_actors([f"Lena Ortiz said the Royal{space}Navy would lead the Royal Navy team."])
    assert [a.name for a in table.actors if "Navy" in a.name] == ["Royal Navy"]
