"""Which abbreviation definitions a page needs: those of the abbreviations it shows.

A page ends with the definitions of only the abbreviations it uses (the `abbr` extension marks
them up), so a new abbreviation changes the pages that use it and no other. An abbreviation
counts where it stands as a whole word (a run of ASCII letters and digits) in the page's data or
in the templates' own words.
"""
from __future__ import annotations

import re

from jinja2 import Environment

_WORD = re.compile(r"[A-Za-z0-9]+")


class AbbreviationsUsed:
    """The defined abbreviations a page's texts use.

    Every page's data is scanned on every build (its abbreviations are part of its key), so the
    scan looks only at words that start with a character some abbreviation starts with (most
    words of a text start with a lower-case letter, and no abbreviation does). A word starts
    where the character before is no ASCII letter or digit: a non-word character (`\\b`), the
    start, or an underscore (which `\\b` counts as a word character).
    """

    def __init__(self, definitions: dict[str, str], env: Environment) -> None:
        self.definitions = definitions
        self._terms = {a for a in definitions if _WORD.fullmatch(a)}
        first = re.escape("".join(sorted({a[0] for a in self._terms})))
        self._patterns = [
            re.compile(rf"\b[{first}][A-Za-z0-9]*", re.ASCII),
            re.compile(rf"_([{first}][A-Za-z0-9]*)"),
        ] if self._terms else []
        source = "".join(env.loader.get_source(env, name)[0] for name in env.list_templates())  # type: ignore[union-attr]
        self.always = self._found(source)

    def _found(self, text: str) -> set[str]:
        return {word for pattern in self._patterns for word in pattern.findall(text)} & self._terms

    def on(self, *texts: str) -> dict[str, str]:
        """The definitions of the abbreviations found in `texts` (and in the templates' own words)."""
        found = self.always.union(*(self._found(t) for t in texts))
        return {a: self.definitions[a] for a in sorted(found)}
