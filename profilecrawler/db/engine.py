"""Connecting to the database a crawl is loaded into.

``sqlite:///path.db`` (embedded, no server) or ``postgresql://…`` (read as
``postgresql+psycopg://…``: psycopg 3 is the driver, and its COPY is what makes
loading 100k publications fast). Other databases are refused: only these two
are tested.

SQLite: Python's sqlite3 module starts transactions late and commits before
DDL, so a failed first load could leave tables behind. The engine takes over
``BEGIN`` (SQLAlchemy's documented recipe) and starts every transaction with
``BEGIN IMMEDIATE``: the whole load, schema creation included, is one
transaction that holds the write lock from its start (a second load waits for
it up to SQLITE_LOCK_WAIT). PostgreSQL: a load takes a transaction-level
advisory lock, so two loads into one database queue instead of interleaving.
"""

from __future__ import annotations

import importlib.util
import json

import sqlalchemy as sa
from sqlalchemy.engine import make_url

# Any constant: the key of the advisory lock every load takes on PostgreSQL.
_PG_LOCK_KEY = 0x70726F66  # "prof"
SQLITE_LOCK_WAIT = 600.0  # seconds


class BadDatabaseURL(ValueError):
    pass


def normalise_url(url: str) -> sa.URL:
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError as error:
        raise BadDatabaseURL(f"not a database URL: {url!r} ({error})") from None
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if parsed.get_driver_name() not in ("psycopg", "") and "+" in parsed.drivername:
            raise BadDatabaseURL(f"{parsed.drivername}: use postgresql:// or postgresql+psycopg:// (psycopg 3)")
        if importlib.util.find_spec("psycopg") is None:
            raise BadDatabaseURL("PostgreSQL needs its driver, an extra of profilecrawler: "
                                 "pip install 'profilecrawler[postgres]'")
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise BadDatabaseURL("sqlite needs a file: sqlite:///path/to/file.db")
        return parsed
    raise BadDatabaseURL(f"{parsed.drivername}: the databases supported are sqlite:///FILE and postgresql://…")


def create_engine(url: str) -> sa.Engine:
    url = normalise_url(url)
    # SQLite: a second load waits for the first one's write lock this long.
    connect_args = {"timeout": SQLITE_LOCK_WAIT} if url.get_backend_name() == "sqlite" else {}
    # JSON columns keep non-ASCII text as it is (SQLite stores the JSON text).
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool, connect_args=connect_args,
                              json_serializer=lambda value: json.dumps(value, ensure_ascii=False))
    if engine.dialect.name == "sqlite":
        @sa.event.listens_for(engine, "connect")
        def _connect(dbapi_connection, _record):
            dbapi_connection.isolation_level = None  # we say BEGIN ourselves
            dbapi_connection.execute("PRAGMA foreign_keys = ON")

        @sa.event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    return engine


def lock(conn) -> None:
    """Hold off any other load into this database until this transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
    # SQLite: BEGIN IMMEDIATE already holds the database's write lock.


def display(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url
