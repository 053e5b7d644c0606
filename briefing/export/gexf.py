"""The relationship graph as GEXF, the format Gephi opens (written by networkx)."""
from __future__ import annotations

from pathlib import Path

from ..graph import RelationGraph


def write_gexf(graph: RelationGraph, path: Path) -> None:
    """Nodes are actors (label and attributes name, kind, documents, paragraphs), edges carry
    `weight`: the number of paragraphs naming both. networkx stamps the file with today's
    date; that stamp is left out so the same briefing gives the same bytes."""
    from networkx.readwrite.gexf import GEXFWriter

    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(graph.to_networkx())
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    writer.write(str(path))
