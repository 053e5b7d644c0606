"""The one escaping function, `md_text`, and the link helpers built on it.

Every `{{ value }}` in a template goes through `finalize`, so it is escaped unless it is
`Markup` made here (or from escaped parts elsewhere in this package).
"""
from __future__ import annotations

import re
from typing import Any

from jinja2 import pass_context
from markupsafe import Markup

from ..errors import BriefingError

# ASCII letters, digits, space and comma stay; every other ASCII character becomes a numeric
# character reference, which Markdown passes through untouched and the browser shows as the
# character itself. Control characters are dropped (whitespace was collapsed before).
_ASCII_TABLE = {
    code: (chr(code) if chr(code).isalnum() or chr(code) in " ," else f"&#{code};")
    for code in range(32, 127)
}
_ASCII_TABLE.update({code: None for code in [*range(0, 32), 127]})
_WHITESPACE = re.compile(r"\s+")
# Control characters (C0, DEL, C1), lone surrogates and the non-characters U+FFFE/U+FFFF.
_DROP = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def normalize_text(text: Any) -> str:
    """Seed text on one line: whitespace runs become one space, control characters go."""
    return _DROP.sub("", _WHITESPACE.sub(" ", str(text))).strip()


def escape_fragment(text: str) -> str:
    """Escape already-normalized text without touching its spaces (for text fragments)."""
    return text.translate(_ASCII_TABLE)


def md_text(text: Any) -> str:
    """Markdown that renders literally as `text`: no markup, link, HTML or directive survives.

    The result is also safe inside a double- or single-quoted HTML attribute.

    >>> md_text("<b>*Hi*</b>\\n# 2")
    '&#60;b&#62;&#42;Hi&#42;&#60;&#47;b&#62; &#35; 2'
    """
    if text is None:
        return ""
    return escape_fragment(normalize_text(text))


def opt_text(text: str | None) -> str | None:
    """Optional seed text, normalized; None when nothing visible is left."""
    return normalize_text(text) or None if text is not None else None


def finalize(value: Any) -> str:
    """Jinja `finalize`: template-made `Markup` passes, everything else is escaped."""
    if isinstance(value, Markup):
        return str(value)
    return md_text(value)


# Our own URLs: relative paths built from safe slugs, optionally with a #fragment.
_SAFE_URL = re.compile(r"^[A-Za-z0-9_./-]*(#[A-Za-z0-9_-]+)?$")
_WEB_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s<>\"'`\\]*)?$")


def _url(context: Any, url: str) -> str:
    """`url` (site-root-relative, or `#anchor`) made relative to the page being rendered."""
    if not _SAFE_URL.match(url):
        raise BriefingError(f"refusing to write an unsafe link target: {url!r}")
    return url if url.startswith("#") else context.get("base", "") + url


@pass_context
def link(context: Any, text: Any, url: str) -> Markup:
    """A Markdown link with escaped text; `url` is one of ours, relative to the site root."""
    return Markup(f"[{finalize(text)}]({_url(context, url)})")


def web_url(url: str | None) -> str | None:
    """`url` if it is a plain http(s) address that is safe to show as a link, else None."""
    url = normalize_text(url or "")
    return url if _WEB_URL.match(url) else None


def md_lines(text: Any) -> str:
    """Several lines (for a `<pre>` block), each escaped like `md_text` but with its spaces and
    indentation kept; the lines stay apart.

    >>> md_lines("- a: <b>\\n  # c")
    '&#45; a&#58; &#60;b&#62;\\n  &#35; c'
    """
    return "\n".join(escape_fragment(_DROP.sub("", line.rstrip())) for line in str(text).splitlines())
