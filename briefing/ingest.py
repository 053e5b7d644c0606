"""Seed file -> Document: decoding, front matter, header, body, topics, boilerplate.

A seed is a plain-text article. Two layouts are read the same way:

* one paragraph per line (no blank lines in the body), and
* paragraphs separated by blank lines; a block of several lines is one hard-wrapped
  paragraph (joined with single spaces) when it looks wrapped, one list paragraph (lines
  kept verbatim, joined with "\n") when its lines are all list items or table rows
  (short phrases, not sentences), else one paragraph a line. Blocks in the title and
  header zone (the first two blocks) are never read as lists.

The rules, in order:

1. Bytes -> text: UTF-8 with or without BOM (UTF-16 with a BOM too); otherwise
   Windows-1252 when it decodes cleanly and looks like text; else `SeedError`. NUL bytes
   mean binary data. CRLF/CR become LF. UTF-8 that was decoded twice ("â€™") is repaired.
2. Optional YAML front matter between `---` lines: title, date (-> YYYY-MM-DD), url,
   publisher, author; other keys are ignored.
3. The first line is the title. When the front matter gives a title, the first line is
   dropped if it repeats that title and is otherwise read as the start of the header.
4. Header, right after the title and only before the body: an optional subtitle (deck: a
   short line without final punctuation), then an optional photo caption followed by a
   credit line, or a credit line alone. Credit patterns are in `data/ingest_credits.txt`;
   a line with reported speech or a dateline (`data/ingest_lede_markers.txt`) is body,
   never a caption. Nothing is taken as header when that would leave no body. The credit
   is the credited name: a label (`data/ingest_credit_labels.txt`) and enclosing
   parentheses go, so "(Image credit: All About Space)" gives "All About Space".
5. Body: every other line. Short lines matching `data/ingest_boilerplate.txt` and
   stray credit lines are dropped; a `Topics: a, b` line (labels in
   `data/ingest_topic_labels.txt`) becomes `Document.topics`. When the header has no
   credit, a stray image credit (one naming a photo or image) becomes the credit if it
   is the only one or the first comes within the first two paragraphs. Editorial notes
   at the foot of the body (`data/ingest_trailing_notes.txt`: "Editor's note: ...",
   "Correction: ...") are dropped.

Paragraph text is kept verbatim apart from surrounding whitespace: CJK, right-to-left
marks, emoji and zero-width characters stay.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import BriefingError, SeedError
from .model import Document, Paragraph
from .slugs import slugify

DATA_DIR = Path(__file__).parent / "data"

DECK_MAX_WORDS = 25
TITLE_MAX_WORDS = 40
CAPTION_MAX_WORDS = 40
CREDIT_MAX_WORDS = 12
TOPICS_MAX_WORDS = 40
LIST_ITEM_MAX_WORDS = 25
LEAD_CREDIT_MAX_POSITION = 2
FRONT_MATTER_KEYS = ("title", "date", "url", "publisher", "author")

_TERMINAL = re.compile(r"[.!?:;…][\"'”’»)\]]*$")
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][\"'”’]?\s+\S")
_SENTENCE_END = re.compile(r"[.!?…;][\"'”’»)\]]*$")
_NEXT_SENTENCE = re.compile(r"[a-z]{2}[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")
_IMAGE_WORD = re.compile(r"\b(photo|photograph|image|picture|illustration|credit)s?\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_SCRIPT_CODE = re.compile(r"\b(?:document|window)\.\w+\(|\bfunction\s*\(|\)\s*;\s*\}")
_TOPIC_SPLIT = re.compile(r"\s*[,;|•]\s*")
_MOJIBAKE = re.compile("[ÂÃâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DATE_MDY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DATE_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_DATE_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?")


# ---------------------------------------------------------------- rules as data


@dataclass(frozen=True)
class LineRule:
    """Drop a line of at most `max_words` words that `pattern` matches."""

    max_words: int
    pattern: re.Pattern[str]


def _data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _line_rules(name: str) -> tuple[LineRule, ...]:
    """The `MAX_WORDS pattern` rules of a data file."""
    rules = []
    for line in _data_lines(name):
        words, pattern = line.split(None, 1)
        rules.append(LineRule(int(words), re.compile(pattern, re.IGNORECASE)))
    return tuple(rules)


@lru_cache(maxsize=None)
def boilerplate_rules() -> tuple[LineRule, ...]:
    """The boilerplate rules of `data/ingest_boilerplate.txt`."""
    return _line_rules("ingest_boilerplate.txt")


@lru_cache(maxsize=None)
def trailing_note_rules() -> tuple[LineRule, ...]:
    """The editorial-note rules of `data/ingest_trailing_notes.txt` (foot of the body only)."""
    return _line_rules("ingest_trailing_notes.txt")


@lru_cache(maxsize=None)
def credit_label_patterns() -> tuple[re.Pattern[str], ...]:
    """Labels before the credited name (`data/ingest_credit_labels.txt`, matched at the start)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in _data_lines("ingest_credit_labels.txt"))


@lru_cache(maxsize=None)
def credit_patterns() -> tuple[re.Pattern[str], ...]:
    """The credit-line patterns of `data/ingest_credits.txt` (matched whole)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in _data_lines("ingest_credits.txt"))


@lru_cache(maxsize=None)
def lede_patterns() -> tuple[re.Pattern[str], ...]:
    """Marks of a body paragraph (reported speech, datelines): `data/ingest_lede_markers.txt`."""
    return tuple(re.compile(p) for p in _data_lines("ingest_lede_markers.txt"))


@lru_cache(maxsize=None)
def topics_pattern() -> re.Pattern[str]:
    """`Label: items` for the labels of `data/ingest_topic_labels.txt`."""
    labels = sorted(_data_lines("ingest_topic_labels.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    return re.compile(rf"(?:{alternatives})\s*:\s*(?P<items>\S.*)", re.IGNORECASE)


# ---------------------------------------------------------------- line tests


def word_count(line: str) -> int:
    """Whitespace-separated words (linear time, used before any pattern is tried)."""
    return len(line.split())


def is_boilerplate(line: str) -> bool:
    """A short line of page residue: disclaimers, share/subscribe prompts, copyright..."""
    words = word_count(line)
    return any(words <= r.max_words and r.pattern.search(line) for r in boilerplate_rules())


def is_credit(line: str) -> bool:
    """A short photo/image credit line such as 'Defense Dept. photo' or 'Photo: Reuters'."""
    if word_count(line) > CREDIT_MAX_WORDS:
        return False
    return any(p.fullmatch(line) for p in credit_patterns())


def credit_name(line: str) -> str:
    """The credited name of a credit line: without enclosing parentheses and label.

    >>> credit_name("(Image credit: All About Space)")
    'All About Space'
    >>> credit_name("Defense Dept. photo")
    'Defense Dept. photo'
    """
    text = line.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    for pattern in credit_label_patterns():
        match = pattern.match(text)
        if match and text[match.end():].strip():
            return text[match.end():].strip()
    return text


def is_image_credit(line: str) -> bool:
    """A credit line that names a photo or image ('Image credit: X', 'AP Photo/X'), not '© X'."""
    return is_credit(line) and bool(_IMAGE_WORD.search(line))


def is_trailing_note(paragraph: str) -> bool:
    """An editorial note ('Editor's note: ...', 'Correction: ...'), residue at the foot."""
    words = word_count(paragraph)
    return any(words <= r.max_words and r.pattern.search(paragraph) for r in trailing_note_rules())


def topics_of(line: str) -> list[str] | None:
    """The items of a `Topics: a, b` line, or None when the line is not one."""
    if word_count(line) > TOPICS_MAX_WORDS:
        return None
    match = topics_pattern().fullmatch(line)
    if not match:
        return None
    items = [item.strip().rstrip(".").strip() for item in _TOPIC_SPLIT.split(match["items"])]
    return [item for item in items if item]


def is_deck(line: str) -> bool:
    """A subtitle: 3-25 words, one phrase without final punctuation, not all capitals."""
    return (
        3 <= word_count(line) <= DECK_MAX_WORDS
        and not _TERMINAL.search(line)
        and not line.isupper()
        and not _URL.search(line)
        and not _SENTENCE_INSIDE.search(line)
        and not is_credit(line)
        and not is_boilerplate(line)
    )


def is_caption(line: str) -> bool:
    """A photo caption candidate (only taken when a credit line follows it): no lede marks."""
    return (
        3 <= word_count(line) <= CAPTION_MAX_WORDS
        and not _URL.search(line)
        and not any(p.search(line) for p in lede_patterns())
        and not is_credit(line)
        and not is_boilerplate(line)
    )


def _is_blank(line: str) -> bool:
    """Nothing visible: only whitespace and invisible format characters."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in line)


# ---------------------------------------------------------------- bytes -> text


def decode(data: bytes, path: Path) -> str:
    """Seed bytes -> text with LF line ends; `SeedError` for binary or non-text data."""
    if not data:
        raise SeedError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise SeedError(path, f"not UTF-16 text despite its byte-order mark ({err.reason})") from None
    elif b"\x00" in data:
        raise SeedError(path, "binary data (NUL bytes)")
    else:
        text = _decode_8bit(data, path)
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")  # a BOM also where files were joined
    return _repair_mojibake(text)


def _decode_8bit(data: bytes, path: Path) -> str:
    """UTF-8 (BOM allowed), else Windows-1252 when that gives clean text."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text):
        return text
    bad = data[utf8_error.start]
    raise SeedError(
        path,
        f"not UTF-8 text (invalid byte 0x{bad:02x} at offset {utf8_error.start}) "
        "and not clean Windows-1252 either; save the file as UTF-8",
    )


def _looks_like_text(text: str) -> bool:
    """No control characters besides whitespace, and mostly ASCII (a Latin-script text)."""
    if _CONTROL.search(text):
        return False
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return non_ascii <= 0.2 * len(text)


_CP1252_BYTE = {bytes([b]).decode("cp1252", "ignore"): b for b in range(0x80, 0x100)}
_CP1252_BYTE.pop("", None)


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 ('â€™' -> '’') when the whole text round-trips."""
    if not _MOJIBAKE.search(text):
        return text
    raw = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            raw.append(code)
        elif ch in _CP1252_BYTE:
            raw.append(_CP1252_BYTE[ch])
        elif code < 0x100:
            raw.append(code)  # bytes cp1252 leaves undefined come through as U+0080..U+009F
        else:
            return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


# ---------------------------------------------------------------- front matter


def split_front_matter(text: str, path: Path) -> tuple[dict[str, str], str]:
    """(metadata, rest of the text) for a text that may open with `---` YAML front matter."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        raise SeedError(path, "front matter has no closing '---' line")
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as err:
        raise SeedError(path, f"invalid YAML front matter: {_yaml_reason(err)}") from None
    except ValueError as err:  # a well-formed but impossible timestamp such as 2022-02-30
        raise SeedError(path, f"invalid YAML front matter: {err}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SeedError(path, "front matter is not a set of 'key: value' lines")
    return _front_matter_fields(data, path), "\n".join(lines[end + 1:])


def _yaml_reason(err: yaml.YAMLError) -> str:
    """One line out of a PyYAML error."""
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    mark = getattr(err, "problem_mark", None)
    return f"{problem} (front matter line {mark.line + 1})" if mark is not None else problem


def _front_matter_fields(data: dict[Any, Any], path: Path) -> dict[str, str]:
    """The known keys as clean strings; the date normalized to YYYY-MM-DD."""
    fields = {}
    for key in FRONT_MATTER_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if key == "date":
            fields[key] = normalize_date(value, path)
        elif isinstance(value, (list, tuple)):
            fields[key] = ", ".join(str(v).strip() for v in value if str(v).strip())
        else:
            fields[key] = str(value).strip()
    return {k: v for k, v in fields.items() if v}


def normalize_date(value: Any, path: Path) -> str:
    """A YAML date or a date string ('2022-10-04', 'October 4, 2022', '4 Oct 2022') -> ISO."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    year = month = day = None
    if m := _DATE_YMD.fullmatch(text):
        year, month, day = m.groups()
    elif m := _DATE_MDY.fullmatch(text):
        month, day, year = _month_number(m[1]), m[2], m[3]
    elif m := _DATE_DMY.fullmatch(text):
        day, month, year = m[1], _month_number(m[2]), m[3]
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except (TypeError, ValueError):
        raise SeedError(path, f"front matter date {text!r} is not a date (use YYYY-MM-DD)") from None


def _month_number(name: str) -> int | None:
    """1-12 for an English month name or abbreviation ('Sept.', 'October')."""
    return _MONTHS.get(name[:3].lower()) if len(name) >= 3 else None


# ---------------------------------------------------------------- text -> lines


def paragraph_units(text: str) -> list[str]:
    """The text's paragraphs: one per line, one per hard-wrapped block, one per list block.

    List blocks are only read in the blank-line layout (blank lines inside the body, so at
    least three blocks) and after the title and header zone (the first two blocks), where
    a deck, a byline and a credit can sit on consecutive lines.
    """
    blocks = list(_blocks(text))
    units: list[str] = []
    for i, block in enumerate(blocks):
        if is_hard_wrapped(block):
            units.append(" ".join(block))
        elif i >= 2 and is_list_block(block):
            units.append("\n".join(block))
        else:
            units.extend(block)
    return units


def _blocks(text: str) -> Iterable[list[str]]:
    """Runs of non-blank lines, each line stripped."""
    block: list[str] = []
    for line in text.split("\n"):
        if _is_blank(line):
            if block:
                yield block
            block = []
        else:
            block.append(line.strip())
    if block:
        yield block


def is_hard_wrapped(block: list[str]) -> bool:
    """Lines of one paragraph broken at a fixed width (not a list or a table).

    Wrapped lines are 40-110 characters wide and filled: the next line's first word would
    not have fitted on the line before (within the widest line). The text also runs on
    across the breaks: at least a third of the lines after a break start in lower case.
    List items and table rows fail one test or the other.
    """
    if len(block) < 2:
        return False
    widest = max(len(line) for line in block)
    if not 40 <= widest <= 110:
        return False
    breaks = list(zip(block, block[1:]))
    filled = all(len(line) + 1 + len(nxt.split()[0]) > widest for line, nxt in breaks)
    running_on = sum(1 for _, nxt in breaks if nxt[0].islower())
    return filled and 3 * running_on >= len(breaks)


def is_list_block(block: list[str]) -> bool:
    """Lines that are the items of one list or the rows of one table, not paragraphs.

    Every line is a phrase of at most 25 words: no sentence ends inside it or at its end
    (only the first line may end with a colon, introducing the items; the last of three or
    more may close with a full stop), and none is boilerplate, a credit or a topics line.
    A heading followed by its paragraph, or one sentence a line, fails.
    """
    if len(block) < 2:
        return False
    last = len(block) - 1
    for i, line in enumerate(block):
        if word_count(line) > LIST_ITEM_MAX_WORDS or _NEXT_SENTENCE.search(line):
            return False
        if _SENTENCE_END.search(line) and not (i == last >= 2 and line.endswith(".")):
            return False
        if i > 0 and line.endswith(":"):
            return False
        if is_boilerplate(line) or is_credit(line) or topics_of(line) is not None:
            return False
    return True


# ---------------------------------------------------------------- header and body


@dataclass
class Header:
    """What the header lines after the title gave, and how many lines they were."""

    subtitle: str | None = None
    caption: str | None = None
    credit: str | None = None
    size: int = 0


def split_header(lines: list[str]) -> Header:
    """Subtitle, caption and credit from the lines that follow the title."""
    header = Header()
    start = 0
    if not _credit_at(lines, 0, header) and lines and is_deck(lines[0]):
        header.subtitle = lines[0]
        start = 1
        _credit_at(lines, 1, header)
    header.size = start + (header.caption is not None) + (header.credit is not None)
    return header


def _credit_at(lines: list[str], at: int, header: Header) -> bool:
    """Fill `header` with a credit at `at`, or a caption at `at` and its credit after it."""
    if at < len(lines) and is_credit(lines[at]):
        header.credit = credit_name(lines[at])
        return True
    if at + 1 < len(lines) and is_credit(lines[at + 1]) and is_caption(lines[at]):
        header.caption, header.credit = lines[at], credit_name(lines[at + 1])
        return True
    return False


@dataclass
class Body:
    """Body paragraphs (text only), the topics found among them and a lead image credit."""

    paragraphs: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    credit: str | None = None


def split_body(lines: list[str]) -> Body:
    """Body paragraphs and topics; boilerplate, stray credits and trailing notes are dropped.

    A stray image credit is kept as `Body.credit` when it is the only one, or when the
    first comes after at most `LEAD_CREDIT_MAX_POSITION` paragraphs (the lead image).
    """
    body = Body()
    image_credits: list[tuple[int, str]] = []  # (paragraphs before it, credited name)
    for line in lines:
        topics = topics_of(line)
        if topics is not None:
            body.topics.extend(t for t in topics if t not in body.topics)
        elif is_credit(line):
            if is_image_credit(line):
                image_credits.append((len(body.paragraphs), credit_name(line)))
        elif not is_boilerplate(line):
            body.paragraphs.append(line)
    while len(body.paragraphs) > 1 and is_trailing_note(body.paragraphs[-1]):
        body.paragraphs.pop()
    if len(image_credits) == 1 or (image_credits and image_credits[0][0] <= LEAD_CREDIT_MAX_POSITION):
        body.credit = image_credits[0][1]
    return body


# ---------------------------------------------------------------- public API


def read_seed(path: Path, doc_id: str | None = None) -> Document:
    """Read one seed file into a `Document`; `SeedError` when it cannot be used.

    `doc_id` defaults to `document_id(path.name, set())`.
    """
    path = Path(path)
    data = _read_bytes(path)
    text = decode(data, path)
    if _is_blank(text):
        raise SeedError(path, "no text (whitespace only)")
    meta, text = split_front_matter(text, path)
    title, lines = _take_title(paragraph_units(text), meta.get("title"), path)
    lines = [line for line in lines if is_credit(line) or not is_boilerplate(line)]
    header = split_header(lines)
    body = split_body(lines[header.size:])
    if not body.paragraphs and header.size:
        header, body = Header(), split_body(lines)  # the header took the only body line
    if not body.paragraphs:
        raise SeedError(path, "no body paragraphs after the title")
    return Document(
        id=doc_id or document_id(path.name, set()),
        source=path.name,
        title=title,
        paragraphs=[Paragraph(n=i, text=t) for i, t in enumerate(body.paragraphs, 1)],
        subtitle=header.subtitle,
        caption=header.caption,
        credit=header.credit or body.credit,
        date=meta.get("date"),
        url=meta.get("url"),
        publisher=meta.get("publisher") or dateline_outlet(body.paragraphs[0]),
        author=meta.get("author"),
        topics=body.topics,
        sha256=hashlib.sha256(data).hexdigest(),
    )


# A news agency's or outlet's dateline opening the first paragraph: '(CNN) —', 'WASHINGTON (AP) --',
# 'LONDON, July 16 (Reuters) -'.
_DATELINE_OUTLET = re.compile(r"^(?:[A-Z][A-Z.'’-]+(?:,? [\w.'’-]+){0,5},? )?\((?P<outlet>[A-Z][\w&.' -]{0,40}?)\) ?(?:[—–]|--?) ")


def dateline_outlet(text: str) -> str | None:
    """The outlet named in the dateline that opens a paragraph ('(CNN) — ...' -> 'CNN'), if any.

    >>> dateline_outlet("WASHINGTON (AP) — Lawmakers met.")
    'AP'
    """
    m = _DATELINE_OUTLET.match(text)
    return m.group("outlet").strip() if m else None


def _read_bytes(path: Path) -> bytes:
    """The file's bytes; `SeedError` naming the OS reason when it cannot be read."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise SeedError(path, "cannot read: is a directory") from None
    except OSError as err:
        raise SeedError(path, f"cannot read: {err.strerror or err}") from None


def _take_title(lines: list[str], meta_title: str | None, path: Path) -> tuple[str, list[str]]:
    """(title, remaining lines): the front-matter title wins, else the first line. A first line
    that is page residue (script code, or too long for a headline) is dropped; the next line is
    then the title when it reads as a headline, else the document has no title."""
    if meta_title:
        if lines and " ".join(lines[0].split()).casefold() == " ".join(meta_title.split()).casefold():
            lines = lines[1:]
        return meta_title, lines
    if not lines:
        raise SeedError(path, "no text after the front matter")
    if is_page_residue(lines[0]):
        lines = lines[1:]
        if not lines or word_count(lines[0]) > DECK_MAX_WORDS:
            return "", lines
    return lines[0], lines[1:]


def is_page_residue(line: str) -> bool:
    """A line of a web page's code or chrome rather than text: script code, or far longer than
    any headline ("WarningThis web browser is not supported ... getElementById(...)")."""
    return word_count(line) > TITLE_MAX_WORDS or bool(_SCRIPT_CODE.search(line))


def document_id(filename: str, taken: set[str]) -> str:
    """A readable, URL-safe id from a seed's file name, distinct from the ids in `taken`.

    The id is the slug of the name without `.txt`; when that slug is taken, a short hash
    of the full file name is appended, so the result depends only on the name and on
    whether its plain slug is free. `taken` is not modified.

    >>> document_id("000_3a1a43320c41dcd8.txt", set())
    '000-3a1a43320c41dcd8'
    """
    base = slugify(Path(filename).stem)
    if base not in taken:
        return base
    digest = hashlib.sha1(filename.encode("utf-8")).hexdigest()
    for size in range(6, len(digest) + 1, 2):
        candidate = f"{base}-{digest[:size]}"
        if candidate not in taken:
            return candidate
    raise ValueError(f"cannot make a free id for {filename!r}")


def assign_ids(filenames: Iterable[str]) -> dict[str, str]:
    """Ids for a set of seed file names, distinct and as stable as possible.

    A name that is already its own slug (`japan-nato.txt`) always keeps it; among other
    names with the same slug the first in sorted order gets the plain slug and the rest
    a hash suffix. So adding a seed never changes the id of a slug-named seed.
    """
    names = sorted(set(filenames))
    canonical = [n for n in names if slugify(Path(n).stem) == Path(n).stem]
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for name in canonical + [n for n in names if n not in set(canonical)]:
        ids[name] = document_id(name, taken)
        taken.add(ids[name])
    return {name: ids[name] for name in names}


class SeedProblems(BriefingError):
    """Several unusable seed files; `errors` holds one `SeedError` per file."""

    def __init__(self, errors: list[SeedError]):
        self.errors = errors
        lines = [f"{len(errors)} seed files cannot be used:"] + [f"  {e}" for e in errors]
        super().__init__("\n".join(lines))


def seed_files(seeds_dir: Path) -> list[Path]:
    """The `*.txt` files of a folder (not recursive, hidden files skipped), by name."""
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        raise BriefingError(f"{seeds_dir}: seeds folder does not exist")
    files = sorted((p for p in seeds_dir.glob("*.txt") if not p.name.startswith(".")), key=lambda p: p.name)
    if not files:
        raise BriefingError(f"{seeds_dir}: no *.txt seed files in this folder")
    return files


def load_seeds(seeds_dir: Path) -> list[Document]:
    """Every seed of a folder as a `Document`, sorted by file name (see `read_seeds`)."""
    files = seed_files(seeds_dir)
    return read_seeds(files, assign_ids(p.name for p in files))


def read_seeds(files: Iterable[Path], ids: dict[str, str]) -> list[Document]:
    """The given seed files as `Document`s with the given ids (by file name), in order.

    All files are read before failing: one bad file raises its `SeedError`, several raise
    one `SeedProblems` (a `BriefingError`) with a line per file.
    """
    documents, errors = [], []
    for path in files:
        try:
            documents.append(read_seed(path, ids[path.name]))
        except SeedError as err:
            errors.append(err)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise SeedProblems(errors)
    return documents
