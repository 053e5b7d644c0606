"""Rendering: escaping of seed text, stable ids, determinism, links back to the sources."""
from __future__ import annotations

import copy
import functools
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from briefing.errors import BriefingError
from briefing.model import Briefing
from briefing.render import (
    Catalog,
    abbreviation_block,
    abbreviation_definitions,
    date_label,
    excerpt,
    make_environment,
    md_text,
    normalize_text,
    render_site,
    timeline_chart,
    unique_names,
    web_url,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "briefing_small.json"

HOSTILE = [
    "<script>alert(1)</script>",
    '{: onclick="x" }',
    '--8<-- "/etc/passwd"',
    "*[HTML]: x",
    "[^1]: note",
    "{{ 7*7 }}",
    "{% raw %}",
    "# heading",
    "1. list",
    "| a | b |",
    "```",
    "![x](http://evil.example/x.png)",
    "[a](javascript:alert(1))",
    ":smile:",
    "(c)",
    "<!-- comment -->",
    "<div markdown>**x**</div>",
    "<http://auto.example>",
    "**bold** _em_ `code` ~~del~~ ==mark== ^^ins^^",
    "&amp; &#42; &lt;b&gt;",
    "    indented code",
    "> block quote",
    "- item",
    "---",
    "Title\n=====",
    "line one  \nline two",
    "[ref]: http://ref.example",
    "\\*backslash\\*",
    "<?php echo 1; ?>",
    "\x02wzxhzdk:0\x03 stash marker",
    "a\x00b\x1bc\x85d",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)",
]


# --- helpers ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _mkdocs_markdown() -> markdown.Markdown:
    """A Markdown converter with exactly the extensions configured in mkdocs.yml."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, options = [], {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict):
            (name, opts), = entry.items()
            names.append(name)
            options[name] = opts or {}
        else:
            names.append(entry)
    return markdown.Markdown(extensions=names, extension_configs=options)


def to_html(source: str) -> str:
    return _mkdocs_markdown().reset().convert(source)


class Tree(HTMLParser):
    """Tags with their attributes, and the text, of an HTML fragment."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())

    def names(self) -> list[str]:
        return [t for t, _ in self.tags]


def load_fixture() -> Briefing:
    return Briefing.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8")))


def render_to(tmp_path: Path, briefing: Briefing | None = None) -> dict[str, str]:
    render_site(briefing or load_fixture(), tmp_path)
    return {str(p.relative_to(tmp_path)): p.read_text(encoding="utf-8") for p in sorted(tmp_path.rglob("*.md"))}


def visible(text: str) -> str:
    return " ".join(normalize_text(text).split())


# --- md_text: nothing from a seed comes alive -------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_paragraph_renders_literally(hostile):
    tree = Tree(to_html(md_text(hostile)))
    assert tree.names() == ["p"]
    assert tree.tags[0][1] == {}
    assert tree.text == visible(hostile)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_in_heading_keeps_only_our_id(hostile):
    tree = Tree(to_html(f"## {md_text(hostile)} {{: #safe-id }}"))
    assert tree.names() == ["h2", "a"]  # the heading and its permalink
    assert tree.tags[0][1] == {"id": "safe-id"}
    assert tree.text == (visible(hostile) + "¶").strip()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_in_list_item_and_link_text(hostile):
    tree = Tree(to_html(f"- [{md_text(hostile)}](page.md) {md_text(hostile)}"))
    assert tree.names() == ["ul", "li", "a"]
    assert tree.tags[2][1] == {"href": "page.md"}
    assert tree.text == f"{visible(hostile)} {visible(hostile)}".strip()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_in_table_cell(hostile):
    tree = Tree(to_html(f"| A | B |\n| --- | --- |\n| {md_text(hostile)} | x |"))
    assert sorted(set(tree.names())) == ["table", "tbody", "td", "th", "thead", "tr"]
    assert visible(hostile) in tree.text


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_in_html_attribute(hostile):
    tree = Tree(to_html(f'Text <mark class="quote" title="{md_text(hostile)}">x</mark> end'))
    assert tree.names() == ["p", "mark"]
    assert tree.tags[1][1] == {"class": "quote", "title": visible(hostile)}


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_output_uses_only_safe_characters(hostile):
    assert re.fullmatch(r"(?:[A-Za-z0-9 ,]|&#\d+;|[^\x00-\x7f])*", md_text(hostile))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_md_text_any_text_renders_literally(text):
    tree = Tree(to_html("x " + md_text(text)))
    assert tree.names() == ["p"]
    assert tree.text == visible("x " + normalize_text(text))


def test_md_text_collapses_whitespace_and_drops_controls():
    assert md_text("  a\n\n b\t\x00c\x85 ") == "a b c"


def test_md_text_of_none_is_empty():
    assert md_text(None) == ""


# --- the Jinja environment escapes every value ---------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_template_values_are_escaped_by_finalize(hostile):
    env = make_environment()
    assert env.from_string("{{ value }}").render(value=hostile) == md_text(hostile)


def test_template_markup_passes_unescaped():
    env = make_environment()
    assert env.from_string("{{ value }}").render(value=Markup("[x](a.md)")) == "[x](a.md)"


def test_template_link_escapes_text_and_prefixes_base():
    env = make_environment()
    out = env.from_string('{{ link(name, "actors/x.md") }}').render(name="<b>[x]</b>", base="../")
    assert out == f"[{md_text('<b>[x]</b>')}](../actors/x.md)"


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "http://evil.example/", "a b.md", "x.md)", "x.md#a b", "x.md#<b>"]
)
def test_template_link_refuses_unsafe_targets(url):
    env = make_environment()
    with pytest.raises(BriefingError, match="unsafe link"):
        env.from_string("{{ link('x', url) }}").render(url=url)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.example.com/a?b=1&c=2", "https://www.example.com/a?b=1&c=2"),
        ("http://example.com", "http://example.com"),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("//evil.example/x", None),
        ('https://example.com/"onmouseover="x', None),
        ("ftp://example.com/x", None),
        (None, None),
    ],
)
def test_web_url_accepts_only_plain_http_addresses(url, expected):
    assert web_url(url) == expected


# --- preparation helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "date, label",
    [("2022-10-05", "5 October 2022"), ("2022-10", "October 2022"), ("2022", "2022"), ("2022-13", "2022")],
)
def test_date_label(date, label):
    assert date_label(date) == label


def test_excerpt_centres_on_the_name():
    parts = excerpt("word " * 40 + "Fumio Kishida spoke. " + "more " * 40, ["Kishida", "Fumio Kishida"])
    assert parts["match"] == "Fumio Kishida"
    assert parts["before"].startswith("… ") and parts["after"].endswith(" …")


def test_excerpt_without_match_is_the_paragraph_start():
    assert excerpt("Nothing here.", ["Kishida"]) == {"before": "Nothing here.", "match": "", "after": ""}


def test_timeline_chart_shows_gap_years():
    years = [{"year": "2014", "events": [1]}, {"year": "2016", "events": [1, 2]}]
    assert [(b["year"], b["count"], b["height"]) for b in timeline_chart(years)] == [
        ("2014", 1, 50),
        ("2015", 0, 0),
        ("2016", 2, 100),
    ]


def test_timeline_chart_long_span_keeps_only_years_with_events():
    years = [{"year": "1900", "events": [1]}, {"year": "2000", "events": [1]}]
    assert [b["year"] for b in timeline_chart(years)] == ["1900", "2000"]


@pytest.mark.parametrize(
    "ids, expected",
    [
        (["japan", "nato"], {"japan": "japan", "nato": "nato"}),
        (["index"], {"index": "index-2"}),
        (["../evil"], {"../evil": "evil"}),
        (["NATO", "nato"], {"NATO": "NATO", "nato": "nato-2"}),
        (["a/b", "a-b"], {"a-b": "a-b", "a/b": "a-b-2"}),
    ],
)
def test_unique_names_are_file_safe_and_distinct(ids, expected):
    assert unique_names(ids, reserved=["index"]) == expected


def test_abbreviations_only_plain_alphanumeric_terms():
    definitions = abbreviation_definitions(Catalog(load_fixture()))
    assert definitions["CNAD"] == "Conference of National Armaments Directors"
    assert "*[X]" not in definitions


@pytest.mark.parametrize("hostile", HOSTILE)
def test_abbreviation_expansion_stays_plain_text(hostile):
    block = abbreviation_block({"CNAD": normalize_text(hostile)})
    tree = Tree(to_html(f"The CNAD met.\n\n{block}"))
    expansion = visible(hostile)
    if expansion and expansion not in ('""', "''"):
        assert tree.names() == ["p", "abbr"]
        assert tree.tags[1][1] == {"title": expansion}
    assert tree.text == "The CNAD met."


# --- the rendered pages -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site_pages(tmp_path_factory) -> dict[str, str]:
    return render_to(tmp_path_factory.mktemp("docs"))


@pytest.fixture(scope="module")
def site_html(site_pages) -> dict[str, str]:
    return {path: to_html(text.split("---\n", 2)[2]) for path, text in site_pages.items()}


def test_render_site_writes_every_page(site_pages):
    briefing = load_fixture()
    expected = {"index.md", "timeline.md", "quotes.md", "glossary.md", "actors/index.md", "programs/index.md", "sources/index.md"}
    expected |= {f"actors/{a.id}.md" for a in briefing.actors}
    expected |= {f"programs/{p.id}.md" for p in briefing.programs}
    expected |= {f"sources/{d.id}.md" for d in briefing.documents}
    assert set(site_pages) == expected


def test_render_site_returns_written_paths_including_assets(tmp_path):
    paths = render_site(load_fixture(), tmp_path)
    assert paths == sorted(paths)
    assert tmp_path / "assets" / "stylesheets" / "briefing.css" in paths
    assert all(p.is_file() and tmp_path in p.parents for p in paths)


def test_every_heading_has_an_explicit_id(site_pages):
    for path, text in site_pages.items():
        for line in text.splitlines():
            if re.match(r"#{1,6} ", line):
                assert re.search(r" \{: #[A-Za-z0-9_-]+ \}$", line), f"{path}: {line}"


def test_ids_are_unique_on_every_page(site_html):
    for path, page in site_html.items():
        ids = [a["id"] for _, a in Tree(page).tags if a.get("id")]
        assert len(ids) == len(set(ids)), path


def test_heading_ids_are_slugs_of_names(site_pages):
    assert "# Fumio Kishida {: #fumio-kishida }" in site_pages["actors/fumio-kishida.md"]
    assert "## Fumio Kishida {: #fumio-kishida }" in site_pages["quotes.md"]
    assert "## 2022 {: #y2022 }" in site_pages["timeline.md"]
    assert "### F {: #person-f }" in site_pages["actors/index.md"]


def test_unnamed_speakers_are_grouped_under_their_wording(site_pages):
    assert f"## {md_text('a White House statement')} {{: #unnamed-a-white-house-statement }}" in site_pages["quotes.md"]


def test_existing_ids_survive_added_records(tmp_path):
    before = render_to(tmp_path / "a")
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["actors"].append(
        {"id": "aaron-abbot", "name": "Aaron Abbot", "kind": "person", "aliases": [], "mentions": [{"document": "japan-nato", "paragraph": 1}]}
    )
    data["events"].append(
        {"id": "e-new", "date": "1999", "date_text": "1999", "sentence": "New.", "document": "japan-nato", "paragraph": 1}
    )
    after = render_to(tmp_path / "b", Briefing.from_dict(data))
    for path, text in before.items():
        old_ids = set(re.findall(r"\{: #([A-Za-z0-9_-]+)", text))
        new_ids = set(re.findall(r"\{: #([A-Za-z0-9_-]+)", after[path]))
        assert old_ids <= new_ids, path


def test_rendering_is_deterministic(tmp_path):
    render_site(load_fixture(), tmp_path / "a")
    render_site(load_fixture(), tmp_path / "b")
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert a == b


def test_rendering_does_not_depend_on_input_order(tmp_path):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    shuffled = copy.deepcopy(data)
    for key in ("documents", "actors", "quotes", "statements", "events", "programs", "glossary"):
        shuffled[key].reverse()
    for record in shuffled["actors"] + shuffled["programs"]:
        record["mentions"].reverse()
        record["aliases"].reverse()
    assert render_to(tmp_path / "a", Briefing.from_dict(data)) == render_to(tmp_path / "b", Briefing.from_dict(shuffled))


def test_every_quote_links_to_its_paragraph(site_pages):
    for q in load_fixture().quotes:
        target = f"(sources/{q.document}.md#p{q.paragraph})"
        assert target in site_pages["quotes.md"]
        if q.speaker:
            assert f"(../{target[1:]}" in site_pages[f"actors/{q.speaker}.md"]


def test_each_quote_is_its_own_anchored_figure(site_html):
    tree = Tree(site_html["quotes.md"])
    figures = [a["id"] for t, a in tree.tags if t == "figure" and a.get("class") == "quote"]
    assert sorted(figures) == sorted(q.id for q in load_fixture().quotes)


def test_every_statement_links_to_its_paragraph(site_pages):
    for s in load_fixture().statements:
        assert f"(sources/{s.document}.md#p{s.paragraph})" in site_pages["quotes.md"]


def test_every_event_links_to_its_paragraph(site_pages):
    for e in load_fixture().events:
        assert f"(sources/{e.document}.md#p{e.paragraph})" in site_pages["timeline.md"]
        assert f"{{: #ev-{e.id} }}" in site_pages["timeline.md"]


def test_every_mention_links_to_its_paragraph(site_pages):
    for actor in load_fixture().actors:
        page = site_pages[f"actors/{actor.id}.md"]
        for m in actor.mentions:
            assert f"(../sources/{m.document}.md#p{m.paragraph})" in page


def test_glossary_terms_link_to_their_paragraph(site_pages):
    for t in load_fixture().glossary:
        assert f"(sources/{t.document}.md#p{t.paragraph})" in site_pages["glossary.md"]


def test_inferred_dates_are_marked(site_html):
    tree = Tree(site_html["timeline.md"])
    marked = [a for t, a in tree.tags if a.get("class") == "inferred"]
    assert len(marked) == sum(e.inferred for e in load_fixture().events)


def test_source_paragraphs_are_anchored_and_numbered(site_html):
    doc = load_fixture().documents[0]
    tree = Tree(site_html[f"sources/{doc.id}.md"])
    paragraphs = [a for t, a in tree.tags if t == "p" and a.get("class") == "src-para"]
    assert [a["id"] for a in paragraphs] == [f"p{p.n}" for p in doc.paragraphs]
    assert ("a", {"class": "src-num", "href": "#p4", "title": "Link to paragraph 4"}) in tree.tags


def test_source_paragraph_links_mentions_and_marks_quotes(site_html):
    page = site_html["sources/japan-nato.md"]
    assert '<a href="../actors/fumio-kishida.md">Prime Minister Fumio Kishida</a>' in page
    assert '<mark class="quote" title="Quote&#58; Fumio Kishida">As the international community' in page


def test_source_paragraph_links_first_occurrence_of_each_entity(site_html):
    paragraph = site_html["sources/japan-nato.md"].split('id="p3"', 1)[1].split("</p>", 1)[0]
    assert re.findall(r'<a href="../actors/nato.md">([^<]*)</a>', paragraph) == ["NATO"]


def test_source_page_shows_only_web_urls_as_links(site_html):
    links = [a for t, a in Tree(site_html["sources/japan-nato.md"]).tags if a.get("class") == "source-url"]
    assert [a["href"] for a in links] == ["https://www.example.com/news/japan-nato?id=1&x=2"]
    hostile = Tree(site_html["sources/hostile-text.md"])
    assert not any(a.get("href", "").startswith("javascript") for _, a in hostile.tags)
    assert "javascript:alert(1)" in hostile.text


def test_abbreviations_are_defined_on_every_page(site_html):
    for path, page in site_html.items():
        if "CNAD" in page:
            assert '<abbr title="Conference of National Armaments Directors">CNAD</abbr>' in page, path


def test_hostile_fixture_text_stays_text_on_every_page(site_html):
    allowed = {
        "a", "abbr", "blockquote", "br", "details", "div", "h1", "h2", "h3", "li", "mark", "nav",
        "ol", "p", "span", "strong", "em", "summary", "figure", "figcaption", "table", "tbody", "td", "th", "thead", "tr", "ul", "hr",
    }
    for path, page in site_html.items():
        tree = Tree(page)
        assert set(tree.names()) <= allowed, path
        for _, attrs in tree.tags:
            assert not any(name.startswith("on") for name in attrs), path
            assert not (attrs.get("href") or "").startswith(("javascript", "http://evil")), path


def test_hostile_fixture_text_is_visible_literally(site_html):
    text = Tree(site_html["sources/hostile-text.md"]).text
    for hostile in HOSTILE[:15]:
        assert visible(hostile) in text, hostile


def test_related_actors_most_shared_first(site_pages):
    page = site_pages["actors/japan.md"]
    related = page.split("## Related actors", 1)[1]
    assert related.index("[NATO]") < related.index("[Madrid]")


def test_key_points_link_to_paragraphs(site_pages):
    points = site_pages["index.md"].split("## Key points", 1)[1].split("##", 1)[0]
    assert "(sources/japan-nato.md#p1)" in points


def test_dangling_reference_is_a_clear_error(tmp_path):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["quotes"][0]["paragraph"] = 99
    with pytest.raises(BriefingError, match=r"quote 'q-destabilizing' points to paragraph 99 of document 'japan-nato'"):
        render_site(Briefing.from_dict(data), tmp_path)


def test_unsafe_ids_stay_inside_their_folder(tmp_path):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["actors"][0]["id"] = "../../escape"
    data["programs"][0]["id"] = "index"
    render_site(Briefing.from_dict(data), tmp_path / "docs")
    assert not (tmp_path / "escape.md").exists()
    assert (tmp_path / "docs" / "actors" / "escape.md").is_file()
    assert "# Programs" in (tmp_path / "docs" / "programs" / "index.md").read_text(encoding="utf-8")


def test_empty_briefing_renders(tmp_path):
    pages = render_to(tmp_path, Briefing())
    assert "No dated events were found." in pages["index.md"]


def test_page_titles_are_escaped_front_matter(site_pages):
    front = site_pages["sources/hostile-text.md"].split("---\n", 2)[1]
    title = yaml.safe_load(front)["title"]
    assert html.unescape(title) == "Markup *injection* test <script>alert(1)</script>"
    assert "<" not in title
