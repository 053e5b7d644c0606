"""Extraction spread over worker processes, each with its own copy of the model."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Iterator

from .model import Document, Extraction


def _extract_batch(documents: list[dict]) -> list[dict]:
    """Worker: parse and extract a batch of documents (JSON in, JSON out)."""
    from .extract.document import extract_document
    from .nlp import parse_documents

    docs = [Document.from_dict(d) for d in documents]
    return [extract_document(parsed).to_dict() for parsed in parse_documents(docs)]


def _batches(documents: list[Document], size: int) -> list[list[dict]]:
    return [[d.to_dict() for d in documents[i : i + size]] for i in range(0, len(documents), size)]


def extract_in_processes(documents: list[Document], *, jobs: int, batch_size: int = 8) -> Iterator[Extraction]:
    """Extractions of `documents` in their order, computed by `jobs` processes."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch in pool.map(_extract_batch, _batches(documents, batch_size)):
            for data in batch:
                yield Extraction.from_dict(data)
