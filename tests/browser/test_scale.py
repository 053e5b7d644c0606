"""The reader on a generated 320-article site: Pagefind filters, sections, split lists, no outside request.

The site is built once per session (`generated_site`); expectations come from render's own
`Catalog` of that briefing, not from strings copied out of the pages.
"""
from __future__ import annotations

import re

import pytest

from briefing.render import speakers

from .corpus import PUBLISHERS, SPOKESPERSON
from .helpers import heading_text, in_viewport, page_path, result_links, search

pytestmark = pytest.mark.browser


@pytest.fixture
def big(open_page, generated_url):
    return open_page((generated_url + "/", "data:", "blob:"))


def result_count(page) -> int:
    """The number Pagefind reports ("12 matching documents"), once the list has settled."""
    text = page.locator(".md-search-result__meta").inner_text()
    match = re.match(r"(\d+|No) matching", text)
    assert match, f"no result count in {text!r}"
    return 0 if match.group(1) == "No" else int(match.group(1))


def choose(page, name: str, value: str) -> int:
    """Set one filter of the search panel and wait for the results to change; return the count."""
    before = page.locator(".md-search-result__meta").inner_text()
    control = page.locator(f"[data-filter='{name}']")
    if control.evaluate("e => e.tagName") == "SELECT":
        control.select_option(value=value)
    else:
        control.fill(value)
        control.dispatch_event("change")
    page.wait_for_function("t => document.querySelector('.md-search-result__meta').textContent !== t", arg=before)
    page.wait_for_function("() => document.querySelectorAll('.md-search-result__item').length > 0")
    return result_count(page)


def open_filters(page) -> None:
    page.locator(".bf-search__filters summary").click()
    page.wait_for_function("() => document.querySelectorAll(\"[data-filter='type'] option\").length > 1")


def test_filters_narrow_results(big, generated_url, generated_catalog):
    big.goto(generated_url + "/")
    search(big, "plan")
    everything = result_count(big)
    open_filters(big)

    sources = choose(big, "type", "source")
    assert 0 < sources < everything
    labels = big.eval_on_selector_all(".bf-search__result h1 .bf-search__type", "els => els.map(e => e.textContent)")
    assert labels and all(label.startswith("source") for label in labels), labels

    publisher = choose(big, "publisher", PUBLISHERS[0])
    assert 0 < publisher < sources
    documents = [d for d in generated_catalog.briefing.documents if d.publisher == PUBLISHERS[0]]
    assert publisher == len(documents)

    year = choose(big, "year", "2023")
    assert 0 < year < publisher
    assert year == sum(1 for d in documents if d.date.startswith("2023"))


def test_actor_filter_lists_the_documents_naming_the_actor(big, generated_url, generated_catalog):
    actor = next(e for e in generated_catalog.actors.values() if e.record.kind == "person" and e.name != SPOKESPERSON)
    documents = {d for d, _ in actor.paragraphs}
    big.goto(generated_url + "/")
    big.keyboard.press("/")
    open_filters(big)
    count = choose(big, "actor", actor.name)
    assert count == len(documents)
    shown = {link["path"] for link in result_links(big) if "#" not in link["path"]}
    expected = {page_path(generated_catalog.doc_urls[d]) for d in documents}
    assert shown and shown <= expected


def test_results_open_the_right_section(big, generated_url, generated_catalog):
    """A document's title is a section of the actor pages naming it: the result opens that section."""
    cat = generated_catalog
    actor = next(e for e in cat.actors.values() if e.record.kind == "person" and e.name != SPOKESPERSON)
    document = cat.documents[max((d for d, _ in actor.paragraphs), key=cat.doc_order.get)]
    section = page_path(actor.url) + "#in-" + cat.doc_urls[document.id].removeprefix("sources/").removesuffix(".md")
    big.goto(generated_url + "/")
    search(big, document.title)
    links = [link for link in result_links(big) if link["path"] == section]
    assert links, f"no result opens {section}: {[link['path'] for link in result_links(big)]}"
    link = big.locator(f'.md-search-result__item a.md-search-result__link[href="{links[0]["href"]}"]').first
    if not link.is_visible():
        link.locator("xpath=ancestor::details[1]/summary").click()
    link.click()
    big.wait_for_url(generated_url + section)
    fragment = section.partition("#")[2]
    heading = big.locator(f'[id="{fragment}"]')
    assert heading_text(heading) == document.title
    big.wait_for_function("el => el.getBoundingClientRect().top < innerHeight", arg=heading.element_handle())
    assert in_viewport(heading)["visible"]


def _pager(page) -> dict[str, str | None]:
    return page.evaluate(
        """() => { const nav = document.querySelector('nav.bf-pager');
                   const href = sel => { const a = nav && nav.querySelector(sel); return a ? new URL(a.href).pathname : null; };
                   return {prev: href("a[rel='prev']"), up: href('.bf-pager__up'), next: href("a[rel='next']")}; }"""
    )


@pytest.mark.parametrize("which", ["quotes", "timeline"])
def test_a_split_list_page_links_to_its_neighbours(big, generated_url, generated_catalog, which):
    cat = generated_catalog
    if which == "quotes":
        speaker = next(s for s in speakers(cat) if s.name == SPOKESPERSON)
        top = page_path(speaker.url)
    else:
        top = page_path("timeline/index.md")
    big.goto(generated_url + top)
    parts = big.eval_on_selector_all("li.bf-moved > a", "els => els.map(a => new URL(a.href).pathname)")
    assert len(parts) >= 3, f"{top} is not cut into pages: {parts}"

    i = len(parts) // 2
    middle = parts[i]
    big.goto(generated_url + middle)
    pager = _pager(big)
    assert pager == {"prev": parts[i - 1], "up": top, "next": parts[i + 1]}

    big.locator("nav.bf-pager a[rel='next']").click()
    big.wait_for_url(generated_url + pager["next"])
    assert _pager(big)["prev"] == middle
    assert heading_text(big.locator("article h1").first)


def test_no_request_leaves_the_site(big, generated_url, generated_catalog):
    cat = generated_catalog
    actor = next(iter(cat.actors.values()))
    for path in ("/", "/timeline/", "/quotes/", "/sources/", page_path(actor.url),
                 page_path(cat.doc_urls[cat.sorted_documents()[-1].id])):
        big.goto(generated_url + path)
    search(big, "harbor")
    open_filters(big)
    choose(big, "type", "source")
    big.wait_for_load_state("networkidle")
    recorder = big.recorder
    assert any("/pagefind/" in url for url in recorder.requests)
    assert not recorder.foreign(), "requests outside the site:\n" + "\n".join(recorder.foreign())
