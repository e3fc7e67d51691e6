"""`polemos watch`: ingest feeds and pages again and again, alerting on new canonical events that match.

Each cycle looks at every due URL of the watch list (`poll.probe`: a conditional GET, new entries by key),
hands the URLs with something new to `polemos.pipeline.ingest` (which stores each text once, by content
hash), then raises an alert for each new canonical event that matches a saved filter. A URL that fails
(timeout, HTTP error, garbage) is retried after a growing interval; it never stops the others.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from ..ingest.fetch import USER_AGENT
from .alerts import AlertFilter, AlertSinks, alert_record, new_canonical_events
from .poll import Probe, fail, probe, record_ingest
from .watchlist import WatchState, parse_every, read_watchlist

__all__ = ["Watcher", "CycleReport", "SimulatedClock", "parse_every", "read_watchlist"]


@dataclass
class CycleReport:
    number: int
    started: float
    probes: list[Probe] = field(default_factory=list)
    added: list[str] = field(default_factory=list)        # doc_ids stored this cycle
    duplicates: int = 0
    failed: list[str] = field(default_factory=list)       # documents that could not be read, with the reason
    alerts: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)       # alert delivery problems

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for p in self.probes:
            counts[p.status] = counts.get(p.status, 0) + 1
        when = datetime.fromtimestamp(self.started, UTC).strftime("%Y-%m-%d %H:%M:%S")
        looked = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing due"
        return (f"cycle {self.number} at {when} UTC: {looked}; {len(self.added)} documents added, "
                f"{self.duplicates} already stored, {len(self.failed)} failed; {len(self.alerts)} alerts")


class SimulatedClock:
    """A clock whose sleep only moves its time on: runs N cycles back to back (tests, --no-sleep)."""

    def __init__(self, start: float | None = None):
        self.now = time.time() if start is None else start

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)


class Watcher:
    """Watches the URLs of a list, ingesting into `store` and alerting through `sinks`."""

    def __init__(self, store, urls: Sequence[str], *, every: float, state_path: Path,
                 filters: Sequence[AlertFilter] = (), sinks: AlertSinks | None = None, timeout: float = 20.0,
                 max_bytes: int = 20_000_000, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep):
        self.store, self.urls, self.every = store, list(urls), every
        self.state = WatchState(state_path)
        self.filters, self.sinks = list(filters), sinks or AlertSinks()
        self.timeout, self.max_bytes = timeout, max_bytes
        self.clock, self.sleep = clock, sleep
        self.cycles = 0
        self._last_start: float | None = None

    def run(self, cycles: int | None = None, on_cycle: Callable[[CycleReport], None] | None = None) -> None:
        """Run `cycles` more cycles (default: until interrupted), each `every` seconds after the previous."""
        done = 0
        while cycles is None or done < cycles:
            if self._last_start is not None:
                self.sleep(max(0.0, self._last_start + self.every - self.clock()))
            report = self.cycle()
            done += 1
            if on_cycle:
                on_cycle(report)

    def cycle(self) -> CycleReport:
        """Look at every due URL once, ingest what is new, alert, and save the state."""
        self.cycles += 1
        self._last_start = self.clock()
        report = CycleReport(self.cycles, self._last_start)
        with httpx.Client(follow_redirects=True, timeout=self.timeout, headers={"User-Agent": USER_AGENT}) as client:
            for url in self.urls:
                report.probes.append(self._one(url, report, client))
            if report.added and self.filters:
                self._alert(report, client)
        self.state.save()
        return report

    def _one(self, url: str, report: CycleReport, client: httpx.Client) -> Probe:
        state, now = self.state.feed(url), report.started   # backoff counts whole cycles
        try:
            result = probe(state, now=now, every=self.every, client=client, max_bytes=self.max_bytes,
                           timeout=self.timeout)
            if result.status == "new":
                self._ingest(state, result, report)
        except Exception as exc:  # one bad URL (or a bug on its account) never stops the watch
            result = fail(state, f"unexpected error: {type(exc).__name__}: {exc}", now, self.every)
        return result

    def _ingest(self, state, result: Probe, report: CycleReport) -> None:
        from ..pipeline import ingest
        done = ingest(self.store, [state.url], max_bytes=self.max_bytes)
        report.added += done.added
        report.duplicates += len(done.duplicates)
        report.failed += [str(e) for e in done.failed]
        failed = {e.source for e in done.failed}
        if state.url in failed:        # the URL itself failed on the second read: every entry waits
            failed |= set(result.new_keys)
        given_up = record_ingest(state, result, failed)
        result.detail = f"{len(done.added)} added, {len(done.duplicates)} already stored, {len(done.failed)} failed"
        if given_up:
            result.detail += f"; given up on {len(given_up)} entries after repeated failures"

    def _alert(self, report: CycleReport, client: httpx.Client) -> None:
        for event in new_canonical_events(self.store, set(report.added)):
            matched = [f for f in self.filters if f.matches(event)]
            if matched:                 # one alert per new event, naming every filter it matched
                alert = alert_record(matched, event)
                report.alerts.append(alert)
                report.errors += self.sinks.deliver(alert, client)
