"""One catalogue of errors. Every message names the input it is about."""
from __future__ import annotations


class PolemosError(Exception):
    """Base class of every error Polemos raises on purpose."""


class IngestError(PolemosError):
    """A source could not be turned into a Document."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class SkippedInput(IngestError):
    """A source deliberately skipped (unsupported type, non-English...): noted, not a failure."""


class IngestWarning(IngestError):
    """A defect in a usable input (an invalid metadata field, dropped): noted, the document kept."""


class StoreError(PolemosError):
    """The knowledge store could not be opened or written."""


class KnowledgeError(PolemosError):
    """A knowledge pack is malformed."""


class WatchError(PolemosError):
    """The watch list, the alert filters or the watcher's options are not usable."""
