"""The relationship maps: links to actor pages and to evidence, caps, text alternative, same bytes."""
from __future__ import annotations

import re

import pytest

from briefing.graph import RelationGraph
from briefing.model import Actor, Briefing, Document, Paragraph, Ref
from briefing.render import Catalog
from briefing.render.network import (
    EVIDENCE_SHOWN,
    LABEL_CHARS,
    OVERVIEW_ACTORS,
    OVERVIEW_LINKS,
    RELATED_LISTED,
    Network,
)

from .helpers import Tree, load_fixture, render_to, to_html

MAP = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" class="bf-map".*?</svg>', re.S)


def corpus(actors: dict[str, list[int]], paragraphs: int = 40, kind: str = "person") -> Briefing:
    """One document; each actor named in the listed paragraphs."""
    document = Document("doc", "doc.txt", "Doc", [Paragraph(n, f"Paragraph {n}.") for n in range(1, paragraphs + 1)])
    return Briefing(
        documents=[document],
        actors=[Actor(a, a.replace("-", " ").title(), kind, mentions=[Ref("doc", n) for n in ns]) for a, ns in actors.items()],
    )


def network(briefing: Briefing) -> Network:
    return Network(Catalog(briefing), RelationGraph(briefing))


def svg_links(page: str) -> list[str]:
    return re.findall(r'<a href="([^"]+)">', MAP.search(page).group(0))


def anchors(markdown: str) -> set[str]:
    return set(re.findall(r"\{: #([A-Za-z0-9_-]+) \}", markdown)) | set(re.findall(r' id="([^"]+)"', to_html(markdown)))


@pytest.fixture(scope="module")
def fixture_pages(tmp_path_factory):
    return render_to(tmp_path_factory.mktemp("network"), load_fixture())


def test_overview_and_actor_maps_are_drawn(fixture_pages):
    assert MAP.search(fixture_pages["index.md"])
    assert MAP.search(fixture_pages["actors/fumio-kishida.md"])


def test_every_circle_and_line_leads_to_a_page_and_an_anchor_that_exist(fixture_pages):
    checked = 0
    for path in ["index.md", *(p for p in fixture_pages if p.startswith("actors/"))]:
        page = fixture_pages[path]
        if not MAP.search(page):
            continue
        base = "actors/" if path.startswith("actors/") else ""
        for href in svg_links(page):
            target, _, fragment = href.partition("#")
            target = re.sub(r"^(\.\./)+", "", target) if target.startswith("../") else base + target
            assert target in fixture_pages, (path, href)
            if fragment:
                assert fragment in anchors(fixture_pages[target]), (path, href)
                assert fragment.startswith("with-"), href
            checked += 1
    assert checked > 40


def test_maps_have_a_title_a_description_and_a_table_of_the_same_links(fixture_pages):
    page = fixture_pages["index.md"]
    svg = MAP.search(page).group(0)
    assert '<title id="bf-map-title">' in svg and '<desc id="bf-map-desc">' in svg
    assert 'aria-labelledby="bf-map-title"' in svg and 'aria-describedby="bf-map-desc"' in svg
    lines = svg.count("<path ")
    table = Tree(to_html(page.split("<details class=\"bf-map-table\"", 1)[1].split("</details>", 1)[0]))
    rows = [attrs["href"] for tag, attrs in table.tags if tag == "a" and "#with-" in attrs.get("href", "")]
    assert len(rows) == lines > 0
    svg_edges = [h for h in svg_links(page) if "#with-" in h]
    assert sorted(rows) == sorted(svg_edges)


def test_the_same_briefing_gives_the_same_bytes(tmp_path):
    first = render_to(tmp_path / "one", load_fixture())
    second = render_to(tmp_path / "two", load_fixture())
    assert MAP.search(first["index.md"]).group(0) == MAP.search(second["index.md"]).group(0)
    assert first == second


def test_a_large_briefing_keeps_the_overview_within_its_caps():
    # 80 actors, each named with the next three: many links, far more than a map can show
    actors = {f"actor-{i:02d}": [n for n in range(1, 81) if 0 <= i - n < 4 or i == n] for i in range(1, 81)}
    view = network(corpus(actors, paragraphs=80)).overview_map("")
    svg = str(view["svg"])
    assert svg.count("<circle") == view["actor_count"] <= OVERVIEW_ACTORS
    assert svg.count("<path") == view["link_count"] == len(view["links"]) <= OVERVIEW_LINKS
    assert len(svg) < 40_000


def test_long_names_are_cut_in_labels_and_whole_in_tooltips():
    long = "the-very-long-named-international-organization-of-examples"
    view = network(corpus({long: [1, 2, 3], "ann": [1], "bob": [2], "cid": [3]})).actor_map(
        Catalog(corpus({long: [1, 2, 3], "ann": [1], "bob": [2], "cid": [3]})).actors[long], "../"
    )
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", str(view["svg"]))
    assert all(len(label) <= LABEL_CHARS for label in labels if "&" not in label)
    assert any(label.endswith("…") for label in labels)
    assert "The Very Long Named International Organization Of Examples" in str(view["svg"])


def test_seed_text_in_names_stays_text():
    hostile = corpus({"evil": [1, 2, 3], "ann": [1], "bob": [2], "cid": [3]})
    hostile.actors[0].name = '<script>alert(1)</script>" onmouseover="x'
    net = network(hostile)
    svg = str(net.actor_map(net.cat.actors["evil"], "../")["svg"])
    assert "<script" not in svg and 'onmouseover="' not in svg
    assert {tag for tag, _ in Tree(svg).tags} <= {"svg", "title", "desc", "g", "a", "circle", "text", "path"}


def test_an_actor_with_few_neighbours_gets_no_map():
    net = network(corpus({"ann": [1, 2], "bob": [1], "cid": [2]}))
    assert net.actor_map(net.cat.actors["ann"], "../") is None  # two neighbours: the list says it all
    assert net.related(net.cat.actors["ann"])


def test_related_actors_show_the_first_paragraphs_and_count_the_rest():
    net = network(corpus({"ann": list(range(1, 9)), "bob": list(range(1, 9)), "cid": [1]}))
    ann = net.cat.actors["ann"]
    bob = next(r for r in net.related(ann) if r["name"] == "Bob")
    assert bob["shared"] == 8 and bob["more"] == 8 - EVIDENCE_SHOWN
    assert [ref["url"] for g in bob["groups"] for ref in g["refs"]] == [f"sources/doc.md#p{n}" for n in range(1, 6)]
    assert bob["anchor"] == "with-bob"
    assert net.evidence_url("bob", "ann") == "actors/bob.md#with-ann"


def test_overview_links_are_listed_with_their_evidence_even_beyond_the_top_related():
    # "hub" shares two paragraphs with each of 25 actors and one with "tail": tail is past hub's
    # top related actors, but the overview draws their link (tail's only one).
    actors = {"hub": [*range(1, 27), 30, 31, 32, 33, 34], "tail": [26]}
    actors |= {f"n{i:02d}": [i, 30 + i % 5] for i in range(1, 26)}
    net = network(corpus(actors, paragraphs=40))
    assert "tail" not in net.graph.neighbours("hub")[:RELATED_LISTED]
    assert ("hub", "tail") in net.overview_links
    assert net.evidence_url("hub", "tail") == "actors/hub.md#with-tail"
    assert "tail" in [r["anchor"].removeprefix("with-") for r in net.related(net.cat.actors["hub"])]
