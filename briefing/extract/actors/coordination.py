"""Coordinated names: "A and B" tagged as one name is split, "A" + "and" + "B" tagged as two
names of one body is joined."""
from __future__ import annotations

from spacy.tokens import Span

from .candidates import Mention, kind_and_name
from .vocab import org_heads, org_suffixes


def split_coordinated(mentions: list[Mention]) -> list[Mention]:
    """'SLS and Orion' tagged as one organisation becomes two mentions when one side is named
    on its own elsewhere in the document ('Ministry of Trade, Industry and Energy' stays, and
    so does 'U.S. Customs and Border Protection' when 'Customs and Border Protection' is
    written elsewhere: the coordination is part of a name)."""
    names = {m.name for m in mentions}
    texts = "\n".join(doc.text for doc in {m.paragraph: m.span.doc for m in mentions}.values())
    out = []
    for m in mentions:
        cut = next((t.i for t in m.span[1:-1] if t.lower_ in ("and", "&")), None)
        if m.kind != "organization" or cut is None or "," in m.text:
            out.append(m)
            continue
        left, right = m.span.doc[m.span.start : cut], m.span.doc[cut + 1 : m.span.end]
        core = m.span.doc[cut - 1 : m.span.end].text
        if (left.text not in names and right.text not in names) or texts.count(core) > texts.count(m.text):
            out.append(m)
            continue
        for part in (left, right):
            kind, name = kind_and_name(part, "ORG")
            out.append(Mention(m.paragraph, part, kind or "organization", name))
    return out


def join_coordinated(mentions: list[Mention]) -> list[Mention]:
    """'Customs' + 'and' + 'Border Protection' tagged as two organisations become one when the
    joined name ends in an organisation word (`_joins_as_one`), or when the joined name is written whole elsewhere; a lone part of a joined name elsewhere
    takes the joined name."""
    texts = "\n".join(doc.text for doc in {m.paragraph: m.span.doc for m in mentions}.values())
    by_end = {(m.paragraph, m.span.end): m for m in mentions if m.kind == "organization"}
    out, drop, joined = [], set(), {}
    for b in mentions:
        a = by_end.get((b.paragraph, b.span.start - 1))
        if a is None or b.kind != "organization" or id(a) in drop or a.span.doc[a.span.end].lower_ not in ("and", "&"):
            continue
        span = Span(b.span.doc, a.span.start, b.span.end, label="ORG")
        if not all(t.is_title or t.is_upper or t.lower_ in ("and", "&") for t in span):
            continue
        ends_org = _joins_as_one(a, b)
        if ends_org or texts.count(span.text) > 1:
            drop.update((id(a), id(b)))
            joined[a.name] = joined[b.name] = span.text
            out.append(Mention(b.paragraph, span, "organization", span.text))
    for m in mentions:
        if id(m) in drop:
            continue
        if m.kind == "organization" and m.name in joined:
            m.name = joined[m.name]
        out.append(m)
    return sorted(out, key=lambda m: (m.paragraph, m.span.start))


def _joins_as_one(a: Mention, b: Mention) -> bool:
    """True when 'A and B' reads as one body: A one capitalised word (no acronym), B the
    conjunct of A ending in an organisation word that is no company form ('Customs and Border
    Protection'; not 'Boeing and Lockheed Martin Corporation')."""
    last = b.span[-1].text
    return (
        len(a.span) == 1 and a.span[0].is_title and b.span.root.dep_ == "conj" and b.span.root.head.i == a.span.root.i
        and last in org_heads() and last not in org_suffixes()
    )
