"""What runs on a Dask worker: the plugin that loads the model once, and the extraction task.

A worker must run the same extraction code and model as the client, or its results would be
cached under keys that do not describe them: the task and the plugin check `code_version()`.
"""
from __future__ import annotations

import asyncio

from distributed import WorkerPlugin, get_worker

from .cache import extractor_version
from .errors import BriefingError
from .nlp import MODEL_PACKAGE, load_nlp, model_version_static
from .parallel import extract_batch


def code_version() -> str:
    """The extraction code and model this process runs (what the cache key depends on)."""
    return f"{extractor_version()} {MODEL_PACKAGE} {model_version_static()}"


def _check(expected: str, worker: str) -> None:
    if code_version() != expected:
        raise BriefingError(
            f"the Dask worker {worker} runs other extraction code or model ({code_version()}) than this "
            f"client ({expected}): install the same version of briefing on every worker"
        )


class ModelPlugin(WorkerPlugin):
    """Loads the pinned spaCy model when a worker starts (or joins later), once per worker process.

    The model loads in a thread, so the worker keeps answering the scheduler meanwhile.
    """

    name = "briefing-model"

    def __init__(self, version: str):
        self.version = version

    async def setup(self, worker) -> None:
        _check(self.version, worker.address)
        await asyncio.get_running_loop().run_in_executor(None, load_nlp)


def extract_on_worker(documents: list[dict], version: str) -> list:
    """The task: one batch of documents (JSON), extracted with the model this worker loaded once."""
    _check(version, get_worker().address)
    return extract_batch(documents)
