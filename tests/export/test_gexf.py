"""The relationship graph as GEXF: read back by networkx, the same graph, the same bytes."""
from __future__ import annotations

import networkx as nx

from briefing.export.gexf import write_gexf
from briefing.graph import RelationGraph
from briefing.model import Briefing


def test_gexf_reads_back_as_the_relationship_graph(seed_docs, seed_briefing):
    graph = RelationGraph(Briefing.from_dict(seed_briefing))
    g = nx.read_gexf(seed_docs / "exports" / "relations.gexf")
    assert g.number_of_nodes() == len(seed_briefing["actors"]) == len(graph.nodes)
    assert g.number_of_edges() == len(graph.evidence) > 0
    for (a, b), refs in graph.evidence.items():
        assert g.edges[a, b]["weight"] == len(refs)
    node = graph.nodes[next(iter(graph.nodes))]
    assert g.nodes[node.id] == {
        "label": node.name, "name": node.name, "kind": node.kind, "documents": node.documents, "paragraphs": node.paragraphs,
    }


def test_gexf_carries_no_date_of_writing(tmp_path, seed_briefing):
    graph = RelationGraph(Briefing.from_dict(seed_briefing))
    write_gexf(graph, tmp_path / "a.gexf")
    text = (tmp_path / "a.gexf").read_text(encoding="utf-8")
    assert "lastmodifieddate" not in text and "<creator>NetworkX" in text
    write_gexf(graph, tmp_path / "b.gexf")
    assert (tmp_path / "b.gexf").read_bytes() == (tmp_path / "a.gexf").read_bytes()
