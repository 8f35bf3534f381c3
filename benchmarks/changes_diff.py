"""Time the changes.jsonl diff (``profilecrawler.changes.diff_snapshots``) on a
synthetic pair of 100k-record snapshots, with the same origin and with the
site served from another origin (``origins=`` given: no change reported).

``python -m benchmarks.changes_diff [--records N] [--work DIR]``: prints the
best of ``--repeats`` runs of each case, interleaved so that a drift of the
machine's speed hits every case alike.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from profilecrawler.changes import diff_snapshots

OLD, NEW = "http://127.0.0.1:41234", "http://127.0.0.1:50505"


def record(i: int, origin: str, stamp: str) -> dict:
    """A profile-like (odd i) or publication-like record full of URLs of ``origin``."""
    if i % 2:
        return {"type": "profile", "id": f"mila:{i:07d}", "url": f"{origin}/en/directory/p{i}",
                "name": f"Person {i}", "status": "member", "roles": ["Core member"],
                "portrait_url": f"{origin}/files/p{i}.jpg",
                "supervisors": [{"name": "S", "profile_id": "mila:s", "href": f"{origin}/en/directory/s"}],
                "source_urls": [f"{origin}/en/directory/p{i}"], "crawled_at": stamp}
    return {"type": "publication", "id": f"mila:{i:07d}", "title": f"Paper {i}", "abstract": "word " * 100,
            "authors": [{"name": f"A{k}", "profile_url": f"{origin}/en/directory/a{k}"} for k in range(4)],
            "source_urls": [f"{origin}/en/directory/a0?page=0%2C1"], "crawled_at": stamp}


def write(path: Path, records: int, origin: str, stamp: str) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(records):
            handle.write(json.dumps(record(i, origin, stamp)) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--work", type=Path, help="where the snapshots are written (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.work) as folder:
        work = Path(folder)
        old = write(work / "old.jsonl", args.records, OLD, "2026-05-01T00:00:00Z")
        same = write(work / "same.jsonl", args.records, OLD, "2026-06-01T00:00:00Z")
        moved = write(work / "moved.jsonl", args.records, NEW, "2026-06-01T00:00:00Z")
        cases = {
            "same origin": (same, {}),
            "moved, origins not given": (moved, {}),
            "moved, origins given": (moved, {"origins": (OLD, NEW)}),
        }
        best: dict[str, tuple[float, int]] = {}
        for _ in range(args.repeats):
            for name, (new, options) in cases.items():
                began = time.perf_counter()
                changes = sum(1 for _ in diff_snapshots(old, new, **options))
                seconds = time.perf_counter() - began
                if name not in best or seconds < best[name][0]:
                    best[name] = (seconds, changes)
        for name, (seconds, changes) in best.items():
            print(f"{name:<28} {seconds:6.2f} s  {changes:>7} changes  (best of {args.repeats}, {args.records} records)")


if __name__ == "__main__":
    main()
