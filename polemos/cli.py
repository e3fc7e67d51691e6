"""The `polemos` command: thin; every command parses options and calls one function of the package."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .budget import TIME_BUDGET
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


def _kb(db, create: bool = False):
    """The knowledge base at --db (polemos.open); one that does not exist is an error unless the command
    creates it."""
    from .api import open as open_kb
    from .store import store_exists
    if not create and not store_exists(db):
        from .demo import DEMO_DB
        hint = f"; the demo store is {DEMO_DB} (run `polemos demo` to build it)" if Path(DEMO_DB).exists() else \
            "; build one with `polemos ingest PATH --db FILE` or `polemos demo`"
        raise click.BadParameter(f"no knowledge base at {db or os.environ.get('POLEMOS_DB') or 'polemos.db'}{hint}",
                                 param_hint="--db")
    return open_kb(db)


def filter_options(func):
    """The event filter every listing, export and brief takes (EventFilter.parse checks them strictly)."""
    for option in reversed([
            click.option("--actor", help="Only events with this actor: any name or alias (ISIS-K, ISKP, Daesh...)."),
            click.option("--type", "etype", help="Only this ACLED event type or sub-event type."),
            click.option("--country", help="Only events in this country (name or ISO code)."),
            click.option("--admin1", help="Only events in this province (first-level division)."),
            click.option("--since", help="Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
            click.option("--until", help="Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")]):
        func = option(func)
    return func


def _filter(actor=None, etype=None, country=None, admin1=None, since=None, until=None):
    """The typed filter; a bad value is a usage error (exit status 2) that says why."""
    from .query import EventFilter, InvalidQuery
    try:
        return EventFilter.parse(actor=actor, type=etype, country=country, admin1=admin1, since=since, until=until)
    except InvalidQuery as exc:
        raise click.BadParameter(str(exc)) from None


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
              help="Worker processes, each running the whole extraction (parse and extractors); one writer.")
@click.option("--dask", metavar="ADDRESS",
              help="Extract and store on a Dask cluster: a scheduler's address (tcp://host:8786) or local[:N] "
                   "for N local worker processes; files and folders only (needs the 'dask' extra).")
@click.option("--time-budget", type=float, default=TIME_BUDGET, show_default=True, metavar="SECONDS",
              help="Longest a document's parse and extraction may take; past it the document is reported failed "
                   "and the run goes on (0: no limit).")
@click.option("--follow-symlinks", is_flag=True,
              help="Read files that symbolic links inside a folder point to outside it (skipped by default).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only the summary and failures.")
def ingest(sources, db, published, max_bytes, processes, dask, time_budget, follow_symlinks, quiet):
    """Read SOURCES (files, folders, URLs) into the knowledge base.

    Handles .txt/.md (YAML front matter), .html/.htm, .pdf, .jsonl/.json corpora,
    RSS/Atom feeds and http(s) URLs; folders are read recursively. A text already
    stored is not stored twice. Ends non-zero when any input failed.
    """
    from .views.progress import progress_bar

    kb = _kb(db, create=True)
    with progress_bar("ingesting", enabled=not quiet) as tick:
        report = kb.ingest(sources, published=published, max_bytes=max_bytes, processes=processes, progress=tick,
                           dask=dask, time_budget=time_budget, follow_symlinks=follow_symlinks)
    for err in report.warnings:
        click.echo(f"warning {err}", err=True)
    for err in report.skipped:
        click.echo(f"skipped {err}", err=True)
    for err in report.failed:
        click.secho(f"failed  {err}", fg="red", err=True)
    click.echo(f"{report.summary()} -> {kb.url}")
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
    watcher = Watcher(_kb(db, create=True).store, read_watchlist(path), every=seconds,
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
    documents_table(_kb(db).documents())


@main.command()
@click.argument("what", type=click.Choice(["documents", "events", "canonical", "claims", "relations", "actors",
                                           "contradictions", "stix", "network", "causal", "causalmap"]))
@click.option("--format", "fmt", default=None,
              help="documents/claims/relations: jsonl or csv; events: jsonl, csv (one row per report), acled "
                   "(ACLED's 31 columns), geojson or parquet (one row per canonical event); canonical: jsonl or csv; "
                   "actors, contradictions: jsonl; stix: json (STIX 2.1 bundle); network: graphml or gexf; "
                   "causal: jsonl or csv; causalmap: json or graphml. "
                   "Default: the first listed.")
@click.option("--output", "-o", default=None, help="Write to this file instead of standard output "
                                                   "(required for parquet, stix and network).")
@click.option("--include-year-precision", is_flag=True,
              help="ACLED export: also code events known only to the year (at mid-year, time_precision 3).")
@filter_options
@db_option
def export(what, fmt, output, include_year_precision, actor, etype, country, admin1, since, until, db):
    """Export WHAT from the knowledge base (events JSONL uses the field names the scorer reads). Every
    event export selects the same canonical events for the same filter, and says what it left out."""
    from .export.dispatch import FORMATS, check_output

    fmt = fmt or FORMATS[what][0]
    if fmt not in FORMATS[what]:
        raise click.BadParameter(f"{what} can be exported as {', '.join(FORMATS[what])}, not {fmt!r}",
                                 param_hint="--format")
    f = _filter(actor, etype, country, admin1, since, until)
    check_output(output)
    try:
        written = _kb(db).export(what, fmt, output, include_year_precision=include_year_precision, filter=f)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if output or written.left_out:                 # on standard output, only what was left out is said
        click.echo(f"{written}" + (f" -> {output}" if output else ""), err=True)


@main.command()
@click.option("--output", "-o", default=None, help="Write the brief to this file (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True,
              help="HTML (self-contained: opens offline) or Markdown.")
@filter_options
@db_option
def brief(output, fmt, actor, etype, country, admin1, since, until, db):
    """A self-contained situation brief: key figures, timeline, map, actor network, events with their
    sources, contradictions, claims and sources."""
    from .export.dispatch import check_output

    f = _filter(actor, etype, country, admin1, since, until)
    check_output(output)
    kb = _kb(db)
    if output:
        click.echo(f"{kb.write_brief(output, fmt, filter=f)} events -> {output}", err=True)
    else:
        click.echo(kb.brief(fmt, filter=f))


@main.command()
@db_option
def actors(db):
    """List canonical actors with kind, the names seen in the texts and mention counts."""
    from .views.tables import actors_table
    actors_table(_kb(db).actors())


@main.command()
@db_option
@filter_options
@click.option("--limit", type=int, default=None, help="Show at most this many (newest first).")
def events(db, actor, etype, country, admin1, since, until, limit):
    """List the canonical events (every report of one real-world event merged), filtered, newest first."""
    from .views.summary import events_table
    f = _filter(actor, etype, country, admin1, since, until)
    events_table(_kb(db).events(filter=f), limit)


@main.command()
@click.argument("name")
@db_option
def actor(name, db):
    """Profile of the actor NAME (any alias): kind, aliases, affiliations over time, relations with
    evidence, events as actor1/actor2, claims about it."""
    from .views.profile import print_profile
    print_profile(_kb(db).actor(name))


@main.command()
@db_option
@click.option("--all", "show_all", is_flag=True, help="Also list variations: figures that differ but are compatible.")
def contradictions(db, show_all):
    """Print where sources contradict each other (tolls that cannot both hold, different perpetrators,
    places and dates, denied claims, claimed figures); with --all, compatible variations too."""
    from .views.summary import contradictions_list
    contradictions_list(_kb(db).contradictions(include_variations=True), include_variations=show_all)


@main.command()
@db_option
@click.option("--all", "everything", is_flag=True,
              help="Maintenance: resolve every stored report again from scratch, not only the pending ones.")
def resolve(db, everything):
    """Finish cross-document resolution: link the reports still pending (an interrupted ingest leaves them)
    into canonical events; with --all, re-resolve the whole store."""
    from .resolve import resolve_all, resolve_pending
    counts = (resolve_all if everything else resolve_pending)(_kb(db).store)
    click.echo(f"{counts['resolved']} reports resolved, {counts['canonical']} canonical events rebuilt")


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
        print_scenario(_kb(db).scenario(settings, targets, concept_pack, rule=rule, function=function,
                                        samples=samples, seed=seed), as_json=as_json)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; 127.0.0.1 keeps it local.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@db_option
def serve(host, port, db):
    """Serve the web app: pages and JSON API (read-only unless POLEMOS_TOKEN is set)."""
    import uvicorn

    from .web.guard import exposure_warning
    warning = exposure_warning(host, os.environ.get("POLEMOS_TOKEN"))
    if warning:
        click.secho(warning, fg="red", bold=True, err=True)
    uvicorn.run(_kb(db).app(allowed_hosts=[host]), host=host, port=port, log_level="info")


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
