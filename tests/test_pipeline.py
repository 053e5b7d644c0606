"""The build as a whole: atomic swap, no stale pages, determinism, cache reuse."""
from __future__ import annotations

import shutil
from pathlib import Path

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
