"""Reports into canonical events, as a function of the set of reports alone (never of the order they came in).

Two reports are linked when resolution compares them (blocking.near) and coref.same_event says they tell one
event. A component is a connected set of linked reports; each component is partitioned on its own: into one
event when all its reports can stand together (no two from one document, no two places or dates that
exclude each other), else by single-link merging, the closest pairs first (coref.link_strength; ties by
document and position), refusing a merge that would join incompatible reports. Incremental resolution
re-partitions only the components a new report touches, so it ends where a full clustering of the same
reports ends. One report told twice in its document (same span, same content) counts once.

Copies of one story (syndication) have identical reports; they are compared once per distinct content
(`signature`), so n copies cost n, not n squared.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from .blocking import MemoryIndex, interval, near
from .coref import dates_agree, link_strength, places_agree, same_event

_COMPARED = ("event_type", "sub_event_type", "event_date", "date_precision", "country", "admin1", "location",
             "geo_precision", "latitude", "longitude", "actor1", "actor2", "fatalities", "evidence")
_PLACE_DATE = ("country", "admin1", "location", "geo_precision", "latitude", "longitude", "evidence", "event_date")


_ENCODER = json.JSONEncoder(default=str)     # json.dumps(..., default=str), without a new encoder per call


def signature(e: dict[str, Any], fields=_COMPARED) -> str:
    """Everything the merge rules read of a report except its document."""
    return _ENCODER.encode([e.get(f) for f in fields])


def content_key(e: dict[str, Any]) -> tuple:
    """A report's place in the fixed merge order: its document and evidence span, then its content."""
    return (e["doc_id"], e.get("evidence_start") or 0, e.get("evidence_end") or 0, signature(e))


class Links:
    """`same_event` between report contents, each distinct pair decided once."""

    def __init__(self):
        self._seen: dict[tuple[str, str], bool] = {}
        self._sig: dict[int, str] = {}

    def sig(self, e: dict[str, Any]) -> str:
        """What a report is compared on: its content, and an undated one's publication (which bounds its
        date, blocking.bounds: two copies of an undated report published years apart meet different reports)."""
        key = e["id"]
        if key not in self._sig:
            s = signature(e)
            if e.get("published") and interval(e) is None:
                s += "\n" + e["published"]
            self._sig[key] = s
        return self._sig[key]

    def linked(self, a: dict[str, Any], b: dict[str, Any]) -> bool:
        """Whether two reports (of different documents) are linked."""
        sa, sb = self.sig(a), self.sig(b)
        if sa > sb:
            a, b, sa, sb = b, a, sb, sa
        if (sa, sb) not in self._seen:
            other = b if a["doc_id"] != b["doc_id"] else dict(b, doc_id=b["doc_id"] + "\x00")
            self._seen[(sa, sb)] = near(a, other) and same_event(a, other)
        return self._seen[(sa, sb)]


class UnionFind:
    def __init__(self):
        self.parent: dict[Any, Any] = {}

    def find(self, x):
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


class Group:
    """Reports of one content, bucketed by document (reports of one bucket have the same links)."""

    def __init__(self, rep: dict[str, Any]):
        self.rep = rep
        self.docs: dict[str, list[dict[str, Any]]] = {}

    def add(self, e: dict[str, Any]) -> None:
        self.docs.setdefault(e["doc_id"], []).append(e)


def groups(reports: Iterable[dict[str, Any]], links: Links) -> dict[str, Group]:
    out: dict[str, Group] = {}
    for e in reports:
        g = out.get(links.sig(e))
        if g is None:
            g = out[links.sig(e)] = Group(e)
        g.add(e)
    return out


def connect(uf: UnionFind, g: Group, h: Group, links: Links) -> bool:
    """Union the reports of two linked contents (or of one content, g is h) across documents. True if linked
    (or if h holds a report of g told again: the same content in the same document)."""
    told_again = False
    if g is not h and links.sig(g.rep) == links.sig(h.rep):
        for d in g.docs.keys() & h.docs.keys():
            told_again |= _same_reports(uf, g.docs[d] + h.docs[d])
    if g is h and len(g.docs) < 2:
        return False
    if not links.linked(g.rep, h.rep):
        return told_again
    if g is h or (len(g.docs) >= 2 and len(h.docs) >= 2 and len(g.docs.keys() | h.docs.keys()) >= 3):
        # one content in two documents or more, or two contents whose documents are not just the same two:
        # every report has a partner in another document, and all of them are connected
        for bucket in (*g.docs.values(), *h.docs.values()):
            for e in bucket:
                uf.union(e["id"], g.rep["id"])
        return True
    for (dx, xs), (dy, ys) in ((x, y) for x in g.docs.items() for y in h.docs.items()):
        if dx != dy and uf.find(xs[0]["id"]) != uf.find(ys[0]["id"]):
            for e in xs[1:]:
                uf.union(e["id"], xs[0]["id"])
            for e in ys:
                uf.union(e["id"], xs[0]["id"])
    return True


def _same_reports(uf: UnionFind, reports: list[dict[str, Any]]) -> bool:
    """Union the reports of one content and document told at one span: one report extracted twice."""
    first: dict[tuple, dict[str, Any]] = {}
    found = False
    for e in reports:
        one = first.setdefault((e.get("evidence_start"), e.get("evidence_end")), e)
        if one is not e:
            uf.union(e["id"], one["id"])
            found = True
    return found


def link_new(new: list[dict[str, Any]], links: Links, uf: UnionFind,
             candidates: Callable[[dict[str, Any]], list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
    """Union new reports with each other (in memory) and with the stored reports `candidates` finds for each
    new content. Returns the stored reports linked to."""
    by_sig = groups(new, links)
    for e in new:
        uf.find(e["id"])
    for g in by_sig.values():
        for bucket in g.docs.values():
            _same_reports(uf, bucket)
    index = MemoryIndex([g.rep for g in by_sig.values()])
    for s, g in by_sig.items():
        connect(uf, g, g, links)
        for c in index.near(g.rep):
            if links.sig(c) > s:
                connect(uf, g, by_sig[links.sig(c)], links)
    if candidates is None:
        return []
    touched: dict[int, dict[str, Any]] = {}
    for g in by_sig.values():
        for h in groups(candidates(g.rep), links).values():
            if connect(uf, g, h, links):
                touched.update((e["id"], e) for bucket in h.docs.values() for e in bucket)
    return list(touched.values())


def components(reports: list[dict[str, Any]], uf: UnionFind) -> list[list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = {}
    for e in reports:
        out.setdefault(uf.find(e["id"]), []).append(e)
    return list(out.values())


class _Compat:
    """Whether sets of reports can be one event: distinct documents, and no two places or dates that exclude
    each other (decided once per pair of distinct place-and-date contents)."""

    def __init__(self):
        self._seen: dict[tuple[str, str], bool] = {}
        self._reps: dict[str, dict] = {}

    def key(self, e: dict[str, Any]) -> str:
        k = signature(e, _PLACE_DATE)
        self._reps.setdefault(k, e)
        return k

    def pair(self, x: str, y: str) -> bool:
        if x == y:
            return True
        k = (x, y) if x < y else (y, x)
        if k not in self._seen:
            a, b = self._reps[k[0]], self._reps[k[1]]
            self._seen[k] = (places_agree(a, b) is not False
                             and dates_agree(a.get("event_date"), b.get("event_date")) is not False)
        return self._seen[k]

    def sets(self, xs: set[str], ys: set[str]) -> bool:
        return all(self.pair(x, y) for x in xs for y in ys)


def partition(members: list[dict[str, Any]], links: Links) -> list[list[dict[str, Any]]]:
    """One component's events, each a list of reports in content order."""
    members = sorted(members, key=content_key)
    compat = _Compat()
    places = [compat.key(e) for e in members]
    docs = [e["doc_id"] for e in members]
    # reports as numbers: their content (linked once per pair of contents), their document, their cluster
    sig_ids: dict[str, int] = {}
    kind = [sig_ids.setdefault(links.sig(e), len(sig_ids)) for e in members]
    keys = [content_key(e) for e in members]
    if len(set(docs)) == len(set(keys)) and compat.sets(set(places), set(places)):
        return [members]
    rep = {k: e for k, e in zip(reversed(kind), reversed(members))}
    linked: dict[tuple[int, int], bool] = {}
    parent = list(range(len(members)))
    state = {i: ({docs[i]}, {places[i]}) for i in range(len(members))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(1, len(members)):   # one report told twice in its document stays one (content order: adjacent)
        if keys[i] == keys[i - 1]:
            parent[i] = find(i - 1)

    strength: dict[tuple[int, int], tuple] = {}
    pairs = []
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if docs[i] == docs[j]:
                continue
            pair = (kind[i], kind[j]) if kind[i] <= kind[j] else (kind[j], kind[i])
            if pair not in linked:
                linked[pair] = links.linked(rep[pair[0]], rep[pair[1]])
                strength[pair] = link_strength(rep[pair[0]], rep[pair[1]])[:-1] if linked[pair] else ()
            if linked[pair]:
                who = tuple(sorted(((docs[i], members[i].get("evidence_start") or 0),
                                    (docs[j], members[j].get("evidence_start") or 0))))
                pairs.append(((*strength[pair], who), i, j))
    pairs.sort(reverse=True)          # the closest reports join first (coref.link_strength)
    for _, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        (di, pi), (dj, pj) = state[ri], state[rj]
        if di & dj or not compat.sets(pi, pj):
            continue
        parent[ri] = rj
        state[rj] = (di | dj, pi | pj)
    out: dict[int, list[dict[str, Any]]] = {}
    for i, e in enumerate(members):
        out.setdefault(find(i), []).append(e)
    return list(out.values())


def cluster(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Every report grouped into events, all at once (what incremental resolution also ends with)."""
    links, uf = Links(), UnionFind()
    link_new(events, links, uf)
    return [group for comp in components(events, uf) for group in partition(comp, links)]
