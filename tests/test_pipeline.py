"""The build as a whole: atomic swap, no stale pages, determinism, cache reuse."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from briefing import ingest
from briefing.errors import BriefingError
from briefing.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = """Ministers Meet in Oslo

Foreign ministers from Norway and Sweden met in Oslo on Tuesday to discuss Arctic security.

"We agree on the essentials," said Anna Berg, the Swedish foreign minister.
"""


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "oslo.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "000_3a1a43320c41dcd8.txt", folder)
    return folder


def test_two_builds_are_byte_identical(seeds, tmp_path):
    build(seeds, tmp_path / "a", jobs=1, cache_dir=None)
    build(seeds, tmp_path / "b", jobs=1, cache_dir=None)
    assert _snapshot(tmp_path / "a") == _snapshot(tmp_path / "b")


def test_a_cached_rebuild_is_byte_identical(seeds, tmp_path):
    cache = tmp_path / "cache"
    first = build(seeds, tmp_path / "a", jobs=1, cache_dir=cache)
    second = build(seeds, tmp_path / "b", jobs=1, cache_dir=cache)
    assert (first.cached, second.cached) == (0, 2)
    assert _snapshot(tmp_path / "a") == _snapshot(tmp_path / "b")


@pytest.mark.parametrize("cached", [False, True])
def test_exports_written_beside_the_pages_give_the_same_docs(seeds, tmp_path, monkeypatch, cached):
    import briefing.pipeline as pipeline

    cache = tmp_path / "cache" if cached else None
    build(seeds, tmp_path / "serial", jobs=1, cache_dir=cache and cache / "serial")
    monkeypatch.setattr(pipeline, "EXPORTS_BESIDE_PAGES_FROM", 0)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    build(seeds, tmp_path / "beside", jobs=1, cache_dir=cache and cache / "beside")
    assert _snapshot(tmp_path / "serial") == _snapshot(tmp_path / "beside")
    if cached:  # the child's exports reach the manifest: a rebuild takes every page and export over
        from briefing.render.reuse import PageReuse, manifest_path

        docs = (tmp_path / "beside").resolve()
        recorded = PageReuse(manifest_path(cache / "beside", docs), docs).old
        assert "exports/entities.ftm.jsonl" in recorded and "index.md" in recorded


def test_exports_that_fail_beside_the_pages_fail_the_build_and_leave_docs(seeds, tmp_path, monkeypatch):
    import briefing.pipeline as pipeline

    docs = tmp_path / "docs"
    build(seeds, docs, jobs=1, cache_dir=None)
    before = _snapshot(docs)
    monkeypatch.setattr(pipeline, "EXPORTS_BESIDE_PAGES_FROM", 0)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)

    def broken(*args):
        raise OSError("No space left on device")

    monkeypatch.setattr(pipeline, "write_exports", broken)
    with pytest.raises(BriefingError, match="No space left on device"):
        build(seeds, docs, jobs=1, cache_dir=None)
    assert _snapshot(docs) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "seeds"]


def test_a_changed_seed_alone_is_extracted_again(seeds, tmp_path):
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "docs", jobs=1, cache_dir=cache)
    (seeds / "oslo.txt").write_text(ARTICLE + "\nThe talks will continue in May.\n", encoding="utf-8")
    again = build(seeds, tmp_path / "docs", jobs=1, cache_dir=cache)
    assert again.cached == 1


def test_a_rebuild_ingests_only_the_changed_seed(seeds, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "docs", jobs=1, cache_dir=cache)
    (seeds / "oslo.txt").write_text(ARTICLE + "\nThe talks will continue in May.\n", encoding="utf-8")
    read = []
    original = ingest.read_seed
    monkeypatch.setattr(ingest, "read_seed", lambda path, doc_id=None: read.append(path.name) or original(path, doc_id))
    again = build(seeds, tmp_path / "docs", jobs=1, cache_dir=cache)
    assert read == ["oslo.txt"]
    assert "The talks will continue in May." in (tmp_path / "docs" / "briefing.json").read_text(encoding="utf-8")
    assert [d.source for d in again.briefing.documents] == sorted(p.name for p in seeds.iterdir())


def test_a_cached_seed_that_breaks_fails_the_build(seeds, tmp_path):
    cache, docs = tmp_path / "cache", tmp_path / "docs"
    build(seeds, docs, jobs=1, cache_dir=cache)
    before = _snapshot(docs)
    (seeds / "oslo.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(BriefingError, match="oslo.txt"):
        build(seeds, docs, jobs=1, cache_dir=cache)
    assert _snapshot(docs) == before


def test_a_removed_seed_loses_its_pages(seeds, tmp_path):
    docs = tmp_path / "docs"
    build(seeds, docs, jobs=1, cache_dir=None)
    assert (docs / "sources" / "oslo.md").exists()
    (seeds / "oslo.txt").unlink()
    build(seeds, docs, jobs=1, cache_dir=None)
    assert not (docs / "sources" / "oslo.md").exists()


def test_a_failed_build_leaves_docs_untouched(seeds, tmp_path):
    docs = tmp_path / "docs"
    build(seeds, docs, jobs=1, cache_dir=None)
    before = _snapshot(docs)
    (seeds / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(BriefingError, match="broken.txt"):
        build(seeds, docs, jobs=1, cache_dir=None)
    assert _snapshot(docs) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "seeds"]  # no temp folder left


def test_parallel_extraction_matches_serial(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(5):
        (seeds / f"a{i}.txt").write_text(ARTICLE.replace("Oslo", f"Oslo{i}"), encoding="utf-8")
    build(seeds, tmp_path / "serial", jobs=1, cache_dir=None)
    build(seeds, tmp_path / "parallel", jobs=2, cache_dir=None)
    assert _snapshot(tmp_path / "serial") == _snapshot(tmp_path / "parallel")


# A story in two versions (the second adds a paragraph and drops one), and another article
# that carries one of its quotes.
STORY_V1 = """---
date: 2024-07-16
---
Ministers Meet in Oslo

Foreign ministers from Norway and Sweden met in Oslo on Tuesday to discuss Arctic security.

"We agree on the essentials," said Anna Berg, the Swedish foreign minister.

The ministers will meet again in Stockholm in the autumn, officials said.
"""
STORY_V2 = """---
date: 2024-07-17
---
Ministers Meet in Oslo

Foreign ministers from Norway and Sweden met in Oslo on Tuesday to discuss Arctic security.

"We agree on the essentials," said Anna Berg, the Swedish foreign minister.

The talks ended on Wednesday with a joint statement on patrols in the Barents Sea.
"""
OTHER = """---
date: 2024-07-18
---
Nordic Defence Budgets Rise

Sweden raised its defence budget for the third year in a row, the finance ministry said on Thursday.

"We agree on the essentials," said Anna Berg, the Swedish foreign minister, after the Oslo talks.
"""


@pytest.fixture(scope="module")
def versions_build(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("versions")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, text in (("oslo-1.txt", STORY_V1), ("oslo-2.txt", STORY_V2), ("budgets.txt", OTHER)):
        (seeds / name).write_text(text, encoding="utf-8")
    build(seeds, root / "docs", jobs=1, cache_dir=root / "cache")
    return root, json.loads((root / "docs" / "briefing.json").read_text(encoding="utf-8"))


def test_versions_of_a_story_are_one_document(versions_build):
    _, briefing = versions_build
    story = next(d for d in briefing["documents"] if d["id"] == "oslo-1")
    assert len(briefing["documents"]) == 2
    assert story["source"] == "oslo-2.txt"
    assert [(v["source"], v["date"]) for v in story["versions"]] == [
        ("oslo-1.txt", "2024-07-16"), ("oslo-2.txt", "2024-07-17"),
    ]
    assert [p.get("version") for p in story["paragraphs"]] == [None, None, None, "oslo-1.txt"]
    assert "Stockholm" in story["paragraphs"][-1]["text"]


def test_a_versions_briefing_follows_the_schema(versions_build):
    schema = ROOT / "briefing" / "data" / "briefing.schema.json"
    jsonschema.validate(versions_build[1], json.loads(schema.read_text(encoding="utf-8")))


def test_a_quote_of_two_versions_and_another_article_is_one_quote_with_its_sources(versions_build):
    _, briefing = versions_build
    (quote,) = [q for q in briefing["quotes"] if q["text"].startswith("We agree on the essentials")]
    assert (quote["document"], quote["paragraph"]) == ("oslo-1", 2)
    assert quote["sources"] == [{"document": "oslo-1", "paragraph": 2}, {"document": "budgets", "paragraph": 2}]


def test_the_old_address_of_the_latest_version_leads_to_the_story(versions_build):
    root, _ = versions_build
    page = (root / "docs" / "sources" / "oslo-2.md").read_text(encoding="utf-8")
    assert "(../sources/oslo-1.md)" in page and "(../sources/oslo-1.md#p3)" in page


def test_a_newer_version_keeps_the_story_id_and_reextracts_only_itself(versions_build, tmp_path):
    root, _ = versions_build
    seeds = tmp_path / "seeds"
    shutil.copytree(root / "seeds", seeds)
    v3 = STORY_V2.replace("2024-07-17", "2024-07-19") + "\nNorway will host the next round in October.\n"
    (seeds / "oslo-3.txt").write_text(v3, encoding="utf-8")
    result = build(seeds, tmp_path / "docs", jobs=1, cache_dir=root / "cache")
    briefing = json.loads((tmp_path / "docs" / "briefing.json").read_text(encoding="utf-8"))
    assert result.cached == 3
    story = next(d for d in briefing["documents"] if d["id"] == "oslo-1")
    assert story["source"] == "oslo-3.txt" and len(story["versions"]) == 3
    assert (tmp_path / "docs" / "sources" / "oslo-2.md").exists()


def _fail_on(source: str, monkeypatch) -> None:
    from briefing.extract import document

    original = document.extract_document

    def extract(parsed):
        if parsed.document.source == source:
            raise ValueError("extractor bug")
        return original(parsed)

    monkeypatch.setattr(document, "extract_document", extract)


def test_an_article_that_fails_extraction_is_left_out_and_named(seeds, tmp_path, monkeypatch):
    _fail_on("oslo.txt", monkeypatch)
    cache = tmp_path / "cache"
    result = build(seeds, tmp_path / "docs", jobs=1, cache_dir=cache)
    assert [(f.source, f.reason.split(" (at")[0]) for f in result.failed] == [("oslo.txt", "ValueError: extractor bug")]
    assert [d.source for d in result.briefing.documents] == ["000_3a1a43320c41dcd8.txt"]
    assert "1 failed and left out" in result.summary()
    assert len(list((cache / "extract").glob("*.json"))) == 1  # the failure is not cached: the next build tries again
    monkeypatch.undo()
    again = build(seeds, tmp_path / "docs", jobs=1, cache_dir=cache)
    assert (again.cached, again.failed) == (1, [])


def test_a_build_where_every_article_fails_leaves_docs_untouched(seeds, tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    build(seeds, docs, jobs=1, cache_dir=None)
    before = _snapshot(docs)
    (seeds / "000_3a1a43320c41dcd8.txt").unlink()
    _fail_on("oslo.txt", monkeypatch)
    with pytest.raises(BriefingError, match="no article could be extracted:\n  oslo.txt: ValueError: extractor bug"):
        build(seeds, docs, jobs=1, cache_dir=None)
    assert _snapshot(docs) == before
