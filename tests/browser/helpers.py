"""What the browser tests share besides fixtures: paths, screenshots, viewport and search helpers."""
from __future__ import annotations

import functools
import http.server
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 10_000


def page_path(md_url: str, *, directory_urls: bool = True) -> str:
    """'actors/x.md#a' -> '/actors/x/#a' (or 'actors/x.html#a' for the offline copy)."""
    path, _, fragment = md_url.partition("#")
    stem = path.removesuffix(".md")
    if directory_urls:
        stem = stem.removesuffix("index").rstrip("/")
        built = "/" + (stem + "/" if stem else "")
    else:
        built = stem + ".html"
    return built + (f"#{fragment}" if fragment else "")


def most_mentioned(entities, kind: str | None = None):
    """The entity (of `kind`) named in the most paragraphs; ties by name."""
    chosen = [e for e in entities.values() if kind is None or e.record.kind == kind]
    assert chosen, f"the seed briefing has no {kind or 'entity'}"
    return min(chosen, key=lambda e: (-len(e.paragraphs), e.name))


def main_pages(cat) -> dict[str, str]:
    """The pages a reader goes through, by name: site path (directory URLs)."""
    document = cat.sorted_documents()[0]
    return {
        "home": page_path("index.md"),
        "timeline": page_path("timeline/index.md"),
        "actors": page_path("actors/index.md"),
        "actor": page_path(most_mentioned(cat.actors, "person").url),
        "organization": page_path(most_mentioned(cat.actors, "organization").url),
        "programs": page_path("programs/index.md"),
        "program": page_path(most_mentioned(cat.programs).url),
        "quotes": page_path("quotes/index.md"),
        "glossary": page_path("glossary.md"),
        "sources": page_path("sources/index.md"),
        "source": page_path(cat.doc_urls[document.id]),
    }


def last_quote(cat):
    """The quote of the highest paragraph number (then id): far down its source page."""
    return max(cat.briefing.quotes, key=lambda q: (q.paragraph, q.id))


def quoted_paragraph(cat) -> str:
    """The source paragraph of the last quote (`/sources/x/#pN`): it scrolls and is tinted twice."""
    q = last_quote(cat)
    return page_path(cat.ref_url(q.document, q.paragraph))


def speaker_of(cat, quote):
    """The speaker (render's `Speaker`, with its page) of a quote."""
    from briefing.render import speakers

    return next(s for s in speakers(cat) if quote in s.records)


def shot(page, name: str, **options) -> Path:
    """A screenshot saved as test-artifacts/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), **options)
    return path


_IN_VIEWPORT = """el => {
  const r = el.getBoundingClientRect();
  const header = document.querySelector('.md-header');
  const top = header ? header.getBoundingClientRect().bottom : 0;
  return {top: r.top, bottom: r.bottom, height: r.height, viewport: window.innerHeight, header: top,
          visible: r.height > 0 && r.top >= top - 1 && r.top < window.innerHeight};
}"""


def in_viewport(locator) -> dict:
    """Where the element is; `visible` when its top is on screen and below the fixed header."""
    return locator.evaluate(_IN_VIEWPORT)


def heading_text(locator) -> str:
    """An element's text without permalink signs, whitespace collapsed."""
    return locator.evaluate(
        "h => { const c = h.cloneNode(true); c.querySelectorAll('.headerlink').forEach(a => a.remove());"
        " return c.textContent.replace(/\\s+/g, ' ').trim(); }"
    )


def content_text(page) -> str:
    """The text of the page's article, whitespace collapsed."""
    return page.locator("article.md-content__inner").evaluate("a => a.textContent.replace(/\\s+/g, ' ')")


def reading_text(page) -> str:
    """The article's text as a reader reads it: without the collapsed "Correct this" blocks."""
    return page.locator("article.md-content__inner").evaluate(
        "a => { const c = a.cloneNode(true); c.querySelectorAll('details.bf-correct').forEach(d => d.remove());"
        " return c.textContent.replace(/\\s+/g, ' '); }"
    )


def search(page, query: str, *, key: str | None = None) -> None:
    """Type `query` into Material's search (opened with `key`, or by clicking) and wait for results."""
    field = page.locator("input.md-search__input")
    if key:
        page.keyboard.press(key)
    else:
        field.click()
    field.fill("")
    page.keyboard.type(query)
    # Each typed key runs a search; wait until the results are those of the whole query and
    # have stopped changing (two identical looks in a row), not those of a prefix.
    page.wait_for_function(
        """q => {
             const list = document.querySelector('.md-search-result__list');
             const html = list ? list.innerHTML : '';
             const settled = html !== '' && html === window.__bfLastResults;
             window.__bfLastResults = html;
             return document.querySelector('input.md-search__input').value === q && settled
                 && document.querySelectorAll('.md-search-result__item').length > 0;
           }""",
        arg=query,
        polling=250,
    )


def result_links(page) -> list[dict]:
    """Every search result link: href, path (+#fragment, without ?h=) and heading text."""
    return page.eval_on_selector_all(
        ".md-search-result__item a.md-search-result__link",
        """els => els.map(a => {
             const u = new URL(a.href);
             const h = a.querySelector('h1, h2');
             return {href: a.href, path: u.pathname + u.hash, heading: h ? h.textContent.trim() : ''};
           })""",
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@contextmanager
def serve(directory: Path, name: str) -> Iterator[str]:
    """Serve `directory` with `http.server` on a free port of 127.0.0.1: yields 'http://127.0.0.1:PORT'."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(directory)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
