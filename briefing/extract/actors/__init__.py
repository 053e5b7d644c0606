"""Actors: people, organizations, countries and locations named in one document.

`extract_actors` returns an `ActorTable` (`table`): the document's actors plus every occurrence
with its character offsets. The stages, one module each:

1. `candidates`: the model's entities, cleaned, filtered (`noise`) and given a kind with the
   world lexicon (`gazetteer`);
2. `missed`: names listed with organisations, outlets written as web addresses, names
   introduced by a kind of organisation, untagged repeats, bare body nouns ("police");
3. `coordination`: "A and B" split into its actors, or joined into one body;
4. `seats`: a capital that acts ("Tokyo is seeking") stands for its country;
5. `evidence`: a name the model called an organisation, or missed, is a person's when the
   text shows it ('Pogačar who', 'director Mendez', an untagged 'Tessa Alvarado');
6. `people`: surnames, first names and short forms join the full name they belong to, told
   apart by gender and title (`cues`) when people share a surname;
7. `organizations`: acronyms join expansions, short forms long forms;
8. `unify`: one actor per written name, of the kind most of its mentions have;
9. `publisher`: the document's publisher speaking of itself ('told CNN') is no actor;
10. `table`: canonical names, aliases, roles (`roles`), mentions and occurrences.

The body paragraphs are read (a block of decimal figures with no lower-case word, a price table,
is not: `is_data_block`), and the photo caption as paragraph `CAPTION` (0) before them: a
name only the caption gives is an actor too, its mention a caption ref (`Ref.part`), and no
occurrence (the other extractors read the body). A text in another language
gives no actors: the English model's names would be nonsense.
"""
from __future__ import annotations

import re

from ...model import Term
from ...nlp import ParsedDocument
from .candidates import Mention, candidate_mentions
from .coordination import join_coordinated, split_coordinated
from .evidence import people_by_evidence
from .missed import bare_bodies, introduced_names, repeated_names, resolve_lists, site_names
from .noise import craft_names
from .organizations import non_actor_terms, resolve_organizations
from .people import resolve_people
from .publisher import without_publisher
from .seats import resolve_seats
from .table import CAPTION, ActorTable, Occurrence, build_table
from .unify import facilities_are_places, unify_names

__all__ = ["ActorTable", "Occurrence", "extract_actors"]


def extract_actors(parsed: ParsedDocument, *, glossary: list[Term] | None = None) -> ActorTable:
    """Named actors of one document, merged by name (surnames fold into full names)."""
    if not is_english(parsed):
        return ActorTable()
    docs = [(n, doc) for n, doc in enumerate(parsed.docs, start=1) if not is_data_block(doc.text)]
    if parsed.caption is not None:
        docs.insert(0, (CAPTION, parsed.caption))
    mentions = resolve_lists([m for n, doc in docs for m in candidate_mentions(doc, n)], docs)
    mentions = mentions + site_names(mentions, docs) + introduced_names(mentions, docs)
    mentions = without_crafts(supported(mentions + repeated_names(mentions, docs)), docs)
    mentions = join_coordinated(split_coordinated(mentions))
    mentions = mentions + bare_bodies(mentions, docs)
    mentions = resolve_seats(mentions)
    mentions = people_by_evidence(mentions, docs)
    mentions = resolve_people(mentions, docs)
    mentions = resolve_organizations(mentions, glossary or [], not_actors=non_actor_terms(glossary or [], docs))
    mentions = facilities_are_places(unify_names(mentions))
    document = parsed.document
    mentions = without_publisher(mentions, document, document.paragraphs[0].text if document.paragraphs else "")
    return build_table(parsed.document.id, mentions, glossary or [])


_LOWER_WORD = re.compile(r"(?:^|[\s(\"“‘'])[a-z]")
_DECIMAL = re.compile(r"\d\.\d")


def is_data_block(text: str) -> bool:
    """True for a paragraph of decimal figures with no word in lower case: a price table's header
    and rows ('Symbol Name Price Change', 'ACME ACME CORP. 12.40 -0.30'), whose capitals are
    labels, not names. A list ('3. Ohio') or a heading has fewer than two decimals."""
    return len(_DECIMAL.findall(text)) >= 2 and not _LOWER_WORD.search(text)


def is_english(parsed: ParsedDocument, threshold: float = 0.12, min_words: int = 40) -> bool:
    """True when enough of the words are English function words for the English model's
    entities to mean anything (a text in another language gives nonsense names). Texts shorter
    than `min_words` words are taken as English."""
    alpha = stop = 0
    for doc in parsed.docs:
        for tok in doc:
            if tok.is_alpha:
                alpha += 1
                stop += tok.is_stop
    return alpha < min_words or stop / alpha >= threshold


def without_crafts(mentions: list[Mention], docs: list) -> list[Mention]:
    """No mention of a name (a country's aside) that the text shows as a thing elsewhere
    (`noise.craft_names`): the model tags a craft as anything ('Vega Star' as a person)."""
    names = {m.name for m in mentions if m.kind != "country"}
    crafts = craft_names(names, [doc.text for _, doc in docs])
    return [m for m in mentions if m.name not in crafts or m.kind == "country"]


def supported(mentions: list[Mention]) -> list[Mention]:
    """Weak mentions only where a plain mention has the same name."""
    plain = {m.name for m in mentions if not m.weak}
    return [m for m in mentions if not m.weak or m.name in plain]
