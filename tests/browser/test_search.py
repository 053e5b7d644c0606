"""Search as a reader uses it: find a person, an organization, a quote, an acronym, a program.

The queries come from the seed briefing (`seed_briefing` through render's `Catalog`), not from
strings copied out of the article, and the expected pages are where render put those records.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from briefing.render import abbreviation_definitions, normalize_text

from .helpers import (
    content_text, heading_text, in_viewport, most_mentioned, page_path, result_links, search, speaker_of,
)

pytestmark = pytest.mark.browser


@dataclass
class Case:
    query: str
    targets: dict[str, str]  # site paths (with #fragment for sections) any of which is right: the heading there
    text: str = ""  # text that must be on the opened page


def _surname(entity) -> str:
    return entity.name.split()[-1]


def _quote_query(cat) -> tuple[object, str]:
    """A quote of a named person and four of its longer words, in order."""
    for q in sorted(cat.briefing.quotes, key=lambda q: q.id):
        speaker = cat.actors.get(q.speaker or "")
        words = [w for w in re.findall(r"[A-Za-z]+", q.text) if len(w) >= 6]
        if speaker and speaker.record.kind == "person" and len(set(words)) >= 4:
            return q, " ".join(list(dict.fromkeys(words))[:4])
    pytest.fail("the seed briefing has no quote of a named person with four long words")


def search_case(cat, kind: str) -> Case:
    if kind in ("person", "organization"):
        actor = most_mentioned(cat.actors, kind)
        query = _surname(actor) if kind == "person" else actor.name
        return Case(query, {page_path(actor.url): actor.name})
    if kind == "program":
        program = most_mentioned(cat.programs)
        return Case(program.name, {page_path(program.url): program.name})
    if kind == "acronym":
        abbreviation, expansion = sorted(abbreviation_definitions(cat).items())[0]
        return Case(abbreviation, {page_path("glossary.md"): "Glossary"}, expansion)
    if kind == "quote":
        quote, query = _quote_query(cat)
        speaker = speaker_of(cat, quote)
        targets = {page_path(speaker.url): f"Quotes: {speaker.name}", page_path(f"{speaker.actor.url}#quotes"): "Quotes"}
        return Case(query, targets, normalize_text(quote.text))
    raise ValueError(kind)


def open_result(page, case: Case) -> str:
    """Click the first search result pointing at one of the case's targets; return its path."""
    links = result_links(page)
    wanted = [link for link in links if link["path"] in case.targets]
    assert wanted, f"search for {case.query!r}: none of {case.targets} among the results {[link['path'] for link in links]}"
    target = wanted[0]
    link = page.locator(f'.md-search-result__item a.md-search-result__link[href="{target["href"]}"]').first
    if not link.is_visible():  # a section folded under "N more on this page"
        link.locator("xpath=ancestor::details[1]/summary").click()
    link.click()
    page.wait_for_url(lambda url: url.split("?")[0].endswith(target["path"].split("#")[0]))
    page.wait_for_load_state()
    return target["path"]


@pytest.mark.parametrize("kind", ["person", "organization", "quote", "acronym", "program"])
def test_search_finds_and_opens_the_right_page(page, site_url, catalog, kind):
    case = search_case(catalog, kind)
    page.goto(site_url + "/")
    search(page, case.query)
    path = open_result(page, case)

    current = page.evaluate("location.pathname + location.hash")
    assert current == path, f"search for {case.query!r} opened {current}, expected {path}"
    fragment = path.partition("#")[2]
    heading = page.locator(f'[id="{fragment}"]') if fragment else page.locator("article h1").first
    assert heading_text(heading) == case.targets[path]
    where = in_viewport(heading)
    assert where["visible"], f"{path}: heading {case.targets[path]!r} is not in the viewport: {where}"
    if case.text:
        assert case.text in content_text(page), f"{path} does not show {case.text!r}"
    if kind == "acronym":
        cell = page.locator("td").filter(has_text=re.compile(rf"^\s*{re.escape(case.query)}\s*$"))
        row = page.locator("article table tr").filter(has=cell)
        assert row.is_visible() and case.text in row.inner_text()


@pytest.mark.parametrize("key", ["/", "s", "f"])
def test_search_by_keyboard_only(page, site_url, catalog, key):
    person = most_mentioned(catalog.actors, "person")
    page.goto(site_url + "/")
    page.locator("body").focus()

    search(page, _surname(person), key=key)
    assert page.evaluate("document.activeElement.matches('input.md-search__input')"), f"{key!r} did not focus search"
    page.keyboard.press("ArrowDown")
    focused = page.evaluate(
        "(() => { const a = document.activeElement; return a.matches('a.md-search-result__link') ? a.href : null; })()"
    )
    assert focused, "ArrowDown did not move the focus to the first search result"
    first = result_links(page)[0]["href"]
    assert focused == first, "ArrowDown focused another result than the first one"

    page.keyboard.press("Enter")
    page.wait_for_url(focused)
    assert page.evaluate("location.pathname") == page_path(person.url)
    assert heading_text(page.locator("article h1").first) == person.name


def test_escape_closes_the_search_and_arrow_up_returns_to_the_field(page, site_url, catalog):
    person = most_mentioned(catalog.actors, "person")
    page.goto(site_url + "/")
    search(page, _surname(person), key="/")
    assert page.evaluate("document.getElementById('__search').checked")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked"), "Escape left the search open"
    assert not page.evaluate("document.activeElement.matches('input.md-search__input')")
