"""Real databases for the load tests: a SQLite file, or a PostgreSQL database
of the test's own on the server at 127.0.0.1 (created with a unique name and
dropped after). Also: a whole database as comparable values, and crawl
outputs laid out as runs leave them (a verdict in the manifest, a job folder
with runs/<id> and current).

PostgreSQL unreachable: the test fails when CI=true (CI's machine runs one),
and is skipped with the reason otherwise. Another server can be named with
PROFILECRAWLER_TEST_POSTGRES (a URL of its maintenance database).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from profilecrawler.db import tables
from profilecrawler.db.rows import utc

POSTGRES_SERVER = os.environ.get("PROFILECRAWLER_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def postgres_server():
    """An autocommit connection to the server's maintenance database."""
    try:
        conn = psycopg.connect(POSTGRES_SERVER, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        message = f"PostgreSQL at {POSTGRES_SERVER} is unreachable: {str(error).strip()}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the database tests must run)")
        pytest.skip(message)
    yield conn
    conn.close()


def create_database(server) -> str:
    """A new empty database; its URL."""
    name = f"profilecrawler_test_{secrets.token_hex(6)}"
    server.execute(f'CREATE DATABASE "{name}"')
    return make_url(POSTGRES_SERVER).set(database=name).render_as_string(hide_password=False)


def drop_database(server, url: str) -> None:
    server.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_server):
    url = create_database(postgres_server)
    yield url
    drop_database(postgres_server, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The URL of an empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'crawl.db'}"
    return request.getfixturevalue("postgres_url")


def _plain(value):
    if isinstance(value, datetime):
        return utc(value).isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def dump(url: str) -> dict[str, list[dict]]:
    """Every row of every data table, as comparable plain values, in key order."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            if tables.profiles.name not in sa.inspect(conn).get_table_names():
                return {}
            result = {}
            for table in (tables.schema_version, *tables.DATA_TABLES):
                order = list(table.primary_key.columns)
                result[table.name] = [{key: _plain(value) for key, value in row._mapping.items()}
                                      for row in conn.execute(sa.select(table).order_by(*order))]
            return result
    finally:
        engine.dispose()


def by_key(rows: list[dict], *key: str) -> dict:
    return {tuple(row[name] for name in key) if len(key) > 1 else row[key[0]]: row for row in rows}


def everything(url: str) -> dict:
    """The whole database, to tell "unchanged" byte for byte: every table of
    every schema (ours or not), its columns and all its rows in a stable order;
    for SQLite also the file's bytes (None: no file)."""
    parsed = make_url(url)
    result: dict = {}
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        result["file"] = open(path, "rb").read() if os.path.exists(path) else None
        if result["file"] is None:
            return result
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            inspector = sa.inspect(conn)
            schemas = [name for name in inspector.get_schema_names() if name != "information_schema"]
            for schema in schemas:
                for name in sorted(inspector.get_table_names(schema=schema)):
                    table = sa.Table(name, sa.MetaData(), schema=schema, autoload_with=conn)
                    rows = sorted((tuple(repr(_plain(value)) for value in row)
                                   for row in conn.execute(sa.select(table))))
                    result[f"{schema}.{name}"] = {"columns": [str(c.type) + " " + c.name for c in table.columns],
                                                  "rows": rows}
    finally:
        engine.dispose()
    return result


# --- snapshots as a run leaves them ---------------------------------------------------

RUN_ID = "20240501T031500.000000Z"
SNAPSHOT_FILES = ("profiles.jsonl", "publications.jsonl", "failures.jsonl", "rejected.jsonl", "changes.jsonl",
                  "manifest.json", "stats.json")
REASONS = {
    "published": [],
    "suspect": ["monitor failed: publications fell from 84 to 0 (-100.0%, allowed -20.0%)"],
    "partial": ["stopped early: finish reason 'closespider_pagecount'", "12 requests not done"],
}


def snapshot_of(output_dir: Path) -> Path:
    """The folder holding a crawl's files, whatever layout the crawl wrote:
    its published run (``current``), else its newest run, else the folder
    itself (the older flat layout)."""
    output_dir = Path(output_dir)
    if (output_dir / "current").exists():
        return (output_dir / "current").resolve()
    runs = sorted((output_dir / "runs").glob("*Z")) if (output_dir / "runs").is_dir() else []
    return runs[-1] if runs else output_dir


def last_run(output_dir: Path) -> Path:
    """The folder of a crawl's newest run, published or not (the older flat
    layout: the folder itself)."""
    runs = sorted((Path(output_dir) / "runs").glob("*Z")) if (Path(output_dir) / "runs").is_dir() else []
    return runs[-1] if runs else Path(output_dir)


def verdict(status: str = "published", reasons: list[str] | None = None) -> dict:
    failures = [r.removeprefix("monitor failed: ") for r in (REASONS[status] if reasons is None else reasons)
                if r.startswith("monitor failed: ")]
    return {"status": status, "reasons": REASONS[status] if reasons is None else reasons,
            "exit_code": 0 if status == "published" else 2,
            "monitors": {"passed": 9 - len(failures), "failed": len(failures), "skipped": 0, "failures": failures},
            "decided_at": "2024-05-01T03:20:00+00:00"}


def write_verdict(folder: Path, status: str | None = "published", reasons: list[str] | None = None,
                  run_id: str | None = None, **scope) -> dict:
    """Give the manifest in ``folder`` a verdict (None: remove it) and these
    ``scope`` fields (None: remove the field), as a run's close would; checked
    against the manifest schema."""
    from profilecrawler import schema

    path = Path(folder) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.pop("verdict", None)
    if status is not None:
        manifest["verdict"] = verdict(status, reasons)
    if run_id is not None:
        manifest["run_id"] = run_id
    for name, value in scope.items():
        manifest["scope"].pop(name, None)
        if value is not None:
            manifest["scope"][name] = value
    assert schema.problems("manifest", manifest) == []
    path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def copy_snapshot(source: Path, target: Path, status: str | None = "published", **options) -> Path:
    """A plain folder holding a copy of a crawl's snapshot (``source``: its
    output folder, any layout), its manifest given ``status`` (see write_verdict)."""
    source = snapshot_of(source)
    target.mkdir(parents=True)
    for name in SNAPSHOT_FILES:
        if (source / name).is_file():
            shutil.copyfile(source / name, target / name)
    write_verdict(target, status, **options)
    return target


def _link(target: str, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.link")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, path)


def publish(job: Path, run_id: str) -> None:
    """Point the job folder's ``current`` at runs/<run_id> (one rename), with
    the fixed links at its top."""
    _link(f"runs/{run_id}", Path(job) / "current")
    for name in SNAPSHOT_FILES:
        if not (Path(job) / name).is_symlink():
            _link(f"current/{name}", Path(job) / name)


def add_run(job: Path, source: Path, run_id: str = RUN_ID, status: str | None = "published",
            publish_it: bool | None = None, **options) -> Path:
    """Copy a crawl's snapshot into ``job/runs/<run_id>`` with a verdict, as a
    run leaves it; published (``current`` switched to it) when its status is
    ``published`` unless ``publish_it`` says otherwise. Returns the run folder."""
    run = copy_snapshot(source, Path(job) / "runs" / run_id, status, run_id=run_id, **options)
    if publish_it if publish_it is not None else status == "published":
        publish(job, run_id)
    return run


def published_job(source: Path, job: Path, **options) -> Path:
    """A job folder whose one run, a copy of ``source``'s snapshot, is published."""
    add_run(job, source, **options)
    return job


def profilecrawler(*args, cwd):
    """``python -m profilecrawler ARGS`` as a user runs it (no DATABASE_URL from the test's environment)."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.run([sys.executable, "-m", "profilecrawler", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)
