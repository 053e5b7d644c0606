"""corrections.yaml in real builds of the seed (from the session's extraction cache): every kind
applied, stale entries warned with file:line, a malformed file stopping the build with docs/
untouched, the cache untouched, and corrections holding while a seed is added and removed."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from briefing.cli import main
from briefing.corrections.find import squeeze, uncovered
from briefing.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_3a1a43320c41dcd8.txt"
SCHEMA = ROOT / "briefing" / "data" / "briefing.schema.json"
# A short article on the same subjects: it adds mentions of actors the corrections change.
ARTICLE = """Allies Meet in Brussels

Japan and NATO officials met in Brussels on Tuesday to discuss air defence.

"We agree on the essentials," said Anna Berg, a Swedish diplomat.
"""


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def work(tmp_path, seed_cache, monkeypatch) -> Path:
    """A folder with seeds/ (the seed) and .cache/ (the session's extraction cache), as cwd."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    shutil.copytree(seed_cache / "extract", tmp_path / ".cache" / "extract")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _detachable(briefing: dict) -> tuple[dict, str]:
    """An actor with an alias that its paragraphs use on its own."""
    text = {(d["id"], p["n"]): squeeze(p["text"]) for d in briefing["documents"] for p in d["paragraphs"]}
    for actor in briefing["actors"]:
        for alias in actor["aliases"]:
            rest = [n for n in [actor["name"], *actor["aliases"]] if n != alias]
            if any(uncovered(text[m["document"], m["paragraph"]], alias, rest) for m in actor["mentions"]):
                return actor, alias
    raise AssertionError("the seed has no actor with a detachable alias")


def every_kind(b: dict) -> tuple[str, dict]:
    """A corrections file with one entry of every kind, chosen from the seed's briefing, and the
    ids it is about."""
    actor, alias = _detachable(b)
    people = [a for a in b["actors"] if a["kind"] == "person"]
    organizations = [a for a in b["actors"] if a["kind"] == "organization" and a["id"] != actor["id"]]
    places = [a for a in b["actors"] if a["kind"] == "location" and a["id"] != actor["id"]]
    renamed = next(a for a in b["actors"] if a["kind"] == "country" and a["id"] != actor["id"])
    quotes, statements = b["quotes"], b["statements"]
    ids = {
        "detached": actor["id"], "alias": alias, "renamed": renamed["id"], "kept": organizations[0]["id"],
        "merged": organizations[1]["id"], "dropped_actor": organizations[2]["id"],
        "speaker": next(p["id"] for p in people if p["id"] != quotes[1]["speaker"]),
        "dropped_program": b["programs"][0]["id"], "merged_programs": [p["id"] for p in b["programs"][1:3]],
        "dropped_quote": quotes[0]["id"], "reattributed_quote": quotes[1]["id"],
        "dropped_statement": statements[0]["id"], "reattributed_statement": statements[1]["id"],
        "dropped_event": b["events"][0]["id"], "dropped_term": b["glossary"][0]["abbreviation"],
        "added_program": places[0]["name"],
    }
    text = f"""\
# Every kind of correction
- merge: {{actor: {organizations[1]["name"]}}}
  into: {ids["kept"]}
- merge: {{program: {ids["merged_programs"][1]}}}
  into: {ids["merged_programs"][0]}
- detach: {{actor: {ids["detached"]}}}
  alias: "{alias}"
  kind: location
- rename: {{actor: {ids["renamed"]}}}
  to: The Renamed Country
  kind: organization
- drop: {{actor: {ids["dropped_actor"]}}}
- drop: {{program: {ids["dropped_program"]}}}
- drop: {{quote: {ids["dropped_quote"]}}}
- drop: {{statement: {ids["dropped_statement"]}}}
- drop: {{event: {ids["dropped_event"]}}}
- drop: {{term: "{ids["dropped_term"]}"}}
- reattribute: {{quote: {ids["reattributed_quote"]}}}
  to: {ids["speaker"]}
- reattribute: {{statement: {ids["reattributed_statement"]}}}
  to: {{unnamed: a US official}}
- add: {{program: "{ids["added_program"]}"}}
- add: {{term: ZQX}}
  expansion: Zone of Quiet Exchange
  document: {b["documents"][0]["id"]}
  paragraph: 2
- merge: {{actor: Jon Smith}}
  into: {ids["kept"]}
"""
    return text, ids


def test_a_build_applies_every_kind_of_correction_and_warns_of_a_stale_one(work, seed_briefing, capsys):
    text, ids = every_kind(seed_briefing)
    (work / "corrections.yaml").write_text(text, encoding="utf-8")
    assert main(["build", "--jobs", "1"]) == 0  # corrections.yaml beside seeds/ is read by default
    out, err = capsys.readouterr()
    assert err == "corrections.yaml:27: merge: no actor named 'Jon Smith'\n"
    assert "(1 from cache); 14 of 15 corrections applied, 1 warning" in out
    b = json.loads((work / "docs" / "briefing.json").read_text(encoding="utf-8"))
    jsonschema.validate(b, json.loads(SCHEMA.read_text(encoding="utf-8")))
    actors = {a["id"]: a for a in b["actors"]}
    assert ids["merged"] not in actors and ids["dropped_actor"] not in actors
    assert actors[ids["renamed"]]["name"] == "The Renamed Country" and actors[ids["renamed"]]["kind"] == "organization"
    assert any(a["name"] == ids["alias"] and a["kind"] == "location" for a in b["actors"])
    assert ids["alias"] not in actors[ids["detached"]]["aliases"]
    programs = {p["id"] for p in b["programs"]}
    assert ids["dropped_program"] not in programs and ids["merged_programs"][1] not in programs
    assert any(p["name"] == ids["added_program"] for p in b["programs"])
    for key, gone in (("quotes", "dropped_quote"), ("statements", "dropped_statement"), ("events", "dropped_event")):
        assert ids[gone] not in {r["id"] for r in b[key]}
    assert ids["dropped_term"] not in {t["abbreviation"] for t in b["glossary"]}
    assert {"abbreviation": "ZQX", "expansion": "Zone of Quiet Exchange", "document": b["documents"][0]["id"],
            "paragraph": 2, "corrected": [{"action": "add", "line": 23}]} in b["glossary"]
    quote = next(q for q in b["quotes"] if q["id"] == ids["reattributed_quote"])
    assert quote["speaker"] == ids["speaker"] and quote["corrected"] == [{"action": "reattribute", "line": 18}]
    statement = next(s for s in b["statements"] if s["id"] == ids["reattributed_statement"])
    assert (statement["speaker"], statement["speaker_name"]) == (None, "a US official")
    assert [e["line"] for e in b["corrections"]["applied"]] == [2, 4, 6, 9, 12, 13, 14, 15, 16, 17, 18, 20, 22, 23]
    assert b["corrections"]["stale"] == [{"line": 27, "action": "merge", "reason": "no actor named 'Jon Smith'"}]
    # The pages agree with the JSON: the mark, the new name, the dropped quote gone.
    page = (work / "docs" / "actors" / f"{ids['renamed']}.md").read_text(encoding="utf-8")
    assert f"# The Renamed Country {{: #{ids['renamed']} }}" in page
    assert '<p class="bf-corrected"><span aria-hidden="true">✎ </span>Corrected by the editor' in page
    quote_pages = (work / "docs" / "quotes").rglob("*.md")
    assert not any(ids["dropped_quote"] in path.read_text(encoding="utf-8") for path in quote_pages)


def test_a_malformed_file_stops_the_build_in_one_line_and_docs_stay(work, capsys):
    assert main(["build", "--jobs", "1", "--quiet"]) == 0
    before = _snapshot(work / "docs")
    (work / "corrections.yaml").write_text("- drop: {quote: q-1}\n- rename: {actor: japan}\n  to: [Nippon]\n")
    assert main(["build", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err == "briefing: error: corrections.yaml:3: rename: 'to' must be text, not a list\n"
    assert _snapshot(work / "docs") == before
    assert main(["build", "--docs", "fresh"]) == 1 and not (work / "fresh").exists()


def test_a_named_corrections_file_must_exist(work, capsys):
    assert main(["build", "--corrections", "mine.yaml"]) == 1
    assert capsys.readouterr().err == "briefing: error: mine.yaml: corrections file not found\n"


def test_the_commented_example_changes_nothing(work):
    build(work / "seeds", work / "plain", jobs=1, cache_dir=work / ".cache")
    shutil.copy(ROOT / "corrections.yaml", work / "corrections.yaml")
    assert main(["build", "--docs", "example", "--quiet"]) == 0
    assert _snapshot(work / "example") == _snapshot(work / "plain")


def _inodes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*.md")}


def test_a_correction_keeps_the_extraction_cache_and_rerenders_only_what_it_changes(work, seed_briefing):
    cache, docs = work / ".cache", work / "docs"
    build(work / "seeds", docs, jobs=1, cache_dir=cache)
    extracted, before = sorted((cache / "extract").iterdir()), _inodes(docs)
    country = next(a for a in seed_briefing["actors"] if a["kind"] == "country")
    (work / "corrections.yaml").write_text(f"- rename: {{actor: {country['id']}}}\n  to: Renamed\n")
    result = build(work / "seeds", docs, jobs=1, cache_dir=cache, corrections=work / "corrections.yaml")
    assert result.cached == 1 and sorted((cache / "extract").iterdir()) == extracted
    after = _inodes(docs)
    assert after[f"actors/{country['id']}.md"] != before[f"actors/{country['id']}.md"]
    assert after["glossary.md"] == before["glossary.md"]  # it names no actor: linked from the previous build


def test_corrections_hold_and_ids_stay_while_a_seed_is_added_and_removed(work, seed_briefing):
    text, ids = every_kind(seed_briefing)
    corrections = work / "corrections.yaml"
    corrections.write_text(text, encoding="utf-8")
    first = build(work / "seeds", work / "docs", jobs=1, cache_dir=work / ".cache", corrections=corrections)
    snapshot = _snapshot(work / "docs")
    (work / "seeds" / "brussels.txt").write_text(ARTICLE, encoding="utf-8")
    added = build(work / "seeds", work / "docs", jobs=1, cache_dir=work / ".cache", corrections=corrections)
    assert [o.correction.line for o in added.corrections.applied] == [o.correction.line for o in first.corrections.applied]
    assert added.corrections.warnings("c") == first.corrections.warnings("c")
    for key in ("quotes", "statements", "events"):
        assert {r.id for r in getattr(first.briefing, key)} <= {r.id for r in getattr(added.briefing, key)}
    new_actors = {a.id: a for a in added.briefing.actors}
    for actor in first.briefing.actors:
        assert actor.id in new_actors and new_actors[actor.id].corrected == actor.corrected
    assert {p.id for p in first.briefing.programs} <= {p.id for p in added.briefing.programs}
    (work / "seeds" / "brussels.txt").unlink()
    build(work / "seeds", work / "docs", jobs=1, cache_dir=work / ".cache", corrections=corrections)
    assert _snapshot(work / "docs") == snapshot
