"""``profilecrawler`` command: serve the fixture site, run the demo crawl, print
the output's schema, load an output into a database.

Crawls themselves are ordinary Scrapy runs (``scrapy crawl directory``,
``scrapy crawl profile``); this command adds what a new user needs around them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections import Counter
from pathlib import Path

# A one-off crawl of our own server on a fresh port: no delay to be polite for,
# and nothing worth caching for a next run.
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "HTTPCACHE_ENABLED": False}


def _fixtures_root(value: str | None) -> Path | None:
    return Path(value).resolve() if value else None


def cmd_serve_fixtures(args: argparse.Namespace) -> int:
    from profilecrawler.fixture_server import FaultPlan, serve

    faults = None
    if args.fault or args.fault_rate:
        try:
            faults = FaultPlan.parse(args.fault or [], random_rate=args.fault_rate, random_seed=args.fault_seed)
        except ValueError as error:
            print(f"profilecrawler serve-fixtures: {error}", file=sys.stderr)
            return 2
    serve(args.port, _fixtures_root(args.fixtures_dir), variant=args.variant, faults=faults)
    return 0


def run_crawl(spider: str, settings: dict, **spider_args):
    """Run one spider in this process with the project's settings plus
    ``settings``, writing output as ``scrapy crawl`` does. Returns the crawler
    and an exit code (``profilecrawler.commands.crawl``), or None for the
    code when it ran."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "profilecrawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from profilecrawler.commands.crawl import EXIT_NOT_RUN, catch_startup_errors

    project_settings = get_project_settings()
    project_settings.setdict({"WRITE_OUTPUT": True, **settings}, priority="cmdline")
    process = CrawlerProcess(project_settings)
    crawler = process.create_crawler(spider)
    stopped = catch_startup_errors(crawler)
    process.crawl(crawler, **spider_args)
    process.start()
    if stopped:
        print(f"profilecrawler: {stopped[0]}", file=sys.stderr)
        return crawler, stopped[0].exit_code
    return crawler, EXIT_NOT_RUN if process.bootstrap_failed else None


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def summary(output_dir: Path) -> tuple[str, bool]:
    """A short report of a finished crawl's output (a run folder), and whether
    it finished well."""
    stats = json.loads((output_dir / "stats.json").read_text(encoding="utf-8"))
    profiles = read_jsonl(output_dir / "profiles.jsonl")
    publications = read_jsonl(output_dir / "publications.jsonl")
    statuses = Counter(p["status"] for p in profiles)
    flags = Counter(flag for p in publications for flag in p["quality_flags"])
    failures = Counter(f["reason"] for f in read_jsonl(output_dir / "failures.jsonl"))
    malformed = {k.split("/", 1)[1]: v for k, v in stats.items() if k.startswith("malformed/")}
    cards = sum(p["sightings"] for p in publications)
    lines = [
        f"finish reason: {stats.get('finish_reason')}",
        f"profiles: {len(profiles)} ("
        + ", ".join(f"{status} {count}" for status, count in sorted(statuses.items()))
        + ")",
        f"publications: {len(publications)} from {cards} cards ({cards - len(publications)} duplicates merged)",
        "quality flags: " + (", ".join(f"{flag} {n}" for flag, n in sorted(flags.items())) or "none"),
        "malformed input: " + (", ".join(f"{kind} {n}" for kind, n in sorted(malformed.items())) or "none"),
        f"pages not fetched: {len(failures)}"
        + (" (" + ", ".join(f"{reason} {n}" for reason, n in sorted(failures.items())) + ")" if failures else ""),
        f"changes since the previous published run: {stats.get('changes/added', 0)} added, "
        f"{stats.get('changes/changed', 0)} changed, {stats.get('changes/removed', 0)} removed",
        f"verdict: {stats.get('job/verdict')}",
    ]
    ok = stats.get("finish_reason") == "finished" and bool(profiles)
    return "\n".join(lines), ok


def cmd_demo(args: argparse.Namespace) -> int:
    from profilecrawler.fixture_server import FixtureSite

    output_dir = Path(args.output_dir).resolve()
    with FixtureSite(root=_fixtures_root(args.fixtures_dir)) as site:
        print(f"Serving the fixture site at {site.base_url}/ and crawling it…", flush=True)
        settings = {**LOOPBACK_SETTINGS, "OUTPUT_DIR": str(output_dir), "LOG_LEVEL": args.log_level}
        crawler, not_run = run_crawl("directory", settings, start_url=f"{site.base_url}/en/directory")
    if not_run is not None:
        print("profilecrawler: the crawl could not run (see the log above)", file=sys.stderr)
        return not_run
    from profilecrawler.commands.crawl import outcome_lines

    stats = crawler.stats.get_stats()
    report, ok = summary(Path(stats["job/run_dir"]))
    print(report)
    if stats.get("job/published"):
        print(f"published: {output_dir / 'profiles.jsonl'}, {output_dir / 'publications.jsonl'}, "
              f"{output_dir / 'changes.jsonl'}")
    # The same lines and exit code as `scrapy crawl` (profilecrawler.commands.crawl).
    for line in outcome_lines(stats):
        print(line, file=sys.stderr)
    return int(stats.get("job/exit_code") or 0) or (0 if ok else 1)


def cmd_schema(args: argparse.Namespace) -> int:
    from profilecrawler import schema

    document = schema.schema(args.type) if args.type else schema.bundle()
    print(json.dumps(document, indent=2, ensure_ascii=False))
    return 0


# `profilecrawler load` exits 0 loaded, 1 not loaded (the database is as it was), 2 bad usage.
EXIT_LOAD_FAILED, EXIT_USAGE = 1, 2
DEFAULT_DATABASE_URL = "sqlite:///profilecrawler.db"


def cmd_load(args: argparse.Namespace) -> int:
    from profilecrawler.db import LoadError, NotPublished, load
    from profilecrawler.db.engine import BadDatabaseURL

    output_dir = Path(args.output_dir)
    if not output_dir.is_dir():
        print(f"profilecrawler load: {output_dir}: not a folder (give a crawl's OUTPUT_DIR)", file=sys.stderr)
        return EXIT_USAGE
    url = args.db or os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    try:
        report = load(output_dir, url, strict=args.strict, accept_suspect=args.accept_suspect)
    except BadDatabaseURL as error:
        print(f"profilecrawler load: --db: {error}", file=sys.stderr)
        return EXIT_USAGE
    except NotPublished as error:
        print(f"profilecrawler load: not loaded, the database is unchanged: {error}", file=sys.stderr)
        return EXIT_LOAD_FAILED
    except LoadError as error:
        print(f"profilecrawler load: failed, the database is unchanged: {error}", file=sys.stderr)
        return EXIT_LOAD_FAILED
    except Exception as error:  # a bug: the transaction was rolled back all the same
        traceback.print_exc()
        print(f"profilecrawler load: failed, the database is unchanged: {type(error).__name__}: {error}",
              file=sys.stderr)
        return EXIT_LOAD_FAILED
    print(report.summary())
    for bad in report.bad_lines:
        print(f"profilecrawler load: bad line skipped: {bad}", file=sys.stderr)
    return 0


def cmd_check_site(args: argparse.Namespace) -> int:
    from profilecrawler import sitecheck
    from profilecrawler.sites import load_site
    from profilecrawler.spiders._arguments import web_url

    try:
        site = load_site(args.site)
    except ValueError as error:
        print(f"profilecrawler check-site: {error}", file=sys.stderr)
        return 1
    bad = [url for url in args.urls if not web_url(url)]
    if bad:
        print(f"profilecrawler check-site: not an http(s) URL: {bad[0]}", file=sys.stderr)
        return 1
    responses, failed = sitecheck.fetch(args.urls, args.delay)
    for url, reason in failed.items():
        print(f"could not fetch {url}: {reason}")
    if not responses:
        print("profilecrawler check-site: no page could be fetched", file=sys.stderr)
        return 1
    reports = [sitecheck.examine(response, site) for response in responses]
    print(sitecheck.format_report(reports))
    if args.save:
        sitecheck.save(Path(args.save), responses, reports)
        print(f"saved {len(responses)} page(s) in {args.save}")
    ok, _, _ = sitecheck.verdict(reports)
    return 0 if ok and not failed else 2


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("profilecrawler")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="profilecrawler",
        description="Serve the fixture site, run the demo crawl, print the output's schema, load an output into a "
                    "database. Crawls themselves are Scrapy runs: scrapy crawl directory, scrapy crawl profile.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve-fixtures", help="serve the fixture site on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    serve.add_argument("--fixtures-dir", help="the site folder (default: fixtures/site of this checkout)")
    serve.add_argument("--variant", help="serve a variant over the site: a name under fixtures/variants "
                                         "(changed, markup-changed) or a folder")
    serve.add_argument("--fault", action="append", metavar="PATH=KIND[,KIND...]",
                       help="fail requests to PATH (decoded; may include the query) with these faults, one per "
                            "request, then serve it; 'always:KIND' never runs out (repeatable). Kinds: 500, 503, "
                            "429, 404, slow, reset, truncate, huge, redirect-loop, redirect-offsite")
    serve.add_argument("--fault-rate", type=float, default=0.0, metavar="R",
                       help="fail this share of requests at random (at most twice per URL; never robots.txt)")
    serve.add_argument("--fault-seed", type=int, default=0, metavar="S", help="seed of --fault-rate (default 0)")
    serve.set_defaults(handler=cmd_serve_fixtures)

    demo = commands.add_parser("demo", help="crawl the fixture site end to end and summarise the output")
    demo.add_argument("--output-dir", default="output/demo",
                      help="the demo job's folder: its runs and published snapshot (default: output/demo)")
    demo.add_argument("--fixtures-dir", help="the site folder (default: fixtures/site of this checkout)")
    demo.add_argument("--log-level", default="WARNING", help="Scrapy log level (default WARNING)")
    demo.set_defaults(handler=cmd_demo)

    from profilecrawler.schema import KINDS

    schema = commands.add_parser("schema", help="print the JSON Schema (draft 2020-12) of the output's records")
    schema.add_argument("type", nargs="?", choices=KINDS,
                        help="one record type (default: one schema for every type, by its 'type' field)")
    schema.set_defaults(handler=cmd_schema)

    load = commands.add_parser(
        "load", help="load a crawl's output into SQLite or PostgreSQL (idempotent; one transaction)",
        description="Load the published snapshot of OUTPUT_DIR (profiles.jsonl, publications.jsonl, "
                    "manifest.json) into a database. Exit status: 0 loaded, 1 not loaded (the database is "
                    "unchanged; also for a snapshot that is not a published one), 2 bad usage.")
    load.add_argument("output_dir", metavar="OUTPUT_DIR",
                      help="a crawl's job folder (its 'current' run is read), a run folder (OUTPUT_DIR/runs/ID) "
                           "or a folder holding the files")
    load.add_argument("--db", metavar="URL",
                      help="sqlite:///FILE or postgresql://USER@HOST/DB (default: $DATABASE_URL, else "
                           f"{DEFAULT_DATABASE_URL})")
    load.add_argument("--strict", action="store_true",
                      help="abort on any bad line or problem (no manifest, counts unlike the manifest's); "
                           "default: skip bad lines, list them, load the rest")
    load.add_argument("--accept-suspect", action="store_true",
                      help="load a snapshot that is not a published one too (a suspect or partial run, no verdict, "
                           "no manifest); a partial run still marks nothing as gone")
    load.set_defaults(handler=cmd_load)

    check = commands.add_parser(
        "check-site", help="fetch a few pages politely and show what the site definition reads on them",
        description="Fetch the pages at URL... (robots.txt obeyed, one at a time, --delay seconds apart), read "
                    "each with the site's page objects and print what each field found, then a verdict. Exit "
                    "status: 0 the site definition reads every page, 2 it does not (or a page could not be "
                    "fetched), 1 bad usage or nothing fetched.")
    check.add_argument("urls", nargs="+", metavar="URL", help="listing or profile pages of the site")
    check.add_argument("--site", default="mila", help="the site package (default mila)")
    check.add_argument("--delay", type=float, default=2.0, help="seconds between requests (default 2)")
    check.add_argument("--save", metavar="DIR", help="store the fetched pages and what was read from them here")
    check.set_defaults(handler=cmd_check_site)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except FileNotFoundError as error:
        print(f"profilecrawler: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
