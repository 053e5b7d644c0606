"""The part of a built page that Pagefind reads, so that it parses a tenth of the HTML.

Pagefind indexes only the element marked `data-pagefind-body` (when any page has one) and skips
the elements inside it marked `data-pagefind-ignore`, except for the filters and metadata they
carry. Everything else of a Material page (header, navigation, scripts, the ignored evidence
lists) it parses and throws away, and at 3,000 articles that is most of its time. `lean_page`
keeps exactly what Pagefind uses: the head's language, title and metadata, and the body element
without the ignored elements that hold no filter or metadata. Pagefind run over lean copies
writes the same fragments and word index as over the site itself (a test checks it).

The markup is MkDocs' own output, so tags are balanced; `lean_page` returns None for a page
without a `data-pagefind-body` element.
"""
from __future__ import annotations

import re

BODY = re.compile(r"<(div|main|article|section)\b[^>]*\sdata-pagefind-body\b[^>]*>")
IGNORED = re.compile(r"<(div|span|nav|details|section|aside|ul|ol|p|table|figure)\b[^>]*\sdata-pagefind-ignore\b[^>]*>")
KEEP_MARKERS = ("data-pagefind-filter", "data-pagefind-meta", "data-pagefind-sort", "data-pagefind-body")
HEAD_NOISE = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<link\b[^>]*>", re.DOTALL | re.IGNORECASE)


def lean_page(html: str) -> str | None:
    """The page as Pagefind needs it, or None when it has no `data-pagefind-body` element."""
    body = BODY.search(html)
    if not body:
        return None
    end = _element_end(html, body)
    head_end = html.find("</head>")
    head = HEAD_NOISE.sub("", html[: head_end if 0 <= head_end < body.start() else 0])
    return f"{head}</head><body>{_without_ignored(html[body.start():end])}</body></html>\n"


def _element_end(html: str, start: re.Match) -> int:
    """The index just after the end tag that closes the element opened by `start`."""
    tag = re.compile(rf"<(/?){start.group(1)}\b[^>]*>")
    depth, position = 1, start.end()
    while depth:
        found = tag.search(html, position)
        if not found:
            return len(html)
        depth += -1 if found.group(1) else 1
        position = found.end()
    return position


def _without_ignored(html: str) -> str:
    """`html` without the ignored elements, except those carrying a filter or metadata."""
    kept, position = [], 0
    while found := IGNORED.search(html, position):
        end = _element_end(html, found)
        inside = html[found.start():end]
        if any(marker in inside for marker in KEEP_MARKERS):
            kept.append(html[position:found.end()])  # keep the element, look inside it
            position = found.end()
            continue
        kept.append(html[position:found.start()])
        position = end
    kept.append(html[position:])
    return "".join(kept)
