"""Browser fixtures: the seed site and a generated 320-article site served on 127.0.0.1, one
Debian Chromium per session.

Every test gets a fresh browser context and page (`page`), whose requests, console errors,
uncaught exceptions and failed responses are recorded (`page.recorder`); a test that ends
with any of them, or with a request to another origin, fails at teardown. A failing test
leaves a screenshot under test-artifacts/screenshots/failures/.

Playwright drives /usr/bin/chromium (Debian's package, installed by `make test`); its own
browser downloads (`playwright install`) are never used. Without Chromium every browser
test fails with a message saying how to install it: they are never skipped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from briefing.model import Briefing
from briefing.render import Catalog

from .corpus import write_corpus
from .helpers import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, TIMEOUT_MS, VIEWPORT, serve


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item, so `page` can tell whether the test failed."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


# --- Server and browser ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def site_url(seed_site) -> str:
    """The seed site served by `http.server` on a free port: 'http://127.0.0.1:PORT'."""
    with serve(seed_site, "seed-site") as url:
        yield url


@pytest.fixture(scope="session")
def generated_site(tmp_path_factory) -> Path:
    """The generated corpus (`corpus.py`) built and rendered once per session, Pagefind included."""
    from briefing.pipeline import build
    from briefing.site import mkdocs_build

    work = tmp_path_factory.mktemp("generated")
    seeds = write_corpus(work / "seeds")
    build(seeds, work / "docs", jobs=2, cache_dir=None)
    mkdocs_build(work / "docs", work / "site", strict=True)
    return work


@pytest.fixture(scope="session")
def generated_url(generated_site) -> str:
    with serve(generated_site / "site", "generated-site") as url:
        yield url


@pytest.fixture(scope="session")
def generated_catalog(generated_site) -> Catalog:
    data = json.loads((generated_site / "docs" / "briefing.json").read_text(encoding="utf-8"))
    return Catalog(Briefing.from_dict(data))


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole session."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} not found: the browser tests need Debian's Chromium. "
            "Run `make test` (it installs it), or `sudo apt-get install chromium`.",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright for Python is missing: run `make setup` (installs '.[test]').", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


# --- Pages that record what they do ------------------------------------------------------------


@dataclass
class Recorder:
    """Everything a page asked for and complained about."""

    allowed: tuple[str, ...]
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text} ({m.location})"))
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.on("requestfailed", self._failed)
        page.on("response", lambda r: r.status >= 400 and self.errors.append(f"HTTP {r.status}: {r.url}"))

    def _failed(self, request) -> None:
        # Requests still running when the page navigates away are aborted: that is no error.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.errors.append(f"request failed: {request.url} ({request.failure})")

    def foreign(self) -> list[str]:
        """Requests to anything but the allowed origins/schemes."""
        return [url for url in self.requests if not url.startswith(self.allowed)]

    def problems(self) -> list[str]:
        return [f"request outside the site: {url}" for url in self.foreign()] + self.errors


def same_origin(origin: str) -> tuple[str, ...]:
    return (origin + "/", "data:", "blob:")


@pytest.fixture
def open_page(browser, request):
    """Factory: a page in a new context (kwargs go to `new_context`), recording everything.

    At teardown: a screenshot if the test failed, then the test fails if any page sent a
    request outside `allowed` or logged an error.
    """
    opened = []

    def _open(allowed: tuple[str, ...], **context_options):
        options = {"viewport": VIEWPORT, "color_scheme": "light", "reduced_motion": "reduce", **context_options}
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        page.recorder = Recorder(allowed)
        page.recorder.attach(page)
        opened.append((context, page))
        return page

    yield _open
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    problems = []
    for i, (context, page) in enumerate(opened):
        if failed and not page.is_closed():
            folder = SCREENSHOTS / "failures"
            folder.mkdir(parents=True, exist_ok=True)
            name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)
            page.screenshot(path=str(folder / f"{name}-{i}.png"))
        problems += page.recorder.problems()
        context.close()
    if problems and not failed:
        pytest.fail("the pages of this test:\n  " + "\n  ".join(dict.fromkeys(problems)), pytrace=False)


@pytest.fixture
def page(open_page, site_url):
    """A fresh page for the served seed site (light scheme, 1280x900)."""
    return open_page(same_origin(site_url))


# --- What the seed briefing contains, and where render put it ------------------------------------


@pytest.fixture(scope="session")
def catalog(seed_briefing) -> Catalog:
    """render's own map from records to pages and anchors (the single source of truth)."""
    return Catalog(Briefing.from_dict(seed_briefing))


