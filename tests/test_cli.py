"""The command line: exit codes and one clear line per failure, never a traceback."""
from __future__ import annotations

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
