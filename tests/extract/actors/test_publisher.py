"""The document's publisher speaking of itself is no actor, unless it is the news."""
from __future__ import annotations

import pytest

from actor_helpers import names
from briefing.extract.actors import extract_actors
from briefing.extract.actors.publisher import is_outlet, names_outlet
from briefing.model import Document, Paragraph
from briefing.nlp import parse_documents

SELF_REFERENCES = [
    "The Secret Service said it was investigating, a spokesman told CNN.",
    "CNN has reached out to the agency. According to CNN, the agency declined to comment.",
    "Officials said the report was wrong, CNN reported on Monday.",
]


def _table(nlp, paragraphs, *, title="Agency reviews its plans", publisher=None):
    doc = Document("d", "d.txt", title, [Paragraph(n, t) for n, t in enumerate(paragraphs, 1)], publisher=publisher)
    return extract_actors(next(parse_documents([doc], nlp=nlp)))


def test_the_publisher_named_in_front_matter_is_no_actor(nlp):
    table = _table(nlp, SELF_REFERENCES, publisher="CNN")
    assert "CNN" not in names(table)
    assert "Secret Service" in names(table)


def test_an_outlet_in_the_dateline_is_the_publisher(nlp):
    table = _table(nlp, ["(CNN) — " + SELF_REFERENCES[0], *SELF_REFERENCES[1:]])
    assert "CNN" not in names(table)


def test_another_publisher_keeps_the_outlet_as_an_actor(nlp):
    assert "CNN" in names(_table(nlp, SELF_REFERENCES, publisher="Reuters"))


def test_the_publisher_stays_when_it_is_the_news(nlp):
    table = _table(nlp, ["CNN fired the anchor on Monday, the network said."], title="CNN fires its top anchor",
                   publisher="CNN")
    assert "CNN" in names(table)


@pytest.mark.parametrize(
    "name, outlet, expected",
    [("CNN", "CNN", True), ("The Associated Press", "AP", True), ("AP", "Associated Press", True),
     ("Reuters", "CNN", False), ("CNN International", "CNN", False)],
)
def test_is_outlet(name, outlet, expected):
    assert is_outlet(name, outlet) is expected


def test_names_outlet_needs_a_word_of_its_own():
    assert names_outlet("CNN fires its anchor", "CNN")
    assert not names_outlet("CNNs of the world", "CNN")
