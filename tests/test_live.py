"""`briefing live`: one round of steps swaps a new site in or keeps the old one; and the loop
itself, in a subprocess, rebuilding the served site when corrections.yaml or a seed changes."""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.errors import BriefingError
from briefing.live import LiveBuild, rebuild, steps

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3a1a43320c41dcd8.txt"
ARTICLE = """Allies Meet in Brussels

Japan and NATO officials met in Brussels on Tuesday to discuss air defence.
"""


# --- One round ---------------------------------------------------------------------------------


def _live(tmp_path: Path) -> LiveBuild:
    return LiveBuild(seeds=tmp_path / "seeds", docs=tmp_path / "docs", config=ROOT / "mkdocs.yml", folder=tmp_path / "live")


def _writes(text: str):
    def step(live: LiveBuild) -> None:
        live.site.mkdir(parents=True, exist_ok=True)
        (live.site / "index.html").write_text(text)

    return step


def _fails(live: LiveBuild) -> None:
    raise BriefingError("corrections.yaml:3: not valid YAML: found a tab\n  second line")


def test_a_round_runs_its_steps_in_order(tmp_path):
    live = _live(tmp_path)
    seen = []
    assert rebuild(live, [_writes("one"), lambda live: seen.append((live.site / "index.html").read_text())])
    assert seen == ["one"] and (live.site / "index.html").read_text() == "one"
    assert rebuild(live, [_writes("two")]) and (live.site / "index.html").read_text() == "two"


def test_a_failed_round_prints_one_line_and_stops(tmp_path, capsys):
    live = _live(tmp_path)
    rebuild(live, [_writes("good")])
    assert not rebuild(live, [_fails, _writes("never")])
    assert (live.site / "index.html").read_text() == "good"
    assert capsys.readouterr().err == (
        "briefing: error: corrections.yaml:3: not valid YAML: found a tab; second line (the previous site stays)\n"
    )


def test_a_failed_site_build_keeps_the_site_served(tmp_path, capsys):
    """The site step builds beside the served site and swaps it in only when MkDocs succeeded."""
    from briefing.live import build_site

    live = _live(tmp_path)
    rebuild(live, [_writes("good")])
    assert not rebuild(live, [build_site])  # no docs/ to build from
    assert (live.site / "index.html").read_text() == "good"
    assert "no such folder" in capsys.readouterr().err


def test_the_briefing_then_the_site_are_the_steps():
    from briefing.live import build_briefing, build_site

    assert steps() == [build_briefing, build_site]


def test_the_watched_paths(tmp_path):
    (tmp_path / "seeds").mkdir()
    live = _live(tmp_path)
    assert live.watched() == [(tmp_path / "seeds", False), (tmp_path, False), (ROOT / "mkdocs.yml", False)]
    (tmp_path / "corrections.yaml").write_text("# none\n")
    assert live.watched()[1] == (tmp_path / "corrections.yaml", False)
    assert live.corrections_file() == tmp_path / "corrections.yaml"


@pytest.mark.parametrize("address", ["8000", "localhost:", ":8000", "host:port"])
def test_a_bad_address_is_one_clear_error(address, capsys):
    assert main(["live", "--dev-addr", address]) == 1
    assert capsys.readouterr().err == f"briefing: error: --dev-addr must be HOST:PORT, not {address!r}\n"


# --- The loop ----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _wait_for(what: str, check, timeout: float = 120):
    """Poll `check()` until it returns something true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.3)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}", pytrace=False)


def _epoch(page: str) -> int:
    """The site version MkDocs' reload script knows: open pages reload when it grows."""
    return int(re.search(r"livereload\((\d+),", page).group(1))


def _ctrl_c_as_in_a_terminal() -> None:
    """Start the server with Ctrl-C's default action, as from a terminal: a child inherits an
    ignored SIGINT, and something earlier in a test session may leave this process ignoring it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_saving_corrections_or_changing_seeds_rebuilds_the_served_site(tmp_path, seed_cache, seed_briefing):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    shutil.copytree(seed_cache / "extract", tmp_path / ".cache" / "extract")
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text("# nothing yet\n", encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "live", "--jobs", "1", "--config", str(ROOT / "mkdocs.yml"),
         "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"}, preexec_fn=_ctrl_c_as_in_a_terminal,
    )
    output: list[str] = []
    readers = [threading.Thread(target=lambda s=s: output.extend(s), daemon=True) for s in (process.stdout, process.stderr)]
    for reader in readers:
        reader.start()
    country = next(a for a in seed_briefing["actors"] if a["kind"] == "country")
    url = f"http://127.0.0.1:{port}/actors/{country['id']}/"
    try:
        page = _wait_for("the first build to be served", lambda: (r := _get(url))[0] == 200 and r[1])
        assert f">{country['name']}<" in page and "Corrected by the editor" not in page
        first = _epoch(page)

        corrections.write_text(f"- rename: {{actor: {country['id']}}}\n  to: Renamed Land\n", encoding="utf-8")
        page = _wait_for("the correction to be served", lambda: "Renamed Land" in (r := _get(url))[1] and r[1])
        assert "Corrected by the editor" in page and _epoch(page) > first

        (tmp_path / "seeds" / "brussels.txt").write_text(ARTICLE, encoding="utf-8")
        source = f"http://127.0.0.1:{port}/sources/brussels/"
        _wait_for("the added seed's page", lambda: _get(source)[0] == 200)
        (tmp_path / "seeds" / "brussels.txt").unlink()
        _wait_for("the removed seed's page to go", lambda: _get(source)[0] == 404)
        assert "Renamed Land" in _get(url)[1]  # the correction held through both rebuilds

        corrections.write_text("- rename: {actor: x}\n  to: [y]\n", encoding="utf-8")
        error = "briefing: error: corrections.yaml:2: rename: 'to' must be text, not a list (the previous site stays)\n"
        _wait_for("the error line", lambda: error in output)
        assert "Renamed Land" in _get(url)[1]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for reader in readers:
            reader.join(timeout=5)
    assert process.returncode == 0, "".join(output)
    assert not any("Traceback" in line for line in output), "".join(output)
