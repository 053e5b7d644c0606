"""The key pages as a whole: nothing leaves the site, nothing logs an error, screenshots of each."""
from __future__ import annotations

import re

import pytest

from .helpers import SCREENSHOTS, main_pages, most_mentioned, quoted_paragraph, search, shot

pytestmark = pytest.mark.browser


def test_no_request_leaves_the_site_and_no_console_errors(page, site_url, catalog):
    visited = []
    for path in main_pages(catalog).values():
        page.goto(site_url + path)
        visited.append(page.url)
    person = most_mentioned(catalog.actors, "person")
    search(page, person.name.split()[-1])
    page.locator(".md-search-result__item a.md-search-result__link").first.click()
    page.wait_for_load_state("networkidle")

    recorder = page.recorder
    assert len(visited) >= 10
    assert any(url.endswith("/pagefind/pagefind.js") for url in recorder.requests), "Pagefind never loaded"
    assert not any("search_index" in url for url in recorder.requests), "Material's whole-site index was loaded"
    assert not recorder.foreign(), f"requests outside {site_url}:\n" + "\n".join(recorder.foreign())
    assert not recorder.errors, "console errors / failed requests:\n" + "\n".join(recorder.errors)
    recorder.requests.clear()  # checked here; nothing left for the fixture to report


# What the browser itself reports as holding the first paint back (PerformanceResourceTiming).
_BLOCKING = """performance.getEntriesByType("resource")
  .filter(e => e.renderBlockingStatus === "blocking").map(e => new URL(e.name).pathname)"""


@pytest.mark.parametrize("name", ["home", "timeline", "actor", "source"])
def test_only_the_three_stylesheets_hold_the_first_paint_back(page, site_url, catalog, name):
    """The pages Lighthouse scores: Material's theme and palette CSS and the project's one stylesheet
    block the first paint, no script does, and the file:// worker shim is never fetched."""
    page.goto(site_url + main_pages(catalog)[name])
    page.wait_for_load_state("load")
    blocking = sorted(re.sub(r"\.[0-9a-f]{8}\.min\.css$", ".css", path.rsplit("/", 1)[-1])
                      for path in page.evaluate(_BLOCKING))
    assert blocking == ["briefing.css", "main.css", "palette.css"]
    assert not [url for url in page.recorder.requests if "iframe-worker" in url or "/offline/" in url]


def test_screenshots_of_the_key_pages(page, open_page, site_url, catalog):
    pages = main_pages(catalog)
    views = {
        "home": pages["home"],
        "timeline": pages["timeline"],
        "actor": pages["actor"],
        "program": pages["program"],
        "quotes": pages["quotes"],
        "glossary": pages["glossary"],
        "source-paragraph": quoted_paragraph(catalog),
    }
    saved = []
    for name, path in views.items():
        page.goto(site_url + path)
        saved.append(shot(page, name))
    person = most_mentioned(catalog.actors, "person")
    page.goto(site_url + pages["home"])
    search(page, person.name.split()[-1])
    saved.append(shot(page, "search"))

    dark = open_page((site_url + "/", "data:", "blob:"), color_scheme="dark")
    for name in ("home", "source-paragraph"):
        dark.goto(site_url + views[name])
        assert dark.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        saved.append(shot(dark, f"dark-{name}"))

    for path in saved:
        assert path.parent == SCREENSHOTS
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000, f"{path} is not a real screenshot"
