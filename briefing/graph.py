"""Who is named with whom: the relationship graph of a briefing's actors.

Two actors are linked when they are named in the same paragraph. A link's weight is the number
of such paragraphs across all documents, and those paragraphs are its evidence. The graph is
built once per build from the `Briefing`; the actor pages (related actors), the maps
(`render.network`) and the exports (GEXF, FollowTheMoney) all read this one graph.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from .model import Briefing

if TYPE_CHECKING:
    import networkx

Ref = tuple[str, int]  # (document id, paragraph number)
Pair = tuple[str, str]  # two actor ids, the smaller first


@dataclass(frozen=True)
class Node:
    """An actor as the graph sees it."""

    id: str
    name: str
    kind: str
    documents: int
    paragraphs: int


def pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


class RelationGraph:
    """Actors, and for every two actors named in a shared paragraph, those paragraphs."""

    def __init__(self, briefing: Briefing) -> None:
        doc_order = {d.id: i for i, d in enumerate(briefing.documents)}
        at: dict[Ref, set[str]] = defaultdict(set)
        self.nodes: dict[str, Node] = {}
        for actor in briefing.actors:
            refs = {(m.document, m.paragraph) for m in actor.mentions if not m.part}  # shared paragraphs: the body's
            for ref in refs:
                at[ref].add(actor.id)
            self.nodes[actor.id] = Node(
                actor.id, actor.name, actor.kind, len({m.document for m in actor.mentions}), len(refs)
            )
        evidence: dict[Pair, list[Ref]] = defaultdict(list)
        for ref in sorted(at, key=lambda r: (doc_order.get(r[0], len(doc_order)), r)):
            for a, b in combinations(sorted(at[ref]), 2):
                evidence[a, b].append(ref)
        self.evidence: dict[Pair, list[Ref]] = dict(evidence)
        self.adjacent: dict[str, dict[str, int]] = defaultdict(dict)
        for (a, b), refs in self.evidence.items():
            self.adjacent[a][b] = self.adjacent[b][a] = len(refs)

    def weight(self, a: str, b: str) -> int:
        """Number of paragraphs naming both `a` and `b` (0 when none)."""
        return self.adjacent.get(a, {}).get(b, 0)

    def shared(self, a: str, b: str) -> list[Ref]:
        """The paragraphs naming both, in the order of the briefing's documents."""
        return self.evidence.get(pair(a, b), [])

    def prominence(self, actor_id: str) -> tuple:
        """Sort key: actors in more documents (then paragraphs) first; ties by name, then id."""
        n = self.nodes[actor_id]
        return (-n.documents, -n.paragraphs, n.name.casefold(), n.name, n.id)

    def neighbours(self, actor_id: str) -> list[str]:
        """The actors sharing a paragraph with `actor_id`, strongest link first."""
        linked = self.adjacent.get(actor_id, {})
        return sorted(linked, key=lambda o: (-linked[o], *self.prominence(o)))

    def top_actors(self, limit: int) -> list[str]:
        """The `limit` most prominent actors that share a paragraph with at least one other."""
        return sorted((a for a in self.nodes if self.adjacent.get(a)), key=self.prominence)[:limit]

    def strongest_links(self, actors: list[str], limit: int) -> list[Pair]:
        """Up to `limit` links among `actors`: each actor's strongest link first (so no one is
        left alone when a link exists), then the heaviest of the rest."""
        unique = list(dict.fromkeys(actors))
        linked = [pair(a, b) for i, a in enumerate(unique) for b in unique[i + 1:] if self.weight(a, b)]
        candidates = sorted(linked, key=lambda p: (-self.weight(*p), self.prominence(p[0]), self.prominence(p[1])))
        picked: dict[Pair, None] = {}
        for a in actors:
            best = next((p for p in candidates if a in p), None)
            if best is not None and len(picked) < limit:
                picked[best] = None
        for p in candidates:
            if len(picked) >= limit:
                break
            picked.setdefault(p, None)
        rank = {p: i for i, p in enumerate(candidates)}
        return sorted(picked, key=rank.__getitem__)

    def to_networkx(self) -> "networkx.Graph":
        """The whole graph for networkx: node attributes name, kind, documents, paragraphs;
        edge attribute weight. Nodes in prominence order, edges by pair."""
        import networkx as nx

        g = nx.Graph()
        for actor_id in sorted(self.nodes, key=self.prominence):
            n = self.nodes[actor_id]
            g.add_node(n.id, label=n.name, name=n.name, kind=n.kind, documents=n.documents, paragraphs=n.paragraphs)
        for (a, b), refs in sorted(self.evidence.items()):
            g.add_edge(a, b, weight=len(refs))
        return g
