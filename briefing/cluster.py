"""Extraction on a Dask cluster: `--cluster ADDRESS` (a running `dask scheduler`) or `--cluster local:N`.

Documents travel to the workers as JSON, in batches of about `BATCH_WORDS` words, so no shared
file system is needed, and each worker loads the model once (`cluster_tasks.ModelPlugin`). A few
batches per worker thread are in flight at a time, and results come back as each batch finishes.
A batch whose worker died is run again (Dask reschedules it; `RETRIES` more runs after an error);
a batch that still fails is split into one task per article, so that only the article that
breaks it is reported, by name. Merge and render stay on the client. Dask is imported here only
when a build asks for a cluster.
"""
from __future__ import annotations

import logging
import re
import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from .errors import BriefingError
from .model import Document, Extraction
from .parallel import Failure, batch_results, describe

if TYPE_CHECKING:
    from distributed import Client

CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler, and to wait for a first worker
BATCH_WORDS = 5_000  # words per task: about ten news articles, a few seconds of one worker's time
BATCH_DOCUMENTS = 32  # articles per task at most
RETRIES = 1  # a task that raised runs once more; on a local cluster, a task whose worker died too
IN_FLIGHT = 2  # batches submitted per worker thread at a time (the rest wait on the client)
REFRESH_SECONDS = 2.0  # how often the number of worker threads is asked again
# A local cluster gives up on a task after RETRIES + 1 worker deaths, and gives a worker one task
# per thread at a time (not more), so that a worker's death counts against the task it was running only.
# Its workers skip what costs CPU and serves a dashboard or a long-lived shared cluster, not a build:
# Dask's statistical profiler (a thread sampling every stack each 10 ms), the nanny's
# MALLOC_TRIM_THRESHOLD_=65536 (glibc then hands memory back to the system after nearly every
# document, then asks for it again: 15% more CPU for spaCy), 20-ms event-loop ticks, frequent memory
# and system polls, and work stealing (the client gives each worker only the batches it can run).
# Measured on 80 CNN articles, one worker: 39.1 CPU-s with Dask's defaults, 31.1 with these, 32.2
# for `--jobs 1` (bench/cluster.py has the whole corpus).
LOCAL_CONFIG = {
    "distributed.scheduler.allowed-failures": RETRIES,
    "distributed.scheduler.worker-saturation": 1.0,
    "distributed.scheduler.work-stealing": False,
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ": {"MALLOC_TRIM_THRESHOLD_": None},
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

_LOCAL = re.compile(r"local:(.*)", re.DOTALL)
_ADDRESS = re.compile(r"(?:(tcp|tls|ws|wss)://)?(\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]@]+):([0-9]{1,5})")


@dataclass(frozen=True)
class ClusterSpec:
    """Where extraction runs: a running scheduler's `address`, or a local cluster of `workers` processes."""

    address: str | None = None
    workers: int = 0

    def __str__(self) -> str:
        return self.address or f"local:{self.workers}"


def parse_cluster(value: str) -> ClusterSpec:
    """The value of `--cluster`; a `BriefingError` says what is wrong with it.

    >>> parse_cluster("local:2")
    ClusterSpec(address=None, workers=2)
    >>> parse_cluster("10.0.0.5:8786")
    ClusterSpec(address='tcp://10.0.0.5:8786', workers=0)
    """
    local = _LOCAL.fullmatch(value)
    if local:
        count = local.group(1)
        if not count.isascii() or not count.isdigit() or int(count) < 1:
            raise BriefingError(f"--cluster {value!r}: local:N needs a number of workers N of at least 1")
        return ClusterSpec(workers=int(count))
    address = _ADDRESS.fullmatch(value)
    if not address or not 0 < int(address.group(3)) < 65536:
        raise BriefingError(
            f"--cluster {value!r}: expected local:N or a Dask scheduler address such as tcp://host:8786"
        )
    scheme, host, port = address.groups()
    return ClusterSpec(address=f"{scheme or 'tcp'}://{host}:{int(port)}")


def word_batches(documents: list[Document]) -> list[list[Document]]:
    """`documents` in order, cut into batches of about `BATCH_WORDS` words and at most
    `BATCH_DOCUMENTS` documents (a longer document makes a batch of its own)."""
    batches: list[list[Document]] = []
    words = 0
    for document in documents:
        size = sum(len(p.text.split()) for p in document.paragraphs)
        if not batches or words + size > BATCH_WORDS or len(batches[-1]) >= BATCH_DOCUMENTS:
            batches.append([])
            words = 0
        batches[-1].append(document)
        words += size
    return batches


def extract_on_cluster(documents: list[Document], spec: ClusterSpec) -> Iterator[Extraction | Failure]:
    """Results for `documents` as their batches finish on the cluster (in no fixed order)."""
    from distributed import as_completed

    from .cluster_tasks import ModelPlugin, code_version, extract_on_worker

    version = code_version()
    with _connect(spec) as client:
        _set_up_workers(client, spec, ModelPlugin(version))
        waiting = iter(word_batches(documents))
        running: dict = {}  # future -> its batch
        finished = as_completed()
        threads = _Threads(client)

        def submit(batch: list[Document]) -> None:
            payload = [d.to_dict() for d in batch]
            future = client.submit(extract_on_worker, payload, version, retries=RETRIES, pure=False)
            running[future] = batch
            finished.add(future)

        def top_up() -> None:
            while len(running) < IN_FLIGHT * threads.count():
                batch = next(waiting, None)
                if batch is None:
                    return
                submit(batch)

        top_up()
        for future in finished:
            batch = running.pop(future)
            try:  # a finished batch can still fail here: its worker died before the result was fetched
                done = future.result()
            except BriefingError:
                raise
            except Exception as error:
                if future.status == "cancelled":
                    raise BriefingError(
                        f"lost the Dask scheduler at {spec}; the articles extracted so far are in the cache, "
                        "so a new build goes on from there"
                    ) from None
                if len(batch) > 1:  # find the article that breaks it: one task each
                    for document in batch:
                        submit([document])
                else:
                    yield Failure(batch[0].source, _failure_reason(error))
            else:
                yield from batch_results(done)
            top_up()


class _Threads:
    """The number of worker threads on the cluster, asked again every `REFRESH_SECONDS` (workers come and go)."""

    def __init__(self, client: Client):
        self.client = client
        self.asked = float("-inf")
        self.threads = 1

    def count(self) -> int:
        if time.monotonic() - self.asked > REFRESH_SECONDS:
            self.threads = max(1, sum(self.client.nthreads().values()))
            self.asked = time.monotonic()
        return self.threads


@contextmanager
def _connect(spec: ClusterSpec) -> Iterator[Client]:
    """A client of the scheduler at `spec.address`, or of a new local cluster (closed afterwards)."""
    import dask
    from distributed import Client, LocalCluster

    if spec.address is None:
        with dask.config.set(LOCAL_CONFIG):
            cluster = LocalCluster(
                n_workers=spec.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.CRITICAL,
            )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(spec.address, timeout=CONNECT_TIMEOUT)
    except Exception as exc:  # refused, timed out, unknown host, or not a Dask scheduler
        raise BriefingError(
            f"cannot reach the Dask scheduler at {spec.address} (waited {CONNECT_TIMEOUT:g} s): "
            f"{_unreachable_reason(spec.address, exc)}"
        ) from None
    with client:
        yield client


def _set_up_workers(client: Client, spec: ClusterSpec, plugin) -> None:
    """Wait for a first worker, then load the model on every worker (and on those that join later)."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError:
        raise BriefingError(
            f"the Dask scheduler at {spec} has no workers (waited {CONNECT_TIMEOUT:g} s): "
            f"start some with `dask worker {spec}`"
        ) from None
    try:
        client.register_plugin(plugin)
    except BriefingError:
        raise
    except Exception as exc:
        raise BriefingError(
            f"the Dask workers of {spec} cannot load the extraction code and model "
            f"(install briefing and its model on every worker): {describe(exc)}"
        ) from None


def _failure_reason(error: BaseException) -> str:
    from distributed import KilledWorker

    if isinstance(error, KilledWorker):
        return f"its worker process died each of the {error.allowed_failures + 1} times it ran (out of memory?)"
    return describe(error)


def _unreachable_reason(address: str, exc: BaseException) -> str:
    """Why the scheduler cannot be reached: the innermost error, or, when the wait ran out in the
    middle of an attempt (a cancelled or timed-out attempt says nothing), what one plain TCP
    connection to the address meets ('Connection refused', 'Name or service not known')."""
    cause = _root_cause(exc)
    if not cause.startswith(("CancelledError", "TimeoutError")):
        return cause
    host, _, port = address.split("://", 1)[-1].rpartition(":")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=1.0).close()
    except (OSError, ValueError) as probe:
        return f"{type(probe).__name__}: {probe}"
    return cause


def _root_cause(exc: BaseException) -> str:
    """The innermost exception behind `exc` (such as the refused connection behind a time-out), on one line."""
    while exc.__cause__ or exc.__context__:
        exc = exc.__cause__ or exc.__context__
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
