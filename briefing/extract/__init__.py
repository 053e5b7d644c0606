"""Extraction: one parsed document in, one `Extraction` out.

This module only wires the extractors together; each kind lives in its own module and is a
function of the parsed document (plus the actor table for those that name actors).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from ..model import Extraction
from ..nlp import ParsedDocument
from .actors import extract_actors
from .glossary import extract_glossary
from .programs import actors_without_programs, extract_programs
from .quotes import extract_quotes
from .timeline import extract_events

_PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the code and word lists that extraction depends on (part of the cache key).

    Any edit to an extractor, to `nlp.py` or to a data file changes it, so a cached
    extraction can never outlive the code that made it.
    """
    digest = hashlib.sha256()
    sources = sorted([*(_PACKAGE / "extract").glob("*.py"), _PACKAGE / "nlp.py", _PACKAGE / "model.py"])
    for path in [*sources, *sorted((_PACKAGE / "data").glob("*"))]:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def extract_document(parsed: ParsedDocument) -> Extraction:
    """Every kind of record found in one document.

    Programs come right after the actors: a name that is a program ("Artemis", "Starship") leaves
    the actor table before quotes and events look up their actors.
    """
    glossary = extract_glossary(parsed)
    table = extract_actors(parsed, glossary=glossary)
    programs = extract_programs(parsed, table, glossary=glossary)
    table = actors_without_programs(table, programs)
    quotes, statements = extract_quotes(parsed, table)
    return Extraction(
        document=parsed.document,
        actors=table.actors,
        quotes=quotes,
        statements=statements,
        events=extract_events(parsed, table),
        programs=programs,
        glossary=glossary,
    )
