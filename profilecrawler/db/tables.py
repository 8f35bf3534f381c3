"""The relational schema a crawl is loaded into, and its migrations.

SQLAlchemy Core tables, the same on SQLite and PostgreSQL; lists of values
(roles, positions, topics, flags, URLs) are JSON columns (JSONB on PostgreSQL),
the relations one asks questions about are tables: ``authorships`` (who wrote a
publication, in order, and which of them are profiles of the site),
``publication_profiles`` (on which profiles a publication is listed) and
``supervision_links``.

``profiles``, ``publications`` and ``publication_profiles`` rows are never
deleted by a load: one that disappeared from a crawl that covered it gets
``active = false`` and keeps ``last_seen_at``. ``authorships`` and
``supervision_links`` are part of their parent's content and are replaced with
it when it changes. ``content_hash`` is a hash of what the row holds, so a load
tells a changed record from an unchanged one by one comparison.

``schema_version`` holds one row per migration applied; ``migrate`` brings a
database to ``DB_SCHEMA_VERSION`` inside the load's transaction.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from profilecrawler.text import looks_like_citation_text

# 1: the tables. 2: publications.abstract_complete and authors_complete may be
# NULL (unknown: no abstract, no author), as in the records of schema 2,
# authorships.citation_text says which entries look like citation text, and
# SQLite holds times as ISO 8601 with their offset (UtcTime).
DB_SCHEMA_VERSION = 2

metadata = sa.MetaData()
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


class UtcTime(sa.TypeDecorator):
    """A time in UTC: ``timestamptz`` on PostgreSQL; on SQLite, ISO 8601 text
    with its offset (``2026-12-02T00:52:03+00:00``), the form every file of a
    run writes (SQLAlchemy's own SQLite DateTime writes no offset). Reads take
    either form, and a time without an offset is UTC."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(sa.Text() if dialect.name == "sqlite" else sa.DateTime(timezone=True))

    def process_bind_param(self, value, dialect):
        if dialect.name != "sqlite" or value is None:
            return value
        return sqlite_time(value)

    def process_result_value(self, value, dialect):
        if dialect.name != "sqlite" or value is None or isinstance(value, datetime):
            return value
        parsed = datetime.fromisoformat(value)
        return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed.astimezone(timezone.utc)


def sqlite_time(value: datetime | str) -> str:
    """A time as SQLite holds it here (``UtcTime``), from a datetime or from the
    text SQLAlchemy's own DateTime wrote (``2026-12-02 00:52:03.000000``, UTC)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    return value.isoformat()


Time = UtcTime()


def _tracking() -> list[sa.Column]:
    """Columns every loaded record carries: whether the last crawl covering it
    saw it, and when it was first seen, last seen and last changed (crawl times
    from the manifest, so a repeated load writes the same values)."""
    return [
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("first_seen_at", Time, nullable=False),
        sa.Column("last_seen_at", Time, nullable=False),
    ]


schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied_at", Time, nullable=False),
)

profiles = sa.Table(
    "profiles", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("roles", Json, nullable=False),
    sa.Column("positions", Json, nullable=False),
    sa.Column("research_topics", Json, nullable=False),
    sa.Column("biography", sa.Text),
    sa.Column("portrait_url", sa.Text),
    sa.Column("publication_count", sa.Integer, nullable=False),
    sa.Column("source_urls", Json, nullable=False),
    sa.Column("crawled_at", Time, nullable=False),
    sa.Column("content_hash", sa.Text, nullable=False),
    *_tracking(),
    sa.Column("changed_at", Time, nullable=False),
    sa.Index("ix_profiles_status", "status"),
)

supervision_links = sa.Table(
    "supervision_links", metadata,
    sa.Column("profile_id", sa.Text, sa.ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True),
    # "student": the person is a student of profile_id; "supervisor": a supervisor of it.
    sa.Column("relation", sa.Text, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text),
    sa.Column("person_profile_id", sa.Text, index=True),
    sa.Column("program", sa.Text),
    sa.Column("institution", sa.Text),
    sa.Column("role", sa.Text),
)

publications = sa.Table(
    "publications", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("published", sa.Text),
    sa.Column("published_year", sa.Integer),
    sa.Column("abstract", sa.Text),
    sa.Column("abstract_complete", sa.Boolean),  # NULL: no abstract
    sa.Column("declared_author_count", sa.Integer),
    sa.Column("authors_complete", sa.Boolean),  # NULL: no author
    sa.Column("sightings", sa.Integer, nullable=False),
    sa.Column("quality_flags", Json, nullable=False),
    sa.Column("source_urls", Json, nullable=False),
    sa.Column("content_hash", sa.Text, nullable=False),
    *_tracking(),
    sa.Column("changed_at", Time, nullable=False),
)

authorships = sa.Table(
    "authorships", metadata,
    sa.Column("publication_id", sa.Text, sa.ForeignKey("publications.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),  # 1: first author
    sa.Column("name", sa.Text, nullable=False),  # as the page shows it
    # The author's profile when the name links to one; no foreign key: an
    # on-demand crawl loads publications whose co-authors it did not crawl.
    sa.Column("profile_id", sa.Text, index=True),
    # The entry looks like citation text, not a name (schema 2: the record's citation_text_authors).
    sa.Column("citation_text", sa.Boolean, nullable=False, server_default=sa.false()),
)

publication_profiles = sa.Table(
    "publication_profiles", metadata,
    sa.Column("publication_id", sa.Text, sa.ForeignKey("publications.id", ondelete="CASCADE"), primary_key=True),
    # No foreign key: a profile whose page failed may still list publications.
    sa.Column("profile_id", sa.Text, primary_key=True, index=True),
    *_tracking(),
)

DATA_TABLES = (profiles, supervision_links, publications, authorships, publication_profiles)


class SchemaMismatch(RuntimeError):
    """The database holds tables this version cannot load into."""


def current_version(conn) -> int | None:
    """The database's schema version; None for a database without our tables.
    Raises SchemaMismatch for a database with a table of ours but no version."""
    inspector = sa.inspect(conn)
    names = set(inspector.get_table_names())
    if schema_version.name not in names:
        clash = sorted(names & {table.name for table in DATA_TABLES})
        if clash:
            raise SchemaMismatch(f"the database has tables named {', '.join(clash)} that profilecrawler did not "
                                 "create (no schema_version table); use another database")
        return None
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()


def _rebuild_publications_on_sqlite(conn) -> None:
    """SQLite cannot drop a NOT NULL: ``publications`` is built anew from its
    definition and its rows copied. With foreign keys on, dropping or renaming a
    table that others refer to would delete their rows (ON DELETE CASCADE) or
    rewrite their references; so the tables referring to it (``authorships``,
    ``publication_profiles``) are set aside first, then built anew (as defined
    now) and given their rows back."""
    children = (authorships, publication_profiles)
    for child in children:
        conn.exec_driver_sql(f"CREATE TEMP TABLE {child.name}__kept AS SELECT * FROM {child.name}")
        conn.exec_driver_sql(f"DROP TABLE {child.name}")
    conn.exec_driver_sql("ALTER TABLE publications RENAME TO publications__v1")
    publications.create(conn)
    columns = ", ".join(f'"{column.name}"' for column in publications.columns)
    conn.exec_driver_sql(f"INSERT INTO publications ({columns}) SELECT {columns} FROM publications__v1")
    conn.exec_driver_sql("DROP TABLE publications__v1")
    for child in children:
        child.create(conn)
        kept = [row[1] for row in conn.exec_driver_sql(f"PRAGMA temp.table_info({child.name}__kept)")]
        columns = ", ".join(f'"{name}"' for name in kept)
        conn.exec_driver_sql(f"INSERT INTO {child.name} ({columns}) SELECT {columns} FROM temp.{child.name}__kept")
        conn.exec_driver_sql(f"DROP TABLE temp.{child.name}__kept")


def _times_with_offsets_on_sqlite(conn) -> None:
    """Every time SQLite holds, rewritten in UtcTime's form."""
    for table in (schema_version, *DATA_TABLES):
        columns = [column.name for column in table.columns if isinstance(column.type, UtcTime)]
        for name in columns:
            rows = conn.exec_driver_sql(f"SELECT rowid, {name} FROM {table.name} WHERE {name} IS NOT NULL").all()
            if rows:
                conn.exec_driver_sql(f"UPDATE {table.name} SET {name} = ? WHERE rowid = ?",
                                     [(sqlite_time(value), rowid) for rowid, value in rows])


def _completeness_may_be_unknown(conn) -> None:
    """Version 2: the two completeness columns of ``publications`` take NULL,
    and rows loaded before say NULL where there is nothing to be complete (no
    abstract; no authorship); ``authorships.citation_text`` is added and set by
    the rule (``text.looks_like_citation_text``)."""
    if conn.dialect.name == "sqlite":
        _rebuild_publications_on_sqlite(conn)  # authorships come back with citation_text
        _times_with_offsets_on_sqlite(conn)
    else:
        for column in ("abstract_complete", "authors_complete"):
            conn.exec_driver_sql(f"ALTER TABLE publications ALTER COLUMN {column} DROP NOT NULL")
        conn.exec_driver_sql("ALTER TABLE authorships ADD COLUMN citation_text BOOLEAN NOT NULL DEFAULT FALSE")
    conn.execute(sa.update(publications).where(publications.c.abstract.is_(None)).values(abstract_complete=None))
    has_author = sa.exists().where(authorships.c.publication_id == publications.c.id)
    conn.execute(sa.update(publications).where(~has_author).values(authors_complete=None))
    names = conn.execute(sa.select(authorships.c.publication_id, authorships.c.position, authorships.c.name))
    flagged = [{"p": row.publication_id, "n": row.position} for row in names if looks_like_citation_text(row.name)]
    if flagged:
        conn.execute(sa.update(authorships).where(authorships.c.publication_id == sa.bindparam("p"),
                                                  authorships.c.position == sa.bindparam("n"))
                     .values(citation_text=True), flagged)


# version → what brings the database from version - 1 to it. A new database is
# created at DB_SCHEMA_VERSION at once (its tables as defined above).
MIGRATIONS = {
    2: _completeness_may_be_unknown,
}


def migrate(conn) -> tuple[int | None, int]:
    """Bring the database to DB_SCHEMA_VERSION inside the caller's transaction;
    return (version before, version after)."""
    before = current_version(conn)
    if before is None:
        metadata.create_all(conn, tables=[schema_version, *DATA_TABLES])
        now = datetime.now(timezone.utc)
        for version in range(1, DB_SCHEMA_VERSION + 1):
            conn.execute(sa.insert(schema_version).values(version=version, applied_at=now))
        return None, DB_SCHEMA_VERSION
    if before > DB_SCHEMA_VERSION:
        raise SchemaMismatch(f"the database's schema is version {before}, newer than this profilecrawler knows "
                             f"({DB_SCHEMA_VERSION}); upgrade profilecrawler")
    for version in range((before or 0) + 1, DB_SCHEMA_VERSION + 1):
        MIGRATIONS[version](conn)
        conn.execute(sa.insert(schema_version).values(version=version, applied_at=datetime.now(timezone.utc)))
    return before, DB_SCHEMA_VERSION
