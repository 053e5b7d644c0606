"""briefing.json follows the published contract, and every item points at a real paragraph."""
from __future__ import annotations

import json

from pathlib import Path

import jsonschema

SCHEMA = Path(__file__).resolve().parents[1] / "briefing" / "data" / "briefing.schema.json"


def test_briefing_json_validates_against_the_schema(seed_briefing):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(seed_briefing, schema)


def test_an_invalid_briefing_is_rejected():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    bad = {"schema": "briefing/1", "documents": [], "actors": [{"id": "x"}], "quotes": [], "events": [],
           "programs": [], "glossary": []}
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError:
        return
    raise AssertionError("an actor without name/kind was accepted")


def _paragraphs(briefing):
    return {(d["id"], p["n"]): p["text"] for d in briefing["documents"] for p in d["paragraphs"]}


def test_every_reference_names_an_existing_paragraph(seed_briefing):
    known = _paragraphs(seed_briefing)
    refs = [(q["document"], q["paragraph"]) for key in ("quotes", "statements", "events", "glossary")
            for q in seed_briefing[key]]
    refs += [(m["document"], m["paragraph"]) for key in ("actors", "programs") for a in seed_briefing[key]
             for m in a["mentions"]]
    assert refs and all(ref in known for ref in refs)


def test_quotes_statements_and_event_sentences_are_verbatim(seed_briefing):
    known = _paragraphs(seed_briefing)
    for quote in seed_briefing["quotes"] + seed_briefing["statements"]:
        assert quote["text"] in known[(quote["document"], quote["paragraph"])]
    for event in seed_briefing["events"]:
        assert event["sentence"] in known[(event["document"], event["paragraph"])]


def test_speakers_and_participants_are_actor_ids(seed_briefing):
    ids = {a["id"] for a in seed_briefing["actors"]}
    speakers = {q["speaker"] for q in seed_briefing["quotes"] + seed_briefing["statements"] if q["speaker"]}
    participants = {p for prog in seed_briefing["programs"] for p in prog["participants"]}
    event_actors = {a for e in seed_briefing["events"] for a in e["actors"]}
    assert speakers | participants | event_actors <= ids


def test_ids_are_unique(seed_briefing):
    for key in ("actors", "programs", "quotes", "statements", "events"):
        ids = [item["id"] for item in seed_briefing[key]]
        assert len(ids) == len(set(ids)), key
