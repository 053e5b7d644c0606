"""Hostile seeds end to end: built once with `briefing build`, rendered once with `mkdocs build
--strict`, then every HTML page is parsed. Nothing from a seed may come alive (no element,
attribute, link, include, abbreviation, footnote or template expression) and every hostile
string must still be readable, literally, where the seed put it.

The article is `tests/fixtures/hostile/hostile.txt` (front matter, title, quotes, acronym
definitions, topics line, markup of every kind); a second seed carries hostile text in its
file name, which the source page shows as "Seed file".
"""
from __future__ import annotations

import gzip
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.pipeline import build
from briefing.site import mkdocs_build

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "hostile"
HOSTILE_NAME = "<img src=x onerror=alert(2)> {{ 7*7 }} [n](javascript:alert(2)).txt"
NAME_ARTICLE = """Named seed

Officials in Paris said on Monday that the talks with the delegation would continue next week.
"""

# Every one of these is in the article body and must show literally on the source page.
BODY_STRINGS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=https://evil.example/frame></iframe>",
    "<style>body{display:none}</style>",
    "[a link](javascript:alert(1))",
    '<a href="javascript:alert(1)">another link</a>',
    "![x](http://evil.example/x.png)",
    "[a page](http://evil.example/page)",
    "<http://evil.example/auto>",
    "&amp;, &lt;b&gt; and &#60;i&#62;",
    "<!-- a comment -->",
    "<?php echo 1; ?>",
    "# H",
    "- first list item",
    "| a | b |",
    "|---|---|",
    "| <script>alert(1)</script> | c |",
    "```python",
    'print("fenced code")',
    '{: onclick="alert(1)" }',
    '--8<-- "/etc/passwd"',
    "*[HTML]: x",
    "[^1]: x",
    "{{ 7*7 }}",
    "{% include 'x' %}",
    "{% raw %}",
    ":smile:",
    "Bad Stuff (<BS>)",
    "a <b> official",
]
TITLE = "Hostile <script>alert(1)</script> {{ 7*7 }} [click](javascript:alert(1)) title"
FRONT_MATTER_STRINGS = [
    TITLE,
    "<img src=x onerror=alert(1)> Mallory",
    "<iframe src=https://evil.example/frame></iframe> Press",
    "javascript:alert(1)",
]
TOPICS = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "{{ 7*7 }}", "Security"]
THEME_SCRIPTS = {"iframe-worker.js", "briefing.js", "search.js", "correct.js"}
THEME_SCRIPT_PATTERN = re.compile(r"^bundle\.[0-9a-f]+\.min\.js$")
FORBIDDEN_TAGS = {"script", "style", "iframe", "img", "object", "embed", "form", "input", "sup", "pre", "code", "svg"}


# --- helpers ---------------------------------------------------------------------------------


class Page(HTMLParser):
    """Tags, scripts, title and text of a built page; `article_*` for the content area only."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.article_tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.title = ""
        self.chunks: list[str] = []
        self.article_chunks: list[str] = []
        self.paragraphs: dict[str, list[str]] = {}
        self._stack: list[str] = []
        self._article_depth: int | None = None
        self._paragraph: str | None = None
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if self._article_depth is not None:
            self.article_tags.append((tag, attrs))
        if tag == "article" and self._article_depth is None:
            self._article_depth = len(self._stack)
        if tag == "script":
            self.scripts.append((attrs, ""))
        if tag == "p" and "src-para" in (attrs.get("class") or "").split():
            self._paragraph = attrs.get("id")
            self.paragraphs[self._paragraph] = []
        if tag not in {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area", "base"}:
            self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag not in self._stack:
            return
        while self._stack.pop() != tag:
            pass
        if tag == "article" and self._article_depth == len(self._stack):
            self._article_depth = None
        if tag == "p":
            self._paragraph = None

    def handle_data(self, data):
        where = self._stack[-1] if self._stack else ""
        if where == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
            return
        if where == "title":
            self.title += data
            return
        if where == "style":
            return
        self.chunks.append(data)
        if self._article_depth is not None:
            self.article_chunks.append(data)
        if self._paragraph is not None:
            self.paragraphs[self._paragraph].append(data)

    @property
    def text(self) -> str:
        return _flat("".join(self.chunks))

    @property
    def article_text(self) -> str:
        return _flat("".join(self.article_chunks))

    def paragraph_text(self, anchor: str) -> str:
        """A source paragraph's text without its leading number link."""
        return _flat("".join(self.paragraphs[anchor])).split(" ", 1)[1]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _fixture_paragraphs() -> list[str]:
    """The non-blank lines of the hostile article after its front matter and title, but topics."""
    text = (FIXTURES / "hostile.txt").read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    return [line for line in lines[1:] if not line.startswith("Topics:")]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The hostile seeds, built into docs/ and rendered into site/ once for this module."""
    tmp = tmp_path_factory.mktemp("hostile")
    seeds = tmp / "seeds"
    seeds.mkdir()
    for path in sorted(FIXTURES.glob("*.txt")):
        shutil.copy(path, seeds / path.name)
    (seeds / HOSTILE_NAME).write_text(NAME_ARTICLE, encoding="utf-8")
    build(seeds, tmp / "docs", jobs=1, cache_dir=None)
    mkdocs_build(tmp / "docs", tmp / "site", strict=True)  # raises on any warning
    return {"seeds": seeds, "docs": tmp / "docs", "site": tmp / "site"}


@pytest.fixture(scope="module")
def briefing(built) -> dict:
    return json.loads((built["docs"] / "briefing.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pages(built) -> dict[str, Page]:
    site = built["site"]
    return {p.relative_to(site).as_posix(): Page(p.read_text(encoding="utf-8")) for p in sorted(site.rglob("*.html"))}


@pytest.fixture(scope="module")
def source(pages) -> Page:
    return pages["sources/hostile/index.html"]


def _hostile_doc(briefing: dict) -> dict:
    (doc,) = [d for d in briefing["documents"] if d["source"] == "hostile.txt"]
    return doc


# --- the build ---------------------------------------------------------------------------------


def test_strict_site_build_passes_with_every_page(built, briefing):
    site = built["site"]
    assert (site / "sources" / "hostile" / "index.html").is_file()
    for actor in briefing["actors"]:
        assert (site / "actors" / actor["id"] / "index.html").is_file(), actor["id"]


def test_nothing_is_lost_from_the_seed(briefing):
    doc = _hostile_doc(briefing)
    lines = [line.strip() for p in doc["paragraphs"] for line in p["text"].split("\n")]
    assert lines == _fixture_paragraphs()  # however lines are grouped into paragraphs
    assert doc["title"] == TITLE
    assert doc["author"] == "<img src=x onerror=alert(1)> Mallory"
    assert doc["publisher"] == "<iframe src=https://evil.example/frame></iframe> Press"
    assert doc["url"] == "javascript:alert(1)"
    assert sorted(doc["topics"]) == sorted(TOPICS)


def test_hostile_quotes_and_speakers_are_extracted_as_text(briefing):
    quotes = {q["speaker_name"]: q["text"] for q in briefing["quotes"]}
    assert quotes["John Smith"] == "The <img src=x onerror=alert(1)> tag is not a picture"
    assert quotes["Mary Jones"] == "We found {{ 7*7 }} and {% include 'x' %} in the logs"


def test_hostile_file_name_gets_a_safe_page(built, briefing):
    (doc,) = [d for d in briefing["documents"] if d["source"] == HOSTILE_NAME]
    assert re.fullmatch(r"[a-z0-9-]+", doc["id"])
    assert (built["docs"] / "sources" / f"{doc['id']}.md").is_file()


# --- nothing came alive --------------------------------------------------------------------------


def test_only_the_themes_scripts(pages):
    signatures = set()
    for path, page in pages.items():
        signature = []
        for attrs, text in page.scripts:
            src = attrs.get("src")
            if src:
                name = src.rsplit("/", 1)[-1]
                assert not re.match(r"^[a-z]+:|^//", src), (path, src)
                assert name in THEME_SCRIPTS or THEME_SCRIPT_PATTERN.match(name), (path, src)
                signature.append(name)
            else:
                assert "alert" not in text, (path, text[:200])
                signature.append(attrs.get("type") or "inline")
        signatures.add(tuple(signature))
    assert len(signatures) == 1, signatures  # the same theme scripts on every page, nothing more


def test_no_event_handler_attributes(pages):
    for path, page in pages.items():
        for tag, attrs in page.tags:
            handlers = [a for a in attrs if a.startswith("on")]
            assert not handlers, (path, tag, attrs)


def test_no_injected_elements_in_the_content(pages):
    for path, page in pages.items():
        maps = [attrs for tag, attrs in page.article_tags if tag == "svg" and attrs.get("class") == "bf-map"]
        found = {tag for tag, _ in page.article_tags} & FORBIDDEN_TAGS - ({"svg"} if maps else set())
        # Each "Correct this" block holds one <pre> and two <code> (the file name in its sentence,
        # the lines to copy); there are no others.
        blocks = [a for t, a in page.article_tags if t == "details" and "bf-correct" in (a.get("class") or "").split()]
        tags = [tag for tag, _ in page.article_tags]
        assert tags.count("pre") == tags.count("code") / 2 == len(blocks), path
        found -= {"pre", "code"} if blocks else set()
        assert not found, (path, found)
        assert len(maps) == sum(tag == "svg" for tag, _ in page.article_tags) <= 1, path  # only the map's own svg
        assert not any(tag in {"iframe", "object", "embed"} for tag, _ in page.tags), path


def test_no_external_images(pages):
    for path, page in pages.items():
        for tag, attrs in page.tags:
            if tag in {"img", "source", "image"}:
                src = (attrs.get("src") or attrs.get("href") or "").strip().lower()
                assert not re.match(r"^[a-z]+:|^//", src), (path, src)


def test_no_javascript_urls_except_the_themes_share_button(pages):
    for path, page in pages.items():
        for tag, attrs in page.tags:
            for key in ("href", "src", "action", "formaction", "xlink:href"):
                value = re.sub(r"[\s\x00-\x1f]", "", attrs.get(key) or "").lower()
                if not value.startswith(("javascript:", "vbscript:", "data:text/html")):
                    continue
                assert (tag, value, attrs.get("data-md-component")) == ("a", "javascript:void(0)", "search-share"), (
                    path,
                    tag,
                    attrs,
                )


def test_no_link_to_an_evil_host(pages):
    for path, page in pages.items():
        for tag, attrs in page.tags:
            for key in ("href", "src"):
                assert "evil.example" not in (attrs.get(key) or ""), (path, tag, attrs)


def test_snippet_line_includes_no_file(built, pages):
    for path, page in pages.items():
        assert "root:x:0:0" not in page.text, path
    for path in built["docs"].rglob("*.md"):
        assert "root:x:0:0" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("path", ["sources/hostile/index.html", "quotes/mary-jones/index.html", "actors/mary-jones/index.html"])
def test_template_expressions_are_not_evaluated(pages, path):
    text = pages[path].article_text
    assert "{{ 7*7 }}" in text and "49" not in text


def test_abbreviation_and_footnote_definitions_stay_text(pages):
    for path, page in pages.items():
        for tag, attrs in page.tags:
            assert not (tag == "abbr" and attrs.get("title") == "x"), path  # from `*[HTML]: x`
            assert "footnote" not in (attrs.get("class") or ""), path  # from `[^1]: x`
            assert "twemoji" not in (attrs.get("class") or ""), path  # from `:smile:`


def test_source_page_has_only_the_templates_structure(source, briefing):
    tags = [tag for tag, _ in source.article_tags]
    assert tags.count("h1") == 1 and tags.count("h2") == 1
    # the divs: Pagefind's body and the hidden list of its filters
    assert set(tags) <= {"h1", "h2", "a", "ul", "li", "strong", "details", "summary", "p", "abbr", "mark", "span", "div"}
    assert tags.count("div") == 2
    assert tags.count("li") == 6  # published, author, publisher, original, seed file, topics
    assert len(source.paragraphs) == len(_hostile_doc(briefing)["paragraphs"])


def pagefind_fragments(site: Path) -> list[dict]:
    """Every page record of the Pagefind index (gzip'd JSON behind a `pagefind_dcd` signature)."""
    out = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        out.append(json.loads(raw.removeprefix(b"pagefind_dcd")))
    return out


def test_search_index_holds_the_hostile_text_as_text(built):
    """Pagefind is given text: the hostile characters are in its index literally, as a reader sees them."""
    fragments = pagefind_fragments(built["site"])
    assert fragments
    source = next(f for f in fragments if f["url"] == "/sources/hostile/")
    assert "<script>alert(1)</script>" in source["content"]
    assert source["filters"]["type"] == ["source"]
    for fragment in fragments:
        assert "data-pagefind" not in fragment["content"], fragment["url"]


# --- the text shows literally --------------------------------------------------------------------


@pytest.mark.parametrize("hostile", BODY_STRINGS)
def test_body_text_shows_literally_on_the_source_page(source, hostile):
    assert hostile in source.article_text


def test_every_paragraph_shows_exactly_as_written(source, briefing):
    for p in _hostile_doc(briefing)["paragraphs"]:
        assert source.paragraph_text(f"p{p['n']}") == _flat(p["text"]), p["n"]


@pytest.mark.parametrize("hostile", FRONT_MATTER_STRINGS + ["hostile.txt"])
def test_front_matter_shows_literally_on_the_source_page(source, hostile):
    assert hostile in source.article_text


def test_title_shows_literally_in_the_title_element(source):
    assert TITLE in source.title


@pytest.mark.parametrize("topic", TOPICS)
def test_topics_show_literally(pages, topic):
    assert topic in pages["sources/hostile/index.html"].article_text
    assert topic in pages["sources/index.html"].article_text


def test_quotes_show_literally_on_the_quotes_and_actor_pages(pages):
    smith = "The <img src=x onerror=alert(1)> tag is not a picture"
    jones = "We found {{ 7*7 }} and {% include 'x' %} in the logs"
    assert smith in pages["quotes/john-smith/index.html"].article_text
    assert jones in pages["quotes/mary-jones/index.html"].article_text
    assert smith in pages["actors/john-smith/index.html"].article_text
    assert jones in pages["actors/mary-jones/index.html"].article_text


def test_roles_show_literally_on_actor_pages(pages, briefing):
    roles = {a["id"]: a["roles"] for a in briefing["actors"]}
    assert any("<b>" in r for r in roles["john-smith"])
    for actor_id in ("john-smith", "mary-jones"):
        for role in roles[actor_id]:
            assert role in pages[f"actors/{actor_id}/index.html"].article_text


def test_hostile_file_name_shows_literally(pages, briefing):
    (doc,) = [d for d in briefing["documents"] if d["source"] == HOSTILE_NAME]
    assert HOSTILE_NAME in pages[f"sources/{doc['id']}/index.html"].article_text
