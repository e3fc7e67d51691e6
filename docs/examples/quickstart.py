"""Polemos from Python, end to end: ingest articles, ask questions, export for other tools.

    python docs/examples/quickstart.py [OUTPUT_FOLDER]      # default: ./quickstart-output

It builds a knowledge base from the bundled example corpus (five articles on the Taliban and ISIS-K), then
writes an export for each consumer the guide describes (docs/guide.md, "Exports"). The `# %%` marks make it
a notebook in editors that read them (VS Code, Spyder, Jupytext). The tests run it (tests/test_docs.py).
"""
# %% Open (or create) a knowledge base and ingest the example corpus
import sys
from pathlib import Path

import polemos
from polemos.extras import MissingExtra
from polemos.ranges import Range

out = Path(sys.argv[1] if len(sys.argv) > 1 else "quickstart-output")
out.mkdir(parents=True, exist_ok=True)
kb = polemos.open(out / "kb.db")                        # a SQLite file; a postgresql:// URL works the same
report = kb.ingest(polemos.example_corpus())           # files, folders, URLs, JSONL corpora, RSS/Atom feeds
print("ingest:", report.summary())
for failure in report.failed:
    print("  failed:", failure)

# %% Events: each real-world event once, with every report of it
events = kb.events(actor="ISIS-K")                      # any alias: ISKP, IS-K, Daesh (in Afghanistan)
print(f"\n{len(events)} events involve ISIS-K; the latest five:")
for ev in events[:5]:
    sources = "; ".join(r.cite() for r in ev.reports)
    print(f"  {ev.title()}: {ev.actor1 or '?'} -> {ev.actor2 or '-'}, killed {ev.fatalities} [{sources}]")

# %% An actor's profile, claims and contradictions
profile = kb.actor("ISKP")
print(f"\n{profile.name}: {len(profile.aliases)} known aliases, met as {', '.join(profile.names_seen[:5])}...")
for rel in profile.relations[:5]:
    print(f"  {rel.actor1} -{rel.relation}-> {rel.actor2}: \"{rel.evidence.text.strip()[:90]}\"")
print("\nClaims (attributed figures):")
for claim in kb.claims()[:5]:
    who = claim.attributed_to or "the author"
    print(f"  {claim.subject}: {claim.quantity} {Range(claim.low, claim.high)}, according to {who}")
print("\nWhere sources contradict each other:")
for c in kb.contradictions():
    print(f"  {c.kind}: {c.summary} ({c.about})")

# %% Exports, one per consumer (see docs/guide.md for how each loads)
written = {
    "canonical.csv": kb.export("canonical", "csv", out / "canonical.csv"),       # pandas, R, spreadsheets
    "reports.jsonl": kb.export("events", "jsonl", out / "reports.jsonl"),        # one row per report
    "acled.csv": kb.export("events", "acled", out / "acled.csv"),                # ACLED's own columns
    "events.geojson": kb.export("events", "geojson", out / "events.geojson"),    # GeoPandas, QGIS, sf
    "actors.graphml": kb.export("network", "graphml", out / "actors.graphml"),   # Gephi, networkx, igraph
    "bundle.json": kb.export("stix", "json", out / "bundle.json"),               # STIX 2.1 tools
    "contradictions.jsonl": kb.export("contradictions", "jsonl", out / "contradictions.jsonl"),
}
print()
for name, what in written.items():
    print(f"  {name}: {what}")
print("  brief.html:", kb.write_brief(out / "brief.html", actor="ISIS-K"), "events")

# %% DataFrames and the network (the 'pandas' and 'geopandas' extras; networkx is always there)
try:
    frame = events.to_pandas()
    print("\nISIS-K events by sub-event type:")
    print(frame.groupby("sub_event_type").size().sort_values(ascending=False).to_string())
    geo = kb.events().to_geopandas()
    print(f"\n{geo.geometry.notna().sum()} of {len(geo)} events have a point; the rest are known to their country")
except MissingExtra as missing:
    print(f"\n(skipped the DataFrames: {missing})")

graph = kb.network()
busiest = sorted(graph.degree(weight="weight"), key=lambda nd: -nd[1])[:5]
print("\nMost connected actors:", ", ".join(f"{name} ({degree})" for name, degree in busiest))
kb.close()
print(f"\nDone: everything is in {out.resolve()}")
