"""Speakers named by a description (`the president`, `the agency`) or by a document (`a
report by X`, `the report`, `a NATO release`)."""
from __future__ import annotations

from spacy.tokens import Token

from ...model import Actor
from ..gazetteer import demonym_country
from ..lexicon import lines, words
from .grammar import common_singular, definite, is_reporting, phrase, subjects, word_set
from .passages import Paragraph
from .reader import SPEAKER_LABELS, Reader, Speaker

DOCUMENT_LOOKBACK = 20  # paragraphs searched for the introduction of "the report"
SALIENCE_LOOKBACK = 1  # paragraphs before within which the only person a description fits is the one it means


def described_person(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """`the president`, `China's ambassador` -> the one person whose role or title (or the
    words right before a mention: "China's ambassador Liu") holds that noun, its modifiers
    ("the defense secretary") and its owner ("China"): among the persons named before, else
    among all persons of the document (a description that comes before the name). Of several
    named before, the only one named just before (`_nearest`). With no match, a
    description without an owner may mean the person of the sentence before
    (`person_of_sentence_before`); an owned one ("Lebanon's interior minister") introduces
    someone new. None otherwise."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not common_singular(head) or not (definite(head) or owners):
        return None
    wanted = {head.lower_} | {
        c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("GPE", "NORP")
    } | {w for c in owners for w in word_set(c.text)}

    wanted_sets = [wanted, *office_titles(wanted)]

    def matching(actors) -> dict[str, Actor]:
        return {a.id: a for a in actors if any(w <= words_ for words_ in titles(reader, a) for w in wanted_sets)}

    before = reader.persons_before(para.n, head.idx)
    found = matching({a.id: a for _at, a, _subject in before}.values())
    if len(found) > 1:
        found = _nearest(found, before, para.n)
    if not found:
        found = matching(a for a in reader.actors.actors if a.kind == "person")
    if not found and not owners and _personal_description(head):  # "Lebanon's minister" introduces someone
        actor = person_of_sentence_before(reader, para, head)
        return Speaker(actor.name, actor) if actor else None
    if len(found) != 1:
        return None
    actor = next(iter(found.values()))
    return organization_voice(reader, para, head, actor) or Speaker(actor.name, actor)


def _nearest(found: dict[str, Actor], before, paragraph: int) -> dict[str, Actor]:
    """Of several persons a description fits, the one named within `SALIENCE_LOOKBACK`
    paragraphs before it, when only one is ("Gov. Jo Lee ... Gov. Al Ray ... Lee's office said
    .... The governor said" -> Lee); all of them otherwise (the description stays ambiguous)."""
    recent = {a.id: a for (n, _offset), a, _subject in before if a.id in found and n >= paragraph - SALIENCE_LOOKBACK}
    return recent if len(recent) == 1 else found


def organization_voice(reader: Reader, para: Paragraph, head: Token, person: Actor) -> Speaker | None:
    """For a noun that speaks for an organization (`organization_voice_nouns`: "the
    spokesperson", "the official"), the organization heard speaking as a subject since `person` (the one the
    description matched) was last named, when nothing ties the person to it ("Acme spokesman Jo
    Lee" is Acme's): "... Jo Lee, the union's spokesperson, said .... The ministry said ....
    “…,” the spokesperson said." -> the ministry. None otherwise."""
    if head.lower_ not in words("organization_voice_nouns"):
        return None
    named = next((at for at, a, _subject in reader.persons_before(para.n, head.idx) if a.id == person.id), None)
    voice = reader.voice_since(para, head.idx, named) if named else None
    if voice is None:
        return None
    said = set().union(*titles(reader, person))
    own = word_set(" ".join([voice.actor.name, *voice.actor.aliases])) - words("actor_org_small_words")
    return None if own & said else voice


def office_titles(wanted: set[str]) -> list[set[str]]:
    """The word sets of the titles that hold an office a description names
    (`office_descriptions.txt`): {"top", "diplomat"} -> {"secretary", "of", "state"},
    {"foreign", "minister"}... (the description's other words kept)."""
    found = []
    for line in lines("office_descriptions"):
        description, *held_by = [word_set(part) for part in line.split("|")]
        if description <= wanted:
            found += [(wanted - description) | title for title in held_by]
    return found


def _personal_description(head: Token) -> bool:
    """True for a title ("the minister") or a role word that is not also the usual noun of an
    unnamed source ("the real estate agent", not "the official")."""
    noun = head.lower_
    return noun in words("actor_person_titles") or noun in words("actor_role_words") - words("anonymous_sources")


def person_of_sentence_before(reader: Reader, para: Paragraph, head: Token) -> Actor | None:
    """The one person named (outside quotes) in the sentence just before the one of `head`, in
    its paragraph or closing the paragraph before, with no role stated (a role of their own
    makes the description someone else's) and whom the description's gender does not rule out:
    "Karl Brandt met the bankers. “...,” the minister said." -> Karl Brandt. None when no one or
    several are named there."""
    sentence = head.sent
    if sentence.start > 0:
        where, before = para, para.doc[sentence.start - 1].sent
    elif para.n > 1:
        where = reader.paragraphs[para.n - 2]
        before = list(where.doc.sents)[-1]
    else:
        return None
    wanted = "she" if head.lower_ in words("feminine_titles") else "he" if head.lower_ in words("masculine_titles") else None
    named = {a.id: a for (n, at), a, _subject in reader.persons_before(para.n, head.idx)
             if n == where.n and before.start_char <= at < before.end_char}
    named = {k: a for k, a in named.items() if a.kind == "person" and not a.roles
             and reader.gender(a) in (None, wanted or reader.gender(a))}
    return next(iter(named.values())) if len(named) == 1 else None


def described_organization(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """`the agency`, `the news organization` (nouns in `organization_nouns.txt`) -> the
    organization the same noun introduced by name earlier ("The group, WeWorkers Coalition,"),
    else the one `Reader.voice_before` finds. A plural ("the companies") stands for no one
    organization."""
    if not definite(head) or head.lemma_.lower() not in words("organization_nouns") or not common_singular(head):
        return None
    return introduced_organization(reader, para, head) or reader.voice_before(para, head.idx, {"organization"})


def national_voice(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """`the Jordanian government` -> Jordan: a noun of `national_voice_nouns.txt` qualified by a
    nationality ("North Korean" too) speaks for that country, when the document names it."""
    if head.lemma_.lower() not in words("national_voice_nouns") or not para.outside(head):
        return None
    for child in head.lefts:
        nationality = para.doc[child.left_edge.i : child.i + 1].text
        country = demonym_country(nationality) or demonym_country(child.text)
        actor = reader.actors.resolve(country.name) if country else None
        if actor and actor.kind == "country":
            return Speaker(actor.name, actor, "description")
    return None


def introduced_organization(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """The organization named in apposition to the latest earlier use of the same noun ("The
    group, WeWorkers Coalition, formed ..."), within `DOCUMENT_LOOKBACK` paragraphs."""
    lemma = head.lemma_.lower()
    for where, token in tokens_before(reader, para, head):
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
            continue
        for child in token.children:
            if child.dep_ == "appos" and where.outside(child):
                named = reader.named(where, child, {"ORG"})
                if named:
                    return named
    return None


def titles(reader: Reader, actor: Actor) -> list[set[str]]:
    """The word sets that describe a person (`Reader.descriptions`)."""
    return reader.descriptions(actor)


def author_of(reader: Reader, para: Paragraph, noun: Token) -> Speaker | None:
    """Who issued the document a noun names: "a report by X" (or "from X"), "X's report",
    "a report released by X", "X released a report" (verbs in `publishing_verbs.txt`)."""
    candidates = []
    for child in noun.children:
        if child.dep_ == "poss":
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            candidates += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() in words("publishing_verbs"):
            candidates += [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in words("publishing_verbs"):
        candidates += [c for c in verb.children if c.dep_ == "nsubj"]
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "through") and is_reporting(verb.head):  # "X said in a statement"
        candidates += subjects(verb.head)
    for token in candidates:
        if para.outside(token):
            author = reader.named(para, token, SPEAKER_LABELS) or reader.listed(para, token)
            if author:
                return author
            if token.pos_ == "NOUN" and token.lemma_.lower() in words("anonymous_sources"):
                return Speaker(phrase(token), how="unnamed")  # "the military said in a statement"
    return None


def introduced_author(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """`the report` -> the author of the report introduced earlier ("a report by X"), when
    the latest introduction of a document of that kind names one. A description with words of
    its own ("the joint statement") stands only for a document introduced with them."""
    if not definite(head):
        return None
    lemma = head.lemma_.lower()
    for where, token in tokens_before(reader, para, head):
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or not where.outside(token):
            continue
        if not _modifiers(head) <= _modifiers(token):
            continue
        author = author_of(reader, where, token)
        if author or not definite(token):
            return author
    return None


def _modifiers(noun: Token) -> set[str]:
    """The adjectives and nouns that qualify a noun ("the joint statement" -> {"joint"})."""
    return {c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")}


def named_document(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """`the law` -> the document named earlier with that noun as the last word of its name
    ("the Eugenic Protection Law"), within `DOCUMENT_LOOKBACK` paragraphs."""
    if not definite(head):
        return None
    lemma = head.lemma_.lower()
    for where, token in tokens_before(reader, para, head):
        if token.lemma_.lower() == lemma and token.text[:1].isupper() and where.outside(token):
            start = token.i
            while start > token.left_edge.i and where.doc[start - 1].text[:1].isupper() and where.doc[start - 1].dep_ != "det":
                start -= 1
            if start < token.i:
                return Speaker(where.doc[start : token.i + 1].text)
    return None


def tokens_before(reader: Reader, para: Paragraph, token: Token):
    """(paragraph, token) pairs before `token`, nearest first, within `DOCUMENT_LOOKBACK`
    paragraphs."""
    for t in reversed(para.doc[: token.i]):
        yield para, t
    for where in reversed(reader.paragraphs[max(0, para.n - 1 - DOCUMENT_LOOKBACK) : para.n - 1]):
        for t in reversed(where.doc):
            yield where, t


def named_inside(reader: Reader, para: Paragraph, head: Token) -> Speaker | None:
    """A named organization or country before the noun in a document's noun phrase ("a
    NATO release"; not "the statement, which was obtained by Variety")."""
    for token in [t for left in head.lefts for t in left.subtree]:
        if para.outside(token):
            named = reader.named(para, token, {"ORG", "GPE"})
            if named:
                return named
    return None
