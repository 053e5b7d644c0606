"""The built site: strict MkDocs build of the fixture, links, anchors, no outside requests.

The fixture is rendered and built once per module (and once more as the offline copy).
"""
from __future__ import annotations

import json
import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from briefing.errors import BriefingError
from briefing.model import Briefing
from briefing.render import render_site
from briefing.site import mkdocs_build
from render.helpers import HOSTILE as HOSTILE_STRINGS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "briefing_small.json"

HOSTILE = HOSTILE_STRINGS[:15]  # the ones the fixture briefing carries


class Page(HTMLParser):
    """What the checks need from one built HTML file."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[tuple[str, str, dict[str, str | None]]] = []  # (tag, url, attrs)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.title = ""
        self._in: list[str] = []
        self.text_chunks: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) is not None:
                self.urls.append((tag, attrs[key], attrs))
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in.pop() != tag:
                pass

    def handle_data(self, data):
        where = self._in[-1] if self._in else ""
        if where == "script":
            self.scripts.append(data)
        elif where == "title":
            self.title += data
        else:
            self.text_chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_chunks).split())


def _build(tmp: Path, *, offline: bool) -> Path:
    docs = tmp / "docs"
    render_site(Briefing.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8"))), docs)
    site = tmp / ("site-offline" if offline else "site")
    mkdocs_build(docs, site, strict=True, offline=offline)
    return site


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("built"), offline=False)


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("offline"), offline=True)


@pytest.fixture(scope="module")
def pages(site) -> dict[str, Page]:
    """Every built page but 404.html, whose links are root-absolute by design."""
    return {
        p.relative_to(site).as_posix(): Page(p.read_text(encoding="utf-8"))
        for p in site.rglob("*.html")
        if p.name != "404.html"
    }


def _resolve(page_path: str, url: str, site: Path) -> tuple[str, str] | None:
    """(target file relative to the site, fragment) for an internal URL, else None."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page_path, parts.fragment
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), unquote(parts.path)))
    if url.split("#")[0].endswith("/") or (site / target).is_dir():
        target = posixpath.join(target, "index.html")
    return target, parts.fragment


def _internal_links(pages: dict[str, Page], site: Path):
    for path, page in pages.items():
        for tag, url, _ in page.urls:
            if url.startswith(("mailto:", "data:")):
                continue
            resolved = _resolve(path, url, site)
            if resolved:
                yield path, url, resolved


# --- the build ------------------------------------------------------------------------------


def test_strict_build_writes_every_page(site):
    for page in ("index.html", "timeline/index.html", "actors/fumio-kishida/index.html", "sources/japan-nato/index.html"):
        assert (site / page).is_file(), page


def test_every_internal_link_resolves(pages, site):
    broken = [
        (path, url)
        for path, url, (target, _) in _internal_links(pages, site)
        if not (site / target).is_file()
    ]
    assert broken == []


def test_every_anchor_resolves(pages, site):
    broken, checked = [], 0
    for path, url, (target, fragment) in _internal_links(pages, site):
        if fragment and target.endswith(".html") and target in pages:
            checked += 1
            if unquote(fragment) not in pages[target].ids:
                broken.append((path, url))
    assert broken == []
    assert checked > 200  # the checker did look at the deep links


def test_no_request_to_another_host(pages):
    outside = [
        (path, tag, url)
        for path, page in pages.items()
        for tag, url, attrs in page.urls
        if urlsplit(url).scheme in ("http", "https", "") and urlsplit(url).netloc
        and not (tag == "a" and attrs.get("class") == "source-url")
    ]
    assert outside == []


def test_stylesheets_load_nothing_from_elsewhere(site):
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), css
        assert "@import" not in text, css


def test_no_web_fonts_or_cdn_scripts(pages):
    for path, page in pages.items():
        for tag, url, _ in page.urls:
            assert "fonts.g" not in url and "unpkg" not in url and "jsdelivr" not in url, (path, url)


def _head(page: Page) -> list[tuple[str, dict[str, str | None]]]:
    tags = [tag for tag, _ in page.tags]
    return page.tags[: tags.index("body")] if "body" in tags else page.tags


def test_no_script_file_holds_the_first_paint_back(pages):
    """Every script file is deferred (or async): parsing and the first paint never wait for one."""
    blocking = [(path, attrs["src"]) for path, page in pages.items() for tag, attrs in page.tags
                if tag == "script" and attrs.get("src") and "defer" not in attrs and "async" not in attrs]
    assert blocking == []


def test_the_project_adds_one_stylesheet_to_materials(pages):
    """In the head: Material's two stylesheets (theme, palette) and the project's one file."""
    for path, page in pages.items():
        sheets = [posixpath.basename(attrs["href"]) for tag, attrs in _head(page)
                  if tag == "link" and attrs.get("rel") == "stylesheet"]
        own = [name for name in sheets if not re.fullmatch(r"(main|palette)\.[0-9a-f]{8}\.min\.css", name)]
        assert own == ["briefing.css"], (path, sheets)
        assert len(sheets) == 3, (path, sheets)


def test_the_file_worker_shim_is_only_in_the_offline_copy(site, offline_site, pages):
    assert not [p for p in site.rglob("*") if "iframe-worker" in p.name or p.name == "offline"]
    assert not [path for path, page in pages.items() for _, url, _ in page.urls if "iframe-worker" in url]
    assert list(offline_site.rglob("iframe-worker.js"))


def test_html_has_language(pages):
    for path, page in pages.items():
        html_tags = [a for t, a in page.tags if t == "html"]
        assert html_tags and html_tags[0].get("lang") == "en", path


# --- seed text stays text --------------------------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_appears_literally(pages, hostile):
    assert hostile in pages["sources/hostile-text/index.html"].text


def test_hostile_text_adds_no_script(pages):
    for path, page in pages.items():
        assert not any("alert" in s for s in page.scripts), path
        for tag, attrs in page.tags:
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            if tag == "script" and attrs.get("src"):
                assert attrs["src"].split("/")[-2:-1] in (["javascripts"], ["workers"]), (path, attrs)
            assert tag != "img" or "evil" not in (attrs.get("src") or ""), path


def test_hostile_text_adds_no_javascript_link(pages):
    for path, page in pages.items():
        for tag, url, attrs in page.urls:
            if attrs.get("data-md-component") == "search-share":  # Material's own button
                continue
            assert not url.strip().lower().startswith(("javascript:", "data:text")), (path, url)


def test_page_title_shows_hostile_text_as_text(site, pages):
    assert pages["sources/hostile-text/index.html"].title == "Markup *injection* test <script>alert(1)</script> - Briefing"
    raw = (site / "sources/hostile-text/index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in raw


def test_offline_search_index_escapes_hostile_text(offline_site):
    text = (offline_site / "search" / "search_index.js").read_text(encoding="utf-8")
    assert "<script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_no_markdown_left_unrendered(pages):
    for path, page in pages.items():
        for leftover in (".md)", "](#", "](../", "{: #", "{: ."):
            assert leftover not in page.text, (path, leftover)


# --- features ------------------------------------------------------------------------------------


def test_abbreviations_have_tooltips_on_pages_other_than_the_glossary(site):
    for page in ("sources/japan-nato/index.html", "actors/liviu-lazar/index.html"):
        raw = (site / page).read_text(encoding="utf-8")
        assert '<abbr title="Conference of National Armaments Directors">CNAD</abbr>' in raw, page


def test_source_paragraphs_are_targets(pages):
    page = pages["sources/japan-nato/index.html"]
    assert {f"p{n}" for n in range(1, 13)} <= page.ids


def test_quotes_are_marked_in_sources(site):
    raw = (site / "sources/japan-nato/index.html").read_text(encoding="utf-8")
    assert raw.count('<mark class="quote"') == 3


def test_detail_pages_are_not_in_the_nav(site):
    raw = (site / "index.html").read_text(encoding="utf-8")
    assert "actors/fumio-kishida/" not in raw.split('<div class="md-content"', 1)[0]


# --- search ----------------------------------------------------------------------------------------


def test_hosted_site_has_pagefind_and_no_whole_site_index(site, pages):
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert not (site / "search" / "search_index.json").exists()
    raw = (site / "index.html").read_text(encoding="utf-8")
    assert "iframe-worker" not in raw, "the file:// shim is only for the offline copy"
    assert 'data-bf-search' in raw and "assets/javascripts/search.js" in raw


@pytest.mark.parametrize(
    "page, body",
    [
        ("actors/fumio-kishida/index.html", True),
        ("sources/japan-nato/index.html", True),
        ("quotes/fumio-kishida/index.html", True),
        ("timeline/2022/index.html", True),
        ("glossary/index.html", True),
        ("index.html", False),
        ("actors/index.html", False),
        ("quotes/index.html", False),
        ("sources/index.html", False),
    ],
)
def test_only_content_pages_go_into_the_search_index(pages, page, body):
    """Pagefind indexes the pages with a data-pagefind-body; lists and the overview have none."""
    assert any("data-pagefind-body" in attrs for _, attrs in pages[page].tags) is body


def test_pages_carry_their_search_filters(site):
    def filters(page: str) -> set[tuple[str, str]]:
        raw = (site / page).read_text(encoding="utf-8")
        return set(re.findall(r'data-pagefind-filter="([a-z]+)">([^<]*)<', raw))

    assert {("type", "actor"), ("kind", "Person")} <= filters("actors/fumio-kishida/index.html")
    source = filters("sources/japan-nato/index.html")
    assert {("type", "source"), ("year", "2022"), ("actor", "Fumio Kishida")} <= source
    assert {("type", "event"), ("year", "2022")} <= filters("timeline/2022/index.html")
    assert ("type", "quote") in filters("quotes/fumio-kishida/index.html")


def test_offline_copy_links_html_files_and_inlines_search(offline_site):
    assert (offline_site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index =")
    raw = (offline_site / "actors" / "fumio-kishida.html").read_text(encoding="utf-8")
    assert 'href="../sources/japan-nato.html#p4"' in raw
    home = (offline_site / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in home
    assert "assets/javascripts/offline/iframe-worker.js" in home and "data-bf-search" not in home
    assert (offline_site / "assets" / "javascripts" / "offline" / "iframe-worker.js").is_file()
    assert not (offline_site / "pagefind").exists()


def test_strict_build_fails_clearly_on_a_broken_link(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n[gone](missing.md) and [anchor](#nowhere)\n", encoding="utf-8")
    with pytest.raises(BriefingError, match="missing.md"):
        mkdocs_build(docs, tmp_path / "site", strict=True)


def test_missing_docs_folder_is_a_clear_error(tmp_path):
    with pytest.raises(BriefingError, match="no such folder"):
        mkdocs_build(tmp_path / "nope", tmp_path / "site")


# --- incremental site build -----------------------------------------------------------------------


def _html(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*.html")}


def test_a_rebuild_renders_only_the_pages_that_changed(tmp_path):
    from briefing.pipeline import write_docs

    docs, site, cache = tmp_path / "docs", tmp_path / "site", tmp_path / "cache"
    briefing = Briefing.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8")))
    write_docs(briefing, docs, cache_dir=cache)
    mkdocs_build(docs, site, cache_dir=cache)
    before = {page: path.stat().st_ino for page, path in _html(site).items()}

    actor = next(a for a in briefing.actors if a.id == "fumio-kishida")
    actor.aliases.append("Mr Kishida")
    write_docs(briefing, docs, cache_dir=cache)
    mkdocs_build(docs, site, cache_dir=cache)
    after = _html(site)
    changed = {page for page, path in after.items() if path.stat().st_ino != before.get(page)}
    assert "actors/fumio-kishida/index.html" in changed
    assert len(changed) < len(after) // 4, sorted(changed)
    assert "Mr Kishida" in (site / "actors/fumio-kishida/index.html").read_text(encoding="utf-8")
    assert (site / "pagefind" / "pagefind.js").is_file()

    mkdocs_build(docs, tmp_path / "cold")
    cold = _html(tmp_path / "cold")
    assert cold.keys() == after.keys()
    assert all(cold[page].read_bytes() == after[page].read_bytes() for page in cold)
    # The search index made from the kept lean copies is the one a cold build makes.
    assert _index_files(site) == _index_files(tmp_path / "cold")
    assert [p.name for p in (cache / "site").iterdir() if p.name.startswith(".")] == []


def _index_files(site: Path) -> set[str]:
    """Pagefind's fragment and word-index files: their names hash their content."""
    return {p.relative_to(site).as_posix() for p in (site / "pagefind").rglob("*") if p.parent.name in ("fragment", "index")}


def test_a_failed_build_leaves_the_previous_site(tmp_path, site):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n[gone](missing.md)\n", encoding="utf-8")
    target = tmp_path / "site"
    shutil.copytree(site, target)
    with pytest.raises(BriefingError):
        mkdocs_build(docs, target, strict=True)
    assert (target / "actors" / "fumio-kishida" / "index.html").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.tmp-")]
