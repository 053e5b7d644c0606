"""Incremental rendering: unchanged pages are linked from the previous build, and the output is
always byte for byte what a cold render writes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing import export
from briefing.pipeline import write_docs
from briefing.render import reuse
from briefing.render.reuse import PageReuse, manifest_path, page_key

from .helpers import load_fixture


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _inodes(folder: Path) -> dict[str, int]:
    """The inode of every page and export file (what the reuse manifest records)."""
    return {
        str(p.relative_to(folder)): p.stat().st_ino
        for p in folder.rglob("*")
        if p.suffix == ".md" or p.parent.name == "exports"
    }


def _cold(briefing, tmp_path: Path) -> dict[str, bytes]:
    write_docs(briefing, tmp_path / "cold", cache_dir=None)
    return _snapshot(tmp_path / "cold")


@pytest.fixture
def built(tmp_path):
    """A first cached build of the fixture: (docs folder, cache folder, page inodes)."""
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    write_docs(load_fixture(), docs, cache_dir=cache)
    return docs, cache, _inodes(docs)


def test_an_unchanged_rebuild_links_every_page(built, tmp_path):
    docs, cache, before = built
    write_docs(load_fixture(), docs, cache_dir=cache)
    assert _inodes(docs) == before
    assert _snapshot(docs) == _cold(load_fixture(), tmp_path)


def test_a_change_renders_only_the_pages_it_touches(built, tmp_path):
    docs, cache, before = built
    briefing = load_fixture()
    actor = next(a for a in briefing.actors if a.kind == "person")
    actor.roles = [*actor.roles, "special envoy"]
    write_docs(briefing, docs, cache_dir=cache)
    after = _inodes(docs)
    changed = {page for page in after if after[page] != before.get(page)}
    assert any(page.startswith("actors/") and page != "actors/index.md" for page in changed)
    assert changed < set(after)
    assert _snapshot(docs) == _cold(briefing, tmp_path)


def test_a_new_glossary_term_renders_only_the_pages_that_use_it(built, tmp_path):
    """A page ends with the definitions of the abbreviations it uses: a new one changes those pages."""
    docs, cache, before = built
    briefing = load_fixture()
    term = briefing.glossary[0]
    briefing.glossary.append(type(term).from_dict({**term.to_dict(), "abbreviation": "Japan", "expansion": "Nippon"}))
    write_docs(briefing, docs, cache_dir=cache)
    after = _inodes(docs)
    pages = {page for page in before if page.endswith(".md")}  # the exports follow briefing.json as a whole
    changed = {page for page in pages if after[page] != before[page]}
    using = {page for page in pages if re.search(r"\bJapan\b", (docs / page).read_text(encoding="utf-8"))}
    assert "glossary.md" in changed and "actors/japan.md" in changed
    assert changed == using | {"glossary.md"}
    assert changed < pages
    assert _snapshot(docs) == _cold(briefing, tmp_path)


def test_a_page_edited_by_hand_is_rendered_again(built, tmp_path):
    docs, cache, _ = built
    with (docs / "glossary.md").open("a", encoding="utf-8") as page:
        page.write("a note added by hand\n")
    write_docs(load_fixture(), docs, cache_dir=cache)
    assert "a note added by hand" not in (docs / "glossary.md").read_text(encoding="utf-8")
    assert _snapshot(docs) == _cold(load_fixture(), tmp_path)


def test_changed_templates_or_render_code_render_every_page(built, monkeypatch):
    docs, cache, before = built
    monkeypatch.setattr(reuse, "render_version", lambda: "another version")
    write_docs(load_fixture(), docs, cache_dir=cache)
    after = _inodes(docs)
    assert all(after[page] != before[page] for page in before if page.endswith(".md"))


def test_exports_follow_the_libraries_that_write_them(built, monkeypatch):
    """An export's key covers the briefing, the export code and the networkx/FtM versions."""
    docs, cache, before = built
    monkeypatch.setattr(export, "version", lambda package: "another version")
    write_docs(load_fixture(), docs, cache_dir=cache)
    after = _inodes(docs)
    exports = [page for page in before if page.startswith("exports/")]
    assert len(exports) == 12 and all(after[page] != before[page] for page in exports)


@pytest.mark.parametrize("damage", ["", "not json", "[]", '{"docs": 1, "pages": []}', '{"pages": {"index.md": 5}}'])
def test_a_damaged_manifest_means_a_full_render(built, tmp_path, damage):
    docs, cache, before = built
    manifest_path(cache, docs).write_text(damage, encoding="utf-8")
    write_docs(load_fixture(), docs, cache_dir=cache)
    after = _inodes(docs)
    assert all(after[page] != before[page] for page in before)
    assert _snapshot(docs) == _cold(load_fixture(), tmp_path)


def test_a_manifest_of_another_docs_folder_is_not_used(built, tmp_path):
    docs, cache, _ = built
    other = tmp_path / "other"
    manifest_path(cache, docs).replace(manifest_path(cache, other))
    assert PageReuse(manifest_path(cache, other), other).old == {}


def test_an_unwritable_cache_only_costs_speed(tmp_path):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    write_docs(load_fixture(), tmp_path / "docs", cache_dir=blocked)
    assert _snapshot(tmp_path / "docs") == _cold(load_fixture(), tmp_path)


def test_without_a_cache_folder_no_manifest_is_written(tmp_path):
    write_docs(load_fixture(), tmp_path / "docs", cache_dir=None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_the_manifest_records_every_page(built):
    docs, cache, before = built
    pages = json.loads(manifest_path(cache, docs).read_text(encoding="utf-8"))["pages"]
    assert set(pages) == set(before)


def test_page_keys_follow_every_input():
    base = page_key("site", "actor.md.j2", "Title", "../", repr({"name": "A", "quotes": []}))
    assert base == page_key("site", "actor.md.j2", "Title", "../", repr({"name": "A", "quotes": []}))
    others = [
        page_key("other site", "actor.md.j2", "Title", "../", repr({"name": "A", "quotes": []})),
        page_key("site", "program.md.j2", "Title", "../", repr({"name": "A", "quotes": []})),
        page_key("site", "actor.md.j2", "Other", "../", repr({"name": "A", "quotes": []})),
        page_key("site", "actor.md.j2", "Title", "", repr({"name": "A", "quotes": []})),
        page_key("site", "actor.md.j2", "Title", "../", repr({"name": "B", "quotes": []})),
        page_key("site", "actor.md.j2", "Title", "../", repr({"name": "A", "quotes": ["q"]})),
    ]
    assert base not in others and len(set(others)) == len(others)
