"""The CSV tables: read back with the `csv` module, one row per record, spreadsheet-safe cells."""
from __future__ import annotations

import csv
import io

import pytest

from briefing.export.tables import LIST_SEPARATOR, write_table
from briefing.graph import RelationGraph
from briefing.model import Briefing

TABLES = ["documents", "paragraphs", "actors", "mentions", "relations", "quotes", "statements", "events", "programs",
          "glossary"]


def read(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def tables(seed_docs) -> dict[str, list[dict[str, str]]]:
    return {name: read(seed_docs / "exports" / f"{name}.csv") for name in TABLES}


def test_every_table_has_one_row_per_record(tables, seed_briefing):
    b = seed_briefing
    expected = {
        "documents": len(b["documents"]),
        "paragraphs": sum(len(d["paragraphs"]) for d in b["documents"]),
        "actors": len(b["actors"]),
        "mentions": sum(len(r["mentions"]) for r in b["actors"] + b["programs"]),
        "relations": len(RelationGraph(Briefing.from_dict(b)).evidence),
        "quotes": len(b["quotes"]),
        "statements": len(b["statements"]),
        "events": len(b["events"]),
        "programs": len(b["programs"]),
        "glossary": len(b["glossary"]),
    }
    assert {name: len(rows) for name, rows in tables.items()} == expected
    assert all(expected[name] > 0 for name in TABLES if name != "statements")


def test_ids_join_the_tables(tables):
    documents = {d["id"] for d in tables["documents"]}
    actors = {a["id"] for a in tables["actors"]}
    programs = {p["id"] for p in tables["programs"]}
    assert {m["document_id"] for m in tables["mentions"]} <= documents
    assert {m["id"] for m in tables["mentions"]} <= actors | programs
    assert {(p["document_id"], p["paragraph"]) for p in tables["paragraphs"]} >= {
        (q["document_id"], q["paragraph"]) for q in tables["quotes"]
    }
    assert {r["actor_id"] for r in tables["relations"]} | {r["other_id"] for r in tables["relations"]} <= actors
    assert {q["speaker_id"] for q in tables["quotes"]} - {""} <= actors


def test_quotes_are_verbatim_in_their_paragraph(tables):
    text = {(p["document_id"], p["paragraph"]): p["text"] for p in tables["paragraphs"]}
    for q in tables["quotes"]:
        assert q["text"].lstrip("'") in text[q["document_id"], q["paragraph"]]


def test_files_are_utf8_with_a_byte_order_mark_and_crlf_rows(seed_docs):
    raw = (seed_docs / "exports" / "actors.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,name,kind,aliases,roles,documents,paragraphs\r\n")
    raw.decode("utf-8")


def test_quoting_line_breaks_and_non_ascii_survive_a_round_trip(tmp_path):
    path = tmp_path / "t.csv"
    cells = ['a "quoted", comma', "two\nlines", "Zoë Müller-Łukasz — 東京", 3, None]
    write_table(path, ["a", "b", "c", "d", "e"], [cells])
    (row,) = read(path)
    assert list(row.values()) == ['a "quoted", comma', "two\nlines", "Zoë Müller-Łukasz — 東京", "3", ""]


@pytest.mark.parametrize(
    "text, written",
    [("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1 555", "'+1 555"), ("-- dash", "'-- dash"), ("@sum", "'@sum"),
     ("\tindent", "'\tindent"), ("plain = text", "plain = text"), ("", "")],
)
def test_text_never_starts_like_a_formula(tmp_path, text, written):
    path = tmp_path / "t.csv"
    write_table(path, ["text"], [[text]])
    assert read(path) == [{"text": written}]


def test_lists_in_one_cell_are_joined(tables, seed_briefing):
    actor = next(a for a in seed_briefing["actors"] if len(a["aliases"]) > 1)
    row = next(r for r in tables["actors"] if r["id"] == actor["id"])
    assert row["aliases"].split(LIST_SEPARATOR) == actor["aliases"]


def test_mentions_say_when_they_are_in_the_caption(tables, seed_briefing):
    caption_refs = {(a["id"], m["document"]) for a in seed_briefing["actors"] for m in a["mentions"] if m.get("part")}
    rows = {(r["id"], r["document_id"]) for r in tables["mentions"] if r["part"] == "caption"}
    assert caption_refs and rows == caption_refs
    assert {r["part"] for r in tables["mentions"]} == {"", "caption"}
