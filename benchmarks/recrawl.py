"""Figures of a scheduled job over the fixture site, measured end to end.

    python benchmarks/recrawl.py            # loopback settings: no delay, no AutoThrottle
    python benchmarks/recrawl.py --polite   # the project's default politeness (delay, AutoThrottle)

Runs real ``scrapy crawl directory`` processes against the fixture server on
127.0.0.1: a first crawl, a re-crawl of the unchanged site (same output folder
and HTTP cache), and a re-crawl after the site changed. Prints the bytes the
server sent for each (response bodies), their ratio, pages fetched against
distinct pages, and the change records written. Writes nothing outside a
temporary folder.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from profilecrawler.fixture_server import FixtureSite  # noqa: E402

SCRAPY = str(Path(sys.executable).with_name("scrapy"))


_header_sizes: dict[tuple[str, int], int] = {}


def header_bytes(site, record) -> int:
    """Bytes of the status line and headers the server sent with that answer,
    measured by asking it again the same way over a raw socket."""
    key = (record.path, record.status)
    if key not in _header_sizes:
        headers = "".join(f"{k}: {v}\r\n" for k, v in record.headers.items() if k.startswith("if-"))
        with socket.create_connection((site.server.server_address[0], site.server.port)) as sock:
            sock.sendall(f"GET {record.path} HTTP/1.0\r\nHost: x\r\n{headers}\r\n".encode())
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        _header_sizes[key] = data.index(b"\r\n\r\n") + 4
    return _header_sizes[key]


def crawl(site, out: Path, polite: bool = False) -> dict:
    start = len(site.requests)
    began = time.monotonic()
    command = [
        SCRAPY, "crawl", "directory", "-a", f"start_url={site.base_url}/en/directory",
        "-s", f"OUTPUT_DIR={out}", "-s", f"HTTPCACHE_DIR={out / 'cache'}", "-s", f"LOG_FILE={out / 'crawl.log'}",
        *([] if polite else ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]),
    ]
    subprocess.run(command, cwd=REPO, check=True)
    records = list(site.requests)[start:]
    stats = json.loads((out / "stats.json").read_text())
    changes = [json.loads(line) for line in (out / "changes.jsonl").read_text().splitlines() if line]
    return {
        "seconds": time.monotonic() - began,
        "requests": len(records),
        "bytes": sum(r.bytes_sent for r in records),
        "wire": sum(r.bytes_sent + header_bytes(site, r) for r in records),
        "fetched": stats.get("pages/fetched"),
        "distinct": stats.get("pages/distinct"),
        "changes": len(changes),
        "answered_304": stats.get("server/status_count/304", 0),
    }


def main() -> None:
    polite = "--polite" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp, FixtureSite() as site:
        out = Path(tmp)
        first = crawl(site, out, polite)
        again = crawl(site, out, polite)
        site.server.set_variant("changed")
        changed = crawl(site, out, polite)
    rows = [("first crawl", first), ("re-crawl, unchanged site", again), ("re-crawl, changed site", changed)]
    print("| run | requests | body bytes | vs first | bytes with headers | vs first "
          "| pages fetched / distinct | 304s (stats) | change records | wall s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, row in rows:
        pages = f"{row['fetched']} / {row['distinct']}" if row["fetched"] is not None else "n/a"
        print(f"| {name} | {row['requests']} | {row['bytes']:,} | {row['bytes'] / first['bytes']:.2%} "
              f"| {row['wire']:,} | {row['wire'] / first['wire']:.2%} | {pages} | {row['answered_304']} | {row['changes']} "
              f"| {row['seconds']:.1f} |")


if __name__ == "__main__":
    main()
