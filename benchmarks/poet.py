"""What scrapy-poet's injection costs a crawl (issue 12): the reference spider
(a) of ``benchmarks.reference`` against the same spider whose callback gets
its page as a web-poet page object injected by scrapy-poet, side by side on
the small synthetic site, interleaved.

    python -m benchmarks.poet                 # --rounds 3 --cards 10000

Both pull the same fields with the same ``extract_page``; the only difference
is where the selector comes from: Scrapy's response, or a ``web_poet.WebPage``
built by scrapy-poet's ``InjectionMiddleware`` from it.
"""

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

import attrs
import scrapy
import web_poet

from benchmarks.reference import SHARED_SETTINGS, ReferenceSpider, extract_page

POET_SETTINGS = {
    "DOWNLOADER_MIDDLEWARES": {"scrapy_poet.InjectionMiddleware": 543},
    "SPIDER_MIDDLEWARES": {"scrapy_poet.RetryMiddleware": 275},
}


@attrs.define
class ReferencePage(web_poet.WebPage):
    def extract(self):
        return extract_page(self.selector, str(self.url))


class PoetReferenceSpider(ReferenceSpider):
    name = "reference-poet"

    def parse(self, response, page: ReferencePage):
        records, links = page.extract()
        yield from records
        for link in links:
            yield scrapy.Request(link, callback=self.parse)

    async def start(self):
        async for request in super().start():
            yield request.replace(callback=self.parse)


def crawl(start_url: str, output: str, stats_file: str, log_file: str) -> None:
    from scrapy.crawler import CrawlerProcess

    settings = {**SHARED_SETTINGS, **POET_SETTINGS, "BENCH_STATS_FILE": stats_file, "LOG_FILE": log_file,
                "FEEDS": {output: {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}},
                "USER_AGENT": "profilecrawler-bench-reference"}
    process = CrawlerProcess(settings)
    process.crawl(PoetReferenceSpider, start_url=start_url)
    process.start()


def compare(cards: int, rounds: int, seed: int, cache: Path) -> dict:
    from benchmarks import run, synthetic

    site_root, _ = synthetic.ensure_site(cards, seed, cache)
    work = Path(tempfile.mkdtemp(prefix="profilecrawler-poet-"))
    server = run.Server(site_root)
    results = {"plain": [], "poet": []}
    try:
        for index in range(rounds):
            for kind in ("plain", "poet"):
                out = work / f"{kind}-{index}"
                out.mkdir()
                feed, stats = out / "items.jsonl", out / "stats.json"
                module = "benchmarks.reference" if kind == "plain" else "benchmarks.poet"
                command = [run.PYTHON, "-m", module, "crawl", "--start-url", f"{server.base_url}/en/directory",
                           "--output", str(feed), "--stats", str(stats), "--log-file", str(out / "crawl.log")]
                if kind == "plain":
                    command += ["--settings", json.dumps(SHARED_SETTINGS)]
                measured = run.run_measured(command, cwd=run.REPO, log=out / "stdout.log")
                figures = json.loads(stats.read_text())
                lines = sum(1 for _ in feed.open(encoding="utf-8"))
                results[kind].append({"cpu_s": measured["cpu_s"], "crawl_s": figures["elapsed_time_seconds"],
                                      "pages": figures.get("response_received_count"), "records": lines})
    finally:
        server.close()
    return results


def report(results: dict) -> str:
    rows = ["| run | rounds | CPU s (median, min–max) | crawl s (median) | pages | records |",
            "| --- | ---: | --- | ---: | ---: | ---: |"]
    for kind, label in (("plain", "(a) reference spider"), ("poet", "(a) with a scrapy-poet page object")):
        runs = results[kind]
        cpu = [r["cpu_s"] for r in runs]
        rows.append(f"| {label} | {len(runs)} | {statistics.median(cpu):.2f} ({min(cpu):.2f}–{max(cpu):.2f}) | "
                    f"{statistics.median(r['crawl_s'] for r in runs):.1f} | {runs[0]['pages']:,} | "
                    f"{runs[0]['records']:,} |")
    ratio = statistics.median(r["cpu_s"] for r in results["poet"]) / statistics.median(
        r["cpu_s"] for r in results["plain"])
    pairs = [p["cpu_s"] / a["cpu_s"] for a, p in zip(results["plain"], results["poet"])]
    rows.append("")
    rows.append(f"CPU poet / plain: {ratio:.3f} (medians); per round: {', '.join(f'{x:.3f}' for x in pairs)}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command")
    one = commands.add_parser("crawl", help="run the scrapy-poet variant of the reference spider once")
    one.add_argument("--start-url", required=True)
    one.add_argument("--output", required=True)
    one.add_argument("--stats", required=True)
    one.add_argument("--log-file", required=True)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(__file__).resolve().parent / "out" / "sites")
    args = parser.parse_args(argv)
    if args.command == "crawl":
        crawl(args.start_url, args.output, args.stats, args.log_file)
        return 0
    print(report(compare(args.cards, args.rounds, args.seed, args.cache)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
