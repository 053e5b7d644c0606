"""Roles of people, as the text states them around a name.

* a title before the name: "Japanese Prime Minister Fumio Kishida" -> "Prime Minister"
  (capitalised words that lean on the name and hold a role word, without a leading
  nationality; "former" and the like kept; lower-case nouns that qualify the role word too:
  "retired aerospace executive"); only a capitalised title makes a titled name
  ("President Donald Trump", not "leader Xi Jinping");
* an apposition after the name, split at coordinated role nouns: "Jun Nagashima, adjunct
  professor at ... and former liaison officer to ..." -> two roles;
* an apposition before it: "the company's chief executive, Jane Doe" -> "company's chief
  executive".

* a title coordinated with another: "lead researcher and NASA planetary scientist Jane Doe"
  -> "lead researcher", "NASA planetary scientist"; lower-case adjectives qualify a role word
  ("Goddard planetary scientist");
* a clause about the name: "who was the acting director of X", "who heads X" (verbs of
  leading, `data/actor_role_verbs.txt`), "has been named acting secretary" (verbs of
  appointment, `data/actor_appointment_verbs.txt`);
* an affiliation "Robin Hale of the ESA" -> "of the ESA", only for a person with no other role.

A role never runs into a relative clause or past a comma, and is verbatim text of its sentence.
A role is the writer's: words inside quote marks state none ("“Is Jo Lee a real activist?”"),
and a plural noun describes a group the person belongs to, not a role ("founders Ana Ruiz and
Ben Cole", "two other candidates, Jo Lee and Kim Park").
Role words are in `data/actor_role_words.txt`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..lexicon import lines, words

MAX_ROLE_TOKENS = 30
_NP_LEFT_DEPS = ("det", "poss", "amod", "compound", "nmod", "nummod", "quantmod")


def person_roles(span: Span) -> list[tuple[str, str | None]]:
    """(role, titled name) pairs stated around one mention of a person.

    The titled name is the verbatim "Title Name" form when the role is a title before the name.
    """
    if inside_quotes(span.doc, span.start_char):
        return []
    out: list[tuple[str, str | None]] = []
    title = title_before(span)
    if title is not None and not _plural(title[-1]):
        first = coordinated_title(title)
        if first is not None:
            out.append((first.text, None))
        out.append((title.text, titled_name(title, span)))
    out.extend((r, None) for r in appositive_roles(span, groups=False))
    out.extend((r, None) for r in clause_roles(span))
    return [(role, titled) for role, titled in out if not _QUOTE_MARKS & set(role)]


_QUOTE_MARKS = frozenset('"“”«»')


def inside_quotes(doc: Doc, offset: int) -> bool:
    """True when character `offset` of a paragraph lies inside a quoted passage: an odd number
    of double quote marks before it, curly or straight (a text may open with one and close with
    the other)."""
    before = doc.text[:offset]
    return sum(before.count(mark) for mark in '"“”') % 2 == 1


def _plural(token: Token) -> bool:
    """True for a plural common noun ("founders", "candidates"), not a capitalised part of a
    name or title ("Joint Chiefs")."""
    return token.tag_ == "NNS" and token.is_lower


def affiliation(span: Span) -> str | None:
    """'Robin Hale of the ESA' -> 'of the ESA': an organisation the name is 'of', for a
    person with no other role."""
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == span.end:
            objs = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"]
            if objs:
                end = objs[0].right_edge.i + 1
                while end < len(span.doc) and span.doc[end].ent_iob_ == "I":
                    end += 1  # the rest of the organisation's name ('Post-Gazette')
                return _phrase(span.doc, child.i, end) or None
    return None


def titled_name(title: Span, span: Span) -> str | None:
    """The name with the capitalised end of its title ('President Donald Trump'; 'Sen. John
    McCain' of 'late Sen. John McCain', 'Dr. Silvia Martins' of 'Senior author Dr. Silvia
    Martins', 'President Donald Trump' of 'ex-President Donald Trump'); None when the title ends in a lower-case word ('executive Tom Young', 'leader Xi
    Jinping'): a description is no name."""
    doc = span.doc
    lower = [t.i for t in title if not t.is_punct and not t.text[:1].isupper()]
    start = lower[-1] + 1 if lower else title.start
    while start < title.end and doc[start].is_punct:
        start += 1  # 'President Donald Trump' of 'ex-President Donald Trump'
    if start >= title.end or not any(is_role_word(t) or t.text.casefold() in _TITLES for t in doc[start : title.end]):
        return None  # 'Francis Ford' of 'director Francis Ford Coppola' is no title
    return doc[start : span.end].text


_TITLES = frozenset(w.casefold() for line in lines("actor_person_titles") for w in line.split())


def title_before(span: Span) -> Span | None:
    """'Japanese Prime Minister Fumio Kishida' -> 'Prime Minister', 'the company's billionaire
    founder Jeff Bezos' -> 'founder' (title words before the name that lean on it and hold a
    role word, without a leading nationality)."""
    doc = span.doc
    start = span.start
    while start > 0 and _leans_on_name(doc[start - 1], start, span.end):
        start -= 1
        if doc[start].text == "-" and start > 0:
            start -= 1  # the first half of a hyphenated word ('vice-premier')
    start = _with_qualifiers(doc, start, span.start)
    while start < span.start and gazetteer.is_place_word(doc[start].text):
        start += 1
    if start < span.start and doc[start - 1].lower_ in words("actor_role_modifiers"):
        start -= 1
    title = doc[start : span.start]
    if not len(title) or not any(is_role_word(t) for t in title):
        return None
    return title


def _with_qualifiers(doc: Doc, start: int, end: int) -> int:
    """The start of a title whose capitalised qualifiers the parse hung elsewhere ('NASA
    planetary scientist' after 'lead researcher and'): taken only when a coordinated role
    stands before them."""
    k = start
    while k > 0 and _qualifier(doc[k - 1]):
        k -= 1
    if k < start < end and k >= 2 and doc[k - 1].lower_ == "and" and is_role_word(doc[k - 2]):
        return k
    return start


def _qualifier(tok: Token) -> bool:
    """A capitalised or lower-case noun or adjective that can qualify a role word."""
    return tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.is_alpha and not tok.is_stop and not tok.ent_type_ in ("PERSON", "DATE")


def coordinated_title(title: Span) -> Span | None:
    """'lead researcher' of 'lead researcher and NASA planetary scientist Jane Doe': a role
    coordinated with the title by 'and', with its lower-case qualifiers."""
    doc, end = title.doc, title.start - 1
    if end < 1 or doc[end].lower_ != "and" or not is_role_word(doc[end - 1]):
        return None
    start = end - 1
    while start > 0 and (doc[start - 1].lower_ in words("actor_role_modifiers") or (
        doc[start - 1].is_lower and doc[start - 1].pos_ in ("ADJ", "NOUN") and doc[start - 1].head.i in range(start, end)
    )):
        start -= 1
    return doc[start:end]


def clause_roles(span: Span) -> list[str]:
    """Roles stated by a clause about the name: 'Kevin Smith, who was the acting director of
    X' -> 'acting director of X'; 'Ann Lee, who heads X' -> 'heads X'; 'Tom White has been
    named acting secretary' -> 'acting secretary'."""
    root, doc = span.root, span.doc
    out = []
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.i > span.end and doc[span.end].text == ",":
            out.extend(_stated_role(clause))
    head = root.head
    if root.dep_ == "nsubjpass" and head.lemma_.lower() in words("actor_appointment_verbs"):
        out.extend(_phrase(doc, c.left_edge.i, c.right_edge.i + 1) for c in head.children
                   if c.dep_ in ("oprd", "attr", "xcomp") and c.i > head.i and is_role_word(c))
    return [r for r in out if r]


def _stated_role(clause: Token) -> list[str]:
    """The role a relative clause states: the role noun after 'was'/'is', or a verb of
    leading ('heads', 'chairs') with its object."""
    doc = clause.doc
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return []
    if clause.lemma_ == "be":
        return [_phrase(doc, c.left_edge.i, c.right_edge.i + 1) for c in clause.children
                if c.dep_ == "attr" and is_role_word(c)]
    if clause.lemma_.lower() in words("actor_role_verbs"):
        objs = [c for c in clause.children if c.dep_ == "dobj"]
        if objs and objs[0].ent_type_ == "ORG":
            return [_phrase(doc, clause.i, objs[0].right_edge.i + 1)]
    return []


def _leans_on_name(tok: Token, start: int, end: int) -> bool:
    """True for a word right before [start, end) that modifies a word in it and can belong to a
    title: capitalised, a lower-case role word ('founder', 'vice'), a modifier ('former'), a
    hyphen inside a word ('vice-premier') or a noun that qualifies a role word ('aerospace
    executive', 'defense secretary')."""
    if tok.dep_ in ("case", "det", "poss") or not start <= tok.head.i < end:
        return False
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    if tok.is_punct:
        return False
    if tok.is_title or tok.is_upper or is_role_word(tok) or tok.lower_ in words("actor_role_modifiers"):
        return True
    qualifies = (tok.dep_ == "compound" and tok.pos_ == "NOUN") or (tok.dep_ == "amod" and tok.pos_ == "ADJ")
    return qualifies and tok.is_lower and is_role_word(tok.head)


def appositive_roles(span: Span, *, groups: bool = True) -> list[str]:
    """Roles in an apposition after the name ('Jun Nagashima, adjunct professor at ... and former
    liaison officer to ...' -> two roles), or before it ("the company's CEO, Jane Doe");
    without `groups`, not a plural one ("two other candidates, Jo Lee and Kim Park"): it
    describes the group, yet still shows that a person is named."""
    root = span.root
    roles = []
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and is_role_word(child) and (groups or not _plural(child)):
            roles.extend(_split_roles(child))
    if root.dep_ == "appos" and root.head.i < span.start and is_role_word(root.head) \
            and (groups or not _plural(root.head)):
        head = root.head
        left = min([c.left_edge.i for c in head.lefts if c.dep_ in _NP_LEFT_DEPS] + [head.i])
        roles.append(_phrase(head.doc, left, head.i + 1))
    return [r for r in roles if r]


def _split_roles(head: Token) -> list[str]:
    """The role phrase headed by `head`, split before each coordinated role noun; the last
    piece runs to the end of the phrase (its attachments often hang on `head`)."""
    doc = head.doc
    conjs = [c for c in head.children if c.dep_ == "conj" and c.i > head.i and is_role_word(c)]
    starts = [head.left_edge.i] + [c.left_edge.i for c in conjs]
    ends = starts[1:] + [head.right_edge.i + 1]
    out = []
    for start, end in zip(starts, ends):
        while end > start + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
            end -= 1
        out.append(_phrase(doc, start, end))
    return out


def _phrase(doc: Doc, start: int, end: int) -> str:
    """Tokens [start, end) as a role: no leading article or adverb ('now'), nothing from a
    relative clause or a comma on ('..., who did not work on the study'), capped in length."""
    while start < end and doc[start].dep_ in ("det", "advmod", "cc", "punct"):
        start += 1
    for i in range(start + 1, end):
        if doc[i].dep_ in ("relcl", "acl") or doc[i].text in (",", ";", "(", "\u2014", "\u2013"):
            end = min(end, doc[i].left_edge.i if doc[i].dep_ in ("relcl", "acl") else i)
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    if end <= start or end - start > MAX_ROLE_TOKENS:
        return ""
    return doc[start:end].text


def is_role_word(tok: Token) -> bool:
    """True when a token is a role noun ('director', 'Minister', 'CEO'), or a profession in
    '-ist' ('geologist', 'journalist'; not 'playlist')."""
    if tok.lower_ in words("actor_role_words") or tok.lemma_.lower() in words("actor_role_words"):
        return True
    return tok.pos_ == "NOUN" and bool(_PROFESSION.search(tok.lower_))


_PROFESSION = re.compile(r"^[a-z]{3,}(?:[^l]ist|[aeil]list)s?$")
