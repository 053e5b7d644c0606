"""Versions of one story folded into one extraction, so merge and render see stories.

Extraction runs per seed file (and is cached so); this step runs after it and is cheap. For
each group of versions (`versions.group_versions`, oldest first):

* the story's id is the id of its oldest version (the first in `version_order`), so it stays
  when a newer version arrives, and `sources/<id>/` keeps working;
* its text is the latest version's paragraphs (n = 1..N), followed by the paragraphs that
  earlier versions had and the latest no longer has, numbered on from N + 1 and marked with
  the version they come from. A paragraph counts as still present when its text is the same
  after `text_key`, or nearly the same (`NEAR`, a `rapidfuzz` ratio: a figure or a word
  changed). Earlier versions are read newest first, so a paragraph two of them had is kept once;
* the latest version's items all count; an earlier version's quotes, statements, events,
  terms and actor and program mentions count only when they come from one of its kept
  paragraphs, renumbered, and only when the story does not already hold the same item;
* actors and programs of one story with the same local id are one entity.

`Document.versions` lists every version (file, id, date, title) with the story paragraph
each of its paragraphs became, so an old per-file link can be sent to the right paragraph.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, TypeVar

from rapidfuzz import fuzz, process

from .model import Actor, Document, Event, Extraction, Paragraph, Program, Quote, Ref, Statement, Term, Version
from .versions import group_versions, text_key

NEAR = 90.0

Item = TypeVar("Item", Quote, Statement, Event, Term)
Entity = TypeVar("Entity", Actor, Program)


def fold_stories(extractions: Iterable[Extraction]) -> list[Extraction]:
    """One extraction per story, in the order of each story's first seed file name."""
    by_source = {ex.document.source: ex for ex in extractions}
    groups = group_versions(ex.document for ex in by_source.values())
    return [fold_story([by_source[d.source] for d in group]) for group in groups]


def fold_story(versions: list[Extraction]) -> Extraction:
    """One extraction from the versions of a story, oldest first (the last gives the text)."""
    latest = versions[-1]
    if len(versions) == 1:
        d = latest.document
        d.versions = [Version(d.source, d.id, d.title, d.date, [p.n for p in d.paragraphs])]
        return latest
    sid = versions[0].document.id
    text = _StoryText(latest.document)
    kept: dict[str, dict[int, int]] = {latest.document.source: {}}
    for version in reversed(versions[:-1]):
        kept[version.document.source] = text.add(version.document)
    story = Extraction(document=_story_document(versions, sid, text))
    for version in reversed(versions):  # the latest first: its items win
        _add_items(story, version, kept[version.document.source], is_latest=version is latest)
    _drop_unmentioned(story, latest)
    return story


class _StoryText:
    """The story's paragraphs as they are found: the latest version's, then earlier ones'."""

    def __init__(self, latest: Document) -> None:
        self.paragraphs = [Paragraph(p.n, p.text) for p in latest.paragraphs]
        self.keys = [text_key(p.text) for p in latest.paragraphs]
        self.by_key = {k: p.n for k, p in reversed(list(zip(self.keys, latest.paragraphs)))}
        self.numbers: dict[str, list[int]] = {latest.source: [p.n for p in latest.paragraphs]}
        self.next_n = max((p.n for p in latest.paragraphs), default=0) + 1

    def add(self, document: Document) -> dict[int, int]:
        """Take in an earlier version: {its paragraph n: story n} for the paragraphs it adds."""
        added: dict[int, int] = {}
        numbers = []
        for p in document.paragraphs:
            key = text_key(p.text)
            n = self.by_key.get(key) or self._near(key)
            if n is None:
                n = added[p.n] = self.next_n
                self.next_n += 1
                self.paragraphs.append(Paragraph(n, p.text, version=document.source))
                self.keys.append(key)
                self.by_key[key] = n
            numbers.append(n)
        self.numbers[document.source] = numbers
        return added

    def _near(self, key: str) -> int | None:
        """The story paragraph whose text is nearly `key`, if any (the best, then the first)."""
        if not key:
            return None
        hit = process.extractOne(key, self.keys, scorer=fuzz.ratio, score_cutoff=NEAR)
        return self.paragraphs[hit[2]].n if hit else None


def _story_document(versions: list[Extraction], sid: str, text: _StoryText) -> Document:
    return replace(
        versions[-1].document,
        id=sid,
        paragraphs=text.paragraphs,
        topics=list(dict.fromkeys(t for v in reversed(versions) for t in v.document.topics)),
        versions=[Version(d.source, d.id, d.title, d.date, text.numbers[d.source])
                  for d in (v.document for v in versions)],
    )


def _add_items(story: Extraction, version: Extraction, kept: dict[int, int], *, is_latest: bool) -> None:
    """Add a version's items to the story: all of the latest's, the kept paragraphs' of others."""
    sid = story.document.id

    def where(paragraph: int) -> int | None:
        return paragraph if is_latest else kept.get(paragraph)

    _add_records(story.quotes, version.quotes, sid, where, lambda q: (q.speaker, text_key(q.text)))
    _add_records(story.statements, version.statements, sid, where, lambda s: (s.speaker, text_key(s.text)))
    _add_records(story.events, version.events, sid, where, lambda e: (e.date, text_key(e.sentence)))
    _add_records(story.glossary, version.glossary, sid, where, lambda t: (t.abbreviation, t.expansion))
    _add_entities(story.actors, version.actors, sid, where, is_latest)
    _add_entities(story.programs, version.programs, sid, where, is_latest)


def _add_records(
    into: list[Item], records: list[Item], sid: str, where: Callable[[int], int | None], key: Callable[[Item], object]
) -> None:
    """Records found in kept paragraphs, renumbered, unless the story already has the same."""
    seen = {key(r) for r in into}
    for record in records:
        n = where(record.paragraph)
        if n is None or key(record) in seen:
            continue
        seen.add(key(record))
        record.document, record.paragraph = sid, n
        into.append(record)


def _add_entities(
    into: list[Entity], records: list[Entity], sid: str, where: Callable[[int], int | None], is_latest: bool
) -> None:
    """Actors or programs with their mentions in kept paragraphs (and the latest version's
    caption); one per local id."""
    by_id = {e.id: e for e in into}
    for record in records:
        mentions = [Ref(sid, n, m.part) for m in record.mentions if (n := _place(m, where, is_latest)) is not None]
        same = by_id.get(record.id)
        if same is None:
            record.mentions = mentions
            by_id[record.id] = record
            into.append(record)
            continue
        same.mentions = sorted({m.key: m for m in same.mentions + mentions}.values(), key=_ref_key)
        same.aliases = list(dict.fromkeys(same.aliases + record.aliases))
        if isinstance(same, Actor):
            same.roles = list(dict.fromkeys(same.roles + record.roles))  # type: ignore[attr-defined]
        else:
            same.description = same.description or record.description  # type: ignore[union-attr]
            same.participants = sorted(set(same.participants) | set(record.participants))  # type: ignore[union-attr]


def _place(ref: Ref, where: Callable[[int], int | None], is_latest: bool) -> int | None:
    """The story paragraph of a mention: its kept paragraph, or 1 for a caption mention of the
    latest version (the story shows the latest version's caption only)."""
    if ref.part:
        return ref.paragraph if is_latest else None
    return where(ref.paragraph)


def _drop_unmentioned(story: Extraction, latest: Extraction) -> None:
    """Leave out the actors and programs that only earlier versions' dropped paragraphs named
    (and that no kept item points at)."""
    own = {e.id for e in [*latest.actors, *latest.programs]}
    story.programs = [p for p in story.programs if p.mentions or p.id in own]
    used = own | {r.speaker for r in [*story.quotes, *story.statements]}
    used |= {a for e in story.events for a in e.actors} | {a for p in story.programs for a in p.participants}
    story.actors = [a for a in story.actors if a.mentions or a.id in used]


def _ref_key(ref: Ref) -> tuple[str, int, str]:
    return ref.key
