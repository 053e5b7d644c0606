"""The hostile article in a real browser: nothing it contains runs, and its text reads literally.

The site is built from `tests/fixtures/hostile/` (once for this module) and served on
127.0.0.1; pages are opened with the shared `open_page` fixture, which also fails the test on
any request outside the site (an injected `<img src=x>` or `evil.example` image would show
up there), on failed responses and on console errors.
"""
from __future__ import annotations

import shutil

import pytest

from briefing.pipeline import build
from briefing.site import mkdocs_build

from .helpers import ROOT, content_text, search, serve

pytestmark = pytest.mark.browser

FIXTURES = ROOT / "tests" / "fixtures" / "hostile"
PAGES = {
    "source": "/sources/hostile/",
    "john-smith": "/actors/john-smith/",
    "mary-jones": "/actors/mary-jones/",
    "quotes-john": "/quotes/john-smith/",
    "quotes-mary": "/quotes/mary-jones/",
    "sources": "/sources/",
    "home": "/",
}
LITERAL = {
    "source": [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=https://evil.example/frame></iframe>",
        "<style>body{display:none}</style>",
        '<a href="javascript:alert(1)">another link</a>',
        "![x](http://evil.example/x.png)",
        '{: onclick="alert(1)" }',
        '--8<-- "/etc/passwd"',
        "*[HTML]: x",
        "[^1]: x",
        "{{ 7*7 }}",
        "{% include 'x' %}",
        ":smile:",
        "<img src=x onerror=alert(1)> Mallory",
    ],
    "john-smith": ["The <img src=x onerror=alert(1)> tag is not a picture", "<b> official"],
    "mary-jones": [
        "We found {{ 7*7 }} and {% include 'x' %} in the logs",
        "<iframe src=https://evil.example/frame></iframe>",
    ],
    "quotes-john": ["The <img src=x onerror=alert(1)> tag is not a picture"],
    "quotes-mary": ["We found {{ 7*7 }} and {% include 'x' %} in the logs"],
    "sources": ["<script>alert(1)</script>", "[x](javascript:alert(1))"],
    "home": ["Hostile <script>alert(1)</script> {{ 7*7 }} [click](javascript:alert(1)) title"],
}
# Anything a page did that it should not: handlers, injected elements, script URLs, hidden body.
_LIVE_DOM = """() => {
  const all = [...document.querySelectorAll('*')];
  const handlers = all.flatMap(el => [...el.attributes].filter(a => a.name.startsWith('on'))
                                       .map(a => el.tagName + ' ' + a.name));
  const injected = [...document.querySelectorAll('article iframe, article img, article script, article style, '
                                                 + 'article object, article embed, iframe, object, embed')]
                   .map(el => el.outerHTML.slice(0, 120));
  const scriptUrls = all.filter(el => /^\\s*javascript:/i.test(el.getAttribute('href') || el.getAttribute('src') || '')
                                      && el.getAttribute('data-md-component') !== 'search-share')
                        .map(el => el.outerHTML.slice(0, 120));
  return {handlers, injected, scriptUrls, bodyShown: getComputedStyle(document.body).display !== 'none',
          calls: window.__hostileCalls || []};
}"""
_TRAP = """window.__hostileCalls = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  const original = window[name];
  window[name] = function (...args) { window.__hostileCalls.push(name); return original.apply(window, args); };
}"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    """The hostile site, built once and served on a free port of 127.0.0.1."""
    tmp = tmp_path_factory.mktemp("hostile-browser")
    seeds = tmp / "seeds"
    seeds.mkdir()
    for path in sorted(FIXTURES.glob("*.txt")):
        shutil.copy(path, seeds / path.name)
    build(seeds, tmp / "docs", jobs=1, cache_dir=None)
    mkdocs_build(tmp / "docs", tmp / "site", strict=True)
    with serve(tmp / "site", "hostile-site") as url:
        yield url


@pytest.fixture
def hostile_page(open_page, hostile_url):
    """A page limited to the hostile site that records every dialog (and dismisses it)."""
    page = open_page((hostile_url + "/", "data:", "blob:"))
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(f"{dialog.type}: {dialog.message}"), dialog.dismiss()))
    page.add_init_script(_TRAP)
    return page


@pytest.mark.parametrize("name", list(PAGES))
def test_nothing_runs_and_the_text_reads_literally(hostile_page, hostile_url, name):
    page = hostile_page
    page.goto(hostile_url + PAGES[name])
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # give any injected handler (onerror, onload) its chance
    live = page.evaluate(_LIVE_DOM)
    assert page.dialogs == [] and live["calls"] == [], (page.dialogs, live["calls"])
    assert live["handlers"] == [] and live["injected"] == [] and live["scriptUrls"] == [], live
    assert live["bodyShown"]
    article = page.locator("article.md-content__inner")
    assert article.is_visible()
    shown = " ".join(article.inner_text().split())  # rendered text: what a reader sees
    for text in LITERAL[name]:
        assert text in shown, text
    assert "49" not in content_text(page)


def test_source_paragraphs_are_visible_as_text(hostile_page, hostile_url):
    page = hostile_page
    page.goto(hostile_url + PAGES["source"])
    paragraph = page.locator("#p4")
    assert paragraph.is_visible()
    assert "<style>body{display:none}</style>" in paragraph.inner_text()
    assert page.locator("#p1").inner_text().count("<script>alert(1)</script>") == 1
    assert page.dialogs == []


def test_search_results_show_hostile_text_as_text(hostile_page, hostile_url):
    page = hostile_page
    page.goto(hostile_url + "/")
    search(page, "onerror")
    results = page.locator(".md-search-result")
    assert "<img src=x onerror=alert(1)>" in " ".join(results.inner_text().split())
    page.wait_for_timeout(300)
    live = page.evaluate(_LIVE_DOM)
    assert page.dialogs == [] and live["calls"] == []
    assert results.locator("img, iframe, script, style").count() == 0
    assert live["handlers"] == [] and live["scriptUrls"] == []
