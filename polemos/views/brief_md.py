"""The situation brief as Markdown (the same content as the HTML page, without the charts). Every piece of
source text is escaped (safety.md_text), so no HTML in an article reaches a Markdown renderer."""
from __future__ import annotations

from ..ranges import Range
from .brief_data import BriefData
from .safety import md_text, safe_url


def markdown(data: BriefData, highlights: list[str]) -> str:
    """Markdown text of the brief."""
    f = data.figures()
    first, last = data.period()
    out = [f"# Situation report: {md_text(', '.join(f['countries']) or 'conflict events')}", ""]
    if first:
        out.append(f"Events from **{first}** to **{last}** ({md_text(data.filters.describe())}); "
                   f"compiled from {f['sources']} source documents ({f['reports']} event reports).")
    out += ["", "## Key figures", "",
            f"- **{f['events']}** events (distinct, after merging reports)",
            f"- **{f['fatalities']}** fatalities (ACLED's conservative figure; reports range {f['fatalities_range']})",
            f"- **{f['actors']}** actors, **{f['contradictions']}** contradictions "
            f"({f['variations']} compatible variations), **{f['claims']}** attributed claims"]
    if highlights:
        out += ["", "## Key points", ""] + [f"- {md_text(h)}" for h in highlights]
    out += ["", "## Events and their sources", ""]
    for e in data.events:
        out.append(f"### {e.date.label() if e.date else 'undated'} · {md_text(e.sub_event_type)} · "
                   f"{md_text(e.place.label())}")
        out.append("")
        actors = md_text(e.actor1 or "Unknown actor") + (f" vs {md_text(e.actor2)}" if e.actor2 else "")
        toll = e.fatalities_acled if e.fatalities_acled is not None else "—"
        spread = f" (range {e.fatalities} across sources)" \
            if e.fatalities.known and e.fatalities.low != e.fatalities.high else ""
        claim = f"; claimed by {md_text(e.claimed_by)}" if e.claimed_by else ""
        out.append(f"{actors}. **{toll} killed**{spread}{claim}.")
        out += ["", "| Source | Figure | Evidence |", "|---|---:|---|"]
        for r in e.reports:
            src = f"[{data.source_no.get(r.doc_id, '?')}] {r.cite()}"
            out.append(f"| {md_text(src)} | {r.fatalities} | {md_text(r.evidence)} |")
        out.append("")
    out += ["## Contradictions", ""]
    for c in data.conflicts:
        out.append(f"- **{c.kind.replace('_', ' ')}** ({md_text(c.about)}): {md_text(c.summary)}")
        for i in c.items:
            out.append(f"  - [{data.source_no.get(i.doc_id, '?')}] {md_text(i.value)}: “{md_text(i.evidence)}”")
    if not data.conflicts:
        out.append("The sources do not contradict each other on these events.")
    if data.variations:
        out += ["", "Compatible variations (not contradictions):", ""]
        out += [f"- {md_text(c.summary)} ({md_text(c.about)})" for c in data.variations]
    out += ["", "## Attributed claims", ""]
    if data.claims:
        out += ["| Claimed by | Claim | Figure | Denied by | Evidence |", "|---|---|---:|---|---|"]
        for c in data.claims:
            out.append(f"| {md_text(c.get('attributed_to') or 'unattributed')} | {md_text(c['subject'])} "
                       f"{md_text(c['quantity'])} | {Range(c.get('low'), c.get('high'))} | "
                       f"{md_text(c.get('denied_by'))} | "
                       f"[{data.source_no.get(c['doc_id'], '?')}] {md_text(c['evidence'])} |")
    else:
        out.append("No attributed claim in these sources.")
    out += ["", "## Sources", ""]
    for s in data.sources:
        url = safe_url(s["url"])
        out.append(f"{s['n']}. **{md_text(s['publisher'] or 'Unknown publisher')}**: {md_text(s['title'])}"
                   + (f", {s['published']}" if s["published"] else "") + f" (`{md_text(s['doc_id'])}`)"
                   + (f" <{url}>" if url else ""))
    return "\n".join(out) + "\n"
