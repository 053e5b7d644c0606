"""The relationship graph: actors linked by the paragraphs that name both."""
from __future__ import annotations

import pytest

from briefing.graph import RelationGraph
from briefing.model import Actor, Briefing, Document, Paragraph, Ref


def briefing_with(mentions: dict[str, list[tuple[str, int]]], kinds: dict[str, str] | None = None) -> Briefing:
    """Two documents of five paragraphs, and actors named where `mentions` says."""
    documents = [Document(d, f"{d}.txt", d.title(), [Paragraph(n, f"text {n}") for n in range(1, 6)]) for d in ("a", "b")]
    actors = [
        Actor(actor, actor.replace("-", " ").title(), (kinds or {}).get(actor, "person"),
              mentions=[Ref(d, n) for d, n in refs])
        for actor, refs in mentions.items()
    ]
    return Briefing(documents=documents, actors=actors)


def test_weight_counts_shared_paragraphs_across_documents():
    graph = RelationGraph(briefing_with({
        "ann": [("a", 1), ("a", 2), ("b", 1)],
        "bob": [("a", 1), ("b", 1), ("b", 3)],
        "cid": [("a", 4)],
    }))
    assert graph.weight("ann", "bob") == graph.weight("bob", "ann") == 2
    assert graph.shared("bob", "ann") == [("a", 1), ("b", 1)]
    assert graph.weight("ann", "cid") == 0 and graph.shared("ann", "cid") == []
    assert graph.neighbours("cid") == []


def test_a_paragraph_mentioned_twice_counts_once():
    graph = RelationGraph(briefing_with({"ann": [("a", 1), ("a", 1)], "bob": [("a", 1)]}))
    assert graph.weight("ann", "bob") == 1
    assert graph.nodes["ann"].paragraphs == 1 and graph.nodes["ann"].documents == 1


def test_neighbours_strongest_first_then_most_prominent():
    graph = RelationGraph(briefing_with({
        "hub": [("a", 1), ("a", 2), ("a", 3), ("b", 1)],
        "zed": [("a", 1), ("a", 2)],
        "amy": [("a", 3)],
        "bea": [("b", 1), ("b", 2)],
    }))
    assert graph.neighbours("hub") == ["zed", "bea", "amy"]  # 2 shared; then 1 each, bea in more paragraphs


def test_top_actors_leave_out_actors_without_links():
    graph = RelationGraph(briefing_with({
        "ann": [("a", 1), ("b", 1)], "bob": [("a", 1)], "loner": [("a", 5), ("b", 5), ("b", 4)],
    }))
    assert graph.top_actors(10) == ["ann", "bob"]
    assert graph.top_actors(1) == ["ann"]


def test_strongest_links_give_every_actor_its_best_link_first():
    # a-b is heavy and a-c, b-c heavier than d's only link, yet d keeps its link under a cap of 2
    mentions = {"a": [("a", n) for n in (1, 2, 3, 4)], "b": [("a", n) for n in (1, 2, 3)],
                "c": [("a", 4), ("b", 1)], "d": [("b", 1)]}
    graph = RelationGraph(briefing_with(mentions))
    links = graph.strongest_links(["a", "b", "c", "d"], 2)
    assert links[0] == ("a", "b") and ("c", "d") in links and len(links) == 2


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_strongest_links_respect_the_limit(limit):
    graph = RelationGraph(briefing_with({x: [("a", 1)] for x in "abcde"}))
    assert len(graph.strongest_links(list("abcde"), limit)) == limit


def test_networkx_graph_has_the_attributes_and_weights():
    graph = RelationGraph(briefing_with({"ann": [("a", 1), ("a", 2)], "bob": [("a", 1), ("a", 2)], "org": [("b", 1)]},
                                        kinds={"org": "organization"}))
    g = graph.to_networkx()
    assert g.nodes["org"] == {"label": "Org", "name": "Org", "kind": "organization", "documents": 1, "paragraphs": 1}
    assert g.edges["ann", "bob"]["weight"] == 2 and g.number_of_edges() == 1


def test_a_caption_mention_counts_its_document_but_no_shared_paragraph():
    b = Briefing(actors=[
        Actor(id="a", name="A", kind="organization", mentions=[Ref("d", 1, "caption")]),
        Actor(id="b", name="B", kind="organization", mentions=[Ref("d", 1)]),
    ])
    graph = RelationGraph(b)
    assert (graph.nodes["a"].documents, graph.nodes["a"].paragraphs) == (1, 0)
    assert graph.evidence == {}
