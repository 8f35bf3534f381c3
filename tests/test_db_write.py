"""Bulk writes by key (profilecrawler.db.write) on SQLite and PostgreSQL: a few
keys as bound parameters, many through a temporary table, single and composite
keys, and what else stays untouched."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import sqlalchemy as sa

from dbtools import db_url, postgres_server, postgres_url  # noqa: F401 (fixtures)
from profilecrawler.db import tables as t
from profilecrawler.db.engine import create_engine
from profilecrawler.db.write import IN_LIST_MAX, delete_keys, insert_rows, update_keys

WHEN = datetime(2024, 5, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("many", [False, True], ids=["bound keys", "staged keys"])
def test_updates_and_deletes_by_key_touch_exactly_those_rows(db_url, many):
    n = IN_LIST_MAX * 2 + 7 if many else 40
    ids = [f"pub-{i:016x}" for i in range(n)]
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            t.migrate(conn)
            insert_rows(conn, t.publications, [{
                "id": i, "title": f"Paper {i}", "published": None, "published_year": None, "abstract": None,
                "abstract_complete": False, "declared_author_count": None, "authors_complete": True,
                "sightings": 1, "quality_flags": [], "source_urls": ["https://example.org/"], "content_hash": "h",
                "active": True, "first_seen_at": WHEN, "last_seen_at": WHEN, "changed_at": WHEN} for i in ids])
            insert_rows(conn, t.authorships, [{"publication_id": i, "position": p, "name": f"A{p}", "profile_id": None, "citation_text": False}
                                              for i in ids for p in (1, 2)])
            insert_rows(conn, t.publication_profiles, [{"publication_id": i, "profile_id": f"mila:p{k}", "active": True,
                                                        "first_seen_at": WHEN, "last_seen_at": WHEN}
                                                       for i in ids for k in (1, 2)])
            chosen = ids[::2]
            assert update_keys(conn, t.publications, chosen, {"active": False}) == len(chosen)
            pairs = [(i, "mila:p2") for i in chosen]
            assert update_keys(conn, t.publication_profiles, pairs, {"active": False}) == len(pairs)
            assert delete_keys(conn, t.authorships, t.authorships.c.publication_id, chosen) == 2 * len(chosen)

            inactive = set(conn.execute(sa.select(t.publications.c.id).where(~t.publications.c.active)).scalars())
            assert inactive == set(chosen)
            pp = t.publication_profiles
            off = set(conn.execute(sa.select(pp.c.publication_id, pp.c.profile_id).where(~pp.c.active)).all())
            assert off == set(pairs)
            left = set(conn.execute(sa.select(t.authorships.c.publication_id)).scalars())
            assert left == set(ids) - set(chosen)
    finally:
        engine.dispose()
