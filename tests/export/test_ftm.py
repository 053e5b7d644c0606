"""FollowTheMoney entities: valid by the `followthemoney` package, each with its source document."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from followthemoney import model

from briefing.export.ftm import entities
from briefing.graph import RelationGraph
from briefing.model import Actor, Briefing, Document, Paragraph, Quote, Ref


@pytest.fixture(scope="module")
def lines(seed_docs) -> list[dict]:
    text = (seed_docs / "exports" / "entities.ftm.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_every_entity_is_valid_and_complete(lines):
    for data in lines:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract, data["schema"]
        assert schema.validate(data) is None
        assert set(schema.required) <= set(data["properties"]), (data["schema"], schema.required)
        proxy = model.get_proxy(data, cleaned=False)  # values clean again to themselves
        assert proxy.to_dict()["properties"] == data["properties"], data["id"]


def test_ids_are_unique_and_every_reference_resolves(lines):
    ids = [d["id"] for d in lines]
    assert len(ids) == len(set(ids))
    for data in lines:
        proxy = model.get_proxy(data)
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in set(ids), (data["id"], prop.name, value)


def test_one_entity_per_record(lines, seed_briefing):
    b = seed_briefing
    counts = Counter(d["schema"] for d in lines)
    kinds = Counter(a["kind"] for a in b["actors"])
    named = sum(1 for r in b["quotes"] + b["statements"] if r["speaker"])
    assert counts["Article"] == len(b["documents"])
    assert counts["Person"] == kinds["person"] and counts["Organization"] == kinds["organization"]
    assert counts["LegalEntity"] == kinds["country"] and counts["Address"] == kinds["location"]
    assert counts["Mention"] == sum(len({m["document"] for m in a["mentions"]}) for a in b["actors"])
    assert counts["Documentation"] == named and counts["Note"] == len(b["quotes"]) + len(b["statements"]) - named
    assert counts["Event"] == len(b["events"]) and counts["Project"] == len(b["programs"])
    assert counts["UnknownLink"] == len(RelationGraph(Briefing.from_dict(b)).evidence)


def test_every_entity_names_its_source_document(lines):
    articles = {d["id"] for d in lines if d["schema"] == "Article"}
    for data in lines:
        props = data["properties"]
        if data["schema"] == "Article":
            continue
        sources = props.get("proof", []) + props.get("document", []) + props.get("entity", [])
        if data["schema"] == "ProjectParticipant":
            continue  # a participant belongs to its project, which has the proof
        assert set(sources) & articles, data


def test_actors_are_modelled_by_kind():
    document = Document("d", "d.txt", "Title", [Paragraph(1, "Japan, Madrid and Ann Lee of Acme.")], url="javascript:x")
    actors = [
        Actor("ann-lee", "Ann Lee", "person", roles=["envoy"], mentions=[Ref("d", 1)]),
        Actor("acme", "Acme", "organization", mentions=[Ref("d", 1)]),
        Actor("japan", "Japan", "country", mentions=[Ref("d", 1)]),
        Actor("madrid", "Madrid", "location", mentions=[Ref("d", 1)]),
    ]
    quote = Quote("q-1", "Hello", None, "an official", "d", 1)
    briefing = Briefing(documents=[document], actors=actors, quotes=[quote])
    found = {e.id: e for e in entities(briefing, RelationGraph(briefing))}
    assert found["actor-ann-lee"].schema.name == "Person" and found["actor-ann-lee"].get("position") == ["envoy"]
    assert found["actor-japan"].schema.name == "LegalEntity" and found["actor-japan"].get("country") == ["jp"]
    assert found["actor-madrid"].schema.name == "Address" and found["actor-madrid"].get("country") == []
    assert found["article-d"].get("sourceUrl") == []  # not a web address: left out
    assert found["quote-q-1"].schema.name == "Note" and found["quote-q-1"].get("entity") == ["article-d"]
    mentions = [e for e in found.values() if e.schema.name == "Mention"]
    assert {m.first("resolved") for m in mentions} == {"actor-ann-lee", "actor-acme", "actor-japan", None}


def test_long_values_are_cut_or_split_to_fit():
    paragraphs = [Paragraph(n, f"paragraph {n} " + "word " * 8000) for n in range(1, 4)]  # 40,000 characters each
    document = Document("d", "d.txt", "T" * 2000, paragraphs)
    briefing = Briefing(documents=[document])
    (article,) = entities(briefing, RelationGraph(briefing))
    assert len(article.get("bodyText")) == 3
    assert len(article.first("title")) == model.get("Article").properties["title"].max_length
    assert model.get("Article").validate(article.to_dict()) is None
