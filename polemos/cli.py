"""The `polemos` command: thin; every command parses options and calls one function of the package."""
from __future__ import annotations

import sys
from datetime import date

import click

from . import __version__
from .errors import PolemosError

DB_HELP = "Knowledge base: a SQLite path or a postgresql:// URL (default: $POLEMOS_DB or ./polemos.db)."
db_option = click.option("--db", envvar="POLEMOS_DB", default=None, help=DB_HELP)


def _date(_ctx, _param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


def _store(db):
    from .store import open_store
    return open_store(db)


class Group(click.Group):
    """Turns PolemosError into a one-line message and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PolemosError as exc:
            click.secho(f"error: {exc}", fg="red", err=True)
            sys.exit(1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="polemos")
def main():
    """Polemos: turn reporting on armed conflict into a sourced conflict knowledge base.

    Ingest articles (text, HTML, PDF, JSONL corpora, RSS/Atom feeds, URLs), then
    explore and export the actors, ACLED-coded events, claims and relations
    extracted from them, each with the exact evidence span it rests on.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--published", callback=_date, metavar="DATE",
              help="Publication date (YYYY-MM-DD) for every document read, overriding metadata and text.")
@click.option("--max-bytes", type=int, default=20_000_000, show_default=True,
              help="Largest input file or download accepted, in bytes.")
@click.option("--processes", "-p", type=int, default=1, show_default=True,
              help="Worker processes for the spaCy parse.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only the summary and failures.")
def ingest(sources, db, published, max_bytes, processes, quiet):
    """Read SOURCES (files, folders, URLs) into the knowledge base.

    Handles .txt/.md (YAML front matter), .html/.htm, .pdf, .jsonl/.json corpora,
    RSS/Atom feeds and http(s) URLs; folders are read recursively. A text already
    stored is not stored twice. Ends non-zero when any input failed.
    """
    from .pipeline import ingest as run
    from .views.progress import progress_bar

    store = _store(db)
    with progress_bar("ingesting", enabled=not quiet) as tick:
        report = run(store, sources, published=published, max_bytes=max_bytes, processes=processes, progress=tick)
    for err in report.skipped:
        click.echo(f"skipped {err}", err=True)
    for err in report.failed:
        click.secho(f"failed  {err}", fg="red", err=True)
    click.echo(f"{report.summary()} -> {store.url}")
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False))
@db_option
@click.option("--every", default="15m", show_default=True, help="Interval between cycles: 15m, 1h, 1h30m, 90s...")
@click.option("--alerts", "alerts_file", type=click.Path(exists=True, dir_okay=False),
              help="YAML file of saved filters (name, actor, country, type, min_fatalities): a new canonical event "
                   "matching one is printed as an ALERT line.")
@click.option("--alert-log", type=click.Path(dir_okay=False), help="Also append each alert to this JSONL file.")
@click.option("--webhook", metavar="URL", help="Also POST each alert as JSON to this URL.")
@click.option("--state", type=click.Path(dir_okay=False),
              help="Where validators, seen entries and backoff are kept (default: FEEDS_FILE.state.json).")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds to wait on a server.")
@click.option("--max-bytes", type=int, default=20_000_000, show_default=True, help="Largest download accepted.")
@click.option("--cycles", type=int, default=None, help="Stop after this many cycles (default: until interrupted).")
@click.option("--no-sleep", is_flag=True,
              help="Run the cycles back to back on a simulated clock (for tests; backoff counts simulated time).")
def watch(feeds_file, db, every, alerts_file, alert_log, webhook, state, timeout, max_bytes, cycles, no_sleep):
    """Keep ingesting the RSS/Atom feeds and pages listed in FEEDS_FILE (one URL a line, # comments).

    Conditional requests (ETag, Last-Modified); only feeds with new entries are read; each text is stored
    once; a failing URL is retried after 2, 4, 8... intervals and never stops the others. With --alerts,
    each new canonical event that matches a saved filter is announced once (a line, --alert-log, --webhook).
    """
    from pathlib import Path

    from .watch import SimulatedClock, Watcher, parse_every, read_watchlist
    from .watch.alerts import AlertSinks, alert_line, load_filters

    path, seconds = Path(feeds_file), parse_every(every)
    clock = SimulatedClock() if no_sleep else None
    watcher = Watcher(_store(db), read_watchlist(path), every=seconds,
                      state_path=Path(state) if state else path.with_name(path.name + ".state.json"),
                      filters=load_filters(Path(alerts_file)) if alerts_file else (),
                      sinks=AlertSinks(Path(alert_log) if alert_log else None, webhook), timeout=timeout,
                      max_bytes=max_bytes, **(dict(clock=clock.time, sleep=clock.sleep) if clock else {}))

    def show(report):
        for probe in report.probes:
            if probe.status in ("new", "failed"):
                click.echo(f"  {probe.status:7} {probe.url}: {probe.detail}", err=probe.status == "failed")
        for failure in report.failed:
            click.echo(f"  failed  {failure}", err=True)
        for alert in report.alerts:
            click.secho(alert_line(alert), fg="yellow", bold=True)
        for error in report.errors:
            click.secho(f"  alert not delivered: {error}", fg="red", err=True)
        click.echo(report.summary(), err=True)

    click.echo(f"watching {len(watcher.urls)} URLs every {every} -> {watcher.store.url} (Ctrl-C stops)", err=True)
    try:
        watcher.run(cycles, on_cycle=show)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@main.command()
@db_option
def docs(db):
    """List the stored documents: id, title, publisher, published date and how it was obtained, words."""
    from .views.tables import documents_table
    documents_table(_store(db))


@main.command()
@click.argument("what", type=click.Choice(["documents", "events", "claims", "relations", "actors", "contradictions",
                                           "stix", "network", "causal", "causalmap"]))
@click.option("--format", "fmt", default=None,
              help="documents/claims/relations: jsonl or csv; events: jsonl, csv, acled (ACLED's 31 columns), "
                   "geojson or parquet; actors, contradictions: jsonl; stix: json (STIX 2.1 bundle); "
                   "network: graphml or gexf; causal: jsonl or csv; causalmap: json or graphml. "
                   "Default: the first listed.")
@click.option("--output", "-o", default=None, help="Write to this file instead of standard output "
                                                   "(required for parquet, stix and network).")
@db_option
def export(what, fmt, output, db):
    """Export WHAT from the knowledge base (events JSONL uses the field names the scorer reads)."""
    from .export.dispatch import FORMATS, export as run

    fmt = fmt or FORMATS[what][0]
    if fmt not in FORMATS[what]:
        raise click.BadParameter(f"{what} can be exported as {', '.join(FORMATS[what])}, not {fmt!r}",
                                 param_hint="--format")
    try:
        summary = run(_store(db), what, fmt, output)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if output:
        click.echo(f"{summary} -> {output}", err=True)


@main.command()
@click.option("--output", "-o", default=None, help="Write the brief to this file (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True,
              help="HTML (self-contained: opens offline) or Markdown.")
@click.option("--country", help="Only events in this country.")
@click.option("--actor", help="Only events involving this actor.")
@click.option("--since", help="Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@db_option
def brief(output, fmt, country, actor, since, until, db):
    """A self-contained situation brief: key figures, timeline, map, actor network, events with their
    sources, contradictions, claims and sources."""
    from .views.brief import render_brief, write_brief

    store, filters = _store(db), dict(country=country, actor=actor, since=since, until=until)
    if output:
        click.echo(f"{write_brief(store, output, fmt, **filters)} events -> {output}", err=True)
    else:
        click.echo(render_brief(store, fmt, **filters))


@main.command()
@db_option
def actors(db):
    """List canonical actors with kind, the names seen in the texts and mention counts."""
    from .views.tables import actors_table
    actors_table(_store(db))


@main.command()
@db_option
@click.option("--actor", help="Only events with this actor (substring of actor1 or actor2).")
@click.option("--type", "event_type", help="Only this event type or sub-event type (substring).")
@click.option("--since", help="Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--country", help="Only events in this country.")
def events(db, actor, event_type, since, until, country):
    """List the extracted events, filtered."""
    from .views.summary import events_table
    events_table(_store(db), actor=actor, event_type=event_type, since=since, until=until, country=country)


@main.command()
@click.argument("name")
@db_option
def actor(name, db):
    """Profile of the actor NAME (any alias): kind, aliases, affiliations over time, relations with
    evidence, events as actor1/actor2, claims about it."""
    from .views.profile import actor_profile, print_profile
    print_profile(actor_profile(_store(db), name))


@main.command()
@db_option
def contradictions(db):
    """Print where sources disagree: tolls, perpetrators, claims and denials, claim ranges."""
    from .views.summary import contradictions_list
    contradictions_list(_store(db))


@main.group()
def scenario():
    """What-if runs on the causal map (a fuzzy cognitive map of what the sources say drives what)."""


@scenario.command("run")
@click.option("--set", "settings", multiple=True, required=True, metavar="CONCEPT=VALUE",
              help="Clamp a driver: a concept id or any phrase, and a value from -1 to +1 (repeatable).")
@click.option("--target", "targets", multiple=True, help="Only report these concepts (id or phrase; repeatable).")
@click.option("--rule", type=click.Choice(["kosko", "modified-kosko", "rescaled"]), default="kosko", show_default=True,
              help="Update rule: A(t+1) = f(A W), f(A + A W), or f((2A-1) + (2A-1) W).")
@click.option("--function", type=click.Choice(["tanh", "sigmoid"]), default="tanh", show_default=True,
              help="Squashing function.")
@click.option("--samples", type=int, default=200, show_default=True, help="Monte-Carlo draws for the bands (0: none).")
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the Monte-Carlo draws.")
@click.option("--concepts", "concept_pack", default=None, help="Analyst concept pack (default: $POLEMOS_CONCEPTS).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@db_option
def scenario_run(settings, targets, rule, function, samples, seed, concept_pack, as_json, db):
    """Clamp drivers, run the causal map to equilibrium and print each concept's change from the baseline,
    with Monte-Carlo bands and the causal paths that explain it."""
    from .views.scenario import print_scenario
    try:
        print_scenario(_store(db), list(settings), list(targets), as_json=as_json, concept_pack=concept_pack,
                       rule=rule, function=function, samples=samples, seed=seed)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; 127.0.0.1 keeps it local.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@db_option
def serve(host, port, db):
    """Serve the web app: pages and JSON API (read-only unless POLEMOS_TOKEN is set)."""
    import uvicorn
    from .web import create_app
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


@main.command()
@click.option("--db", default=None, help="Where to build the demo store (default: ./polemos-demo/demo.db, rebuilt).")
@click.option("--serve", "then_serve", is_flag=True,
              help="Then open the web explorer on the demo store (http://127.0.0.1:8000, read-only).")
@click.option("--port", default=8000, show_default=True, type=int, help="Port for --serve.")
def demo(db, then_serve, port):
    """Ingest the bundled reference corpus (five articles on the Taliban and ISIS-K), summarise it and write
    its situation brief; with --serve, open the web explorer on it."""
    from .demo import run_demo
    path = run_demo(db)
    if then_serve:
        import uvicorn
        from .web import create_app
        uvicorn.run(create_app(str(path)), host="127.0.0.1", port=port, log_level="info")


if __name__ == "__main__":  # pragma: no cover
    main()
