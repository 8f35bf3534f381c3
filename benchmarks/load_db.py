"""Loading a crawl into PostgreSQL, beside PostgreSQL's own COPY of the same rows (issue 4).

    python benchmarks/load_db.py [--publications 100000] [--repeat 3]
                                 [--server postgresql://postgres@127.0.0.1/postgres]

Writes a synthetic crawl output (profiles.jsonl, publications.jsonl,
manifest.json, as the export writes them) to a temporary folder, then, in each
round, in a fresh database of its own on the server:

* **load**: ``profilecrawler.db.load`` — what ``profilecrawler load`` runs:
  reading and validating every line against the schema, hashing, creating the
  schema, writing every table, in one transaction;
* **COPY**: the same rows, already built in memory (not timed), sent with
  psycopg's ``COPY … FROM STDIN`` into tables made by the same DDL (keys,
  foreign keys, indexes) in a second schema of the same database, in one
  transaction;
* **reload**: the same output loaded again (nothing changes), and a **later
  crawl** with 1% of the publications changed, 1% gone, 1% new.

Prints rows/s of each and the ratio load / COPY (the target is at most 3), the
median over the rounds. Drops its databases at the end.

What the synthetic crawl holds (in the spirit of benchmarks/synthetic.py, made
directly as records): publications with 2–9 authors (80%), 10–30 (17%) or
31–200 (3%), a third of the names linking to a profile; listed on 1–4
profiles; an abstract on 75%; 1 profile per 20 publications, a quarter of
them with students or supervisors.
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import statistics
import sys
import tempfile
import time
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import psycopg  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from profilecrawler.db import load, tables  # noqa: E402
from profilecrawler.db import rows as to_rows  # noqa: E402
from profilecrawler.manifest import encode  # noqa: E402

WORDS = ("learning graph robust neural sparse causal models vision language speech policy optimal transport "
         "federated privacy diffusion bayesian inference kernel attention memory agents reward planning").split()
NAMES = ("Ana Bruno Chloé Dmitri Élodie Farah Gustavo Hana Ibrahim Jun Kenji Lucía Mateus Noor Olivier Priya "
         "Quentin Rania Sven Tomás Uma Viktor Wen Ximena Yusuf Zoë").split()
SURNAMES = ("Bérubé Côté Dubois Eriksen Fournier García Haddad Ito Jensen Kowalski Laurent Müller Nguyen "
            "Okafor Petrov Quispe Rossi Sato Tremblay Urquhart Vasquez Wang Xu Yilmaz Zhang").split()


def ascii_slug(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def synthetic_publication(rng: random.Random, n: int, ids: list[str], people: list[str], base: str) -> dict:
    kind = rng.random()
    size = rng.randint(2, 9) if kind < 0.8 else rng.randint(10, 30) if kind < 0.97 else rng.randint(31, 200)
    on = rng.sample(range(len(ids)), rng.choice((1, 1, 2, 2, 3, 4)))
    authors = [{"name": f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}",
                "profile_id": ids[rng.randrange(len(ids))] if rng.random() < 1 / 3 else None}
               for _ in range(size)]
    title = " ".join(rng.choice(WORDS).capitalize() for _ in range(rng.randint(4, 11))) + f" {n}"
    abstract = " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 140))) + "." if rng.random() < 0.75 else None
    return {
        "type": "publication", "id": f"pub-{n:016x}", "title": title, "authors": authors,
        "declared_author_count": None, "authors_complete": True, "abstract": abstract,
        "abstract_complete": abstract is not None, "published": f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}",
        "profile_ids": sorted(ids[i] for i in on), "source_urls": sorted(base + people[i] for i in on),
        "sightings": len(on), "quality_flags": [],
    }


def synthetic_crawl(out: Path, publications: int, seed: int = 4, finished: datetime | None = None,
                    change: float = 0.0) -> None:
    """Write a crawl output of ``publications`` records; with ``change`` > 0 the
    same crawl later: that share of publications changed, gone and new each."""
    rng = random.Random(seed)
    finished = finished or datetime(2026, 1, 1, tzinfo=timezone.utc)
    stamp = finished.isoformat(timespec="seconds")
    base = "https://mila.quebec/en/directory/"
    people = [ascii_slug(f"{rng.choice(NAMES)}-{rng.choice(SURNAMES)}-{i}") for i in range(publications // 20)]
    ids = [f"mila:{slug}" for slug in people]
    listed: dict[str, int] = {}
    records = []
    fate = random.Random(seed + 1)  # which publications a later crawl finds changed, gone or new
    for n in range(publications + int(publications * change)):
        roll = fate.random()
        if n < publications and roll < change:
            continue  # gone from the site
        record = synthetic_publication(random.Random(seed * 1_000_003 + n), n, ids, people, base)
        if n < publications and roll < 2 * change:
            record["abstract"] = (record["abstract"] or "New abstract") + " Revised."
            record["abstract_complete"] = True
        for profile_id in record["profile_ids"]:
            listed[profile_id] = listed.get(profile_id, 0) + 1
        records.append(record)
    with (out / "publications.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (out / "profiles.jsonl").open("w", encoding="utf-8") as handle:
        for slug, profile_id in zip(people, ids):
            person = lambda: {"name": f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", "profile_id": rng.choice(ids),
                              "program": "PhD", "institution": "Université de Montréal", "role": "Supervisor"}
            linked = rng.random() < 0.25
            handle.write(json.dumps({
                "type": "profile", "id": profile_id, "url": base + slug, "name": slug.rsplit("-", 1)[0].title(),
                "status": "member" if rng.random() < 0.6 else "alumni", "roles": ["PhD - Université de Montréal"],
                "positions": [{"title": "Professor", "institution": "Université de Montréal", "department": None}],
                "research_topics": rng.sample(WORDS, 3), "biography": None,
                "portrait_url": f"https://mila.quebec/portraits/{slug}.jpg",
                "students": [person() for _ in range(rng.randint(1, 4))] if linked else [],
                "supervisors": [person()] if linked else [],
                "publication_count": listed.get(profile_id, 0), "crawled_at": stamp, "source_urls": [base + slug],
            }, ensure_ascii=False) + "\n")
    manifest = {"type": "manifest", "schema_version": 1, "spider": "directory", "arguments": {"status": "all"},
                "scope": {"name": "directory:all", "statuses": ["member", "alumni"], "listing_complete": True,
                          "unreached_profile_ids": []},
                "rejected": {}, "started_at": stamp, "finished_at": stamp,
                "files": {"profiles.jsonl": len(people), "publications.jsonl": len(records)},
                # a snapshot as a run that passed publishes it (profilecrawler.publish)
                "verdict": {"status": "published", "reasons": [], "exit_code": 0,
                            "monitors": {"passed": 10, "failed": 0, "skipped": 0, "failures": []}}}
    (out / "manifest.json").write_bytes(encode(manifest))


def rows_in_memory(out: Path) -> dict[str, list[tuple]]:
    """Every row a load writes, as tuples in table column order (for COPY)."""
    seen = datetime(2026, 1, 1, tzinfo=timezone.utc)
    built = {table.name: [] for table in tables.DATA_TABLES}
    for line in (out / "profiles.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        built["profiles"].append(to_rows.profile_row(record, to_rows.content_hash(record), seen))
        built["supervision_links"] += to_rows.supervision_rows(record)
    for line in (out / "publications.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        built["publications"].append(to_rows.publication_row(record, to_rows.content_hash(record), seen))
        built["authorships"] += to_rows.authorship_rows(record)
        built["publication_profiles"] += [{"publication_id": record["id"], "profile_id": p, "active": True,
                                           "first_seen_at": seen, "last_seen_at": seen} for p in record["profile_ids"]]
    as_tuples = {}
    for table in tables.DATA_TABLES:
        json_columns = {c.name for c in table.columns if isinstance(c.type, sa.JSON)}
        names = [c.name for c in table.columns]
        as_tuples[table.name] = [tuple(json.dumps(row[n], ensure_ascii=False) if n in json_columns else row[n]
                                       for n in names) for row in built[table.name]]
    return as_tuples


def copy_baseline(url: str, built: dict[str, list[tuple]]) -> float:
    """Seconds to COPY the rows into tables made by the same DDL, schema 'baseline'."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE SCHEMA baseline")
        tables.metadata.create_all(conn.execution_options(schema_translate_map={None: "baseline"}),
                                   tables=list(tables.DATA_TABLES))
    engine.dispose()
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        began = time.perf_counter()
        with conn.cursor() as cursor:
            for table in tables.DATA_TABLES:
                columns = ", ".join(f'"{c.name}"' for c in table.columns)
                with cursor.copy(f'COPY baseline."{table.name}" ({columns}) FROM STDIN') as copy:
                    for row in built[table.name]:
                        copy.write_row(row)
        conn.commit()
        return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--publications", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    admin = psycopg.connect(args.server, autocommit=True)
    made = []

    def fresh_database() -> str:
        name = f"profilecrawler_bench_{secrets.token_hex(5)}"
        admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return make_url(args.server).set(database=name).render_as_string(hide_password=False)

    try:
        with tempfile.TemporaryDirectory(prefix="load-bench-") as folder:
            first, later = Path(folder, "first"), Path(folder, "later")
            first.mkdir(), later.mkdir()
            synthetic_crawl(first, args.publications)
            synthetic_crawl(later, args.publications, finished=datetime(2026, 1, 2, tzinfo=timezone.utc), change=0.01)
            built = rows_in_memory(first)
            total = sum(len(rows) for rows in built.values())
            sizes = ", ".join(f"{name} {len(rows):,}" for name, rows in built.items())
            print(f"synthetic crawl: {args.publications:,} publications; rows: {sizes}; {total:,} in all")
            results = {"load": [], "COPY": [], "reload": [], "later crawl": []}
            for round_ in range(args.repeat):
                url = fresh_database()
                began = time.perf_counter()
                report = load(first, url)
                results["load"].append(time.perf_counter() - began)
                loaded = sum(c.inserted for c in report.counts.values())
                assert loaded == total, (loaded, total)
                results["COPY"].append(copy_baseline(url, built))
                began = time.perf_counter()
                load(first, url)
                results["reload"].append(time.perf_counter() - began)
                began = time.perf_counter()
                later_report = load(later, url)
                results["later crawl"].append(time.perf_counter() - began)
                print(f"round {round_ + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in results.items()), flush=True)
            print("later crawl: " + "; ".join(f"{name} {vars(c)}" for name, c in later_report.counts.items()))
            median = {name: statistics.median(times) for name, times in results.items()}
            for name, seconds in median.items():
                rate = f"{total / seconds:>10,.0f} rows/s" if name in ("load", "COPY") else \
                    f"{args.publications / seconds:>10,.0f} publications read/s"
                print(f"{name:>12}: {seconds:6.2f} s  {rate}  (median of {len(results[name])}, "
                      f"min {min(results[name]):.2f} s, max {max(results[name]):.2f} s)")
            print(f"ratio load / COPY: {median['load'] / median['COPY']:.2f} (target ≤ 3)")
    finally:
        for name in made:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
