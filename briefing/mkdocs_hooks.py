"""MkDocs hook: links inside the relationship maps' SVG become the site's URLs.

Markdown links are resolved by MkDocs (`actors/x.md` -> `actors/x/`, or `actors/x.html` in the
offline copy), but raw HTML is not touched. The maps (`render.network`) write their links the
Markdown way, relative to the page; this hook resolves them against the site's files exactly as
MkDocs resolves Markdown links, and reports a link to a missing page as a warning (so a
`--strict` build fails, as for any broken link).
"""
from __future__ import annotations

import logging
import posixpath
import re

log = logging.getLogger("mkdocs.hooks.briefing")

_MAP = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" class="bf-map".*?</svg>', re.S)
_HREF = re.compile(r'href="([^"#]+\.md)(#[^"]*)?"')


def on_page_content(html: str, page, config, files) -> str:
    """Rewrite `href="../x.md#a"` inside each map of the page."""

    def href(match: re.Match) -> str:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), match.group(1)))
        target = files.get_file_from_path(path)
        if target is None:
            log.warning("Doc file '%s' contains a map link to '%s', which is not found.", page.file.src_uri, path)
            return match.group(0)
        return f'href="{target.url_relative_to(page.file)}{match.group(2) or ""}"'

    return _MAP.sub(lambda svg: _HREF.sub(href, svg.group(0)), html)
