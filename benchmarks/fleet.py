"""Pages per second of a distributed crawl with 1, 2 and 3 workers (issue 13).

    python -m benchmarks.fleet [--rounds 2] [--workers 1,2,3]

Three scenarios, each on a synthetic site served by ``benchmarks.server`` and a
throwaway ``redis-server`` on a free loopback port (``--redis-server`` names
the binary); the rounds interleave the worker counts so that the machine's
noise falls on all of them alike:

* ``io``: every page answered after ``--server-delay`` seconds (a slow site)
  and each worker sending at most 4 requests at a time, with no fleet-wide
  limit (``FLEET_POLITENESS=False``): an I/O-bound crawl, as of many hosts.
* ``cpu``: the small site (10,000 cards) at full speed: the crawl is bound by
  the workers' CPU (a single-process crawl without Redis is measured beside).
* ``polite``: ``DOWNLOAD_DELAY=--delay`` for the fleet (the default
  ``FLEET_POLITENESS``): the rate must stay at 1/delay, whatever the workers.

Crawl seconds run from the first worker's spider opening to the last one's
closing (``fleet/opened_at``, ``fleet/closed_at`` in their stats.json; a plain
crawl: ``elapsed_time_seconds``; the interpreters' start is left out); pages
are the publisher's ``pages/fetched``, the fleet's sum. CPU is every worker's
(user + system, ``benchmarks.measure``), Redis's and the server's not included.
The report goes to stdout and ``benchmarks/out/fleet.md``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import synthetic  # noqa: E402
from benchmarks.reference import SHARED_SETTINGS  # noqa: E402
from benchmarks.run import PYTHON, SCRAPY, Server, clean_env, setting_args  # noqa: E402

SCENARIOS = {
    "io": {"cards": 2_000, "settings": {"FLEET_POLITENESS": False, "CONCURRENT_REQUESTS": 4}},
    "cpu": {"cards": 10_000, "settings": {}},
    "polite": {"cards": 2_000, "settings": {}},
}


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    def __init__(self, binary: str, work: Path):
        import redis

        self.port = free_port()
        self.process = subprocess.Popen([binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no", "--dir", str(work)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"redis://127.0.0.1:{self.port}/0"
        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 30
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not answer") from None
                time.sleep(0.05)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def _span(stats: dict) -> tuple[float, float]:
    """When a worker's spider opened and closed (epoch seconds)."""
    if "fleet/opened_at" in stats:
        return stats["fleet/opened_at"], stats["fleet/closed_at"]
    finish = datetime.fromisoformat(str(stats["finish_time"])).timestamp()  # a plain crawl: whole seconds
    return finish - stats["elapsed_time_seconds"], finish


def run_fleet(server: Server, redis_url: str | None, workers: int, settings: dict, work: Path, job: str) -> dict:
    """``workers`` workers of one job, started together; None redis_url: one plain process."""
    folders = [work / f"{job}-w{i}" for i in range(workers)]
    processes = []
    for folder in folders:
        folder.mkdir(parents=True)
        fleet = {"REDIS_URL": redis_url, "JOB_NAME": job} if redis_url else {}
        command = [SCRAPY, "crawl", "directory", "-a", f"start_url={server.base_url}/en/directory",
                   *setting_args({**SHARED_SETTINGS, **settings, **fleet, "OUTPUT_DIR": str(folder / "output"),
                                  "LOG_FILE": str(folder / "crawl.log"), "PROGRESS_INTERVAL": 0})]
        processes.append(subprocess.Popen([PYTHON, "-m", "benchmarks.measure", str(folder / "measure.json"), "--",
                                           *command], cwd=REPO, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL, env=clean_env()))
    for process in processes:
        process.wait()
    stats, cpu = [], 0.0
    for folder in folders:
        measured = json.loads((folder / "measure.json").read_text())
        if measured["exit_code"] != 0:
            raise RuntimeError(f"a worker exited {measured['exit_code']}: see {folder}")
        cpu += measured["cpu_s"]
        runs = sorted(p for p in (folder / "output" / "runs").iterdir() if p.is_dir())
        stats.append(json.loads((runs[-1] / "stats.json").read_text()))
    publisher = next(s for s in stats if s.get("fleet/role", "publisher") == "publisher")
    spans = [_span(s) for s in stats]
    seconds = max(end for _, end in spans) - min(start for start, _ in spans)
    pages = publisher.get("pages/fetched", 0)
    shares = sorted((v for k, v in publisher.items() if k.startswith("fleet/pages/")), reverse=True)
    return {"workers": workers, "pages": pages, "crawl_s": round(seconds, 2), "pages_per_s": round(pages / seconds, 1),
            "cpu_s": round(cpu, 2), "pages_done_by_worker": shares,
            "gate_wait_s": sum(s.get("fleet/gate/wait_seconds", 0) for s in stats)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", default="1,2,3", help="worker counts (default 1,2,3)")
    parser.add_argument("--scenarios", default="io,cpu,polite")
    parser.add_argument("--server-delay", type=float, default=0.1, help="io: seconds before each answer")
    parser.add_argument("--delay", type=float, default=0.05, help="polite: the fleet's DOWNLOAD_DELAY")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / "out" / "sites")
    parser.add_argument("--redis-server", default=shutil.which("redis-server") or "redis-server")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "fleet.md")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.workers.split(",")]
    work = Path(tempfile.mkdtemp(prefix="profilecrawler-fleet-"))
    redis_server = RedisServer(args.redis_server, work)
    results: dict[str, list[dict]] = {}
    try:
        for scenario in args.scenarios.split(","):
            spec = SCENARIOS[scenario]
            site_root, manifest = synthetic.ensure_site(spec["cards"], args.seed, args.cache)
            settings = dict(spec["settings"])
            if scenario == "polite":
                settings["DOWNLOAD_DELAY"] = args.delay
            server = Server(site_root, delay=args.server_delay if scenario == "io" else 0.0)
            try:
                for round_number in range(args.rounds):
                    order = counts if round_number % 2 == 0 else list(reversed(counts))
                    plain = [None] if scenario == "cpu" else []
                    for workers in [*plain, *order]:
                        job = f"{scenario}-{round_number}-{workers or 'plain'}"
                        result = run_fleet(server, redis_server.url if workers else None, workers or 1, settings,
                                           work, job)
                        result["label"] = f"{workers} worker(s)" if workers else "single process, no Redis"
                        result["round"] = round_number + 1
                        results.setdefault(scenario, []).append(result)
                        print(scenario, json.dumps(result), flush=True)
            finally:
                server.close()
    finally:
        redis_server.close()
        shutil.rmtree(work, ignore_errors=True)
    text = report(results, args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


def report(results: dict, args) -> str:
    lines = [f"`python -m benchmarks.fleet --rounds {args.rounds}` (io: server delay {args.server_delay} s, "
             f"4 requests at a time per worker; polite: DOWNLOAD_DELAY={args.delay} for the fleet, "
             f"limit {1 / args.delay:.0f} pages/s)", "",
             "| scenario | run | pages | crawl s per round | pages/s per round | pages/s median | × 1 worker | "
             "CPU s (workers) | pages done by each worker |",
             "| --- | --- | ---: | --- | --- | ---: | ---: | --- | --- |"]
    for scenario, runs in results.items():
        by_label: dict[str, list[dict]] = {}
        for run in runs:
            by_label.setdefault(run["label"], []).append(run)
        one = statistics.median(r["pages_per_s"] for r in by_label.get("1 worker(s)", runs))
        for label, same in by_label.items():
            median = statistics.median(r["pages_per_s"] for r in same)
            lines.append(
                f"| {scenario} | {label} | {same[0]['pages']:,} | {', '.join(str(r['crawl_s']) for r in same)} | "
                f"{', '.join(str(r['pages_per_s']) for r in same)} | {median:.1f} | {median / one:.2f} | "
                f"{', '.join(str(r['cpu_s']) for r in same)} | "
                f"{' / '.join(str(r['pages_done_by_worker']) for r in same)} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
