"""Extraction on a Dask cluster: the same docs/ and cache as a local build, retries, clear errors."""
from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import cluster as cluster_module
from briefing.cli import main
from briefing.cluster import ClusterSpec, parse_cluster, word_batches
from briefing.errors import BriefingError
from briefing.model import Document, Paragraph
from briefing.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3a1a43320c41dcd8.txt"
CORPUS_SAMPLE = sorted((ROOT / "tests" / "fixtures" / "gold").glob("*.txt"))[:6]  # articles of the news corpus
ARTICLE = """Ministers Meet in {city}

Foreign ministers from Norway and Sweden met in {city} on Tuesday to discuss Arctic security.

"We agree on the essentials," said Anna Berg, the Swedish foreign minister.
"""


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _small_seeds(folder: Path, cities: list[str]) -> Path:
    folder.mkdir()
    for city in cities:
        (folder / f"{city.lower()}.txt").write_text(ARTICLE.format(city=city), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def scheduler():
    """A running scheduler with one worker process, as `dask scheduler` and `dask worker` would give."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(cluster_module.LOCAL_CONFIG):
        cluster = LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL
        )
    with cluster:
        yield cluster.scheduler_address


# ---------------------------------------------------------------- the option and the batches


@pytest.mark.parametrize(
    "value, expected",
    [
        ("local:1", ClusterSpec(workers=1)),
        ("local:16", ClusterSpec(workers=16)),
        ("tcp://10.0.0.5:8786", ClusterSpec(address="tcp://10.0.0.5:8786")),
        ("scheduler.example.org:8786", ClusterSpec(address="tcp://scheduler.example.org:8786")),
        ("tls://[::1]:8786", ClusterSpec(address="tls://[::1]:8786")),
    ],
)
def test_cluster_values(value, expected):
    assert parse_cluster(value) == expected


@pytest.mark.parametrize(
    "value",
    ["local:0", "local:-1", "local:x", "local:²", "host", "host:", "ftp://host:1", "tcp://host:0", "tcp://host:70000",
     "tcp://user@host:1", "host:8786/path", ""],
)
def test_bad_cluster_values(value):
    with pytest.raises(BriefingError, match="--cluster"):
        parse_cluster(value)


def _document(name: str, words: int) -> Document:
    return Document(id=name, source=f"{name}.txt", title=name, paragraphs=[Paragraph(1, "word " * words)])


def test_batches_hold_about_a_word_budget_in_order(monkeypatch):
    monkeypatch.setattr(cluster_module, "BATCH_WORDS", 100)
    monkeypatch.setattr(cluster_module, "BATCH_DOCUMENTS", 3)
    documents = [_document("a", 60), _document("b", 30), _document("c", 20), _document("long", 500),
                 *(_document(f"s{i}", 1) for i in range(4))]
    sizes = [[d.id for d in batch] for batch in word_batches(documents)]
    assert sizes == [["a", "b"], ["c"], ["long"], ["s0", "s1", "s2"], ["s3"]]


# ---------------------------------------------------------------- no cluster, no Dask


def test_a_build_without_cluster_never_imports_dask(tmp_path):
    seeds = _small_seeds(tmp_path / "seeds", ["Oslo", "Bergen"])
    argv = ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache", "--quiet"]
    code = (
        f"import sys; from briefing.cli import main; code = main({argv!r}); "
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert run.stdout.strip() == "0 []", run.stderr
    assert (tmp_path / "docs" / "briefing.json").is_file()


# ---------------------------------------------------------------- same output


class _Recorder:
    """A progress display that remembers what it was told."""

    def __init__(self):
        self.calls: list[tuple] = []

    def start(self, stage, *, total, done=0):
        self.calls.append(("start", stage, total, done))

    def advance(self, stage, step=1):
        self.calls.append(("advance", stage, step))

    def finish(self, stage):
        self.calls.append(("finish", stage))


def test_a_local_cluster_build_equals_the_local_build_byte_for_byte(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in [SEED, *CORPUS_SAMPLE]:
        shutil.copy(path, seeds)
    (seeds / "oslo.txt").write_text(ARTICLE.format(city="Oslo"), encoding="utf-8")
    local = build(seeds, tmp_path / "local", jobs=1, cache_dir=tmp_path / "local-cache")

    monkeypatch.setattr(cluster_module, "BATCH_WORDS", 1500)  # several batches for two workers
    progress = _Recorder()
    result = build(seeds, tmp_path / "cluster", cluster=ClusterSpec(workers=2), cache_dir=tmp_path / "cache",
                   progress=progress)
    assert _snapshot(tmp_path / "cluster") == _snapshot(tmp_path / "local")
    assert _snapshot(tmp_path / "cache" / "extract") == _snapshot(tmp_path / "local-cache" / "extract")
    assert result.summary().split(" in ")[0] == local.summary().split(" in ")[0]
    extract = [call for call in progress.calls if call[1] == "extract"]
    assert extract[0] == ("start", "extract", 8, 0) and extract[-1] == ("finish", "extract")
    assert sum(call[2] for call in extract if call[0] == "advance") == 8


def test_a_local_clusters_workers_run_without_the_profiler():
    import dask

    with cluster_module._connect(ClusterSpec(workers=1)) as client:
        settings = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert list(settings.values()) == [False]


def test_a_local_clusters_workers_keep_the_allocators_default_trimming(monkeypatch):
    import os

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with cluster_module._connect(ClusterSpec(workers=1)) as client:
        environ = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert list(environ.values()) == [None]
    assert "MALLOC_TRIM_THRESHOLD_" not in os.environ  # the nanny (in this process) did not set it either


# ---------------------------------------------------------------- failures


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_one_line_and_leaves_docs_untouched(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 3.0)  # time for a refused attempt on a busy machine
    seeds = _small_seeds(tmp_path / "seeds", ["Oslo"])
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("the previous build\n", encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    assert main(["build", "--seeds", str(seeds), "--docs", str(docs), "--cache", str(tmp_path / "cache"),
                 "--cluster", address]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"briefing: error: cannot reach the Dask scheduler at {address} (waited 3 s): ")
    assert "Connection refused" in err and len(err.splitlines()) == 1
    assert _snapshot(docs) == {"index.md": b"the previous build\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "seeds"]


def test_a_scheduler_without_workers_is_one_clear_line(tmp_path, capsys, monkeypatch):
    from distributed import LocalCluster

    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 1.0)
    seeds = _small_seeds(tmp_path / "seeds", ["Oslo"])
    with LocalCluster(n_workers=0, dashboard_address=None, silence_logs=logging.CRITICAL) as empty:
        address = empty.scheduler_address
        assert main(["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--cluster", address]) == 1
    err = capsys.readouterr().err
    assert err == (f"briefing: error: the Dask scheduler at {address} has no workers (waited 1 s): "
                   f"start some with `dask worker {address}`\n")
    assert not (tmp_path / "docs").exists()


def test_a_worker_with_other_extraction_code_stops_the_build(scheduler, tmp_path, monkeypatch):
    from briefing import cluster_tasks

    monkeypatch.setattr(cluster_tasks, "code_version", lambda: "an older version")
    seeds = _small_seeds(tmp_path / "seeds", ["Oslo"])
    with pytest.raises(BriefingError, match=r"the Dask worker tcp://\S+ runs other extraction code or model"):
        build(seeds, tmp_path / "docs", cluster=ClusterSpec(address=scheduler), cache_dir=None)
    assert not (tmp_path / "docs").exists()


class _StopAtFirstResult(_Recorder):
    def advance(self, stage, step=1):
        if stage == "extract":
            raise KeyboardInterrupt


def test_an_interrupted_build_keeps_what_arrived_and_the_next_one_goes_on(scheduler, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_module, "BATCH_DOCUMENTS", 1)
    seeds = _small_seeds(tmp_path / "seeds", ["Oslo", "Bergen", "Tromso"])
    cache, spec = tmp_path / "cache", ClusterSpec(address=scheduler)
    with pytest.raises(KeyboardInterrupt):
        build(seeds, tmp_path / "docs", cluster=spec, cache_dir=cache, progress=_StopAtFirstResult())
    assert len(list((cache / "extract").glob("*.json"))) == 1
    assert not (tmp_path / "docs").exists()
    again = build(seeds, tmp_path / "docs", cluster=spec, cache_dir=cache)
    assert again.cached == 1 and len(again.briefing.documents) == 3


def _kill_workers_plugin(marker: Path, poison: str):
    """A worker plugin that makes a worker process exit: on the first batch any worker runs (once,
    by a marker file) and on every batch that holds the article `poison`."""
    from distributed import WorkerPlugin

    class KillWorkers(WorkerPlugin):
        name = "kill-workers"

        def setup(self, worker):
            from briefing import cluster_tasks

            self.original = original = cluster_tasks.extract_batch

            def extract_batch(documents):
                if not marker.exists():
                    marker.touch()
                    os._exit(1)
                if any(d["source"] == poison for d in documents):
                    os._exit(1)
                return original(documents)

            cluster_tasks.extract_batch = extract_batch

        def teardown(self, worker):
            from briefing import cluster_tasks

            cluster_tasks.extract_batch = self.original

    return KillWorkers()


def test_a_killed_workers_batch_is_retried_and_an_article_that_kills_twice_is_named(scheduler, tmp_path, monkeypatch):
    from distributed import Client

    monkeypatch.setattr(cluster_module, "BATCH_DOCUMENTS", 2)
    cities = ["Oslo", "Bergen", "Poison", "Tromso", "Narvik"]
    seeds = _small_seeds(tmp_path / "seeds", cities)
    expected = _small_seeds(tmp_path / "expected-seeds", [c for c in cities if c != "Poison"])
    build(expected, tmp_path / "expected", jobs=1, cache_dir=None)
    with Client(scheduler) as client:
        client.register_plugin(_kill_workers_plugin(tmp_path / "died-once", "poison.txt"))
        try:
            result = build(seeds, tmp_path / "docs", cluster=ClusterSpec(address=scheduler), cache_dir=None)
        finally:
            client.unregister_worker_plugin("kill-workers")
    assert (tmp_path / "died-once").exists()
    assert [f.source for f in result.failed] == ["poison.txt"]
    assert result.failed[0].reason == "its worker process died each of the 2 times it ran (out of memory?)"
    assert _snapshot(tmp_path / "docs") == _snapshot(tmp_path / "expected")


def test_a_wait_that_runs_out_mid_attempt_still_names_the_refusal():
    from briefing.cluster import _unreachable_reason

    address = f"tcp://127.0.0.1:{_free_port()}"
    try:
        raise TimeoutError("timed out") from __import__("asyncio").CancelledError()
    except TimeoutError as exc:
        assert "Connection refused" in _unreachable_reason(address, exc)
    assert _unreachable_reason(address, OSError("Timed out trying to connect")) == "OSError: Timed out trying to connect"
