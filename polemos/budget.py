"""A time budget for one piece of work (one document's parse and extraction): past it, the work is stopped
with a DocumentTimeout naming the input, and the caller goes on with the next one.

The budget is a real-time interval timer (SIGALRM), so it interrupts Python code wherever it is. Signals
are delivered to the main thread only: called from another thread (the web server's ingest jobs) or where
there is no SIGALRM, the budget is not enforced (the work runs to its end).
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import PolemosError

TIME_BUDGET = 600.0   # seconds per document by default (`polemos ingest --time-budget`; 0 or None: no budget)


class DocumentTimeout(PolemosError):
    """One document took longer than its time budget."""


def enforceable() -> bool:
    """Whether a budget can be enforced here (the main thread of a platform with SIGALRM)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, what: str) -> Iterator[None]:
    """Run the block within `seconds` (None or 0: no limit), else raise DocumentTimeout naming `what`.
    The timer and handler in place before are restored after, and a budget inside another keeps the outer
    deadline (the shorter of the two applies)."""
    if not seconds or seconds <= 0 or not enforceable():
        yield
        return

    def expired(_signum, _frame):
        raise DocumentTimeout(f"{what}: over the {seconds:g} s time budget (--time-budget)")

    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    start = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_left) if outer_left else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:   # the outer budget's remaining time, at least a tick so that it still fires
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - start), 0.001))
