"""Stable, URL-safe slugs: the ids that deep links are built from."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80) -> str:
    """Lower-case ASCII slug of `text`; a short hash stands in when no letter survives.

    >>> slugify("Fumio Kishida")
    'fumio-kishida'
    >>> slugify("Société Générale (SG)")
    'societe-generale-sg'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", folded.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if not slug:
        slug = "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return slug


def content_id(prefix: str, *parts: object) -> str:
    """A stable id for an item without a name (a quote, an event): prefix + hash of its content.

    >>> content_id("q", "doc-1", 4, "We agree.")
    'q-adb2471ca7'
    """
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}-{digest}"
