"""One parsed document in, one `Extraction` out.

This module only wires the extractors together; each kind lives in its own module and is a
function of the parsed document (plus the actor table for those that name actors).
"""
from __future__ import annotations

from ..model import Extraction
from ..nlp import ParsedDocument
from .actors import extract_actors
from .glossary import extract_glossary
from .programs import actors_without_programs, extract_programs
from .quotes import extract_quotes
from .timeline import extract_events
from .verbatim import restore_verbatim


def extract_document(parsed: ParsedDocument) -> Extraction:
    """Every kind of record found in one document.

    Programs come right after the actors: a name that is a program ("Artemis", "Starship") leaves
    the actor table before quotes and events look up their actors. spaCy parsed plain-space
    copies of the paragraphs: the text the reader sees gets the source's characters back.
    """
    glossary = extract_glossary(parsed)
    table = extract_actors(parsed, glossary=glossary)
    programs = extract_programs(parsed, table, glossary=glossary)
    table = actors_without_programs(table, programs)
    quotes, statements = extract_quotes(parsed, table)
    return restore_verbatim(Extraction(
        document=parsed.document,
        actors=table.actors,
        quotes=quotes,
        statements=statements,
        events=extract_events(parsed, table),
        programs=programs,
        glossary=glossary,
    ))
