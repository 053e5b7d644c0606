"""Which seed files are versions of one story."""
from __future__ import annotations

import random

import pytest

from briefing.model import Document, Paragraph
from briefing.versions import group_versions, text_key

# Paragraphs of four unrelated stories, long enough to count as evidence.
STORY = {
    name: [f"{name} paragraph {i}: the {name} report goes on with detail number {i} of the day." for i in range(8)]
    for name in ("flood", "vote", "trial", "market")
}


def doc(source: str, title: str, paragraphs: list[str], date: str | None = "2024-07-16") -> Document:
    return Document(
        id=source.removesuffix(".txt"), source=source, title=title, date=date,
        paragraphs=[Paragraph(n, text) for n, text in enumerate(paragraphs, start=1)],
    )


def grouped(*documents: Document) -> list[list[str]]:
    return [[d.source for d in group] for group in group_versions(documents)]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Biden’s “plan” – explained", "BIDEN'S \"PLAN\" - Explained", True),
    ("Dozens  killed in floods.", "dozens killed in floods", True),
    ("2,700 flights canceled", "2,800 flights canceled", False),
    ("Opinion: what comes next", "What comes next", False),
])
def test_text_key_ignores_case_punctuation_quotes_and_dashes(a, b, same):
    assert (text_key(a) == text_key(b)) is same


def test_same_headline_and_shared_text_is_one_story():
    old = doc("a.txt", "Floods hit the valley", STORY["flood"][:4])
    new = doc("b.txt", "Floods hit the valley", STORY["flood"][:6], date="2024-07-17")
    assert grouped(old, new) == [["a.txt", "b.txt"]]


def test_same_headline_the_same_day_is_one_story_even_when_rewritten():
    first = doc("a.txt", "Floods hit the valley", STORY["flood"][:3])
    rewrite = doc("b.txt", "Floods hit the valley", STORY["flood"][3:])
    assert grouped(first, rewrite) == [["a.txt", "b.txt"]]


def test_most_paragraphs_shared_under_another_headline_is_one_story():
    old = doc("a.txt", "2,700 flights canceled", STORY["flood"][:6])
    new = doc("b.txt", "3,000 flights canceled as outage drags on", STORY["flood"][1:8], date="2024-07-18")
    assert grouped(old, new) == [["a.txt", "b.txt"]]


def test_a_few_shared_paragraphs_under_another_headline_stay_apart():
    one = doc("a.txt", "Floods hit the valley", STORY["flood"][:6])
    other = doc("b.txt", "The vote is delayed", STORY["vote"][:6] + STORY["flood"][:2])
    assert grouped(one, other) == [["a.txt"], ["b.txt"]]


def test_a_generic_headline_days_apart_without_shared_text_stays_apart():
    monday = doc("a.txt", "Opinion: what comes next", STORY["vote"], date="2024-07-15")
    friday = doc("b.txt", "Opinion: what comes next", STORY["trial"], date="2024-07-19")
    undated = doc("c.txt", "Opinion: what comes next", STORY["market"], date=None)
    assert grouped(monday, friday, undated) == [["a.txt"], ["b.txt"], ["c.txt"]]


def test_a_shared_boilerplate_line_is_no_evidence():
    line = "This is a developing story and will be updated."
    docs = [doc(f"{name}.txt", "Live: what we know", STORY[name] + [line], date=f"2024-07-{10 + 3 * i}")
            for i, name in enumerate(STORY)]
    assert grouped(*docs) == sorted([d.source] for d in docs)


def test_unrelated_articles_stay_apart():
    docs = [doc(f"{name}.txt", f"The {name} story", STORY[name]) for name in STORY]
    assert grouped(*docs) == sorted([d.source] for d in docs)


def test_a_round_up_does_not_chain_two_stories():
    flood = doc("a.txt", "Floods hit the valley", STORY["flood"][:4])
    vote = doc("b.txt", "The vote is delayed", STORY["vote"][:4])
    round_up = doc("c.txt", "The day in brief", STORY["flood"][:4] + STORY["vote"][:4])
    groups = grouped(flood, vote, round_up)
    assert not any({"a.txt", "b.txt"} <= set(g) for g in groups)


def test_versions_are_oldest_first_the_fuller_one_last_on_a_day():
    short = doc("z.txt", "Floods hit the valley", STORY["flood"][:3], date="2024-07-17")
    full = doc("a.txt", "Floods hit the valley", STORY["flood"][:6], date="2024-07-17")
    first = doc("m.txt", "Floods hit the valley", STORY["flood"][:2], date="2024-07-16")
    assert grouped(full, short, first) == [["m.txt", "z.txt", "a.txt"]]


def test_grouping_does_not_depend_on_input_order():
    docs = [
        doc("a.txt", "Floods hit the valley", STORY["flood"][:4]),
        doc("b.txt", "Floods hit the valley", STORY["flood"][:6], date="2024-07-17"),
        doc("c.txt", "Valley floods: the toll rises", STORY["flood"][2:8], date="2024-07-18"),
        doc("d.txt", "The vote is delayed", STORY["vote"]),
    ]
    expected = grouped(*docs)
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)
    assert grouped(*shuffled) == expected
    assert expected == [["a.txt", "b.txt", "c.txt"], ["d.txt"]]
