"""Extraction document by document, in this process, in worker processes, or in a batch on a Dask worker.

Every path gives one result per document: its `Extraction`, or a `Failure` naming the seed when its
extraction raised, so one article that breaks the extractors does not stop the others. A
`BriefingError` (such as a missing model) is no fault of one article and stops the build.
"""
from __future__ import annotations

import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Iterator, NamedTuple

from .errors import BriefingError
from .model import Document, Extraction


class Failure(NamedTuple):
    """A seed whose extraction failed: its file name and why."""

    source: str
    reason: str


def describe(exc: BaseException) -> str:
    """An exception on one line: its type, its message and where it was raised.

    >>> describe(ValueError("bad\\nthing"))
    'ValueError: bad thing'
    """
    message = " ".join(str(exc).split())
    text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        text += f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})"
    return text


def extract_each(documents: list[Document]) -> Iterator[Extraction | Failure]:
    """Parse and extract `documents`, one result each, in order.

    One `nlp.pipe` stream parses them all. Should the stream itself break, the documents it had
    not delivered are parsed one at a time, so that only the one that breaks it fails.
    """
    from .extract.document import extract_document
    from .nlp import parse_documents

    def extract(parsed) -> Extraction | Failure:
        try:
            return extract_document(parsed)
        except BriefingError:
            raise
        except Exception as exc:
            return Failure(parsed.document.source, describe(exc))

    delivered = 0
    try:
        for parsed in parse_documents(documents):
            delivered += 1
            yield extract(parsed)
    except BriefingError:
        raise
    except Exception:
        for document in documents[delivered:]:
            try:
                parsed = next(parse_documents([document]))
            except BriefingError:
                raise
            except Exception as exc:
                yield Failure(document.source, describe(exc))
                continue
            yield extract(parsed)


def extract_batch(documents: list[dict]) -> list:
    """Worker side: a batch of documents as JSON to their results, in order: an extraction as JSON,
    a failure as `[source, reason]`."""
    return [
        list(result) if isinstance(result, Failure) else result.to_dict()
        for result in extract_each([Document.from_dict(d) for d in documents])
    ]


def batch_results(done: list) -> Iterator[Extraction | Failure]:
    """Client side: the results of `extract_batch` as records."""
    for item in done:
        yield Failure(*item) if isinstance(item, list) else Extraction.from_dict(item)


def _batches(documents: list[Document], size: int) -> list[list[dict]]:
    return [[d.to_dict() for d in documents[i : i + size]] for i in range(0, len(documents), size)]


def extract_in_processes(
    documents: list[Document], *, jobs: int, batch_size: int = 8
) -> Iterator[Extraction | Failure]:
    """Results for `documents`, computed by `jobs` processes, batch by batch in order."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        try:
            for done in pool.map(extract_batch, _batches(documents, batch_size)):
                yield from batch_results(done)
        except BrokenProcessPool:
            raise BriefingError(
                "an extraction process died unexpectedly (out of memory?); the articles extracted before it "
                "are in the cache (unless --no-cache), so a new build goes on from there"
            ) from None
