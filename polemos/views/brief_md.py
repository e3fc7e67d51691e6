"""The situation brief as Markdown (the same content as the HTML page, without the charts)."""
from __future__ import annotations

from .brief_data import BriefData


def _cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def markdown(data: BriefData, highlights: list[str]) -> str:
    """Markdown text of the brief."""
    from .brief import figure, nice_date
    f = data.figures()
    first, last = data.period()
    out = [f"# Situation report: {', '.join(f['countries']) or 'conflict events'}", ""]
    if first:
        out.append(f"Events from **{nice_date(first)}** to **{nice_date(last)}** ({data.filters.describe()}); "
                   f"compiled from {f['sources']} source documents ({f['reports']} event reports).")
    out += ["", "## Key figures", "",
            f"- **{f['events']}** events (distinct, after merging reports)",
            f"- **{f['fatalities']}** fatalities (lowest credible figure; reports range "
            f"{f['fatalities_low']}–{f['fatalities_high']})",
            f"- **{f['actors']}** actors, **{f['contradictions']}** contradictions, **{f['claims']}** attributed claims"]
    if highlights:
        out += ["", "## Key points", ""] + [f"- {h}" for h in highlights]
    out += ["", "## Events and their sources", ""]
    for e in data.events:
        place = ", ".join(dict.fromkeys(p for p in (e.get("location"), e.get("admin1"), e.get("country")) if p))
        out.append(f"### {nice_date(e.get('event_date'), e.get('date_precision'))} · "
                   f"{e.get('sub_event_type') or e['event_type']} · {place}")
        out.append("")
        actors = (e.get("actor1") or "Unknown actor") + (f" vs {e['actor2']}" if e.get("actor2") else "")
        out.append(f"{actors}. **{e.get('fatalities') if e.get('fatalities') is not None else '—'} killed**"
                   + (f" (range {figure(e.get('fatalities_low'), e.get('fatalities_high'))})"
                      if e.get("fatalities_high") not in (None, e.get("fatalities")) else "")
                   + (f"; claimed by {e['claimed_by']}" if e.get("claimed_by") else "") + ".")
        out += ["", "| Source | Figure | Evidence |", "|---|---:|---|"]
        for r in e["reports"]:
            src = f"[{data.source_no.get(r['doc_id'], '?')}] {r.get('publisher') or r.get('title') or r['doc_id']}"
            fig = figure(r.get("fatalities_low"), r.get("fatalities_high"), r.get("fatalities"))
            out.append(f"| {_cell(src)} | {fig} | {_cell(r.get('evidence'))} |")
        out.append("")
    out += ["## Contradictions", ""]
    for e, c in data.contradictions or []:
        out.append(f"- **{c['kind'].replace('_', ' ')}** ({e.get('location') or e.get('country')}): {c['summary']}")
        for i in c["items"]:
            out.append(f"  - [{data.source_no.get(i.get('doc_id'), '?')}] {i.get('value')}: “{i.get('evidence')}”")
    if not data.contradictions:
        out.append("The sources do not contradict each other on these events.")
    out += ["", "## Attributed claims", ""]
    if data.claims:
        out += ["| Claimed by | Claim | Figure | Denied by | Evidence |", "|---|---|---:|---|---|"]
        for c in data.claims:
            low = int(c["low"]) if c.get("low") is not None else None
            high = int(c["high"]) if c.get("high") is not None else None
            out.append(f"| {_cell(c.get('attributed_to') or 'unattributed')} | {_cell(c['subject'])} "
                       f"{_cell(c['quantity'])} | {figure(low, high)} | {_cell(c.get('denied_by'))} | "
                       f"[{data.source_no.get(c['doc_id'], '?')}] {_cell(c['evidence'])} |")
    else:
        out.append("No attributed claim in these sources.")
    out += ["", "## Sources", ""]
    for s in data.sources:
        out.append(f"{s['n']}. **{s['publisher'] or 'Unknown publisher'}**: {s['title']}"
                   + (f", {nice_date(s['published'])}" if s["published"] else "") + f" (`{s['doc_id']}`)"
                   + (f" <{s['url']}>" if s["url"] else ""))
    return "\n".join(out) + "\n"
