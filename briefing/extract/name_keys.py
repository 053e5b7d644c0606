"""Name keys shared by extraction and merge: plain string functions, no spaCy."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import lines, words


def surname(name: str) -> str:
    """The last word of a name that is not a suffix ('Martin Luther King Jr.' -> 'King')."""
    parts = [p for p in name.split() if p.rstrip(".,").casefold() not in name_suffixes()]
    return parts[-1] if parts else name


def person_key(name: str) -> str:
    """The identity of a full name: first and last word, ignoring middle names and suffixes."""
    return f"{name.split()[0]} {surname(name)}".casefold() if " " in name else name.casefold()


def org_base(name: str) -> str:
    """A company name without its legal form: 'Sierra Nevada Corp.' -> 'Sierra Nevada'."""
    parts = name.split()
    if len(parts) > 1 and parts[-1] in legal_forms():
        return " ".join(parts[:-1]).rstrip(",")
    return name


@lru_cache(maxsize=None)
def legal_forms() -> frozenset[str]:
    return frozenset(lines("actor_legal_forms"))


@lru_cache(maxsize=None)
def name_suffixes() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in words("actor_name_suffixes"))
