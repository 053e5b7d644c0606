"""What the reader learns about the persons of a document: the title before a name."""
from __future__ import annotations

import pytest

from briefing.extract.quotes.reader import title_start


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        # the parse cuts "Openleaks co-" off the name: the words before it are still its title
        ("A complaint was filed against Openleaks co-founder Marten Dahl in 2012.", "Marten Dahl", "Openleaks co-founder"),
        ("Prosecutors dropped an allegation made against Datavault co-founder Marten Dahl in 2012.", "Marten Dahl",
         "Datavault co-founder"),
        # a whole noun phrase, possessive included
        ("Norway's finance minister Marten Dahl spoke on Monday.", "Marten Dahl", "Norway's finance minister"),
        # a verb or a preposition ends the title; none at all
        ("The board fined chief executive Marten Dahl in 2012.", "Marten Dahl", "chief executive"),
        ("The board sent its report to Marten Dahl in 2012.", "Marten Dahl", ""),
        ("Marten Dahl spoke on Monday.", "Marten Dahl", ""),
    ],
)
def test_the_title_before_a_name(nlp, sentence, name, title):
    doc = nlp(sentence)
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name))
    assert doc[title_start(span) : span.start].text == title


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # a place after a preposition in the description's own sentence is not what it stands for
        (["The Relief Office on Tuesday raised concerns about the new orders.",
          "Many families have been forced to flee to Al-Nour, a tent city with no water, the agency added.",
          "“This raises serious concerns about the safety of civilians.”"], "Relief Office"),
        # such a place still makes the paragraph's names several: no organization is chosen
        (["Families in Al-Nour have waited for water for weeks. Despite the Supreme Court ruling, "
          "the crossing stays closed, the agency added.",
          "“We cannot reach the families in the south.”"], "the agency"),
        # the agent of a passive in that sentence still is
        (["Aid convoys run by the Relief Office were halted near the border, the agency added.",
          "“We cannot reach the families in the south.”"], "Relief Office"),
    ],
)
def test_the_organization_a_description_stands_for(quotes_of, paragraphs, speaker):
    assert [q.speaker_name for q in quotes_of(paragraphs)] == [speaker]
