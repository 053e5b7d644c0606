"""Broken and awkward input end to end: encodings, file names, unusable seeds, removed seeds,
sizes, unbalanced quote marks and determinism across builds.

Each check runs the real build (and, where pages matter, the strict MkDocs build); the unit
level is in `test_ingest.py`, `test_pipeline.py` and `test_cli.py`.

The size checks (a ~2 MB article, a 50,000-word paragraph of plain prose and one of news prose)
are the slowest tests of the suite, about two minutes together.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.ingest import read_seed
from briefing.pipeline import build
from briefing.site import mkdocs_build

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
SEED = ROOT / "seeds" / "000_3a1a43320c41dcd8.txt"
MAX_RSS_KIB = 2 * 1024 * 1024  # 2 GiB


def article(place: str, speaker: str) -> str:
    return (
        f"Ministers Meet in {place}\n\n"
        f"Foreign ministers from Norway and Sweden met in {place} on Tuesday to discuss Arctic security.\n\n"
        f"“We agree on the essentials,” said {speaker}, the Swedish foreign minister.\n"
    )


def article_paragraphs(place: str, speaker: str) -> list[str]:
    return [block.strip() for block in article(place, speaker).split("\n\n")[1:]]


UNICODE_TITLE = "日本と北大西洋条約機構 \u200f👍"
UNICODE_PARAGRAPHS = [
    "日本は北大西洋条約機構との防衛協力を強化する。",
    "\u200fقال الوزير إن المحادثات ستستمر الأسبوع المقبل.\u200f",
    "The minister 👍 said talks 🇯🇵🇺🇸 would continue in Oslo, officials said on Friday.",
    "Zero\u200bwidth\u200d joiner\u2060 and\u200c non-joiner stay, said Maria Lopez, a spokeswoman.",
]
UNICODE_ARTICLE = ("\n\n".join([UNICODE_TITLE, *UNICODE_PARAGRAPHS]) + "\n").encode("utf-8")

# An opening quote mark never closed (p1, p4, p8) must not swallow the following paragraphs.
UNBALANCED = """Talks Stall in Geneva

“The talks will continue, the minister said on Monday as delegates left the hall in Geneva.

Negotiators from both sides met again on Tuesday to review the draft agreement.

“We are close to a deal,” said Maria Keller, the Swiss mediator.

The delegation from Oslo said the next round would start in March. “We will be back, said Jonas Berg, the Norwegian envoy.

Observers from the United Nations said they expected a final text by the summer.

“A new quote that runs on,” Keller said, “and never closes before the end of the paragraph.

Officials said the venue had not yet been chosen.

The last paragraph opens a quote that never closes: “nothing follows it
"""
NO_QUOTE_MARKS = [2, 5, 7]  # paragraphs without any quote mark, each after an unclosed one

# file name -> (bytes, expected document id, place, speaker of its one quote)
ARTICLES: dict[str, tuple[bytes, str, str, str]] = {
    "a b.txt": (article("Lillehammer", "Anna Berg").encode(), "a-b", "Lillehammer", "Anna Berg"),
    "été.txt": (b"\xef\xbb\xbf" + article("Bergen", "Karin Lund").encode(), "ete", "Bergen", "Karin Lund"),
    "[draft] x.txt": (
        article("Tromsø", "Erik Holm").replace("\n", "\r\n").encode(), "draft-x", "Tromsø", "Erik Holm"
    ),
    "v1.2.final.txt": (
        article("Bodø", "Lars Dahl").replace("\n", "\r").encode(), "v1-2-final", "Bodø", "Lars Dahl"
    ),
    "cp1252.txt": (article("Stavanger", "Eva Strand").encode("cp1252"), "cp1252", "Stavanger", "Eva Strand"),
    "twin a.txt": (article("Oslo", "Anna Berg").encode(), "twin-a-51d45f", "Oslo", "Anna Berg"),
    "twin-a.txt": (article("Oslo", "Anna Berg").encode(), "twin-a", "Oslo", "Anna Berg"),
}
MIXED: dict[str, bytes] = {
    **{name: data for name, (data, *_rest) in ARTICLES.items()},
    "中文.txt": UNICODE_ARTICLE,
    "unbalanced.txt": UNBALANCED.encode("utf-8"),
}
IDS = {
    **{name: doc_id for name, (_, doc_id, *_rest) in ARTICLES.items()},
    "中文.txt": "x-7be2d2d20c",
    "unbalanced.txt": "unbalanced",
}


def write_seeds(folder: Path, seeds: dict[str, bytes], order=lambda names: names) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in order(list(seeds)):
        (folder / name).write_bytes(seeds[name])
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def flat(text: str) -> str:
    return " ".join(text.split())


class Html(HTMLParser):
    """A built page: its text, its links, and each `p.src-para` with the quote marks inside it."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.title = ""
        self.hrefs: list[str] = []
        self.paragraphs: dict[str, str] = {}
        self.marks: dict[str, list[str]] = {}
        self._p: str | None = None
        self._mark: list[str] | None = None
        self._in_title = False
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._in_title = tag == "title"
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag == "p" and "src-para" in (attrs.get("class") or "").split():
            self._p = attrs["id"]
            self.paragraphs[self._p], self.marks[self._p] = "", []
        if tag == "mark" and self._p:
            self._mark = []

    def handle_endtag(self, tag):
        self._in_title = False
        if tag == "p" and self._p:
            self.paragraphs[self._p] = flat(self.paragraphs[self._p]).split(" ", 1)[1]  # drop the number
            self._p = None
        if tag == "mark" and self._mark is not None and self._p:
            self.marks[self._p].append("".join(self._mark))
            self._mark = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
            return
        self.chunks.append(data)
        if self._p:
            self.paragraphs[self._p] += data
        if self._mark is not None:
            self._mark.append(data)

    @property
    def text(self) -> str:
        return flat("".join(self.chunks))


def cli_build(seeds: Path, docs: Path, *extra: str) -> int:
    return main(["build", "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1", "--quiet", *extra])


# --- encodings, file names, twins, unbalanced quotes: one build, one strict site build --------


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("mixed")
    seeds = write_seeds(tmp / "seeds", MIXED)
    build(seeds, tmp / "docs", jobs=1, cache_dir=None)
    mkdocs_build(tmp / "docs", tmp / "site", strict=True)  # raises on any warning
    briefing = json.loads((tmp / "docs" / "briefing.json").read_text(encoding="utf-8"))
    return {"seeds": seeds, "docs": tmp / "docs", "site": tmp / "site", "briefing": briefing}


def doc_of(mixed: dict, source: str) -> dict:
    """The document that holds a seed file: its story (twins are versions of one story)."""
    (doc,) = [d for d in mixed["briefing"]["documents"] if source in {v["source"] for v in d["versions"]}]
    return doc


def file_id(mixed: dict, source: str) -> str:
    """A seed file's own id (a story in several versions has its oldest version's)."""
    return next(v["id"] for v in doc_of(mixed, source)["versions"] if v["source"] == source)


def page_of(mixed: dict, source: str) -> Html:
    path = mixed["site"] / "sources" / doc_of(mixed, source)["id"] / "index.html"
    return Html(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", list(MIXED))
def test_file_name_gets_a_safe_stable_slug_and_a_working_page(mixed, name):
    doc = doc_of(mixed, name)
    assert file_id(mixed, name) == IDS[name]  # stable: the same name always gives the same id
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", file_id(mixed, name))
    assert (mixed["docs"] / "sources" / f"{file_id(mixed, name)}.md").is_file()
    page = page_of(mixed, name)
    assert name in page.text  # "Seed file: <name>", literally
    assert len(page.paragraphs) == len(doc["paragraphs"])
    assert f"{doc['id']}/" in Html((mixed["site"] / "sources" / "index.html").read_text(encoding="utf-8")).hrefs


def test_ids_and_source_pages_are_unique(mixed):
    ids = [v["id"] for d in mixed["briefing"]["documents"] for v in d["versions"]]
    assert len(ids) == len(set(ids)) == len(MIXED)
    pages = sorted(p.name for p in (mixed["docs"] / "sources").glob("*.md"))
    assert pages == sorted(["index.md", *(f"{i}.md" for i in ids)])


def test_twins_with_the_same_title_and_text_are_one_story_at_both_addresses(mixed):
    story = doc_of(mixed, "twin a.txt")
    assert story is doc_of(mixed, "twin-a.txt")
    versions = [(v["source"], v["id"]) for v in story["versions"]]
    assert versions == [("twin a.txt", "twin-a-51d45f"), ("twin-a.txt", "twin-a")]
    assert story["id"] == "twin-a-51d45f" and story["source"] == "twin-a.txt"
    assert [p["text"] for p in story["paragraphs"]] == article_paragraphs("Oslo", "Anna Berg")
    (quote,) = [q for q in mixed["briefing"]["quotes"] if q["text"] == "We agree on the essentials"
                and q["speaker_name"] == "Anna Berg"]  # once, not once per copy or per file
    assert {(r["document"], r["paragraph"]) for r in quote["sources"]} == {(story["id"], 2), ("a-b", 2)}
    old = Html((mixed["site"] / "sources" / "twin-a" / "index.html").read_text(encoding="utf-8"))
    assert "../twin-a-51d45f/#p2" in old.hrefs
    (anna,) = [x for x in mixed["briefing"]["actors"] if x["name"] == "Anna Berg"]
    assert {story["id"], doc_of(mixed, "a b.txt")["id"]} == {m["document"] for m in anna["mentions"]}


@pytest.mark.parametrize("name", list(ARTICLES))
def test_every_encoding_gives_the_same_text_and_quote(mixed, name):
    _, _, place, speaker = ARTICLES[name]
    doc = doc_of(mixed, name)
    assert doc["title"] == f"Ministers Meet in {place}"
    assert [p["text"] for p in doc["paragraphs"]] == article_paragraphs(place, speaker)
    quotes = [  # a quote that another file repeats is one quote with both sources
        (q["text"], q["speaker_name"], ref["paragraph"])
        for q in mixed["briefing"]["quotes"]
        for ref in q["sources"]
        if ref["document"] == doc["id"]
    ]
    assert quotes == [("We agree on the essentials", speaker, 2)]
    assert page_of(mixed, name).marks["p2"] == ["We agree on the essentials"]


def test_windows_1252_smart_quotes_are_decoded(mixed):
    text = doc_of(mixed, "cp1252.txt")["paragraphs"][1]["text"]
    assert text == "“We agree on the essentials,” said Eva Strand, the Swedish foreign minister."
    assert page_of(mixed, "cp1252.txt").paragraphs["p2"] == text


def test_unicode_survives_into_briefing_json(mixed):
    doc = doc_of(mixed, "中文.txt")
    assert doc["title"] == UNICODE_TITLE
    assert [p["text"] for p in doc["paragraphs"]] == UNICODE_PARAGRAPHS


def test_unicode_survives_into_the_html(mixed):
    page = page_of(mixed, "中文.txt")
    assert [page.paragraphs[f"p{n}"] for n in range(1, 5)] == UNICODE_PARAGRAPHS
    assert page.title.startswith(UNICODE_TITLE)
    assert UNICODE_TITLE in page.text


def test_unbalanced_quote_marks_stay_inside_their_paragraph(mixed):
    doc = doc_of(mixed, "unbalanced.txt")
    texts = {p["n"]: p["text"] for p in doc["paragraphs"]}
    assert len(texts) == 8  # nothing was merged into one long quoted paragraph
    quotes = [q for q in mixed["briefing"]["quotes"] if q["document"] == doc["id"]]
    for q in quotes:
        assert q["text"] in texts[q["paragraph"]], q
    found = {(q["text"], q["speaker_name"], q["paragraph"]) for q in quotes}
    assert ("We are close to a deal", "Maria Keller", 3) in found
    assert not [q for q in quotes if q["paragraph"] in NO_QUOTE_MARKS]
    page = page_of(mixed, "unbalanced.txt")
    for n in NO_QUOTE_MARKS:
        assert page.marks[f"p{n}"] == [] and page.paragraphs[f"p{n}"] == texts[n]
    for n, marks in page.marks.items():
        assert all(mark in page.paragraphs[n] for mark in marks)


# --- unusable seeds: one line naming the file and the reason; the old docs stay ----------------


BAD_SEEDS = {
    "empty": (lambda p: p.write_bytes(b""), "empty file"),
    "whitespace only": (lambda p: p.write_bytes(b" \n\t\r\n \n"), "whitespace only"),
    "binary": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary data"),
    "invalid bytes": (lambda p: p.write_bytes(b"Title\n\nAbc \x1b\x02 def \xff\xfe\x81\n"), "not utf-8 text"),
    "directory": (lambda p: p.mkdir(), "is a directory"),
    "dangling symlink": (lambda p: p.symlink_to(p.parent / "gone" / "target.txt"), "no such file"),
}
BAD_NAME = "bad seed été.txt"


@pytest.fixture(scope="module")
def good_build(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("good")
    seeds = write_seeds(tmp / "seeds", {"a b.txt": MIXED["a b.txt"], "中文.txt": UNICODE_ARTICLE})
    build(seeds, tmp / "docs", jobs=1, cache_dir=None)
    return {"seeds": seeds, "docs": tmp / "docs"}


@pytest.mark.parametrize("kind", list(BAD_SEEDS))
def test_an_unusable_seed_fails_in_one_line_and_keeps_the_old_docs(good_build, tmp_path, capsys, kind):
    seeds = tmp_path / "seeds"
    shutil.copytree(good_build["seeds"], seeds)
    shutil.copytree(good_build["docs"], tmp_path / "docs")
    before = snapshot(tmp_path / "docs")
    make, reason = BAD_SEEDS[kind]
    make(seeds / BAD_NAME)
    assert cli_build(seeds, tmp_path / "docs", "--no-cache") == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("briefing: error:") and BAD_NAME in lines[0] and reason in lines[0].lower(), lines[0]
    assert "Traceback" not in err and out == ""
    assert snapshot(tmp_path / "docs") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "seeds"]  # no temporary folder left


def test_a_file_name_with_control_characters_is_shown_escaped_on_one_line(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bad\nname\x1b[2J.txt").write_bytes(b"")
    assert cli_build(seeds, tmp_path / "docs", "--no-cache") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err, err
    assert "bad\\nname\\x1b[2J.txt" in err and "empty file" in err


def test_the_real_command_prints_one_line_and_no_traceback(good_build, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(good_build["seeds"], seeds)
    shutil.copytree(good_build["docs"], tmp_path / "docs")
    before = snapshot(tmp_path / "docs")
    (seeds / BAD_NAME).symlink_to(tmp_path / "nowhere.txt")
    run = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"),
         "--no-cache"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
    assert BAD_NAME in run.stderr and "No such file or directory" in run.stderr
    assert snapshot(tmp_path / "docs") == before


def test_a_removed_seed_loses_every_page_of_its_own(good_build, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(good_build["seeds"], seeds)
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    assert cli_build(seeds, docs, "--cache", str(cache)) == 0
    gone_id = "x-7be2d2d20c"
    assert (docs / "sources" / f"{gone_id}.md").is_file() and (docs / "actors" / "maria-lopez.md").is_file()
    (seeds / "中文.txt").unlink()
    assert cli_build(seeds, docs, "--cache", str(cache)) == 0  # the cache must not bring it back
    briefing = json.loads((docs / "briefing.json").read_text(encoding="utf-8"))
    assert [d["source"] for d in briefing["documents"]] == ["a b.txt"]
    assert not (docs / "sources" / f"{gone_id}.md").exists()
    assert not (docs / "actors" / "maria-lopez.md").exists()
    for path in docs.rglob("*"):
        if path.is_file() and path.suffix in {".md", ".json"}:
            text = path.read_text(encoding="utf-8")
            assert gone_id not in text and "Maria Lopez" not in text and "日本" not in text, path
    assert (docs / "actors" / "anna-berg.md").is_file()


# --- determinism ---------------------------------------------------------------------------------


def test_builds_of_hostile_and_non_ascii_seeds_are_byte_identical(tmp_path):
    """In-process and in a fresh process with another hash seed, from another folder with the
    files created in reverse order: the docs are the same bytes."""
    seeds = {**MIXED, **{p.name: p.read_bytes() for p in sorted(HOSTILE.glob("*.txt"))}}
    first = write_seeds(tmp_path / "one" / "seeds", seeds)
    second = write_seeds(tmp_path / "two" / "other seeds é", seeds, order=lambda names: names[::-1])
    build(first, tmp_path / "one" / "docs", jobs=1, cache_dir=None)
    run = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "build", "--seeds", str(second),
         "--docs", str(tmp_path / "two" / "docs"), "--no-cache", "--quiet", "--jobs", "1"],
        capture_output=True, text=True, cwd=tmp_path, timeout=600,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert run.returncode == 0, run.stderr
    one, two = snapshot(tmp_path / "one" / "docs"), snapshot(tmp_path / "two" / "docs")
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []


# --- size ----------------------------------------------------------------------------------------

# Runs a command and reports its exit code, wall and CPU time and peak RSS (over its children).
MEASURE = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
run = subprocess.run(sys.argv[1:], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"returncode": run.returncode, "stderr": run.stderr[-3000:], "seconds": time.perf_counter() - start,
                  "cpu_seconds": usage.ru_utime + usage.ru_stime, "max_rss_kib": usage.ru_maxrss}))
"""


def measured_build(seeds: Path, docs: Path, timeout: float) -> dict:
    """`briefing build` in a child process, measured by a wrapper process of its own (so the
    RSS figure is that build's alone, not the max over every child this test run started)."""
    command = [sys.executable, "-m", "briefing.cli", "build", "--seeds", str(seeds), "--docs", str(docs),
               "--no-cache", "--quiet", "--jobs", "1"]
    run = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True,
                         cwd=seeds.parent, timeout=timeout)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["returncode"] == 0, result["stderr"]
    print(f"build of {seeds.name}: {result['seconds']:.1f} s wall, {result['cpu_seconds']:.1f} s CPU, "
          f"max RSS {result['max_rss_kib'] / 1024:.0f} MiB")
    return result


def news_sentences() -> list[str]:
    """The seed article's body paragraphs (its header, topics and page residue left out)."""
    return [p.text for p in read_seed(SEED).paragraphs]


PLAIN_SENTENCES = [
    "the committee reviewed the budget again and the members agreed to meet later in the week.",
    "several delegates asked for more time to study the proposal before a vote was taken.",
    "the talks covered trade, energy and security, and officials said progress had been slow.",
    "a final report is expected once the working groups have finished their review of the draft.",
]


def one_paragraph(sentences: list[str], words: int) -> str:
    out, count, i = [], 0, 0
    while count < words:
        out.append(sentences[i % len(sentences)])
        count += len(out[-1].split())
        i += 1
    return " ".join(out)


def check_one_paragraph_build(tmp_path: Path, paragraph: str, max_rss_kib: int, timeout: float) -> dict:
    seeds = write_seeds(tmp_path / "seeds", {"long.txt": f"One long paragraph\n\n{paragraph}\n".encode()})
    result = measured_build(seeds, tmp_path / "docs", timeout=timeout)
    assert result["max_rss_kib"] < max_rss_kib
    (doc,) = json.loads((tmp_path / "docs" / "briefing.json").read_text(encoding="utf-8"))["documents"]
    assert [p["text"] for p in doc["paragraphs"]] == [paragraph]
    assert (tmp_path / "docs" / "sources" / "long.md").stat().st_size > len(paragraph)
    return result


@pytest.mark.slow
def test_fifty_thousand_word_paragraph_builds_in_bounded_memory(tmp_path):
    """~290 kB in one paragraph: ~15 s of CPU and ~500 MiB (it was 1.1 GiB before spaCy's
    batches were capped in characters, hence the 1 GiB bound rather than 2)."""
    result = check_one_paragraph_build(tmp_path, one_paragraph(PLAIN_SENTENCES, 50_000), 1024 * 1024, timeout=900)
    assert result["cpu_seconds"] < 120


@pytest.mark.slow
def test_fifty_thousand_word_news_paragraph_builds(tmp_path):
    """The same size of news prose, full of names and quotes: ~31 s of CPU, ~490 MiB."""
    check_one_paragraph_build(tmp_path, one_paragraph(news_sentences(), 50_000), MAX_RSS_KIB, timeout=3600)


@pytest.mark.slow
def test_two_megabyte_article_builds(tmp_path):
    """~8,100 news paragraphs: ~95 s of CPU, ~480 MiB."""
    sentences, blocks, size, i = news_sentences(), ["A very long article"], 0, 0
    while size < 2_000_000:
        blocks.append(sentences[i % len(sentences)])
        size += len(blocks[-1].encode()) + 2
        i += 1
    seeds = write_seeds(tmp_path / "seeds", {"big.txt": ("\n\n".join(blocks) + "\n").encode()})
    assert (seeds / "big.txt").stat().st_size > 2_000_000
    result = measured_build(seeds, tmp_path / "docs", timeout=3600)
    assert result["max_rss_kib"] < MAX_RSS_KIB
    (doc,) = json.loads((tmp_path / "docs" / "briefing.json").read_text(encoding="utf-8"))["documents"]
    assert len(doc["paragraphs"]) == len(blocks) - 1
