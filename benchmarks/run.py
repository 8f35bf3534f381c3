"""The performance comparison of issue 5, in one run.

    python -m benchmarks.run                    # small (10k cards) and large (100k cards)
    python -m benchmarks.run --size small       # one size
    python -m benchmarks.run --cards 300 --no-scrapy-bench   # any size (the test suite's smoke run)

For each size it generates a synthetic site (``benchmarks.synthetic``; cached
under ``--cache``), serves it on 127.0.0.1 with ``benchmarks.server`` (its
capacity measured first), and measures, one process after another on the same
machine and the same pages:

* (a) the minimal reference spider (``benchmarks.reference``): plain
  ``scrapy.Spider``, parsel into dicts, Scrapy's JSON Lines feed;
* (b) ``scrapy crawl directory`` with the project's settings and pipelines
  (SQLite crawl state and frontier, validate, merge, export, monitors), with the
  timing hooks of ``benchmarks.hooks``;
* (c) the bare parsel extraction of (a) over the page files, no Scrapy
  (``benchmarks.parsing floor``);

and once: a seed-like page (5,000+ author entries) parsed, loaded and merged
(``benchmarks.parsing seed``), and ``scrapy bench`` for context. (a) and (b)
share the settings in ``benchmarks.reference.SHARED_SETTINGS``: no delay, no
AutoThrottle, no HTTP cache, robots.txt obeyed, 16 requests in flight.

CPU seconds and peak RSS are the crawl process's own (``os.wait4``); pages/s
and cards/s are over the crawl's own elapsed time (Scrapy's
``elapsed_time_seconds``: spider opened → closed, export included, process
start-up not). Writes the report (Markdown) to stdout and ``--out``
(default ``benchmarks/out/latest.md``), and the raw figures beside it as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import synthetic  # noqa: E402
from benchmarks.reference import SHARED_SETTINGS  # noqa: E402
from profilecrawler.runs import JobFolder  # noqa: E402

PYTHON = sys.executable
SCRAPY = str(Path(sys.executable).with_name("scrapy"))
SIZES = {"small": 10_000, "large": 100_000}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
BENCH_SECONDS = 5  # `scrapy bench` runs for this long (its default is 10)

# Targets of issue 5.
TARGET_THROUGHPUT = 0.8  # (b) pages/s ≥ 0.8 × (a)
TARGET_PARSE = 1.3  # (b) parse+load CPU ≤ 1.3 × (c)
TARGET_SEED_MS = 15.0
TARGET_RSS_MB = 300.0
TARGET_RSS_GROWTH_MB = 50.0


# --- processes --------------------------------------------------------------------------


def clean_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCRAPY_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_measured(command: list[str], cwd: Path, log: Path, env: dict | None = None) -> dict:
    """Run a process to its end (through ``benchmarks.measure``); its exit code,
    wall time, CPU seconds and peak RSS."""
    figures = log.with_name(log.name + ".measure.json")
    with log.open("wb") as out:
        process = subprocess.Popen([PYTHON, "-m", "benchmarks.measure", str(figures), "--", *command],
                                   cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env or clean_env())
        try:
            process.wait()
        except BaseException:  # interrupted: the measured process goes too
            process.terminate()
            process.wait(timeout=60)
            raise
    return json.loads(figures.read_text())


def cpu_seconds(pid: int) -> float:
    """CPU seconds a running process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class Server:
    """``benchmarks.server`` in its own process."""

    def __init__(self, root: Path, delay: float = 0.0):
        self.process = subprocess.Popen(
            [PYTHON, "-m", "benchmarks.server", "--root", str(root), "--port", "0", "--delay", str(delay)],
            cwd=REPO, stdout=subprocess.PIPE, text=True, env=clean_env(),
        )
        line = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if not match:
            self.close()
            raise RuntimeError(f"the benchmark server did not start: {line!r}")
        self.base_url = f"http://127.0.0.1:{match[1]}"

    def cpu(self) -> float:
        return cpu_seconds(self.process.pid)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def capacity(server: Server, manifest_path: Path, seconds: float, work: Path) -> dict:
    """The server's throughput under a 16-connection keep-alive load (the client
    in another process), and its own CPU per request."""
    cpu_before = server.cpu()
    out = work / "capacity.json"
    with out.open("w") as handle:
        subprocess.run(
            [PYTHON, "-m", "benchmarks.server", "--load", server.base_url, "--manifest", str(manifest_path),
             "--seconds", str(seconds)],
            cwd=REPO, stdout=handle, check=True, env=clean_env(),
        )
    result = json.loads(out.read_text())
    used = server.cpu() - cpu_before
    result["server_cpu_ms_per_request"] = used * 1000 / max(1, result["requests"])
    result["server_capacity_per_core"] = 1000 / max(1e-9, result["server_cpu_ms_per_request"])
    return result


# --- the runs ---------------------------------------------------------------------------


def setting_args(settings: dict) -> list[str]:
    args = []
    for name, value in settings.items():
        args += ["-s", f"{name}={json.dumps(value) if isinstance(value, (dict, list)) else value}"]
    return args


def project_settings() -> dict:
    """ITEM_PIPELINES and SPIDER_MIDDLEWARES of the project, with the timing hooks."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "profilecrawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    pipelines = {}
    for path, order in settings.getdict("ITEM_PIPELINES").items():
        path = {
            "profilecrawler.pipelines.merge.MergePipeline": "benchmarks.hooks.TimedMergePipeline",
            "profilecrawler.pipelines.export.ExportPipeline": "benchmarks.hooks.TimedExportPipeline",
        }.get(path, path)
        pipelines[path] = order
    middlewares = {**settings.getdict("SPIDER_MIDDLEWARES"), "benchmarks.hooks.CallbackTimer": 1000}
    return {"ITEM_PIPELINES": pipelines, "SPIDER_MIDDLEWARES": middlewares,
            "CONCURRENT_ITEMS": settings.getint("CONCURRENT_ITEMS")}


def run_reference(server: Server, work: Path) -> dict:
    out = work / "a"
    out.mkdir()
    feed, stats_path = out / "items.jsonl", out / "stats.json"
    cpu_before = server.cpu()
    result = run_measured(
        [PYTHON, "-m", "benchmarks.reference", "crawl", "--start-url", f"{server.base_url}/en/directory",
         "--output", str(feed), "--log-file", str(out / "crawl.log"), "--stats", str(stats_path),
         "--settings", json.dumps(SHARED_SETTINGS)],
        cwd=REPO, log=out / "stdout.log",
    )
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    cards = profiles = 0
    if feed.exists():
        with feed.open(encoding="utf-8") as handle:
            for line in handle:
                kind = json.loads(line)["type"]
                cards += kind == "card"
                profiles += kind == "profile"
    return {**result, "server_cpu_s": server.cpu() - cpu_before, "crawl_s": stats.get("elapsed_time_seconds"),
            "pages": stats.get("response_received_count", 0) - stats.get("robotstxt/response_count", 0),
            "cards": cards, "profiles": profiles}


def run_directory(server: Server, work: Path, hooks: dict) -> dict:
    out = work / "b"
    out.mkdir()
    settings = {
        **SHARED_SETTINGS, **hooks,
        "OUTPUT_DIR": str(out / "output"), "LOG_FILE": str(out / "crawl.log"),
        "STATE_PATH": str(out / "crawl-state.sqlite"), "PROGRESS_INTERVAL": 0,
    }
    cpu_before = server.cpu()
    result = run_measured(
        [SCRAPY, "crawl", "directory", "-a", f"start_url={server.base_url}/en/directory", *setting_args(settings)],
        cwd=REPO, log=out / "stdout.log",
    )
    # The run's own folder, published or not (profilecrawler.runs).
    run_ids = JobFolder(out / "output").run_ids()
    run_dir = out / "output" / "runs" / run_ids[-1] if run_ids else out / "output"
    stats_path = run_dir / "stats.json"
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    records = {}
    for name in ("profiles", "publications"):
        path = run_dir / f"{name}.jsonl"
        records[name] = sum(1 for _ in path.open(encoding="utf-8")) if path.exists() else 0
    return {
        **result, "server_cpu_s": server.cpu() - cpu_before, "crawl_s": stats.get("elapsed_time_seconds"),
        "pages": stats.get("pages/fetched", 0), "cards": stats.get("cards/seen", 0),
        "profiles": stats.get("profiles/parsed", 0), "records": records,
        "finish_reason": stats.get("finish_reason"), "job_exit_code": stats.get("job/exit_code"),
        "callback_cpu_s": stats.get("bench/callback_cpu_s"), "merge_cpu_s": stats.get("bench/merge_cpu_s"),
        "merge_items": stats.get("bench/merge_items"), "export_cpu_s": stats.get("bench/export_cpu_s"),
        "gc_cpu_s": stats.get("bench/gc_cpu_s"),
        "merge_sightings": stats.get("merge/publication_sightings", 0),
    }


def run_parsing(what: str, site_dir: Path, work: Path, *args: str) -> dict:
    log = work / f"parsing-{what}{'-'.join(args).replace('/', '-')}.json"
    result = run_measured([PYTHON, "-m", "benchmarks.parsing", what, "--site", str(site_dir), *args],
                          cwd=REPO, log=log)
    if result["exit_code"]:
        raise RuntimeError(f"benchmarks.parsing {what} failed: {log.read_text()[-2000:]}")
    return {**json.loads(log.read_text().strip().splitlines()[-1]), "process": result}


def run_floor(site_dir: Path, work: Path, parts: int) -> dict:
    """(c) in ``parts`` processes at once, each on its share of the pages (no crawl
    runs meanwhile): CPU seconds and counts added up, peak RSS the largest."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(parts) as pool:
        results = list(pool.map(lambda k: run_parsing("floor", site_dir, work, "--part", f"{k}/{parts}"),
                                range(parts)))
    total = {key: sum(r[key] for r in results) for key in ("pages", "cards", "profiles", "author_entries", "cpu_s")}
    total["process"] = {"peak_rss_mb": max(r["process"]["peak_rss_mb"] for r in results), "parts": parts}
    return total


def run_scrapy_bench(work: Path) -> dict:
    """``scrapy bench`` outside the project (Scrapy's defaults), for context."""
    folder = work / "scrapy-bench"
    folder.mkdir()
    log = folder / "bench.log"
    result = run_measured([SCRAPY, "bench", "-s", "LOG_LEVEL=INFO", "-s", f"CLOSESPIDER_TIMEOUT={BENCH_SECONDS}"],
                          cwd=folder, log=log)
    text = log.read_text(errors="replace")
    pages = re.search(r"'response_received_count': (\d+)", text)
    elapsed = re.search(r"'elapsed_time_seconds': ([\d.]+)", text)
    if pages and elapsed:
        result["pages"], result["crawl_s"] = int(pages[1]), float(elapsed[1])
    return result


# --- report -----------------------------------------------------------------------------


def machine() -> dict:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    except OSError:
        memory = 0
    import lxml.etree
    import scrapy

    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(memory, 1), "system": platform.platform(),
            "python": platform.python_version(), "scrapy": scrapy.__version__,
            "lxml": ".".join(map(str, lxml.etree.LXML_VERSION[:3]))}


def rate(count, seconds) -> float | None:
    return count / seconds if count and seconds else None


def fmt(value, digits=1) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**missed**")


def report(results: dict) -> str:
    m = results["machine"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; {m['system']}; Python {m['python']}, "
        f"Scrapy {m['scrapy']}, lxml {m['lxml']}. Command: `{results['command']}` ({results['total_s']:.0f} s in all).",
        "",
        "| size | run | pages | cards | crawl s | pages/s | cards/s | CPU s | CPU s / 1k cards | peak RSS MB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size in results["sizes"]:
        name = size["label"] if size["label"].endswith("cards") else f"{size['label']} ({size['manifest']['cards']:,} cards)"
        a, b, c = size["a"], size["b"], size["c"]
        for label, run in (("(a) reference spider", a), ("(b) `scrapy crawl directory`", b)):
            lines.append(
                f"| {name} | {label} | {fmt(run['pages'])} | {fmt(run['cards'])} | {fmt(run['crawl_s'])} | "
                f"{fmt(rate(run['pages'], run['crawl_s']))} | {fmt(rate(run['cards'], run['crawl_s']), 0)} | "
                f"{fmt(run['cpu_s'])} | {fmt(run['cpu_s'] * 1000 / max(1, run['cards']), 2)} | "
                f"{fmt(run['peak_rss_mb'], 0)} |")
        lines.append(
            f"| {name} | (c) bare parsel, from disk (parse CPU only) | {fmt(c['pages'])} | {fmt(c['cards'])} | — | — | "
            f"— | {fmt(c['cpu_s'], 2)} | {fmt(c['cpu_s'] * 1000 / max(1, c['cards']), 2)} | "
            f"{fmt(c['process']['peak_rss_mb'], 0)} |")
    bench = results.get("scrapy_bench")
    if bench:
        lines.append(
            f"| — | `scrapy bench` (context: its own server and link-only pages) | {fmt(bench.get('pages'))} | — | "
            f"{fmt(bench.get('crawl_s'))} | {fmt(rate(bench.get('pages'), bench.get('crawl_s')))} | — | "
            f"{fmt(bench['cpu_s'])} | — | {fmt(bench['peak_rss_mb'], 0)} |")

    lines += ["", "| size | (b)/(a) pages/s | (b)/(a) CPU | (b) parse+load CPU s | ÷ (c) | merge µs/card | "
                  "export s | (b) records: profiles, publications | server capacity (pages/s, 1 core) | server busy during (a), (b) |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |"]
    for size in results["sizes"]:
        a, b, c, cap = size["a"], size["b"], size["c"], size["capacity"]
        merge_us = b["merge_cpu_s"] * 1e6 / max(1, b["merge_items"]) if b.get("merge_cpu_s") is not None else None
        lines.append(
            f"| {size['label']} | {fmt(size['throughput_ratio'], 2)} | {fmt(b['cpu_s'] / a['cpu_s'], 2)} | "
            f"{fmt(b['callback_cpu_s'], 2)} | {fmt(size['parse_ratio'], 2)} | {fmt(merge_us, 0)} | "
            f"{fmt(b['export_cpu_s'], 2)} | {b['records']['profiles']:,}, {b['records']['publications']:,} | "
            f"{fmt(cap['server_capacity_per_core'], 0)} (measured {fmt(cap['requests_per_s'], 0)} with the client "
            f"on the other core) | {a['server_cpu_s'] / max(a['wall_s'], 1e-9):.0%}, "
            f"{b['server_cpu_s'] / max(b['wall_s'], 1e-9):.0%} of a core |")

    seed = results.get("seed")
    lines += ["", "| target | figure | verdict |", "| --- | --- | --- |"]
    for size in results["sizes"]:
        lines.append(f"| (b) ≥ {TARGET_THROUGHPUT} × (a) pages/s, {size['label']} | "
                     f"{fmt(size['throughput_ratio'], 2)} | {verdict(size['throughput_ratio'] >= TARGET_THROUGHPUT)} |")
    for size in results["sizes"]:
        ratio = size["parse_ratio"]
        lines.append(f"| parse+load CPU ≤ {TARGET_PARSE} × (c), {size['label']} | {fmt(ratio, 2)} | "
                     f"{verdict(None if ratio is None else ratio <= TARGET_PARSE)} |")
    if seed:
        lines.append(f"| seed-like page ({seed['author_entries']:,} author entries, {seed['bytes'] // 1024:,} KB) "
                     f"parsed, loaded, merged ≤ {TARGET_SEED_MS:.0f} ms | median {seed['median_ms']:.1f} ms, "
                     f"worst {seed['max_ms']:.1f} ms of {seed['repeats']} | "
                     f"{verdict(seed['median_ms'] <= TARGET_SEED_MS)} |")
    biggest = max(results["sizes"], key=lambda s: s["manifest"]["cards"])
    smallest = min(results["sizes"], key=lambda s: s["manifest"]["cards"])
    rss = biggest["b"]["peak_rss_mb"]
    lines.append(f"| (b) peak RSS ≤ {TARGET_RSS_MB:.0f} MB at {biggest['manifest']['cards']:,} cards | {rss:.0f} MB | "
                 f"{verdict(rss <= TARGET_RSS_MB)} |")
    if biggest is not smallest:
        growth = rss - smallest["b"]["peak_rss_mb"]
        lines.append(f"| (b) peak RSS growth {smallest['manifest']['cards']:,} → {biggest['manifest']['cards']:,} "
                     f"cards ≤ {TARGET_RSS_GROWTH_MB:.0f} MB | {growth:+.0f} MB | "
                     f"{verdict(growth <= TARGET_RSS_GROWTH_MB)} |")
        per_card = [s["b"]["merge_cpu_s"] * 1e6 / max(1, s["b"]["merge_items"]) for s in (smallest, biggest)]
        lines.append(f"| merge cost per card constant | {per_card[0]:.0f} → {per_card[1]:.0f} µs per item | "
                     f"{verdict(per_card[1] <= 1.25 * per_card[0])} |")

    lines += ["", "Steps (wall s): " + ", ".join(f"{name} {seconds:.0f}" for name, seconds in results["phases"].items())]
    lines += ["", "Sites (`benchmarks.synthetic`, seed " + str(results["seed_value"]) + "):", ""]
    for size in results["sizes"]:
        s = size["manifest"]
        lines.append(
            f"- {size['label']}: {s['profiles']:,} profiles, {s['pages']:,} pages ({s['bytes'] / 1e6:,.0f} MB), "
            f"{s['cards']:,} cards of {s['publications']:,} publications "
            f"({s['publications_on_several_profiles']:.0%} on several profiles), {s['author_entries']:,} author "
            f"entries; cards per profile p50/p90/max {s['cards_per_profile']['p50']}/{s['cards_per_profile']['p90']}/"
            f"{s['cards_per_profile']['max']}, {s['profiles_with_50_pages']} with 50+ pages; authors per publication "
            f"p50/p90/p99/max {s['authors_per_publication']['p50']}/{s['authors_per_publication']['p90']}/"
            f"{s['authors_per_publication']['p99']}/{s['authors_per_publication']['max']:,}; "
            f"{len(s['seed_like_pages'])} seed-like pages.")
    return "\n".join(lines) + "\n"


# --- main -------------------------------------------------------------------------------


class Phases(dict):
    """Wall seconds of each step of the run."""

    def __call__(self, name: str):
        self.current, self.began = name, time.monotonic()
        print(f"{name}…", file=sys.stderr, flush=True)
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self[self.current] = round(time.monotonic() - self.began, 1)


def measure_size(label: str, cards: int, args, hooks: dict, work: Path, phases: Phases) -> dict:
    with phases(f"[{label}] generating or reusing the site ({cards:,} cards)"):
        site_root, manifest = synthetic.ensure_site(cards, args.seed, args.cache)
    site_dir = site_root.parent
    size_work = work / label
    size_work.mkdir()
    server = Server(site_root)
    try:
        with phases(f"[{label}] server capacity"):
            cap = capacity(server, site_dir / "manifest.json", args.load_seconds, size_work)
        with phases(f"[{label}] (a) reference spider"):
            a = run_reference(server, size_work)
        with phases(f"[{label}] (b) scrapy crawl directory"):
            b = run_directory(server, size_work, hooks)
    finally:
        server.close()
    with phases(f"[{label}] (c) bare parsel over the files"):
        c = run_floor(site_dir, size_work, args.floor_processes)
    for name, run in (("(a)", a), ("(b)", b)):
        if run["exit_code"] != 0:
            raise RuntimeError(f"{name} exited {run['exit_code']}; see {size_work}")
    ratio = rate(b["pages"], b["crawl_s"]) / rate(a["pages"], a["crawl_s"]) if a["crawl_s"] and b["crawl_s"] else None
    parse_ratio = b["callback_cpu_s"] / c["cpu_s"] if b.get("callback_cpu_s") and c["cpu_s"] else None
    return {"label": label, "cards_asked": cards, "site": str(site_dir),
            "manifest": {k: v for k, v in manifest.items() if k != "page_list"},
            "capacity": cap, "a": a, "b": b, "c": c, "throughput_ratio": ratio, "parse_ratio": parse_ratio}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large", "both"), default="both",
                        help="small: 10,000 cards, large: 100,000 (default both)")
    parser.add_argument("--cards", type=int, action="append", help="a size in cards (repeatable; replaces --size)")
    parser.add_argument("--seed", type=int, default=5, help="the synthetic site's seed (default 5)")
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / "out" / "sites",
                        help="where generated sites are kept (default benchmarks/out/sites)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "latest.md",
                        help="the report (default benchmarks/out/latest.md); the figures go to the same name .json")
    parser.add_argument("--load-seconds", type=float, default=2.0, help="length of the server capacity test")
    parser.add_argument("--no-scrapy-bench", action="store_true", help="skip `scrapy bench`")
    parser.add_argument("--floor-processes", type=int, default=min(2, os.cpu_count() or 1),
                        help="(c) runs in this many processes at once, on shares of the pages (default: 2)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (crawl logs, outputs)")
    args = parser.parse_args(argv)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up (servers, crawls) when killed
    began = time.monotonic()
    if args.cards:
        sizes = [(f"{n:,} cards", n) for n in args.cards]
    else:
        sizes = [(name, SIZES[name]) for name in SIZES if args.size in (name, "both")]
    hooks = project_settings()
    SHARED_SETTINGS["CONCURRENT_ITEMS"] = hooks.pop("CONCURRENT_ITEMS")
    work = Path(tempfile.mkdtemp(prefix="profilecrawler-bench-"))
    results = {"command": "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:]),
               "machine": machine(), "seed_value": args.seed, "shared_settings": dict(SHARED_SETTINGS), "sizes": []}
    phases = results["phases"] = Phases()
    try:
        for label, cards in sizes:
            results["sizes"].append(measure_size(label, cards, args, hooks, work, phases))
        smallest = min(results["sizes"], key=lambda s: s["manifest"]["cards"])
        if smallest["manifest"]["seed_like_pages"]:
            with phases("seed-like page"):
                results["seed"] = run_parsing("seed", Path(smallest["site"]), work)
        if not args.no_scrapy_bench:
            with phases("scrapy bench"):
                results["scrapy_bench"] = run_scrapy_bench(work)
    finally:
        if args.keep:
            print(f"work folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    results["total_s"] = time.monotonic() - began
    text = report(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
