"""The command line: exit codes and one clear line per failure, never a traceback."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_build_writes_pages_and_json(tmp_path, capsys):
    assert main(["build", "--seeds", str(ROOT / "seeds"), "--docs", str(tmp_path / "docs"), "--no-cache", "--jobs", "1"]) == 0
    assert (tmp_path / "docs" / "briefing.json").is_file()
    assert (tmp_path / "docs" / "index.md").is_file()
    assert capsys.readouterr().out.startswith("built 1 documents")


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty"), (b"   \n\n ", "whitespace only"), (b"\x00\x00binary\x00", "binary")],
)
def test_an_unusable_seed_is_named_with_its_reason(tmp_path, capsys, content, reason):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bad seed.txt").write_bytes(content)
    assert main(["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("briefing: error:") and "bad seed.txt" in err and reason in err.lower()
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert not (tmp_path / "docs").exists()


def test_a_missing_seeds_folder_is_an_error(tmp_path, capsys):
    assert main(["build", "--seeds", str(tmp_path / "nowhere"), "--docs", str(tmp_path / "docs")]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_jobs_must_be_positive(tmp_path, capsys):
    assert main(["build", "--seeds", str(ROOT / "seeds"), "--docs", str(tmp_path / "d"), "--jobs", "0"]) == 1
    assert "--jobs" in capsys.readouterr().err


def test_a_failed_article_is_a_warning_line_and_exit_code_3(tmp_path, capsys, monkeypatch):
    from briefing.extract import document

    original = document.extract_document

    def extract(parsed):
        if parsed.document.source == "a.txt":
            raise ValueError("extractor bug")
        return original(parsed)

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Title\n\nAnna Berg met Lars Holm in Oslo.\n", encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "000_3a1a43320c41dcd8.txt", seeds)
    monkeypatch.setattr(document, "extract_document", extract)
    assert main(["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache", "--jobs", "1"]) == 3
    captured = capsys.readouterr()
    assert captured.err.startswith("briefing: warning: a.txt: extraction failed, left out: ValueError: extractor bug")
    assert len(captured.err.splitlines()) == 1
    assert "1 failed and left out" in captured.out
    assert (tmp_path / "docs" / "sources" / "000-3a1a43320c41dcd8.md").is_file()


@pytest.mark.parametrize(
    "value, message",
    [
        ("local:0", "local:N needs a number of workers N of at least 1"),
        ("local:two", "local:N needs a number of workers N of at least 1"),
        ("local:", "local:N needs a number of workers N of at least 1"),
        ("scheduler", "expected local:N or a Dask scheduler address"),
        ("http://host:8786", "expected local:N or a Dask scheduler address"),
        ("tcp://host:99999", "expected local:N or a Dask scheduler address"),
        ("", "expected local:N or a Dask scheduler address"),
    ],
)
def test_a_bad_cluster_value_is_one_clear_line(tmp_path, capsys, value, message):
    assert main(["build", "--seeds", str(ROOT / "seeds"), "--docs", str(tmp_path / "d"), "--cluster", value]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"briefing: error: --cluster {value!r}: ") and message in err and len(err.splitlines()) == 1
    assert not (tmp_path / "d").exists()


def test_jobs_and_cluster_exclude_each_other(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--jobs", "2", "--cluster", "local:2"])
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_the_build_script_is_the_same_command(tmp_path):
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_briefing.py"), "--seeds", str(ROOT / "seeds"),
         "--docs", str(tmp_path / "docs"), "--no-cache", "--quiet", "--jobs", "1"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "docs" / "briefing.json").is_file()


def test_eval_prints_scores(seed_docs, capsys):
    gold = ROOT / "tests" / "fixtures" / "gold" / "000_3a1a43320c41dcd8.gold.json"
    assert main(["eval", str(gold), "--briefing", str(seed_docs / "briefing.json")]) == 0
    out = capsys.readouterr().out
    assert "quotes" in out and "overall_f1=" in out


def test_eval_of_a_missing_briefing_is_an_error(tmp_path, capsys):
    gold = ROOT / "tests" / "fixtures" / "gold" / "000_3a1a43320c41dcd8.gold.json"
    assert main(["eval", str(gold), "--briefing", str(tmp_path / "none.json")]) == 1
    assert "run `briefing build` first" in capsys.readouterr().err
