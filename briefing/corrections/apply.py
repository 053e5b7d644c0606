"""Apply corrections to a merged `Briefing`: a new briefing and a report, the input untouched.

Entries apply in file order, each to the result of the ones before (a later entry may name an
actor by the name an earlier one gave it, or by the id of an actor merged away). Records are
never changed in place: a changed record is a copy (`dataclasses.replace`) carrying a mark,
`corrected: [{"action": "merge", "line": 12}]`, in its `corrected` list.

Ids stay stable: a merge keeps the id of the entity named in `into`; a renamed entity keeps
its id (its page and every deep link stay where they were; the old name becomes an alias);
an actor detached from an alias, and an added program, get the slug of their name.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Sequence

from ..model import Actor, Briefing, Program, Quote, Ref, Statement, Term
from ..slugs import slugify
from .find import (
    find_document,
    find_entities,
    find_passages,
    find_terms,
    fold,
    names_in,
    squeeze,
    uncovered,
)
from .report import Outcome, Report
from .schema import Correction

_LISTS = {
    "actor": "actors", "program": "programs", "quote": "quotes", "statement": "statements",
    "event": "events", "term": "glossary",
}


def apply_corrections(briefing: Briefing, corrections: Sequence[Correction], file: str) -> tuple[Briefing, Report]:
    """The corrected briefing and the report of every entry (`file`: the name shown in the report)."""
    work = _Work(briefing)
    report = Report(file)
    for c in corrections:
        outcome = Outcome(c)
        _ACTIONS[c.action](work, c, outcome)
        report.outcomes.append(outcome)
    return work.briefing(report), report


def _mark(record: Any, c: Correction, **changes: Any) -> Any:
    """A copy of `record` with `changes` and the mark of correction `c`."""
    mark = {"action": c.action, "line": c.line}
    marks = record.corrected if mark in record.corrected else [*record.corrected, mark]
    return replace(record, corrected=marks, **changes)


class _Work:
    """The briefing's lists being corrected (copies: the records in them are replaced, never
    changed), the ids merged away, and the paragraph texts used to find names."""

    def __init__(self, b: Briefing) -> None:
        self.documents = b.documents
        self.lists: dict[str, list] = {kind: list(getattr(b, name)) for kind, name in _LISTS.items()}
        self.redirects: dict[str, dict[str, str]] = {"actor": {}, "program": {}}
        self.paragraphs = {(d.id, p.n): squeeze(p.text) for d in b.documents for p in d.paragraphs}
        self.captions = {d.id: squeeze(d.caption or "") for d in b.documents}

    def text_of(self, ref: Ref) -> str:
        """The text a mention is in: its paragraph, or its document's caption."""
        return self.captions[ref.document] if ref.part else self.paragraphs[ref.document, ref.paragraph]

    def briefing(self, report: Report) -> Briefing:
        lists = {name: self.lists[kind] for kind, name in _LISTS.items()}
        lists["actors"].sort(key=lambda a: a.id)
        lists["programs"].sort(key=lambda p: p.id)
        return Briefing(documents=self.documents, corrections=report.to_dict(), **lists)

    def one(self, kind: str, ref: str, outcome: Outcome) -> int | None:
        """The position of the one record of `kind` that `ref` names; else None and a problem."""
        records = self.lists[kind]
        if kind in self.redirects:
            hits = find_entities(records, ref, self.redirects[kind])
        else:
            hits = find_passages(records, ref)
        if len(hits) == 1:
            return hits[0]
        if not hits:
            how = "named" if kind in self.redirects else "with the id or text"
            outcome.problems.append(f"no {kind} {how} {ref!r}")
        else:
            ids = ", ".join(sorted(records[i].id for i in hits))
            outcome.problems.append(f"{ref!r} names {len(hits)} {kind}s ({ids}): name one by its id")
        return None

    def free_id(self, kind: str, name: str, suffix: str) -> str:
        """The slug of `name`, with `suffix` (and a number) added when another record has it."""
        taken = {r.id for r in self.lists[kind]}
        base = slugify(name)
        new_id, n = base, 2
        if new_id in taken:
            new_id = f"{base}-{suffix}"
        while new_id in taken:
            new_id, n = f"{base}-{suffix}-{n}", n + 1
        return new_id

    def evidence(self, c: Correction, outcome: Outcome) -> tuple[bool, Ref | None]:
        """Whether an `add` entry's evidence holds, and the paragraph it names (None when it
        names none); a paragraph that does not exist is a problem."""
        if c.document is None:
            return True, None
        document = find_document(self.documents, c.document)
        if document is None:
            outcome.problems.append(f"no document {c.document!r}")
            return False, None
        if (document.id, c.paragraph) not in self.paragraphs:
            outcome.problems.append(f"document {document.id!r} has no paragraph {c.paragraph}")
            return False, None
        return True, Ref(document.id, c.paragraph)  # type: ignore[arg-type]

    def repoint_actors(self, new_ids: dict[str, str | None], c: Correction) -> None:
        """Point speakers, event actors and program participants at the new ids (None: no actor)."""
        for kind in ("quote", "statement"):
            self.lists[kind] = [
                _mark(r, c, speaker=new_ids[r.speaker]) if r.speaker in new_ids else r for r in self.lists[kind]
            ]
        self.lists["event"] = [
            _mark(e, c, actors=_renamed(e.actors, new_ids)) if set(e.actors) & set(new_ids) else e
            for e in self.lists["event"]
        ]
        self.lists["program"] = [
            _mark(p, c, participants=_renamed(p.participants, new_ids)) if set(p.participants) & set(new_ids) else p
            for p in self.lists["program"]
        ]


def _renamed(ids: list[str], new_ids: dict[str, str | None]) -> list[str]:
    return sorted({new_ids.get(i, i) for i in ids} - {None})  # type: ignore[type-var]


def _refs(refs) -> list[Ref]:
    unique = {r.key: r for r in refs}
    return [unique[k] for k in sorted(unique)]


# --- The actions ------------------------------------------------------------------------------


def _merge(work: _Work, c: Correction, outcome: Outcome) -> None:
    """Fold the named actors (or programs) into the one named by `into`, which keeps its id."""
    records = work.lists[c.kind]
    target = work.one(c.kind, c.into, outcome)  # type: ignore[arg-type]
    if target is None:
        return
    keep = records[target]
    sources: list[int] = []
    for ref in c.targets:
        i = work.one(c.kind, ref, outcome)
        if i == target:
            outcome.problems.append(f"{ref!r} is already part of {keep.id!r}")
        elif i is not None and i not in sources:
            sources.append(i)
    if not sources:
        return
    gone = [records[i] for i in sources]
    records[target] = _mark(keep, c, **_combined(keep, gone))
    for i in sorted(sources, reverse=True):
        del records[i]
    for g in gone:
        work.redirects[c.kind][g.id] = keep.id
    if c.kind == "actor":
        work.repoint_actors({g.id: keep.id for g in gone}, c)
    outcome.items.append((c.kind, keep.id))


def _combined(keep: Actor | Program, gone: list) -> dict[str, Any]:
    """The fields of `keep` once the `gone` records are folded into it."""
    names = {n for g in gone for n in (g.name, *g.aliases)} | set(keep.aliases)
    changes: dict[str, Any] = {
        "aliases": sorted(names - {keep.name}),
        "mentions": _refs([*keep.mentions, *(m for g in gone for m in g.mentions)]),
    }
    if isinstance(keep, Actor):
        changes["roles"] = list(dict.fromkeys([*keep.roles, *(r for g in gone for r in g.roles)]))
    else:
        changes["participants"] = sorted({*keep.participants, *(p for g in gone for p in g.participants)})
        changes["description"] = keep.description or next((g.description for g in gone if g.description), None)
    return changes


def _detach(work: _Work, c: Correction, outcome: Outcome) -> None:
    """Make an alias an actor of its own, with the paragraphs, quotes and events that use it."""
    actors = work.lists["actor"]
    i = work.one("actor", c.target, outcome)
    if i is None:
        return
    actor = actors[i]
    alias = next((a for a in actor.aliases if fold(a) == fold(c.alias)), None)  # type: ignore[arg-type]
    if alias is None:
        its_name = " (it is its name: rename it instead)" if fold(actor.name) == fold(c.alias) else ""  # type: ignore[arg-type]
        outcome.problems.append(f"{actor.id!r} has no alias {c.alias!r}{its_name}")
        return
    rest = [n for n in (actor.name, *actor.aliases) if n != alias]
    found = [m for m in actor.mentions if uncovered(work.text_of(m), alias, rest)]
    if not found:
        outcome.problems.append(f"{alias!r} is not found in the paragraphs of {actor.id!r}")
        return
    only_alias = [m for m in found if not names_in(work.text_of(m), rest)]
    kind = c.new_kind or actor.kind
    new = _mark(Actor(id=work.free_id("actor", alias, kind), name=alias, kind=kind, mentions=found), c)
    actors[i] = _mark(
        actor, c, aliases=[a for a in actor.aliases if a != alias],
        mentions=[m for m in actor.mentions if m not in only_alias],
    )
    actors.append(new)
    for kind_ in ("quote", "statement"):
        work.lists[kind_] = [
            _mark(r, c, speaker=new.id) if r.speaker == actor.id and fold(r.speaker_name) == fold(alias) else r
            for r in work.lists[kind_]
        ]
    work.lists["event"] = [_detached_event(e, actor.id, new.id, alias, rest, c) for e in work.lists["event"]]
    outcome.items += [("actor", actor.id), ("actor", new.id)]


def _detached_event(event, old: str, new: str, alias: str, rest: list[str], c: Correction):
    """An event of the actor whose sentence uses the alias names the new actor (and the old one
    only if its sentence still names it otherwise)."""
    sentence = squeeze(event.sentence)
    if old not in event.actors or not uncovered(sentence, alias, rest):
        return event
    actors = {*event.actors, new} - (set() if names_in(sentence, rest) else {old})
    return _mark(event, c, actors=sorted(actors))


def _rename(work: _Work, c: Correction, outcome: Outcome) -> None:
    """A new name (the old one becomes an alias) and/or kind; the id stays."""
    records = work.lists[c.kind]
    i = work.one(c.kind, c.target, outcome)
    if i is None:
        return
    record = records[i]
    changes: dict[str, Any] = {}
    if c.to is not None and c.to != record.name:
        changes["name"] = c.to
        changes["aliases"] = sorted({*record.aliases, record.name} - {c.to})
    if c.new_kind is not None and c.new_kind != record.kind:
        changes["kind"] = c.new_kind
    if not changes:
        what = f"named {record.name!r}" if c.to is not None else f"of kind {record.kind!r}"
        outcome.problems.append(f"{record.id!r} is already {what}")
        return
    records[i] = _mark(record, c, **changes)
    if c.kind == "actor" and "name" in changes:
        for kind in ("quote", "statement"):
            work.lists[kind] = [
                _mark(r, c, speaker_name=c.to) if r.speaker == record.id and r.speaker_name == record.name else r
                for r in work.lists[kind]
            ]
    outcome.items.append((c.kind, record.id))


def _drop(work: _Work, c: Correction, outcome: Outcome) -> None:
    """Remove an item; what pointed at a dropped actor no longer does (its quotes stay, unnamed)."""
    records = work.lists[c.kind]
    if c.kind == "term":
        hits = find_terms(records, c.target, c.expansion)
        if not hits:
            also = f" meaning {c.expansion!r}" if c.expansion else ""
            outcome.problems.append(f"no glossary term {c.target!r}{also}")
        for i in reversed(hits):
            outcome.items.insert(0, ("term", records.pop(i).abbreviation))
        return
    i = work.one(c.kind, c.target, outcome)
    if i is None:
        return
    gone = records.pop(i)
    if c.kind == "actor":
        work.repoint_actors({gone.id: None}, c)
    outcome.items.append((c.kind, gone.id))


def _reattribute(work: _Work, c: Correction, outcome: Outcome) -> None:
    """Give a quote or statement another speaker: an actor, or an unnamed source's words."""
    records = work.lists[c.kind]
    i = work.one(c.kind, c.target, outcome)
    if i is None:
        return
    record: Quote | Statement = records[i]
    if c.unnamed is not None:
        speaker, name = None, c.unnamed
    else:
        j = work.one("actor", c.to, outcome)  # type: ignore[arg-type]
        if j is None:
            return
        speaker, name = work.lists["actor"][j].id, work.lists["actor"][j].name
    if (record.speaker, record.speaker_name) == (speaker, name):
        outcome.problems.append(f"{record.id!r} is already attributed to {name!r}")
        return
    # the editor names the speaker: nothing about it is inferred any more
    attribution = "unnamed" if speaker is None else "named"
    records[i] = _mark(record, c, speaker=speaker, speaker_name=name, attribution=attribution)
    outcome.items.append((c.kind, record.id))


def _add_program(work: _Work, c: Correction, outcome: Outcome) -> None:
    """A program the extraction missed, with the paragraphs that name it (it must be named in
    one, or the entry names the paragraph that shows it)."""
    names = [c.target, *c.aliases]
    existing = {work.lists["program"][i].id for n in names for i in find_entities(work.lists["program"], n, {})}
    if existing:
        outcome.problems.append(f"already a program: {', '.join(sorted(existing))} (remove this entry or merge)")
        return
    valid, given = work.evidence(c, outcome)
    if not valid:
        return
    mentions = [Ref(d, n) for (d, n), text in work.paragraphs.items() if names_in(text, names)]
    if given:
        mentions.append(given)
    if not mentions:
        outcome.problems.append(f"{c.target!r} is not found in any paragraph: name the document and paragraph")
        return
    program = Program(
        id=work.free_id("program", c.target, "program"), name=c.target, aliases=sorted(set(c.aliases) - {c.target}),
        description=c.description, mentions=_refs(mentions),
    )
    work.lists["program"].append(_mark(program, c))
    outcome.items.append(("program", program.id))


def _add_term(work: _Work, c: Correction, outcome: Outcome) -> None:
    """A glossary entry, defined in the paragraph the entry names, else in the first paragraph
    that uses the abbreviation (or, failing that, the expansion)."""
    if find_terms(work.lists["term"], c.target, c.expansion):
        outcome.problems.append(f"{c.target!r} meaning {c.expansion!r} is already in the glossary")
        return
    valid, given = work.evidence(c, outcome)
    if not valid:
        return
    ref = given or _first_paragraph(work, c.target) or _first_paragraph(work, c.expansion)  # type: ignore[arg-type]
    if ref is None:
        outcome.problems.append(f"{c.target!r} is not found in the text: name the document and paragraph")
        return
    term = Term(abbreviation=c.target, expansion=c.expansion, document=ref.document, paragraph=ref.paragraph)  # type: ignore[arg-type]
    work.lists["term"].append(_mark(term, c))
    outcome.items.append(("term", c.target))


def _first_paragraph(work: _Work, name: str) -> Ref | None:
    """The first paragraph, in document order, that uses `name` as whole words."""
    return next((Ref(d, n) for (d, n), text in work.paragraphs.items() if names_in(text, [name])), None)


def _add(work: _Work, c: Correction, outcome: Outcome) -> None:
    (_add_program if c.kind == "program" else _add_term)(work, c, outcome)


_ACTIONS: dict[str, Callable[[_Work, Correction, Outcome], None]] = {
    "merge": _merge, "detach": _detach, "rename": _rename, "drop": _drop, "reattribute": _reattribute, "add": _add,
}
