"""The pages: stable ids, determinism, links back to the sources, hostile text kept as text."""
from __future__ import annotations

import copy
import html
import json
import re

import pytest
import yaml

from briefing.model import Briefing
from briefing.render import render_site
from briefing.render.catalog import Catalog
from briefing.render.escape import md_text, normalize_text
from briefing.render.pages import abbreviation_block, abbreviation_definitions
from briefing.render.timeline import timeline_chart
from briefing.render.views import date_label

from .helpers import FIXTURE, HOSTILE, Tree, load_fixture, render_to, to_html, visible


# --- preparation helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "date, label",
    [("2022-10-05", "5 October 2022"), ("2022-10", "October 2022"), ("2022", "2022"), ("2022-13", "2022")],
)
def test_date_label(date, label):
    assert date_label(date) == label


def test_timeline_chart_shows_gap_years():
    assert [(b["year"], b["count"], b["height"]) for b in timeline_chart({"2014": 1, "2016": 2})] == [
        ("2014", 1, 50),
        ("2015", 0, 0),
        ("2016", 2, 100),
    ]


def test_timeline_chart_long_span_keeps_only_years_with_events():
    assert [b["year"] for b in timeline_chart({"1900": 1, "2000": 1})] == ["1900", "2000"]


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
    expected = {"index.md", "timeline/index.md", "quotes/index.md", "glossary.md", "actors/index.md", "programs/index.md",
                "sources/index.md"}
    expected |= {f"actors/{a.id}.md" for a in briefing.actors}
    expected |= {f"programs/{p.id}.md" for p in briefing.programs}
    expected |= {f"sources/{d.id}.md" for d in briefing.documents}
    expected |= {f"sources/{v.id}.md" for d in briefing.documents for v in d.versions if v.id != d.id}
    expected |= {f"timeline/{e.date[:4]}.md" for e in briefing.events}
    expected |= {f"quotes/{q.speaker}.md" for q in briefing.quotes if q.speaker}
    assert expected <= set(site_pages)
    assert all(page.startswith(("actors/all/", "quotes/", "sources/dates/", "sources/topics/"))
               for page in set(site_pages) - expected)


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
    assert "{: #fumio-kishida .bf-moved }" in site_pages["quotes/index.md"]
    assert f"# {md_text('Quotes: Fumio Kishida')} {{: #fumio-kishida }}" in site_pages["quotes/fumio-kishida.md"]
    assert "{: #y2022 .bf-moved }" in site_pages["timeline/index.md"]
    assert f"# {md_text('Timeline: 2022')} {{: #y2022 }}" in site_pages["timeline/2022.md"]
    assert f"# {md_text('People: F')} {{: #person-f }}" in site_pages["actors/all/person-f.md"]


def test_unnamed_speakers_are_grouped_under_their_wording(site_pages):
    assert "{: #unnamed-a-white-house-statement .bf-moved }" in site_pages["quotes/index.md"]
    page = site_pages["quotes/unnamed-a-white-house-statement.md"]
    assert f"# {md_text('Quotes: a White House statement')} {{: #unnamed-a-white-house-statement }}" in page


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


def _joined(pages: dict[str, str], folder: str) -> str:
    return "\n".join(text for path, text in sorted(pages.items()) if path.startswith(folder))


def test_every_quote_links_to_its_paragraph(site_pages):
    quotes = _joined(site_pages, "quotes/")
    for q in load_fixture().quotes:
        target = f"sources/{q.document}.md#p{q.paragraph})"
        assert f"(../{target}" in quotes
        if q.speaker:
            assert f"(../{target}" in site_pages[f"actors/{q.speaker}.md"]


def test_each_quote_is_its_own_anchored_figure(site_html):
    figures = [
        a["id"] for path, page in site_html.items() if path.startswith("quotes/")
        for t, a in Tree(page).tags if t == "figure" and a.get("class") == "quote"
    ]
    assert sorted(figures) == sorted(q.id for q in load_fixture().quotes)


def _speaker_marks(html_page: str) -> list[dict]:
    return [a for t, a in Tree(html_page).tags if t == "span" and a.get("class") == "inferred attribution"]


@pytest.mark.parametrize("page", ["quotes/", "actors/nobushige-takamizawa.md", "actors/fumio-kishida.md"])
def test_inferred_speakers_are_marked_in_words(site_html, page):
    """A pronoun, description or previous speaker is marked; a named one or an unnamed source is not."""
    fixture = load_fixture()
    shown = [i for i in [*fixture.quotes, *fixture.statements] if page == "quotes/" or page == f"actors/{i.speaker}.md"]
    html = "".join(text for path, text in sorted(site_html.items()) if path == page or (page == "quotes/" and path.startswith(page)))
    marks = _speaker_marks(html)
    assert len(marks) == sum(i.attribution in ("pronoun", "description", "previous") for i in shown) > 0
    assert all(m["title"] for m in marks)
    assert Tree(html).text.count("(inferred: ") == len(marks)  # said in words, not by colour


def test_named_speakers_carry_no_mark(site_html):
    assert _speaker_marks(site_html["actors/liviu-lazar.md"]) == []


def test_every_statement_links_to_its_paragraph(site_pages):
    quotes = _joined(site_pages, "quotes/")
    for s in load_fixture().statements:
        assert f"(../sources/{s.document}.md#p{s.paragraph})" in quotes


def test_every_event_links_to_its_paragraph(site_pages):
    for e in load_fixture().events:
        page = site_pages[f"timeline/{e.date[:4]}.md"]
        assert f"(../sources/{e.document}.md#p{e.paragraph})" in page
        assert f"{{: #ev-{e.id} }}" in page


def test_every_mention_links_to_its_paragraph(site_pages):
    for actor in load_fixture().actors:
        page = site_pages[f"actors/{actor.id}.md"]
        for m in actor.mentions:
            assert f"(../sources/{m.document}.md#p{m.paragraph})" in page


def test_glossary_terms_link_to_their_paragraph(site_pages):
    for t in load_fixture().glossary:
        assert f"(sources/{t.document}.md#p{t.paragraph})" in site_pages["glossary.md"]


def test_inferred_dates_are_marked(site_html):
    marked = [
        a for path, page in site_html.items() if path.startswith("timeline/")
        for t, a in Tree(page).tags if a.get("class") == "inferred"
    ]
    assert len(marked) == sum(e.inferred for e in load_fixture().events)


def test_source_paragraphs_are_anchored_and_numbered(site_html):
    doc = load_fixture().documents[0]
    tree = Tree(site_html[f"sources/{doc.id}.md"])
    paragraphs = [a for t, a in tree.tags if t == "p" and "src-para" in (a.get("class") or "").split()]
    assert [a["id"] for a in paragraphs] == [f"p{p.n}" for p in doc.paragraphs]
    assert ("a", {"class": "src-num", "href": "#p4", "aria-label": "Link to paragraph 4"}) in tree.tags
    # A `title` would cost a Material tooltip per paragraph, mounted on every page load.
    assert not [a for t, a in tree.tags if a.get("class") == "src-num" and "title" in a]


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
        "svg", "title", "desc", "g", "circle", "path", "text",  # the relationship maps (render.network)
        "pre", "code", "button",  # once in each "Correct this" block, nowhere else (counted below)
    }
    for path, page in site_html.items():
        tree = Tree(page)
        assert set(tree.names()) <= allowed, path
        blocks = [a for t, a in tree.tags if t == "details" and a.get("class") == "bf-correct"]
        names = tree.names()  # a block's <code>: the file name in its sentence, and the lines
        assert names.count("pre") == names.count("button") == names.count("code") / 2 == len(blocks), path
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


def test_empty_briefing_renders(tmp_path):
    pages = render_to(tmp_path, Briefing())
    assert "No dated events were found." in pages["index.md"]


def test_page_titles_are_escaped_front_matter(site_pages):
    front = site_pages["sources/hostile-text.md"].split("---\n", 2)[1]
    title = yaml.safe_load(front)["title"]
    assert html.unescape(title) == "Markup *injection* test <script>alert(1)</script>"
    assert "<" not in title



def test_a_document_without_a_title_is_shown_by_its_file_name(tmp_path):
    briefing = load_fixture()
    document = briefing.documents[0]
    document.title = ""
    pages = render_to(tmp_path, briefing)
    source = pages[f"sources/{document.id}.md"]
    assert f"# {md_text(document.source)}" in source
    assert md_text(document.source) in pages["sources/index.md"]


def _with_caption_actor() -> Briefing:
    """The fixture with an organisation that only the first document's photo caption names."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["actors"].append({
        "id": "japan-maritime-self-defense-force", "name": "Japan Maritime Self-Defense Force", "kind": "organization",
        "aliases": [], "roles": [], "mentions": [{"document": "japan-nato", "paragraph": 1, "part": "caption"}],
    })
    return Briefing.from_dict(data)


def test_a_caption_mention_links_to_the_caption_of_its_source(tmp_path):
    pages = render_to(tmp_path, _with_caption_actor())
    actor = pages["actors/japan-maritime-self-defense-force.md"]
    assert re.search(r"\[caption\]\(\.\./sources/japan-nato\.md#caption\)", actor)
    assert "¶1" not in actor  # the caption, not paragraph 1
    assert 'id="caption"' in pages["sources/japan-nato.md"]
    assert "actors/japan-maritime-self-defense-force.md" in pages["sources/japan-nato.md"]  # named in the document


def test_a_caption_mention_counts_its_document():
    cat = Catalog(_with_caption_actor())
    entity = cat.actors["japan-maritime-self-defense-force"]
    assert (entity.paragraphs, entity.captions, entity.mention_count) == ([], ["japan-nato"], 1)
    assert entity in cat.entities_in["japan-nato"]


# --- what the search index gets ------------------------------------------------------------------


class _Indexed(Tree):
    """The text Pagefind indexes: all but what sits inside a `data-pagefind-ignore` element."""

    _VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "track", "path",
             "circle", "line", "rect"}

    def __init__(self, source: str) -> None:
        self._open: list[tuple[str, bool]] = []
        super().__init__(source)

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        if tag not in self._VOID:
            self._open.append((tag, self._ignored or "data-pagefind-ignore" in dict(attrs)))

    def handle_endtag(self, tag):
        while self._open and self._open.pop()[0] != tag:
            pass

    @property
    def _ignored(self) -> bool:
        return bool(self._open) and self._open[-1][1]

    def handle_data(self, data):
        if not self._ignored:
            super().handle_data(data)


def _kishida(site_html) -> tuple[str, str]:
    return site_html["actors/fumio-kishida.md"], _Indexed(site_html["actors/fumio-kishida.md"]).text


def test_actor_pages_index_their_own_text_once_not_the_repeated_evidence(site_html):
    """Quotes, statements, mention excerpts and events on an actor page repeat the quote, source and
    timeline pages: they stay visible but out of the search index, so each text is indexed once."""
    fixture = load_fixture()
    page, indexed = _kishida(site_html)
    shown = Tree(page).text
    assert "Fumio Kishida" in indexed
    repeated = [visible(q.text) for q in fixture.quotes if q.speaker == "fumio-kishida"]
    repeated += [visible(s.text) for s in fixture.statements if s.speaker == "fumio-kishida"]
    repeated += [visible(e.sentence) for e in fixture.events if "fumio-kishida" in e.actors]
    assert repeated
    for text in repeated:
        probe = text[:40]
        assert probe in shown and probe not in indexed, probe


def test_actor_pages_keep_each_document_heading_searchable(site_html):
    """The headings of an actor's mentions (one per document) stay indexed: results deep-link there."""
    page, indexed = _kishida(site_html)
    documents = {m.document for a in load_fixture().actors if a.id == "fumio-kishida" for m in a.mentions}
    titles = [d.title for d in load_fixture().documents if d.id in documents]
    assert titles and all(visible(t) in indexed for t in titles)
    paragraphs = [visible(p) for d in load_fixture().documents if d.id in documents for p in d.paragraphs]
    excerpts = [p[p.index("Kishida"):][:30] for p in paragraphs if "Kishida" in p]
    assert excerpts and all(e in Tree(page).text and e not in indexed for e in excerpts)


@pytest.mark.parametrize("page, kind", [("quotes/", "quotes"), ("timeline/", "events")])
def test_the_one_copy_of_each_text_stays_indexed(site_html, page, kind):
    fixture = load_fixture()
    items = [visible(q.text) for q in fixture.quotes] if kind == "quotes" else [visible(e.sentence) for e in fixture.events]
    indexed = " ".join(_Indexed(text).text for path, text in sorted(site_html.items()) if path.startswith(page))
    assert items and all(item[:40] in indexed for item in items)
