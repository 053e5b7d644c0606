"""The briefing as FollowTheMoney entities (JSON lines), for Aleph and the `ftm` tools.

| briefing | FollowTheMoney |
| --- | --- |
| document | `Article` (title, body text, date, author, publisher, source URL, topics) |
| person / organization | `Person` (roles as `position`) / `Organization` |
| country | `LegalEntity` with its `country` code, when its name is one FtM knows (FtM has no schema for a state) |
| location | `Address` (`full` is the place's name) |
| actor named in a document | `Mention` (document, name, resolved actor) |
| quote / reported statement | `Documentation` linking speaker and article (role, verbatim text as `summary`); a `Note` on the article when the speaker is unnamed |
| event | `Event` (date, sentence, involved actors, places as `location`) |
| program | `Project`, and a `ProjectParticipant` per participant |
| actors named in the same paragraph | `UnknownLink` (role, number of shared paragraphs) |

Every entity names its source: `proof` (the articles an actor, event or program comes from),
`document` (mentions, quotes) or `entity` (notes). Glossary terms have no FtM schema and are in
the CSV files only. Values longer than FtM allows are cut (a long body is split into several
`bodyText` values at paragraph ends).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from ..graph import RelationGraph
from ..model import Actor, Briefing, Document

if TYPE_CHECKING:
    from followthemoney import EntityProxy

ACTOR_SCHEMAS = {"person": "Person", "organization": "Organization", "country": "LegalEntity", "location": "Address"}
# Values of these types are only sanitized here, not cleaned by FtM (its cleaning is slow and
# would not change them); dates, URLs and the like are cleaned (and dropped when invalid).
_PLAIN_TYPES = {"entity", "string", "text", "name"}
LINK_ROLE = "named in the same paragraph"


class _Entities:
    """Builds the entities of one briefing with `followthemoney.model.make_entity`."""

    def __init__(self, briefing: Briefing, graph: RelationGraph) -> None:
        from followthemoney import model, registry

        self.model, self.id_pattern = model, registry.entity.REGEX
        # exact country names as FtM labels them; FtM's fuzzy name lookup costs seconds to set up
        self.country_codes = {label.casefold(): code for code, label in registry.country.names.items()}
        self.briefing, self.graph = briefing, graph
        self.articles = {d.id: self.id("article", d.id) for d in briefing.documents}
        self.actors = {a.id: self.id("actor", a.id) for a in briefing.actors}
        self.schemas = {a.id: ACTOR_SCHEMAS.get(a.kind, "LegalEntity") for a in briefing.actors}
        self.legal = {a for a, s in self.schemas.items() if model.get(s).is_a("LegalEntity")}

    def id(self, prefix: str, record_id: str) -> str:
        """A readable id (`actor-fumio-kishida`) where FtM allows it, else a hash."""
        readable = f"{prefix}-{record_id}"
        return readable if self.id_pattern.match(readable) and len(readable) <= 200 else self.hashed(prefix, record_id)

    def hashed(self, *parts: str) -> str:
        """A hash id for a record made of several (mentions, links, participants)."""
        from followthemoney.util import make_entity_id

        return make_entity_id(*parts)  # type: ignore[return-value]

    def make(self, schema: str, entity_id: str, **values: str | Iterable[str] | None) -> "EntityProxy":
        """An entity with its values; None and empty values are skipped, long ones cut."""
        from followthemoney.util import sanitize_text

        entity = self.model.make_entity(schema)
        entity.id = entity_id
        for name, value in values.items():
            if not value:
                continue
            prop = entity.schema.properties[name]
            plain = prop.type.name in _PLAIN_TYPES
            for v in [value] if isinstance(value, str) or value is None else value:
                v = sanitize_text(v) if plain else v
                if v:
                    entity.add(prop, v if len(v) <= prop.max_length else v[: prop.max_length - 1] + "…", cleaned=plain)
        return entity

    def country(self, a: Actor) -> str | None:
        """The ISO code of a country actor whose name or alias is a country's name in FtM."""
        return next((self.country_codes[n.casefold()] for n in [a.name, *a.aliases] if n.casefold() in self.country_codes), None)

    def all(self) -> Iterator["EntityProxy"]:
        b = self.briefing
        for d in b.documents:
            yield self.article(d)
        for a in b.actors:
            yield from self.actor(a)
        for kind, records in (("quote", b.quotes), ("statement", b.statements)):
            for r in records:
                yield self.speech(kind, r.id, r.speaker, r.speaker_name, r.text, getattr(r, "context", None), r.document)
        for e in b.events:
            yield self.make(
                "Event", self.id("event", e.id), name=e.sentence, summary=e.sentence, date=e.date,
                description="The date was inferred from context." if e.inferred else None,
                involved=[self.actors[a] for a in e.actors if a in self.legal],
                location=[self.graph.nodes[a].name for a in e.actors if a in self.schemas and a not in self.legal],
                proof=self.articles[e.document],
            )
        for p in b.programs:
            project = self.id("program", p.id)
            yield self.make(
                "Project", project, name=p.name, alias=[x for x in p.aliases if x != p.name],
                description=p.description, proof=self._proof(m.document for m in p.mentions),
            )
            for a in p.participants:
                if a in self.legal:
                    yield self.make("ProjectParticipant", self.hashed("participant", p.id, a), project=project,
                                    participant=self.actors[a])
        for (a, b_), refs in sorted(self.graph.evidence.items()):
            yield self.make(
                "UnknownLink", self.hashed("link", a, b_), subject=self.actors[a], object=self.actors[b_],
                role=LINK_ROLE, summary=f"{len(refs)} shared paragraph{'s' if len(refs) != 1 else ''}",
                proof=self._proof(d for d, _ in refs),
            )

    def article(self, d: Document) -> "EntityProxy":
        return self.make(
            "Article", self.articles[d.id], title=d.heading, fileName=d.source, mimeType="text/plain",
            summary=d.subtitle, description=d.caption, author=d.author, publisher=d.publisher,
            publishedAt=d.date, sourceUrl=d.url, keywords=d.topics, bodyText=_body_chunks(d),
        )

    def actor(self, a: Actor) -> Iterator["EntityProxy"]:
        schema = self.schemas[a.id]
        documents = list(dict.fromkeys(m.document for m in a.mentions))
        yield self.make(
            schema, self.actors[a.id], name=a.name, alias=[x for x in a.aliases if x != a.name],
            full=a.name if schema == "Address" else None,
            country=self.country(a) if a.kind == "country" else None,
            position=a.roles if schema == "Person" else None,
            notes=a.roles if schema != "Person" else None,
            proof=self._proof(documents),
        )
        for document in documents:
            yield self.make(
                "Mention", self.hashed("mention", a.id, document), document=self.articles[document], name=a.name,
                resolved=self.actors[a.id] if a.id in self.legal else None, detectedSchema=schema,
            )

    def speech(
        self, kind: str, record_id: str, speaker: str | None, name: str, text: str, context: str | None, document: str
    ) -> "EntityProxy":
        role = "quote" if kind == "quote" else "reported statement"
        if speaker in self.actors:
            return self.make(
                "Documentation", self.id(kind, record_id), document=self.articles[document],
                entity=self.actors[speaker], role=role, summary=text, description=context,
            )
        return self.make(
            "Note", self.id(kind, record_id), entity=self.articles[document], name=f"{role} by {name}",
            summary=text, description=context, proof=self.articles[document],
        )

    def _proof(self, documents: Iterable[str]) -> list[str]:
        return [self.articles[d] for d in dict.fromkeys(documents)]


def _body_chunks(d: Document, limit: int = 65_000) -> list[str]:
    """The body as few values as FtM's text limit allows, split between paragraphs."""
    chunks: list[str] = []
    for p in d.paragraphs:
        text = p.text[:limit]
        if chunks and len(chunks[-1]) + 2 + len(text) <= limit:
            chunks[-1] += "\n\n" + text
        else:
            chunks.append(text)
    return chunks


def entities(briefing: Briefing, graph: RelationGraph) -> Iterator["EntityProxy"]:
    """Every FollowTheMoney entity of the briefing, in a fixed order."""
    return _Entities(briefing, graph).all()


def write_ftm(briefing: Briefing, graph: RelationGraph, path: Path) -> None:
    """One entity per line, keys sorted (the line format `ftm` and Aleph read)."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for entity in entities(briefing, graph):
            out.write(json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
