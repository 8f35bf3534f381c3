"""Real databases for the load tests: a SQLite file, or a PostgreSQL database
of the test's own on the server at 127.0.0.1 (created with a unique name and
dropped after).

PostgreSQL unreachable: the test fails when CI=true (CI's machine runs one),
and is skipped with the reason otherwise. Another server can be named with
PROFILECRAWLER_TEST_POSTGRES (a URL of its maintenance database).
"""

from __future__ import annotations

import json
import os
import secrets
from datetime import datetime

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
