"""Versions of one story folded into one extraction: the latest text, earlier text kept, nothing twice."""
from __future__ import annotations

from briefing.model import Actor, Document, Event, Extraction, Paragraph, Program, Quote, Ref, Statement, Term
from briefing.stories import fold_stories

LEAD = "Floods hit the valley on Monday, and rescuers searched the river banks all night long."
MAYOR = "The mayor, Ana Ruiz, said: “We will rebuild every home that the water took from us.”"
TOLL = "At least 12 people died, the regional police said in a statement on Monday evening."
TOLL_UPDATED = "At least 14 people died, the regional police said in a statement on Monday evening."
DAM = "Engineers said the old dam held, though water spilled over its crest for three hours."
AID = "The government sent two army units and promised aid to every family that lost a house."


def version(source: str, date: str, paragraphs: list[str], title: str = "Floods hit the valley") -> Extraction:
    """A seed file's extraction with the items a real extractor would find in these paragraphs."""
    doc_id = source.removesuffix(".txt")
    numbered = {text: n for n, text in enumerate(paragraphs, start=1)}
    ex = Extraction(Document(
        id=doc_id, source=source, title=title, date=date, topics=[f"topic-{doc_id}"],
        paragraphs=[Paragraph(n, text) for text, n in numbered.items()],
    ))
    ruiz = Actor("ana-ruiz", "Ana Ruiz", "person", ["Ruiz"], ["mayor"], [])
    police = Actor("regional-police", "regional police", "organization", [], [], [])
    army = Program("army-units", "army units", mentions=[])
    for text, n in numbered.items():
        ref = Ref(doc_id, n)
        if text == MAYOR:
            ruiz.mentions.append(ref)
            ex.quotes.append(Quote(f"q-{doc_id}-{n}", "We will rebuild every home that the water took from us.",
                                   "ana-ruiz", "Ana Ruiz", doc_id, n))
        if text in (TOLL, TOLL_UPDATED):
            police.mentions.append(ref)
            ex.events.append(Event(f"e-{doc_id}-{n}", "2024-07-15", "Monday", text, doc_id, n))
        if text == DAM:
            ex.statements.append(Statement(f"s-{doc_id}-{n}", None, "Engineers", "the old dam held", doc_id, n))
            ex.glossary.append(Term("DAM", "dam authority", doc_id, n))
        if text == AID:
            army.mentions.append(ref)
    ex.actors = [a for a in (ruiz, police) if a.mentions]
    ex.programs = [army] if army.mentions else []
    return ex


def story_of(*versions: Extraction) -> Extraction:
    (story,) = fold_stories(list(versions))
    return story


def texts(story: Extraction) -> list[tuple[int, str, str | None]]:
    return [(p.n, p.text, p.version) for p in story.document.paragraphs]


def test_the_latest_version_gives_the_text_and_earlier_only_paragraphs_follow():
    story = story_of(
        version("a.txt", "2024-07-15", [LEAD, MAYOR, TOLL, DAM]),
        version("b.txt", "2024-07-16", [LEAD, TOLL_UPDATED, AID]),
    )
    assert texts(story) == [
        (1, LEAD, None), (2, TOLL_UPDATED, None), (3, AID, None), (4, MAYOR, "a.txt"), (5, DAM, "a.txt"),
    ]
    assert story.document.title == "Floods hit the valley"
    assert story.document.date == "2024-07-16"


def test_versions_are_listed_oldest_first_with_where_their_paragraphs_went():
    story = story_of(
        version("b.txt", "2024-07-16", [LEAD, TOLL_UPDATED, AID]),
        version("a.txt", "2024-07-15", [LEAD, MAYOR, TOLL, DAM]),
    )
    assert [(v.source, v.id, v.date) for v in story.document.versions] == [
        ("a.txt", "a", "2024-07-15"), ("b.txt", "b", "2024-07-16"),
    ]
    assert [v.paragraphs for v in story.document.versions] == [[1, 4, 2, 5], [1, 2, 3]]


def test_items_are_counted_once():
    story = story_of(
        version("a.txt", "2024-07-15", [LEAD, MAYOR, TOLL, DAM]),
        version("b.txt", "2024-07-16", [LEAD, MAYOR, TOLL, DAM, AID]),
        version("c.txt", "2024-07-17", [LEAD, MAYOR, TOLL, DAM, AID]),
    )
    assert len(story.quotes) == len(story.events) == len(story.statements) == len(story.glossary) == 1
    assert [(a.id, [(m.document, m.paragraph) for m in a.mentions]) for a in story.actors] == [
        ("ana-ruiz", [("a", 2)]), ("regional-police", [("a", 3)]),
    ]
    assert len(story.document.paragraphs) == 5


def test_items_of_earlier_only_paragraphs_are_kept_and_renumbered():
    story = story_of(
        version("a.txt", "2024-07-15", [LEAD, MAYOR, TOLL, DAM]),
        version("b.txt", "2024-07-16", [LEAD, TOLL_UPDATED, AID]),
    )
    (quote,) = story.quotes
    assert (quote.document, quote.paragraph) == ("a", 4)
    assert [(s.document, s.paragraph) for s in story.statements] == [("a", 5)]
    assert [(t.abbreviation, t.paragraph) for t in story.glossary] == [("DAM", 5)]
    ruiz = next(a for a in story.actors if a.id == "ana-ruiz")
    assert [(m.document, m.paragraph) for m in ruiz.mentions] == [("a", 4)]


def test_a_nearly_unchanged_paragraph_is_still_present():
    story = story_of(
        version("a.txt", "2024-07-15", [LEAD, TOLL]),
        version("b.txt", "2024-07-16", [LEAD, TOLL_UPDATED]),
    )
    assert texts(story) == [(1, LEAD, None), (2, TOLL_UPDATED, None)]
    assert [(e.document, e.paragraph, e.sentence) for e in story.events] == [("a", 2, TOLL_UPDATED)]


def test_a_paragraph_two_earlier_versions_had_is_kept_once_from_the_newer():
    story = story_of(
        version("a.txt", "2024-07-15", [LEAD, MAYOR]),
        version("b.txt", "2024-07-16", [LEAD, MAYOR, DAM]),
        version("c.txt", "2024-07-17", [LEAD, AID]),
    )
    assert texts(story) == [(1, LEAD, None), (2, AID, None), (3, MAYOR, "b.txt"), (4, DAM, "b.txt")]
    assert len(story.quotes) == 1


def test_the_story_keeps_the_first_versions_id_when_a_newer_one_arrives():
    a = lambda: version("a.txt", "2024-07-15", [LEAD, MAYOR])  # noqa: E731
    b = lambda: version("b.txt", "2024-07-16", [LEAD, MAYOR, DAM])  # noqa: E731
    c = lambda: version("c.txt", "2024-07-17", [LEAD, MAYOR, DAM, AID])  # noqa: E731
    assert story_of(a()).document.id == story_of(a(), b()).document.id == story_of(a(), b(), c()).document.id == "a"
    assert story_of(a(), b(), c()).document.source == "c.txt"


def test_local_ids_of_one_story_are_one_entity():
    story = story_of(
        version("a.txt", "2024-07-15", [LEAD, MAYOR, AID]),
        version("b.txt", "2024-07-16", [LEAD, TOLL_UPDATED]),
    )
    assert sorted(a.id for a in story.actors) == ["ana-ruiz", "regional-police"]
    assert [(p.id, [m.paragraph for m in p.mentions]) for p in story.programs] == [("army-units", [4])]
    assert {m.document for a in story.actors for m in a.mentions} == {"a"}


def test_an_actor_only_named_in_paragraphs_the_latest_still_has_is_not_added_twice():
    old = version("a.txt", "2024-07-15", [LEAD, MAYOR])
    old.actors[0].id = "mayor-ruiz"  # the older extraction named her differently
    story = story_of(old, version("b.txt", "2024-07-16", [LEAD, MAYOR]))
    assert [a.id for a in story.actors] == ["ana-ruiz"]


def test_topics_of_every_version_are_kept():
    story = story_of(version("a.txt", "2024-07-15", [LEAD]), version("b.txt", "2024-07-16", [LEAD, AID]))
    assert story.document.topics == ["topic-b", "topic-a"]


def test_a_story_in_one_version_is_unchanged_but_for_its_version_list():
    story = story_of(version("a.txt", "2024-07-15", [LEAD, MAYOR, TOLL]))
    assert texts(story) == [(1, LEAD, None), (2, MAYOR, None), (3, TOLL, None)]
    assert [(v.source, v.paragraphs) for v in story.document.versions] == [("a.txt", [1, 2, 3])]
    assert len(story.quotes) == len(story.events) == 1


def test_unrelated_files_stay_separate_documents():
    stories = fold_stories([
        version("a.txt", "2024-07-15", [LEAD, MAYOR]),
        version("b.txt", "2024-07-15", [DAM, AID], title="Dam holds"),
    ])
    assert [s.document.id for s in stories] == ["a", "b"]


def test_caption_mentions_come_from_the_latest_version_whose_caption_the_story_shows():
    old, new = version("a.txt", "2024-07-15", [LEAD, MAYOR]), version("b.txt", "2024-07-16", [LEAD, MAYOR])
    old.actors[0].mentions.append(Ref("a", 1, "caption"))
    new.actors[1:] = [Actor("river-guard", "River Guard", "organization", [], [], [Ref("b", 1, "caption")])]
    story = story_of(old, new)
    mentions = {a.id: [(m.document, m.paragraph, m.part) for m in a.mentions] for a in story.actors}
    assert mentions == {"ana-ruiz": [("a", 2, None)], "river-guard": [("a", 1, "caption")]}
