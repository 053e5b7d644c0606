"""Source pages of stories in several versions, the pages at earlier per-file addresses, and
quotes carried by several documents."""
from __future__ import annotations

import re

import pytest

from .helpers import Tree, load_fixture, render_to, to_html, visible


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    return render_to(tmp_path_factory.mktemp("sources"))


def ids(html: str) -> set[str]:
    return {attrs["id"] for _, attrs in Tree(html).tags if attrs.get("id")}


def test_a_story_shows_its_latest_text_then_its_earlier_versions(pages):
    page = pages["sources/japan-nato.md"]
    text, earlier = (visible(Tree(to_html(part)).text) for part in page.split("## Earlier versions", 1))
    assert "would send observers" not in text
    assert "would send observers" in earlier
    assert "Japan seeks closer ties with NATO" in earlier
    assert "Published: 1 November 2022" in earlier
    assert "000_japan_nato.txt" in earlier
    assert "Versions: 2, the latest shown" in text


def test_an_earlier_versions_paragraph_is_addressable(pages):
    html = to_html(pages["sources/japan-nato.md"])
    assert {"p1", "p12", "p13", "versions"} <= ids(html)
    assert 'href="#p13"' in html


def test_a_story_in_one_version_has_no_earlier_versions(pages):
    assert "Earlier versions" not in pages["sources/hostile-text.md"]


def test_the_old_address_of_a_version_leads_to_the_story(pages):
    page = pages["sources/japan-nato-update.md"]
    assert "search:\n  exclude: true" in page
    html = to_html(page)
    links = re.findall(r'href="([^"]+)"', html)
    assert "../sources/japan-nato.md" in links
    story = "../sources/japan-nato.md#p"
    assert [link for link in links if link.startswith(story)] == [f"{story}{n}" for n in range(1, 13)]
    assert {f"p{n}" for n in range(1, 13)} <= ids(html)


def test_the_story_links_its_versions_old_address(pages):
    assert "(../sources/japan-nato-update.md)" in pages["sources/japan-nato.md"]


def test_the_story_keeps_its_first_versions_address():
    briefing = load_fixture()
    assert "japan-nato.md" in {f"{d.id}.md" for d in briefing.documents}
    assert "sources/japan-nato.md" not in [f"sources/{v.id}.md" for d in briefing.documents for v in d.versions[1:]]


def test_the_lists_of_sources_count_versions(pages):
    lists = "\n".join(text for path, text in pages.items() if path.startswith("sources/dates/"))
    rows = [line for line in lists.splitlines() if "japan-nato.md" in line and line.startswith("|")]
    assert rows and rows[0].rstrip(" |").endswith("| 2")


def test_a_quote_carried_by_two_documents_is_shown_once_with_both_sources(pages):
    for page in (pages["quotes/fumio-kishida.md"], pages["actors/fumio-kishida.md"]):
        figures = [f.split("</figure>", 1)[0] for f in page.split('<figure class="quote"')[1:]]
        (figure,) = [f for f in figures if "crossroads in history" in f]
        assert "sources/japan-nato.md#p4" in figure and "sources/hostile-text.md#p8" in figure


def test_a_quote_carried_by_two_documents_is_marked_in_both(pages):
    for path, n in (("sources/japan-nato.md", 4), ("sources/hostile-text.md", 8)):
        paragraph = next(line for line in pages[path].splitlines() if line.startswith(f"[{n}]("))
        assert '<mark class="quote"' in paragraph
