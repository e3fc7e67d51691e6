"""The reader view: a document's text with every extracted fact marked at its span.

The text is untrusted. It is cut at every span boundary and each piece is
escaped on its own; the only markup added is tags and classes from this module,
with attribute values escaped too. Overlapping spans are nested by closing and
reopening the inner ones, so the output is always well-formed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from markupsafe import Markup, escape


@dataclass
class Mark:
    """One highlighted span: a fact or mention, and where it links."""

    start: int
    end: int
    cls: str                           # css class, from a fixed vocabulary
    title: str = ""                    # tooltip: untrusted, escaped
    href: str | None = None            # built by us from ids, quoted
    anchor: str | None = None          # id for the first piece, so links can land on it
    label: str | None = None           # small reference tag shown at its start (e.g. E12)
    order: int = field(default=0)      # tie-break between equal spans


def marks_for(doc_id: str, events: list[dict], claims: list[dict], relations: list[dict],
              mentions: list[dict]) -> list[Mark]:
    """Marks for every fact (sentences) and mention (words) of one document."""
    marks = []
    for e in events:
        marks.append(Mark(e["evidence_start"], e["evidence_end"], "fact fact-event",
                          f"{e.get('event_type')} / {e.get('sub_event_type')}", f"/events/{e['id']}",
                          f"event-{e['id']}", f"E{e['id']}"))
        for i, x in enumerate(e.get("extra_evidence") or []):
            marks.append(Mark(x["start"], x["end"], "fact fact-event", f"more evidence for event {e['id']}",
                              f"/events/{e['id']}", f"event-{e['id']}-x{i}", f"E{e['id']}+"))
    for c in claims:
        marks.append(Mark(c["evidence_start"], c["evidence_end"], "fact fact-claim",
                          f"claim: {c.get('subject')} {c.get('quantity')}", f"/claims#claim-{c['id']}",
                          f"claim-{c['id']}", f"C{c['id']}"))
    for r in relations:
        marks.append(Mark(r["evidence_start"], r["evidence_end"], "fact fact-relation",
                          f"{r.get('actor1')} {r.get('relation')} {r.get('actor2')}",
                          f"/relations#relation-{r['id']}", f"relation-{r['id']}", f"R{r['id']}"))
    for m in mentions:
        marks.append(_mention_mark(m))
    return marks


def _mention_mark(m: dict) -> Mark:
    kind = m.get("kind")
    if kind == "actor":
        return Mark(m["start"], m["end"], "m m-actor", f"actor: {m.get('name')}",
                    "/actors/" + quote(str(m.get("actor_id") or ""), safe=""))
    if kind == "place":
        where = ", ".join(str(x) for x in (m.get("name"), m.get("admin1"), m.get("country")) if x)
        return Mark(m["start"], m["end"], "m m-place", where,
                    "/events?country=" + quote(str(m.get("country") or ""), safe="") if m.get("country") else None)
    if kind == "time":
        return Mark(m["start"], m["end"], "m m-time", f"{m.get('value')} ({m.get('precision')})")
    return Mark(m["start"], m["end"], "m m-quantity", f"low {m.get('low')}, high {m.get('high')}, best {m.get('best')}")


def render(text: str, marks: list[Mark]) -> Markup:
    """The text as safe HTML with every mark nested at its span."""
    n = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= n]
    for i, m in enumerate(marks):
        m.order = i
    cuts = sorted({0, n, *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[tuple[Mark, str]] = []          # open marks with their closing tags
    opened: set[int] = set()
    for a, b in zip(cuts, cuts[1:]):
        want = sorted((m for m in marks if m.start <= a and b <= m.end), key=lambda m: (m.start, -m.end, m.order))
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep][0] is want[keep]:
            keep += 1
        out.extend(close for _, close in reversed(stack[keep:]))
        stack = stack[:keep]
        for m in want[keep:]:
            html, close = _open(m, any(c == "</a>" for _, c in stack), m.order not in opened)
            opened.add(m.order)
            out.append(html)
            stack.append((m, close))
        out.append(str(escape(text[a:b])))
    out.extend(close for _, close in reversed(stack))
    return Markup("".join(out))


def _open(m: Mark, in_link: bool, first_piece: bool) -> tuple[str, str]:
    """Opening tag (plus a reference link on a fact's first piece) and its closing tag."""
    attrs = f' class="{escape(m.cls)}"'
    if m.title:
        attrs += f' title="{escape(m.title)}"'
    if first_piece and m.anchor:
        attrs += f' id="{escape(m.anchor)}"'
    if m.cls.startswith("m ") and m.href and not in_link:
        return f'<a{attrs} href="{escape(m.href)}">', "</a>"
    tag = "mark" if m.cls.startswith("focus") else "span"
    ref = ""
    if first_piece and m.label and m.href and not in_link:
        ref = f'<a class="ref" href="{escape(m.href)}">{escape(m.label)}</a>'
    return f"<{tag}{attrs}>{ref}", f"</{tag}>"


def focus_mark(start: int | None, end: int | None) -> list[Mark]:
    """The span a link asked to see, marked so the page can scroll to it."""
    if start is None or end is None or end <= start:
        return []
    return [Mark(start, end, "focus", "the evidence you followed", anchor="focus")]
