"""Cross-document merging: one entity per real-world actor, stable ids, rewritten references."""
from __future__ import annotations

import pytest

from briefing.merge import merge
from briefing.model import Actor, Document, Event, Extraction, Paragraph, Program, Quote, Ref


def doc(doc_id: str) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", title=doc_id, paragraphs=[Paragraph(1, "Text.")])


def person(doc_id: str, name: str, *aliases: str, roles=(), paragraph: int = 1) -> Actor:
    from briefing.slugs import slugify

    return Actor(slugify(name), name, "person", list(aliases), list(roles), [Ref(doc_id, paragraph)])


def entity(doc_id: str, name: str, kind: str, *aliases: str, paragraph: int = 1) -> Actor:
    from briefing.slugs import slugify

    return Actor(slugify(name), name, kind, list(aliases), [], [Ref(doc_id, paragraph)])


def extraction(doc_id: str, *actors: Actor, **records) -> Extraction:
    return Extraction(document=doc(doc_id), actors=list(actors), **records)


def by_name(briefing) -> dict[str, Actor]:
    return {a.name: a for a in briefing.actors}


# three documents about overlapping people and organisations
A = lambda: extraction(  # noqa: E731
    "a",
    person("a", "Fumio Kishida", "Kishida", roles=["Prime Minister"]),
    person("a", "John Smith", "Smith"),
    entity("a", "Raytheon", "organization"),
    entity("a", "Japan", "country", "Tokyo"),
)
B = lambda: extraction(  # noqa: E731
    "b",
    person("b", "Fumio Kishida", "Kishida", roles=["Prime Minister", "leader of the Liberal Democratic Party"], paragraph=2),
    entity("b", "Raytheon Technologies", "organization", "Raytheon", paragraph=3),
    entity("b", "Japan", "country", paragraph=2),
)
C = lambda: extraction(  # noqa: E731
    "c",
    person("c", "Kishida", paragraph=4),
    person("c", "Mary Smith", "Smith", paragraph=2),
    entity("c", "Center for Strategic and International Studies", "organization", "CSIS"),
)


def test_same_person_in_two_documents_is_one_actor():
    kishida = by_name(merge([A(), B()]))["Fumio Kishida"]
    assert kishida.id == "fumio-kishida"
    assert [(m.document, m.paragraph) for m in kishida.mentions] == [("a", 1), ("b", 2)]
    assert kishida.roles == ["Prime Minister", "leader of the Liberal Democratic Party"]


def test_surname_alone_joins_the_only_person_with_that_surname():
    kishida = by_name(merge([A(), B(), C()]))["Fumio Kishida"]
    assert ("c", 4) in [(m.document, m.paragraph) for m in kishida.mentions]
    assert "Kishida" not in by_name(merge([A(), B(), C()]))


def test_different_people_sharing_a_surname_stay_apart():
    actors = by_name(merge([A(), C()]))
    assert {"John Smith", "Mary Smith"} <= set(actors)
    assert actors["John Smith"].id != actors["Mary Smith"].id


def test_ambiguous_surname_alone_is_left_unlinked():
    """Neither John's nor Mary's, and no page of its own: its quotes keep the speaker's name only."""
    lone = extraction("d", person("d", "Smith", paragraph=5), quotes=[Quote("q-9", "No.", "smith", "Smith", "d", 5)])
    briefing = merge([A(), C(), lone])
    actors = by_name(briefing)
    assert "Smith" not in actors
    assert all(m.document != "d" for m in actors["John Smith"].mentions + actors["Mary Smith"].mentions)
    assert [(q.speaker, q.speaker_name) for q in briefing.quotes] == [(None, "Smith")]


def test_short_name_joins_the_long_name_that_lists_it():
    actors = by_name(merge([A(), B()]))
    assert "Raytheon" not in actors
    raytheon = actors["Raytheon Technologies"]
    assert raytheon.id == "raytheon-technologies"
    assert {m.document for m in raytheon.mentions} == {"a", "b"}


def test_shared_acronym_alone_does_not_merge_two_organizations():
    other = extraction("e", entity("e", "Canadian Security Intelligence Service", "organization", "CSIS"))
    actors = by_name(merge([C(), other]))
    assert {"Center for Strategic and International Studies", "Canadian Security Intelligence Service"} <= set(actors)


def test_ambiguous_acronym_stays_on_its_own():
    other = extraction("e", entity("e", "Canadian Security Intelligence Service", "organization", "CSIS"))
    lone = extraction("f", entity("f", "CSIS", "organization"))
    assert "CSIS" in by_name(merge([C(), other, lone]))


def test_context_dependent_alias_does_not_travel():
    nigeria = extraction("n", entity("n", "Nigerian Senate", "organization", "Senate"))
    us = extraction("u", entity("u", "Senate", "organization", paragraph=2))
    actors = by_name(merge([nigeria, us]))
    assert {"Nigerian Senate", "Senate"} <= set(actors)


def test_acronym_alias_travels():
    a = extraction("a", entity("a", "NATO Industrial Advisory Group", "organization", "NIAG"))
    b = extraction("b", entity("b", "NIAG", "organization", paragraph=3))
    actors = by_name(merge([a, b]))
    assert "NIAG" not in actors
    assert {m.document for m in actors["NATO Industrial Advisory Group"].mentions} == {"a", "b"}


def test_company_names_compare_without_legal_form():
    a = extraction("a", entity("a", "Sierra Nevada Corp.", "organization"))
    b = extraction("b", entity("b", "Sierra Nevada Corporation", "organization", "Sierra Nevada", paragraph=2))
    assert [a.name for a in merge([a, b]).actors] == ["Sierra Nevada Corporation"]


def test_place_named_like_a_country_seat_alias_joins_the_country():
    place = extraction("p", entity("p", "Tokyo", "location", paragraph=7))
    actors = by_name(merge([A(), place]))
    assert "Tokyo" not in actors
    assert ("p", 7) in [(m.document, m.paragraph) for m in actors["Japan"].mentions]
    assert actors["Japan"].kind == "country"


def test_country_aliases_are_kept():
    japan = by_name(merge([A(), B()]))["Japan"]
    assert japan.aliases == ["Tokyo"]
    assert japan.kind == "country"


def test_ids_stay_when_a_third_document_is_added():
    before = {a.name: a.id for a in merge([A(), B()]).actors}
    after = {a.name: a.id for a in merge([A(), B(), C()]).actors}
    assert all(after[name] == actor_id for name, actor_id in before.items())


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_document_order_does_not_change_actors(order):
    docs = [A, B, C]
    reference = [a.to_dict() for a in merge([A(), B(), C()]).actors]
    assert [a.to_dict() for a in merge([docs[i]() for i in order]).actors] == reference


def test_two_kinds_with_one_slug_get_distinct_ids():
    one = extraction("g", entity("g", "Georgia", "country"))
    two = extraction("h", entity("h", "Georgia", "location"))
    ids = sorted(a.id for a in merge([one, two]).actors)
    assert ids == ["georgia", "georgia-location"]


def test_references_are_rewritten_to_merged_ids():
    b = B()
    b.quotes = [Quote("q-1", "We agree.", "fumio-kishida", "Kishida", "b", 2)]
    b.events = [Event("e-1", "2022-06-29", "June 29", "Kishida went.", "b", 2, actors=["raytheon-technologies"])]
    b.programs = [Program("sm-3", "SM-3", participants=["raytheon-technologies"], mentions=[Ref("b", 3)])]
    a = A()
    a.events = [Event("e-2", "2022-01-01", "January", "Raytheon won.", "a", 1, actors=["raytheon"])]
    briefing = merge([a, b])
    assert briefing.quotes[0].speaker == "fumio-kishida"
    assert {tuple(e.actors) for e in briefing.events} == {("raytheon-technologies",)}
    assert briefing.programs[0].participants == ["raytheon-technologies"]


def test_programs_with_a_shared_name_merge():
    a = extraction("a", programs=[Program("f-35", "F-35", mentions=[Ref("a", 1)])])
    b = extraction(
        "b", programs=[Program("f-35-lightning-ii", "F-35 Lightning II", ["F-35"], "A fighter.", mentions=[Ref("b", 2)])]
    )
    programs = merge([a, b]).programs
    assert [(p.name, p.id, p.description) for p in programs] == [("F-35 Lightning II", "f-35-lightning-ii", "A fighter.")]
    assert [m.document for m in programs[0].mentions] == ["a", "b"]


# --- identity by full names -------------------------------------------------------------------


def _people(*docs: tuple[str, ...]) -> dict[str, Actor]:
    """Merge one document per tuple of person names (the first is the actor's name, the rest aliases)."""
    return by_name(merge([extraction(f"d{n}", person(f"d{n}", *names)) for n, names in enumerate(docs)]))


def test_a_suffix_keeps_two_people_apart():
    actors = _people(*[("Donald Trump", "Trump")] * 6, ("Donald Trump Jr.", "Trump Jr."), ("Donald J. Trump",))
    assert set(actors) == {"Donald Trump", "Donald Trump Jr."}
    assert "Donald J. Trump" in actors["Donald Trump"].aliases
    assert "Donald Trump" not in actors["Donald Trump Jr."].aliases


@pytest.mark.parametrize(
    "short, long_",
    [("Chris Murphy", "Christopher Murphy"), ("Mike Johnson", "Michael Johnson"), ("JD Vance", "James David Vance"),
     ("José Andrés", "Jose Andres"), ("Lloyd Austin", "Lloyd J. Austin")],
)
def test_full_names_of_one_person_merge(short, long_):
    actors = _people((short,), (short,), (long_,))
    assert len(actors) == 1


def test_names_never_chain_two_people_through_a_shorter_one():
    actors = _people(("George W. Bush",), ("George H.W. Bush",), ("George Bush",))
    assert len({a.id for a in actors.values()}) == 3


def test_a_surname_document_joins_by_its_role_when_several_people_share_the_surname():
    docs = [
        extraction("a", person("a", "Joe Biden", "Biden", roles=["President"])),
        extraction("b", person("b", "Jill Biden", "Biden", roles=["first lady"])),
        extraction("c", person("c", "Biden", roles=["President"], paragraph=3)),
    ]
    actors = by_name(merge(docs))
    assert ("c", 3) in [(m.document, m.paragraph) for m in actors["Joe Biden"].mentions]
    assert "Biden" not in actors


def test_the_canonical_name_is_the_common_most_complete_form():
    actors = _people(*[("Thomas Matthew Crooks", "Crooks")] * 5, ("Thomas Matthews Crooks",))
    assert list(actors) == ["Thomas Matthew Crooks"]
    assert "Thomas Matthews Crooks" in actors["Thomas Matthew Crooks"].aliases


def test_the_canonical_spelling_is_the_one_most_documents_use():
    docs = [extraction(f"c{n}", entity(f"c{n}", "CrowdStrike", "organization")) for n in range(3)]
    docs.append(extraction("x", entity("x", "Crowdstrike", "organization")))
    assert [a.name for a in merge(docs).actors] == ["CrowdStrike"]


def test_a_country_or_article_before_an_organisation_makes_no_new_one():
    docs = [
        extraction("a", entity("a", "Secret Service", "organization"), entity("a", "United States", "country")),
        extraction("b", entity("b", "US Secret Service", "organization")),
        extraction("c", entity("c", "United States Secret Service", "organization")),
    ]
    service = [a for a in merge(docs).actors if "Secret Service" in a.name]
    assert len(service) == 1
    assert {m.document for m in service[0].mentions} == {"a", "b", "c"}


def test_two_countries_bodies_of_one_name_stay_apart():
    docs = [
        extraction("a", entity("a", "Russian Defense Ministry", "organization")),
        extraction("b", entity("b", "Ukrainian Defense Ministry", "organization")),
        extraction("c", entity("c", "Defense Ministry", "organization"), entity("c", "Russia", "country")),
    ]
    assert len([a for a in merge(docs).actors if "Defense Ministry" in a.name]) == 3


def test_the_first_of_two_names_joined_by_and_does_not_travel():
    docs = [
        extraction("a", entity("a", "Hamas and Fatah", "organization", "Hamas")),
        extraction("b", entity("b", "Hamas", "organization")),
    ]
    assert {"Hamas and Fatah", "Hamas"} <= set(by_name(merge(docs)))


def test_a_place_named_like_the_surname_of_one_person_is_that_person():
    docs = [extraction(f"p{n}", person(f"p{n}", "Hakeem Jeffries", "Jeffries")) for n in range(2)]
    docs.append(extraction("g", entity("g", "Jeffries", "location", paragraph=4)))
    actors = by_name(merge(docs))
    assert "Jeffries" not in actors
    assert ("g", 4) in [(m.document, m.paragraph) for m in actors["Hakeem Jeffries"].mentions]
    assert actors["Hakeem Jeffries"].kind == "person"


def test_a_known_place_is_no_surname():
    docs = [extraction(f"p{n}", person(f"p{n}", "George Washington", "Washington")) for n in range(2)]
    docs.append(extraction("g", entity("g", "Washington", "location")))
    assert {"George Washington", "Washington"} <= set(by_name(merge(docs)))


def test_one_name_of_several_words_in_two_kinds_is_one_entity_of_the_commoner_kind():
    docs = [extraction(f"o{n}", entity(f"o{n}", "Truth Social", "organization")) for n in range(3)]
    docs.append(extraction("l", entity("l", "Truth Social", "location")))
    assert [(a.name, a.kind) for a in merge(docs).actors] == [("Truth Social", "organization")]


def test_a_country_and_a_place_of_one_word_stay_apart():
    docs = [extraction("c", entity("c", "Georgia", "country")), extraction("s", entity("s", "Georgia", "location"))]
    assert len(merge(docs).actors) == 2


def test_a_first_name_alone_joins_the_one_person_of_that_first_name():
    actors = _people(("Kamala Harris", "Harris"), ("Kamala",), ("Joe Biden",), ("Joe Manchin",), ("Joe",))
    assert "Kamala" not in actors and "Joe" not in actors
    assert {m.document for m in actors["Kamala Harris"].mentions} == {"d0", "d1"}


def test_two_names_one_document_gives_two_people_never_merge():
    docs = [
        extraction("a", person("a", "Ramón Jesurún"), person("a", "Ramón Jamil Jesurún")),
        extraction("b", person("b", "Ramón Jesurún")),
        extraction("c", person("c", "Ramón Jamil Jesurún")),
    ]
    actors = by_name(merge(docs))
    assert actors["Ramón Jesurún"].id != actors["Ramón Jamil Jesurún"].id


def test_a_name_without_its_second_surname_is_the_same_person():
    assert len(_people(("Edmundo González Urrutia",), ("Edmundo González",), ("Edmundo Gonzalez",))) == 1


def test_a_bare_surname_joins_the_one_person_with_that_surname_and_a_suffix():
    actors = _people(("William Sikora III", "Sikora"), ("Sikora",))
    assert list(actors) == ["William Sikora III"]


def test_an_acronym_alone_joins_the_one_organisation_whose_name_it_spells():
    docs = [
        extraction("a", entity("a", "US Centers for Disease Control and Prevention", "organization")),
        extraction("b", entity("b", "CDC", "organization", paragraph=2)),
        extraction("c", entity("c", "Federal Aviation Administration", "organization", "FAA")),
    ]
    actors = by_name(merge(docs))
    assert "CDC" not in actors
    assert ("b", 2) in [(m.document, m.paragraph) for m in actors["US Centers for Disease Control and Prevention"].mentions]


def test_x_and_y_where_both_are_actors_of_its_kind_is_split():
    docs = [
        extraction("a", entity("a", "Delta and United", "organization", paragraph=3)),
        extraction("b", entity("b", "Delta", "organization"), entity("b", "United", "organization")),
        extraction("c", entity("c", "Dolce & Gabbana", "organization"), person("c", "Dolce"), person("c", "Gabbana")),
    ]
    actors = by_name(merge(docs))
    assert "Delta and United" not in actors and "Dolce & Gabbana" in actors
    assert ("a", 3) in [(m.document, m.paragraph) for m in actors["Delta"].mentions]
    assert ("a", 3) in [(m.document, m.paragraph) for m in actors["United"].mentions]
