"""Parsing cost without the framework, over the synthetic site's page files.

    python -m benchmarks.parsing floor   --site DIR      # (c) bare parsel: extract_page on every page
    python -m benchmarks.parsing crawler --site DIR      # the crawler's callbacks (parse + loaders) on every page
    python -m benchmarks.parsing seed    --site DIR      # one seed-like page: parse, load and merge

``DIR`` holds ``site/`` and ``manifest.json`` (``benchmarks.synthetic``). Each
prints one JSON line. Times are CPU seconds of this process
(``time.process_time``) around the parsing only: reading a file is not counted,
building its DOM is (``parsel.Selector`` for the floor, ``HtmlResponse`` for the
crawler, both lxml underneath).

``crawler`` runs exactly the code ``scrapy crawl directory`` runs in its
callbacks (``DirectorySpider.parse_listing`` / ``parse_profile``: selectors,
item loaders, marker handling, requests for the next pages), outside the engine;
``seed`` adds the validate and merge pipelines on a real SQLite crawl state, as
in a crawl.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

BASE = "http://127.0.0.1:8000"


def pages(site_dir: Path) -> tuple[list[dict], Path]:
    manifest = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    return manifest["page_list"], site_dir / "site"


def floor(site_dir: Path, part: tuple[int, int] = (0, 1)) -> dict:
    """(c): ``extract_page`` on every page (with ``part`` K/N, on pages K, K+N, …)."""
    from parsel import Selector

    from benchmarks.reference import extract_page

    page_list, root = pages(site_dir)
    page_list = page_list[part[0]::part[1]]
    cpu = 0.0
    cards = profiles = authors = 0
    for page in page_list:
        body = (root / page["file"]).read_bytes()
        began = time.process_time()
        records, _ = extract_page(Selector(text=body.decode("utf-8")), BASE + page["url"])
        cpu += time.process_time() - began
        for record in records:
            if record["type"] == "card":
                cards += 1
                authors += len(record["authors"])
            else:
                profiles += 1
    return {"pages": len(page_list), "cards": cards, "profiles": profiles, "author_entries": authors,
            "cpu_s": round(cpu, 3)}


class _Stats:
    def __init__(self):
        self.values: dict[str, int] = {}

    def inc_value(self, key, count=1, start=0):
        self.values[key] = self.values.get(key, start) + count

    def get_value(self, key, default=None):
        return self.values.get(key, default)

    def set_value(self, key, value):
        self.values[key] = value


def crawler_spider():
    """A ``directory`` spider outside any engine, with a stats collector."""
    from types import SimpleNamespace

    from scrapy.settings import Settings

    from profilecrawler.spiders.directory import DirectorySpider

    spider = DirectorySpider(start_url=BASE + "/en/directory")
    settings = Settings()
    settings.setmodule("profilecrawler.settings")  # the pager limits (MAX_*_PAGES)
    spider.crawler = SimpleNamespace(stats=_Stats(), settings=settings)
    return spider


def callback_for(spider, url: str):
    """The callback and its arguments for a page URL, as the spider's requests carry them."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    if parts.path == "/en/directory":
        return spider.parse_listing, {"view": query["member-type"][0], "page": int(query.get("page", ["0"])[0])}
    slug = spider.site.profile_slug(url)
    return spider.parse_profile, {"slug": slug, "page": spider.site.publication_page(url)}


def crawler(site_dir: Path, merge: bool = False) -> dict:
    """The crawler's callbacks over every page; with ``merge``, their items also
    go through the validate and merge pipelines on a SQLite crawl state, timed
    apart (``merge_cpu_s``)."""
    from scrapy.http import HtmlResponse

    spider = crawler_spider()
    page_list, root = pages(site_dir)
    cpu = merge_cpu = 0.0
    cards = profiles = requests = 0
    with tempfile.TemporaryDirectory() as tmp:
        if merge:
            from profilecrawler.pipelines.merge import MergePipeline
            from profilecrawler.pipelines.validate import ValidatePipeline
            from profilecrawler.state import SQLiteState

            state = SQLiteState(Path(tmp) / "state.sqlite")
            pipelines = ValidatePipeline(spider.crawler.stats), MergePipeline(state, spider.crawler.stats)
        for number, page in enumerate(page_list):
            url = BASE + page["url"]
            body = (root / page["file"]).read_bytes()
            callback, kwargs = callback_for(spider, url)
            began = time.process_time()
            response = HtmlResponse(url, body=body, encoding="utf-8")
            outputs = list(callback(response, **kwargs))
            cpu += time.process_time() - began
            items = []
            for output in outputs:
                kind = output.get("type") if hasattr(output, "get") else "request"
                cards += kind == "publication_card"
                profiles += kind == "profile"
                requests += kind == "request"
                if kind != "request":
                    items.append(output)
            if merge:
                began = time.process_time()
                for item in items:
                    try:
                        pipelines[1].process_item(pipelines[0].process_item(item))
                    except Exception:  # DropItem: as in a crawl
                        pass
                if number % 100 == 99:
                    state.flush()
                merge_cpu += time.process_time() - began
        if merge:
            state.close()
    result = {"pages": len(page_list), "cards": cards, "profiles": profiles, "requests": requests,
              "cpu_s": round(cpu, 3)}
    if merge:
        result["merge_cpu_s"] = round(merge_cpu, 3)
        result["merge_us_per_card"] = round(merge_cpu * 1e6 / max(1, cards), 1)
    return result


def seed(site_dir: Path, repeats: int = 15) -> dict:
    """Parse, load and merge one seed-like page (5,000+ author entries), ``repeats``
    times, each time as the page of another profile (so every card is a new
    sighting folded into the same publications): median and worst wall ms."""
    from scrapy.http import HtmlResponse

    from profilecrawler.pipelines.merge import MergePipeline
    from profilecrawler.pipelines.validate import ValidatePipeline
    from profilecrawler.state import SQLiteState

    page_list, root = pages(site_dir)
    page = max(page_list, key=lambda p: p["authors"])
    body = (root / page["file"]).read_bytes()
    spider = crawler_spider()
    stats = spider.crawler.stats
    slug = spider.site.profile_slug(BASE + page["url"])
    with tempfile.TemporaryDirectory() as tmp:
        state = SQLiteState(Path(tmp) / "state.sqlite")
        validate, merge = ValidatePipeline(stats), MergePipeline(state, stats)
        times = []
        for n in range(repeats + 1):
            url = BASE + page["url"].replace(slug, f"{slug}-{n}")
            began = time.perf_counter()
            response = HtmlResponse(url, body=body, encoding="utf-8")
            for output in spider.parse_profile(response, slug=f"{slug}-{n}", page=0):
                if hasattr(output, "get"):
                    merge.process_item(validate.process_item(output))
            state.flush()
            times.append((time.perf_counter() - began) * 1000)
        state.close()
    times = times[1:]  # the first run warms caches (imports, compiled selectors)
    return {"url": page["url"], "author_entries": page["authors"], "cards": page["cards"], "bytes": len(body),
            "repeats": repeats, "median_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("floor", "crawler", "seed"))
    parser.add_argument("--site", type=Path, required=True, help="folder with site/ and manifest.json")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the run to this file")
    parser.add_argument("--merge", action="store_true", help="crawler: merge the items too (timed apart)")
    parser.add_argument("--part", default="0/1", help="floor: only part K of N of the pages (K/N, default 0/1)")
    args = parser.parse_args(argv)
    part = tuple(int(n) for n in args.part.split("/"))
    run = {"floor": lambda site: floor(site, part), "crawler": lambda site: crawler(site, args.merge),
           "seed": seed}[args.what]
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        result = profiler.runcall(run, args.site)
        profiler.dump_stats(args.profile)
    else:
        result = run(args.site)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
