"""The offline copy (`briefing site --offline`) opened from file:// in Chromium.

Pages link to each other as .html files, search runs without a server (the index is inlined,
the worker runs in the local iframe shim), and nothing is fetched from any http(s) host.
"""
from __future__ import annotations

import pytest

from briefing.site import mkdocs_build

from .helpers import content_text, heading_text, most_mentioned, page_path, result_links, search, shot

pytestmark = pytest.mark.browser

LOCAL = ("file:", "data:", "blob:")


@pytest.fixture(scope="session")
def offline_site(seed_docs, tmp_path_factory):
    site = tmp_path_factory.mktemp("offline") / "site-offline"
    mkdocs_build(seed_docs, site, offline=True)
    return site


@pytest.fixture
def offline_page(open_page):
    return open_page(LOCAL)


def test_offline_pages_navigate(offline_page, offline_site, catalog):
    page = offline_page
    page.goto((offline_site / "index.html").as_uri())
    assert heading_text(page.locator("article h1").first), "the offline home page shows no title"

    page.locator(".md-tabs__link", has_text="Actors").click()
    page.wait_for_url("**/actors/index.html")
    person = most_mentioned(catalog.actors, "person")
    page.locator("article a", has_text=person.name).first.click()
    expected = page_path(person.url, directory_urls=False)
    page.wait_for_url(f"**/{expected}")
    assert heading_text(page.locator("article h1").first) == person.name

    evidence = page.locator("article a[href*='sources/'][href*='#p']").first
    evidence.click()
    page.wait_for_url("**/sources/*.html#p*")
    fragment = page.evaluate("location.hash.slice(1)")
    assert page.locator(f'[id="{fragment}"]').is_visible()
    assert page.evaluate("document.querySelector(':target')?.id") == fragment

    assert all(url.startswith(LOCAL) for url in page.recorder.requests), page.recorder.requests


def test_offline_search_works_from_file_urls(offline_page, offline_site, catalog):
    page = offline_page
    page.goto((offline_site / "index.html").as_uri())
    person = most_mentioned(catalog.actors, "person")
    surname = person.name.split()[-1]
    search(page, surname)
    shot(page, "offline-search")

    links = result_links(page)
    expected = page_path(person.url, directory_urls=False)
    assert any(link["href"].split("?")[0].endswith("/" + expected) for link in links), (
        f"searching {surname!r} offline did not find {expected}: {[link['href'] for link in links]}"
    )
    page.locator(".md-search-result__item a.md-search-result__link").first.click()
    page.wait_for_url(f"**/{expected}*")
    assert heading_text(page.locator("article h1").first) == person.name
    assert surname in content_text(page)

    requests = page.recorder.requests
    assert any("search_index" in url for url in requests), "the offline search index was never loaded"
    outside = [url for url in requests if not url.startswith(LOCAL)]
    assert not outside, "the offline copy reached the network:\n" + "\n".join(outside)
