"""The ``newsgraph`` command: a thin shell around sources → pipeline → store."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from newsgraph.records import Document, Skipped
from newsgraph.sources import DEFAULT_MAX_BYTES, read_inputs
from newsgraph.store import DEFAULT_PATH, FORMATS, Store, StoreError, export

err = Console(stderr=True, highlight=False, soft_wrap=True)
# Piped output is read by people too (less, a file): give tables room rather than rich's default 80 columns.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 150)

DB_OPTION = click.option("--db", default=DEFAULT_PATH, show_default=True, envvar="NEWSGRAPH_DB",
                         help="DuckDB database file (env NEWSGRAPH_DB).")


def _json_line(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def _open_store(db: str, read_only: bool = False) -> Store:
    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _default_workers() -> int:
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


class Run:
    """Counts and messages of one ingest/process run, with a progress bar on a terminal."""

    def __init__(self, quiet: bool = False) -> None:
        self.counts: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.quiet = quiet
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
                                 disable=not err.is_terminal or quiet)

    def skipped(self, item: Skipped) -> None:
        self.counts["skipped"] += 1
        self.reasons[item.reason.split(":")[0].split(" (")[0]] += 1
        if not self.quiet:
            self.progress.console.print(f"[yellow]skipped[/] {item.input}: {item.reason}", markup=True,
                                        highlight=False)

    def track(self, items: Iterator[Document | Skipped]) -> Iterator[Document]:
        task = self.progress.add_task("processing", total=None)
        with self.progress:
            for item in items:
                self.counts["read"] += 1
                self.progress.advance(task)
                if isinstance(item, Skipped):
                    self.skipped(item)
                else:
                    yield item

    def summary(self, *parts: str) -> str:
        text = " · ".join(f"{self.counts[p]} {p}" for p in parts)
        if self.reasons:
            text += " (" + ", ".join(f"{n} {r}" for r, n in self.reasons.most_common()) + ")"
        return text


def _articles_and_skips(inputs: tuple[str, ...], max_size: int, fetch_links: bool, store: Store | None,
                        run: Run) -> Iterator:
    """Sources' output, with articles the store already holds taken out before any processing."""
    batch = []
    for item in read_inputs(inputs, max_bytes=max_size, fetch_links=fetch_links):
        if isinstance(item, Skipped) or store is None:
            yield item
            continue
        batch.append(item)
        if len(batch) >= 256:
            yield from _unknown(batch, store, run)
            batch = []
    if batch:
        yield from _unknown(batch, store, run)


def _unknown(batch, store: Store, run: Run):
    known = store.known(a.id for a in batch)
    seen = set()
    for article in batch:
        if article.id in known or article.id in seen:
            run.counts["read"] += 1
            run.counts["duplicates"] += 1
        else:
            seen.add(article.id)
            yield article


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """newsgraph: news articles in many languages → structured, evidence-linked records.

    \b
    Typical session:
      newsgraph ingest examples/              # read, process and store articles
      newsgraph articles                      # what is stored
      newsgraph show                          # the latest article: body, sentences, entities
      newsgraph process article.html --json   # one JSON document per article, nothing stored
      newsgraph export --format parquet --out out/

    Inputs may be plain text, HTML, RSS/Atom, JSON Lines or WARC(.gz) files, folders, globs or '-' for stdin;
    the format is recognised from the content. Everything runs offline.
    """


def _input_options(f):
    f = click.option("--max-size", type=int, default=DEFAULT_MAX_BYTES // 1_000_000, show_default=True,
                     metavar="MB", help="Skip single pages or texts larger than this many megabytes.")(f)
    f = click.option("--fetch-links", is_flag=True,
                     help="For RSS/Atom items, fetch the linked page over HTTP instead of using the feed's text.")(f)
    f = click.option("-j", "--workers", type=click.IntRange(1, 64), default=None,
                     help="Worker processes (default: 1 for a few articles, else up to 4 by CPU count).")(f)
    f = click.option("--batch-size", type=click.IntRange(1, 10000), default=32, show_default=True,
                     help="Articles per batch (and per database transaction).")(f)
    return f


def _workers(requested: int | None, inputs: tuple[str, ...]) -> int:
    if requested:
        return requested
    # Worker processes each load the models: worth it only for more than a handful of articles.
    total = 0
    for item in inputs:
        p = Path(item)
        if item == "-" or not p.exists():
            return _default_workers()
        total += sum(1 for _ in p.rglob("*")) if p.is_dir() else max(1, p.stat().st_size // 20000)
        if total > 20:
            return _default_workers()
    return 1


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@_input_options
@click.option("-q", "--quiet", is_flag=True, help="No per-input messages, only the summary.")
def ingest(inputs, db, max_size, fetch_links, workers, batch_size, quiet):
    """Read, process and store articles from INPUTS (files, folders, globs, '-' for stdin).

    Articles already stored (same content) are not processed again; near-duplicates (the same wire story on
    several sites) are stored and linked to the first copy. Each batch is one transaction: an interrupted run
    keeps every batch stored before the interruption.
    """
    from newsgraph.pipeline import Pipeline

    store = _open_store(db)
    run = Run(quiet)
    pipeline = Pipeline({"clean": {"repeated": store.repeated_paragraphs()}})
    docs = run.track(pipeline.run(_articles_and_skips(inputs, max_size * 1_000_000, fetch_links, store, run),
                                  batch_size=batch_size, workers=_workers(workers, inputs)))
    batch: list[Document] = []

    def flush() -> None:
        result = store.add(batch)
        run.counts["stored"] += result.stored
        run.counts["duplicates"] += result.duplicates
        run.counts["copies"] += result.copies
        for where, reason in result.failed:
            run.skipped(Skipped(where, reason))
        batch.clear()

    try:
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
    except KeyboardInterrupt:
        err.print(f"interrupted: {run.summary('read', 'stored', 'duplicates', 'copies', 'skipped')}")
        store.close()
        sys.exit(130)
    store.close()
    err.print(f"{run.summary('read', 'stored', 'duplicates', 'copies', 'skipped')} → {db}")
    if run.counts["stored"] == 0 and run.counts["duplicates"] == 0:
        raise click.ClickException("nothing could be read from the inputs")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON document per article on stdout (JSON Lines).")
@click.option("--tokens", is_flag=True, help="Include tokens (lemma, part of speech, dependency) in the JSON.")
@_input_options
@click.option("-q", "--quiet", is_flag=True, help="No per-input messages, only the summary.")
def process(inputs, as_json, tokens, max_size, fetch_links, workers, batch_size, quiet):
    """Run the pipeline on INPUTS without storing anything; print each article (or its JSON document).

    The JSON keys are documented in docs/document.md.
    """
    from newsgraph.pipeline import Pipeline

    run = Run(quiet or as_json)
    pipeline = Pipeline()
    for doc in run.track(pipeline.run(_articles_and_skips(inputs, max_size * 1_000_000, fetch_links, None, run),
                                      batch_size=batch_size, workers=_workers(workers, inputs))):
        run.counts["processed"] += 1
        if as_json:
            _json_line(doc.to_dict(tokens=tokens))
        else:
            _print_document(doc)
    if as_json:
        for reason, n in run.reasons.items():
            err.print(f"skipped {n}: {reason}")
    else:
        err.print(run.summary("read", "processed", "skipped"))
    if run.counts["processed"] == 0:
        raise click.ClickException("nothing could be read from the inputs")


@main.command()
@DB_OPTION
@click.option("--language", help="Only articles in this language (ISO 639-1 code).")
@click.option("--source", help="Only articles from this site, e.g. lemonde.fr.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before (YYYY-MM-DD).")
@click.option("--canonical", is_flag=True, help="Hide syndicated copies; show each story once.")
@click.option("-n", "--limit", type=int, default=50, show_default=True, help="Rows to show (0: all).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per article.")
def articles(db, language, source, since, until, canonical, limit, as_json):
    """List stored articles, most recently ingested first."""
    with _open_store(db, read_only=True) as store:
        rows = store.articles(language=language, source=source, since=since.date() if since else None,
                              until=until.date() if until else None, canonical_only=canonical,
                              limit=limit or None)
        total = store.count()
    if as_json:
        for row in rows:
            _json_line(row.__dict__)
        return
    table = Table(title=f"{len(rows)} of {total} articles in {db}", title_justify="left")
    for col in ("id", "published", "lang", "source", "title / start of text", "words", "entities", "copies"):
        table.add_column(col, no_wrap=col != "title / start of text", overflow="ellipsis")
    for row in rows:
        label = row.title or Path(row.input).name
        copy = f"copy of {row.duplicate_of[:8]}" if row.duplicate_of else str(row.copies)
        table.add_row(row.id[:12], str(row.published or ""), row.language or "", row.source or "", label,
                      str(row.words), str(row.entities), copy)
    out.print(table)


ENTITY_STYLES = {"PERSON": "bold magenta", "ORG": "bold cyan", "LOCATION": "bold green", "MISC": "bold yellow"}


def _print_document(doc: Document) -> None:
    out.rule(f"[bold]{doc.title or doc.input}")
    meta = [("id", doc.id), ("input", doc.input), ("url", doc.url), ("source", doc.source),
            ("published", doc.published), ("author", doc.author),
            ("language", f"{doc.language} ({doc.language_confidence})" if doc.language_confidence is not None
             else doc.language),
            ("copy of", doc.duplicate_of)]
    for key, value in meta:
        if value:
            out.print(f"[dim]{key:>10}[/] {value}")
    body = Text(doc.body)
    for e in doc.entities:
        body.stylize(ENTITY_STYLES.get(e.type, "bold"), e.start, e.end)
    for ev in doc.events:  # the words that say what happened
        body.stylize("underline reverse", ev.trigger.start, ev.trigger.end)
    out.print()
    out.print(body)
    if doc.dropped:
        out.print()
        out.print("[dim]dropped:[/]")
        for d in doc.dropped:
            out.print(f"  [dim]({d.reason})[/] [strike]{d.text[:200]}[/]")
    for span in doc.languages:
        out.print(f"[dim]paragraph in {span.language} at {span.start}–{span.end}[/]")
    out.print()
    out.print(f"[dim]{len(doc.sentences)} sentences:[/]")
    for i, s in enumerate(doc.sentences):
        out.print(f"  [dim]{i:>3} {s.start:>6}–{s.end:<6}[/] {doc.body[s.start:s.end][:90]}")
    if doc.entities:
        table = Table(title=f"{len(doc.entities)} entities", title_justify="left")
        for col in ("text", "type", "start", "end", "sent", "conf", "origin", "canonical", "country"):
            table.add_column(col)
        for e in doc.entities:
            table.add_row(Text(e.text, style=ENTITY_STYLES.get(e.type, "")), e.type, str(e.start), str(e.end),
                          str(e.sentence), f"{e.confidence:.2f}", e.origin, e.canonical or "", e.country or "")
        out.print(table)
    if doc.places:
        _print_places(doc)
    if doc.events:
        _print_events(doc)


def _print_places(doc: Document) -> None:
    table = Table(title=f"{len(doc.places)} places", title_justify="left")
    for col in ("text", "sent", "place", "geonames", "country", "kind", "lat", "lon", "conf"):
        table.add_column(col)
    for p in doc.places:
        table.add_row(Text(p.text, style=ENTITY_STYLES["LOCATION"]), str(p.sentence), p.name,
                      str(p.geonames or p.key or f"near {p.near}"), p.country or "",
                      f"{p.feature_class}.{p.feature_code}" if p.feature_class else "",
                      f"{p.lat:.4f}" if p.lat is not None else "", f"{p.lon:.4f}" if p.lon is not None else "",
                      f"{p.confidence:.2f}")
    out.print(table)


def _print_events(doc: Document) -> None:
    from newsgraph.knowledge.cameo import event_code

    table = Table(title=f"{len(doc.events)} events", title_justify="left")
    for col in ("sent", "source", "event", "target", "date", "quad", "gold.", "plover", "conf", "evidence"):
        table.add_column(col, overflow="fold")
    for ev in doc.events:
        sentence = doc.sentences[ev.sentence] if ev.sentence < len(doc.sentences) else None
        evidence = Text(doc.body[sentence.start:sentence.end] if sentence else ev.trigger.text)
        offset = sentence.start if sentence else ev.trigger.start
        for span, style in ((ev.source_span, "bold"), (ev.target_span, "bold"), (ev.trigger, "underline")):
            if span is not None:
                evidence.stylize(style, span.start - offset, span.end - offset)
        what = f"{ev.cameo} {event_code(ev.cameo).name}"
        if ev.alleged:
            what += f" (alleged by {ev.claimed_by or '?'})"
        if ev.location:
            what += f"\nin {ev.location.name} ({ev.location.country or '?'})"
        table.add_row(str(ev.sentence), ev.source or "–", what, ev.target or "–", str(ev.date or ""),
                      str(ev.quad_class), f"{ev.goldstein:+.1f}", ev.plover or "", f"{ev.confidence:.2f}", evidence)
    out.print(table)


@main.command()
@click.argument("article_id", required=False)
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="The Document as JSON (keys in docs/document.md).")
def show(article_id, db, as_json):
    """Show one stored article (ARTICLE_ID or a unique prefix of it; default: the latest ingested):
    metadata, clean body with entities and event triggers highlighted, dropped boilerplate, sentences, entities,
    places (resolved to GeoNames), and events with their evidence (source and target in bold, trigger underlined)
    and where they happened."""
    with _open_store(db, read_only=True) as store:
        if article_id is None:
            article_id = store.latest()
            if article_id is None:
                raise click.ClickException(f"{db} holds no articles yet (run `newsgraph ingest` first)")
        doc = store.article(article_id)
    if doc is None:
        raise click.ClickException(f"no single article with id {article_id!r} (see `newsgraph articles`)")
    if as_json:
        _json_line(doc.to_dict())
    else:
        _print_document(doc)


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("-n", "--limit", type=int, default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def search(query, db, limit, as_json):
    """Full-text search (BM25) over stored titles and bodies."""
    with _open_store(db) as store:
        hits = store.search(query, limit)
        found = [(store.article(i), score) for i, score in hits]
    if as_json:
        for doc, score in found:
            _json_line({"id": doc.id, "score": score, "title": doc.title, "published": doc.published})
        return
    for doc, score in found:
        out.print(f"{doc.id[:12]}  {score:6.2f}  {doc.published or '':10}  {doc.title or doc.body[:70]}")


@main.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="parquet", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Folder for the files (created if missing).")
def export_command(db, fmt, out_dir):
    """Export every table (articles, sentences, entities, …) to one file per table."""
    with _open_store(db, read_only=True) as store:
        written = export(store, out_dir, fmt)
    for path, rows in written.values():
        err.print(f"{rows:>8} rows → {path}")


@main.group("eval")
def eval_group():
    """Measure accuracy against gold sets; every command takes --json (metric names in docs/evaluation.md)."""


@eval_group.command("extraction")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True)
def eval_extraction(gold, as_json):
    """Main-text extraction on a folder of html/*.html(.gz) pages with a ground-truth JSON
    ({id: {articleBody: …}}), scored like the ScrapingHub article-extraction benchmark."""
    from newsgraph.evaluation.extraction import GoldError, evaluate, read_gold
    from newsgraph.stages.extract import extract_html

    try:
        pages = read_gold(gold)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from exc
    result = evaluate(pages, lambda html, url: extract_html(html, url)["body"])
    if as_json:
        _json_line(result)
    else:
        out.print(f"{result['pages']} pages: precision {result['precision']:.4f}  recall {result['recall']:.4f}  "
                  f"F1 {result['f1']:.4f}  ({result['pages_per_second']:.1f} pages/s)")


@eval_group.command("ner")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--lang", help="Language of the gold file (default: from token prefixes, the path, or detection).")
@click.option("--limit", type=int, default=0, help="Only the first N sentences (0: all).")
@click.option("--json", "as_json", is_flag=True)
def eval_ner(gold, lang, limit, as_json):
    """Named entities on a CoNLL-U / IOB gold file: entity-level precision, recall and F1 per type and overall."""
    from newsgraph.evaluation.ner import GoldError, evaluate, guess_language, read_gold

    try:
        sentences, prefix_lang = read_gold(gold)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from exc
    if limit:
        sentences = sentences[:limit]
    language = lang or guess_language(gold, sentences, prefix_lang)
    result = evaluate(sentences, language)
    if as_json:
        _json_line(result)
        return
    table = Table(title=f"{gold}: {result['sentences']} sentences, language {language}", title_justify="left")
    for col in ("type", "precision", "recall", "F1", "gold", "predicted"):
        table.add_column(col, justify="right")
    for kind, m in [*result["per_type"].items(), ("all", result)]:
        table.add_row(kind, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["gold"]),
                      str(m["predicted"]))
    out.print(table)
    out.print(f"{result['sentences_per_second']:.0f} sentences/s")


@eval_group.command("events")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--lang", help="Language of the gold sentences (default: the file's, else detected from its text).")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary in PETRARCH format (repeatable), e.g. a test suite's fictional actors.")
@click.option("--agents", "agent_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra agent dictionary in PETRARCH format (repeatable).")
@click.option("--limit", type=int, default=0, help="Only the first N sentences (0: all).")
@click.option("--mistakes", type=click.Path(dir_okay=False, writable=True),
              help="Write every sentence coded differently from the gold to this JSON Lines file.")
@click.option("--json", "as_json", is_flag=True)
def eval_events(gold, lang, actor_files, agent_files, limit, mistakes, as_json):
    """Event coding on a UniversalPetrarch validation XML file or a PLOVER gold JSON file: event detection,
    (source, target, root) triples, CAMEO code and PLOVER type accuracy, spurious events.

    \b
    newsgraph eval events ../shared/eval/events/PETR2_GSR_validation.xml
    newsgraph eval events PETR.UnitTest.records.xml --actors PETR.Validate.actors.txt --agents PETR.Validate.agents.txt

    GOLD may also be a folder of articles that report no conflict at all (e.g. the ScrapingHub pages: technology,
    sport, business; its html/ subfolder is used when there is one): then the figure is the number of
    material-conflict (QuadClass 4) events per 100 articles, each listed with its evidence.
    """
    if Path(gold).is_dir():
        _eval_phantom_conflict(Path(gold), as_json)
        return
    from newsgraph.evaluation.events import GoldError, evaluate, read_gold
    from newsgraph.knowledge.actors import load
    from newsgraph.knowledge.petrarch_dictionary import DictionaryError, add_actor_dictionary, add_agent_dictionary
    from newsgraph.pipeline import Pipeline
    from newsgraph.stages.language import detect

    sentences = _read_gold(read_gold, GoldError, gold, limit)
    language = lang or next((s.language for s in sentences if s.language), None) or \
        detect(" ".join(s.text for s in sentences[:100]))[0] or "en"
    options: dict = {}
    if actor_files or agent_files:
        base = load()
        try:
            for path in actor_files:
                add_actor_dictionary(base, path, language)
            for path in agent_files:
                add_agent_dictionary(base, path, language)
        except DictionaryError as exc:
            raise click.ClickException(str(exc)) from exc
        options = {"link": {"base": base}, "events": {"base": base}}
    pipeline = Pipeline(options, only=("nlp", "lexicon", "link", "events"))
    progress = _progress_bar("coding", as_json)
    with progress:
        task = progress.add_task("coding", total=len(sentences))
        wrong: list[dict] | None = [] if mistakes else None
        result = evaluate(sentences, language, pipeline, progress=_Advance(progress, task), mistakes=wrong)
    result["file"] = str(gold)
    if mistakes:
        Path(mistakes).write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in wrong or []),
                                  encoding="utf-8")
    if as_json:
        _json_line(result)
        return
    table = Table(title=f"{gold}: {result['sentences']} sentences, {result['gold_events']} gold events, "
                        f"language {language}", title_justify="left")
    for col in ("measure", "precision", "recall", "F1"):
        table.add_column(col, justify="right")
    for name in ("detection", "triple"):
        table.add_row(name, *(f"{result[f'{name}_{m}']:.3f}" for m in ("precision", "recall", "f1")))
    out.print(table)
    out.print(f"CAMEO code accuracy {result['code_accuracy']:.3f} · PLOVER accuracy {result['plover_accuracy']:.3f}"
              f" (recall {result['plover_recall']:.3f}) · spurious {result['spurious_rate']:.2f} per gold event · "
              f"sentences passed {result['pass_rate']:.3f} · {result['sentences_per_second']:.0f} sentences/s")


@eval_group.command("geo")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--mode", type=click.Choice(["both", "gold-spans", "end-to-end"]), default="both", show_default=True,
              help="gold-spans: resolve the gold toponyms' spans; end-to-end: find and resolve places alone.")
@click.option("--lang", help="Language of the articles (default: detected per article).")
@click.option("--limit", type=int, default=0, help="Only the first N articles (0: all).")
@click.option("--json", "as_json", is_flag=True)
def eval_geo(gold, mode, lang, limit, as_json):
    """Geocoding on a Pragmatic-Guide XML gold file (LGL, GeoWebNews, and others of the same format): accuracy
    within 161 km, mean and median error in km, AUC of the error curve, and (end to end) recognition
    precision/recall/F1, with articles/s.

    \b
    newsgraph eval geo ../shared/eval/geo/lgl.xml
    newsgraph eval geo ../shared/eval/geo/GeoWebNews.xml --mode end-to-end --json
    """
    from newsgraph.evaluation.geo import MODES, GoldError, evaluate, read_gold
    from newsgraph.knowledge.gazetteer import gazetteer

    articles = _read_gold(read_gold, GoldError, gold, limit)
    modes = MODES if mode == "both" else (mode,)
    progress = _progress_bar("geocoding", as_json)
    with progress:
        task = progress.add_task("geocoding", total=len(articles))
        result = evaluate(articles, gazetteer(), language=lang, modes=modes, progress=_Advance(progress, task))
    if as_json:
        _json_line({"file": str(gold), **result})
        return
    table = Table(title=f"{gold}: {len(articles)} articles", title_justify="left")
    for col in ("mode", "toponyms", "acc@161", "mean km", "median km", "AUC", "recognition P/R/F1", "articles/s"):
        table.add_column(col, justify="right")
    for name, r in result.items():
        recognition = (f"{r['recognition_precision']:.3f} / {r['recognition_recall']:.3f} / "
                       f"{r['recognition_f1']:.3f}") if "recognition_f1" in r else "–"
        table.add_row(name, str(r["toponyms"]), f"{r['acc161']:.3f}", f"{r['mean_km']:.0f}", f"{r['median_km']:.1f}",
                      f"{r['auc']:.3f}", recognition, f"{r['articles_per_second']:.1f}")
    out.print(table)


def _eval_phantom_conflict(folder: Path, as_json: bool) -> None:
    from newsgraph.evaluation.events import phantom_conflict
    from newsgraph.pipeline import Pipeline

    if (folder / "html").is_dir():
        folder = folder / "html"
    run = Run(quiet=True)
    docs = run.track(Pipeline().run(read_inputs([str(folder)]), workers=1))
    result = phantom_conflict(docs)
    result["skipped_inputs"] = run.counts["skipped"]
    if as_json:
        _json_line(result)
        return
    out.print(f"{result['articles']} articles, {result['events']} events, {result['quad4_events']} material-conflict "
              f"(QuadClass 4): {result['quad4_per_100_articles']:.2f} per 100 articles "
              f"({result['articles_per_second']:.1f} articles/s)")
    for item in result["quad4_examples"]:
        out.print(f"  [bold]{item['cameo']}[/] {item['source'] or '–'} → {item['target'] or '–'} "
                  f"[dim]({Path(item['article']).name})[/] {item['evidence'][:200]}")


def _read_gold(read, error: type[Exception], gold: str, limit: int) -> list:
    """The items of a gold file (the first ``limit`` when given); a file that cannot be read is a user error."""
    try:
        items = read(gold)
    except error as exc:
        raise click.ClickException(str(exc)) from exc
    return items[:limit] if limit else items


def _progress_bar(label: str, as_json: bool) -> Progress:
    """A progress bar on stderr, shown only on a terminal and not with --json."""
    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                    transient=True, disable=not err.is_terminal or as_json)


class _Advance:
    """Adapts a rich progress task to ``.update(n)``."""

    def __init__(self, progress: Progress, task) -> None:
        self.progress, self.task = progress, task

    def update(self, n: int) -> None:
        self.progress.advance(self.task, n)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-j", "--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: up to 4 by CPU count).")
@click.option("--batch-size", type=click.IntRange(1, 10000), default=32, show_default=True)
@click.option("--limit", type=int, default=0, help="Only the first N articles (0: all).")
@click.option("--no-store", is_flag=True, help="Measure the pipeline alone, without writing to a database.")
@click.option("--json", "as_json", is_flag=True, help="The figures as one JSON object (keys in docs/evaluation.md).")
def bench(inputs, workers, batch_size, limit, no_store, as_json):
    """Measure throughput (articles/s, model loading included) and peak memory (all processes) of the whole
    pipeline on INPUTS, storing into a throw-away database.

    \b
    A corpus from the LGL and GeoWebNews gold sets (788 news articles):
      python scripts/build_bench_corpus.py ../shared/eval/geo/*.xml -o bench/news-788.jsonl
      newsgraph bench bench/news-788.jsonl -j 2
    """
    from newsgraph.bench import run_bench

    try:
        result = run_bench(inputs, workers=workers or _default_workers(), batch_size=batch_size,
                           limit=limit or None, store=not no_store)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _json_line(result)
        return
    out.print(f"{result['articles']} articles in {result['seconds']:.1f} s with {result['workers']} worker(s): "
              f"{result['articles_per_second']:.1f} articles/s overall, "
              f"{result['articles_per_second_after_first_batch'] or 0:.1f} after the first batch "
              f"({result['first_batch_seconds']:.1f} s, model loading included); "
              f"peak memory {result['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
