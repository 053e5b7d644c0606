"""The direct quotes of one paragraph: attributed passages kept as speech, and the
speaker an unattributed passage inherits from its neighbours or the previous paragraph."""
from __future__ import annotations

from spacy.tokens import Token

from ...model import Quote
from ...slugs import content_id
from .attribution import Attribution, attribute
from .grammar import inside_clause, is_reporting
from .passages import Paragraph, Passage, closes_sentence, keep_passage, opens_sentence, trim
from .reader import Reader, Speaker
from .speakers import source_of, speaker_of


def quotes_of_paragraph(reader: Reader, para: Paragraph, carry: Speaker | None, next_opens: bool,
                        doc_id: str) -> tuple[list[Quote], list[Token], Speaker | None]:
    """The quotes of one paragraph, the verbs that attribute them, and the last speaker."""
    found: list[tuple[Passage, int, int, Attribution | None]] = []
    for passage in list(para.passages):
        start, end = trim(para.text, passage.start, passage.end)
        text = para.text[start:end]
        attribution = attribute(reader, para, passage, text)
        if attribution is None and _cut_short(para, passage):
            para.passages.remove(passage)  # cut before an attribution, it stands only with one
            continue
        if keep_passage(para, passage, start, end, attribution is not None, next_opens):
            found.append((passage, start, end, attribution))
    quotes, verbs, last = [], [], None
    for k, (passage, start, end, attribution) in enumerate(found):
        speaker = attribution.speaker if attribution else inherited(reader, para, found, k, carry)
        if speaker is None:
            continue
        if not attribution:
            speaker = speaker.found_by("previous")
        text = para.text[start:end]
        if attribution:
            verbs.append(attribution.verb)
        para.quoted.append(passage)
        last = speaker
        quotes.append(Quote(
            id=content_id("q", doc_id, para.n, text), text=text, speaker=speaker.id, speaker_name=speaker.name,
            document=doc_id, paragraph=para.n, context=attribution.context if attribution else None,
            attribution=speaker.how,
        ))
    return quotes, verbs, last


def _cut_short(para: Paragraph, passage: Passage) -> bool:
    """True for an unclosed passage that ends before its paragraph does (cut before an
    attribution whose closing mark is missing: '“We will win, he said. “…”')."""
    return not passage.closed and para.text[passage.end :].strip() != ""


def inherited(reader: Reader, para: Paragraph, found: list, k: int, carry: Speaker | None) -> Speaker | None:
    """Speaker of an unattributed passage that is a sentence of its own: the nearest attributed
    passage of the paragraph (earlier first) unless another person is named in between, or,
    for the paragraph's opening passage, `carry` (the previous paragraph's speaker)."""
    passage = found[k][0]
    if not (opens_sentence(para.text, passage) and closes_sentence(para.text, passage)):
        return None
    earlier = [(f[0], f[3]) for f in found[:k] if f[3]]
    later = [(f[0], f[3]) for f in found[k + 1 :] if f[3]]
    since = earlier[-1][0].close_end if earlier else 0
    reported = speaker_of_sentence_before(reader, para, passage, since)
    if reported:
        return reported
    if earlier and not reader.other_person(para, earlier[-1][0].close_end, passage.mark, earlier[-1][1].speaker):
        return earlier[-1][1].speaker
    if later and not reader.other_person(para, passage.close_end, later[0][0].mark, later[0][1].speaker):
        return later[0][1].speaker
    if not para.text[: passage.mark].strip():
        return carry
    return None


def speaker_of_sentence_before(reader: Reader, para: Paragraph, passage: Passage, since: int) -> Speaker | None:
    """The speaker of a reporting verb in the sentence just before the passage (and after
    offset `since`): "Sometimes rules are broken, he said. “But does that mean …?”", "A man at
    the scene said there was no warning. “…”"; else the person that sentence is about, named as
    its subject ("Jo Lee, a resident, voiced her despair. “…”")."""
    sentences = [s for s in para.doc.sents if since <= s.start_char and s.end_char <= passage.mark]
    if not sentences:
        return None
    for verb in reversed(list(sentences[-1])):
        if para.outside(verb) and is_reporting(verb) and not inside_clause(verb):
            source = source_of(reader, para, verb, lenient=True)
            if source:
                return source.speaker
    root = sentences[-1].root
    for subject in (c for c in root.children if c.dep_ == "nsubj" and para.outside(c)):
        speaker = speaker_of(reader, para, subject)
        if speaker and reader.is_person(speaker.actor) and speaker.how == "named":
            return speaker
    return None
