"""Database schema 1 → 2 (issue 10): a database loaded by the previous version
(tests/data/db-v1.*.sql: dumps of the fixture site's crawl loaded by it, on
SQLite and on PostgreSQL) is migrated by the next load: the completeness
columns take NULL, rows with nothing to be complete say NULL, nothing else
changes, and the load goes on."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from conftest import scrapy_crawl
from dbtools import db_url, dump, postgres_server, postgres_url  # noqa: F401 (fixtures)
from profilecrawler.db import load
from profilecrawler.db import tables as t
from profilecrawler.db.engine import create_engine
from profilecrawler.text import looks_like_citation_text

DATA = Path(__file__).parent / "data"


def restore_v1(url: str) -> None:
    """The dump of a database at schema version 1, restored into the empty database at ``url``."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            conn.executescript((DATA / "db-v1.sqlite.sql").read_text(encoding="utf-8"))
        return
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute((DATA / "db-v1.postgresql.sql").read_text(encoding="utf-8"))




KEYS = {"schema_version": "version", "profiles": "id", "supervision_links": "profile_id, relation, position",
        "publications": "id", "authorships": "publication_id, position", "publication_profiles": "publication_id, profile_id"}


TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")


def raw_rows(url: str) -> dict[str, list[dict]]:
    """Every row of every table as the database holds it, whatever its schema version."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {table: [dict(row._mapping) for row in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY {key}")]
                    for table, key in KEYS.items()}
    finally:
        engine.dispose()


def instant(value):
    """A time, in whatever form a database gave it, as an aware UTC datetime; any other value as it is."""
    if isinstance(value, str) and TIME.match(value):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    return value


def instants(rows: dict) -> dict:
    return {table: [{k: instant(v) for k, v in row.items()} for row in table_rows] for table, table_rows in rows.items()}


def test_a_version_1_database_is_migrated_to_unknown_completeness(db_url):
    restore_v1(db_url)
    before = raw_rows(db_url)
    assert [row["version"] for row in before["schema_version"]] == [1]
    no_abstract = {row["id"] for row in before["publications"] if row["abstract"] is None}
    with_authors = {row["publication_id"] for row in before["authorships"]}
    no_author = {row["id"] for row in before["publications"]} - with_authors
    assert no_abstract and no_author and all(not row["abstract_complete"] for row in before["publications"]
                                             if row["id"] in no_abstract)
    engine = create_engine(db_url)  # the loader's (SQLite: foreign keys on, as in a load)
    try:
        with engine.begin() as conn:
            assert t.migrate(conn) == (1, 2)
        columns = {c["name"]: c for c in sa.inspect(engine).get_columns("publications")}
    finally:
        engine.dispose()
    assert columns["abstract_complete"]["nullable"] and columns["authors_complete"]["nullable"]
    raw_after = raw_rows(db_url)
    if db_url.startswith("sqlite"):  # times as every file of a run writes them, offset included
        times = [row["last_seen_at"] for table in ("profiles", "publications") for row in raw_after[table]]
        assert times and all(re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$", v) for v in times)
    before, after = instants(before), instants(raw_after)
    assert [row["version"] for row in after["schema_version"]] == [1, 2]
    for old, new in zip(before["publications"], after["publications"], strict=True):
        assert new["abstract_complete"] == (None if old["id"] in no_abstract else old["abstract_complete"])
        assert new["authors_complete"] == (None if old["id"] in no_author else old["authors_complete"])
        untouched = set(old) - {"abstract_complete", "authors_complete"}
        assert {k: old[k] for k in untouched} == {k: new[k] for k in untouched}
    flagged = [(row["name"], bool(row.pop("citation_text"))) for row in after["authorships"]]
    assert [flag for _, flag in flagged] == [looks_like_citation_text(name) for name, _ in flagged]
    assert any(flag for _, flag in flagged)  # the seed's polluted list
    for table in ("profiles", "supervision_links", "authorships", "publication_profiles"):
        assert after[table] == before[table], table  # nothing lost to the rebuild of publications


def test_the_next_load_migrates_and_loads_a_crawl_of_schema_2(db_url, fixture_site, tmp_path):
    restore_v1(db_url)
    crawl = scrapy_crawl(tmp_path / "out", "directory", "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    report = load(tmp_path / "out", db_url)
    assert report.schema_version == (1, 2)
    rows = {row["id"]: row for row in dump(db_url)["publications"]}
    for record in crawl.publications:
        assert rows[record["id"]]["abstract_complete"] == record["abstract_complete"]
        assert rows[record["id"]]["authors_complete"] == record["authors_complete"]
    assert any(record["abstract_complete"] is None for record in crawl.publications)


def test_sqlite_holds_times_as_every_file_of_a_run_writes_them(fixture_site, tmp_path):
    crawl = scrapy_crawl(tmp_path / "out", "directory", "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    load(tmp_path / "out", url)
    raw = raw_rows(url)
    times = [row[name] for table in ("profiles", "publications", "publication_profiles") for row in raw[table]
             for name in ("first_seen_at", "last_seen_at")]
    times += [row["crawled_at"] for row in raw["profiles"]]
    assert times and all(re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$", t) for t in times), times[:3]
    assert {row["crawled_at"] for row in raw["profiles"]} == {p["crawled_at"] for p in crawl.profiles}
