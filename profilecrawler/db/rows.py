"""From an exported record to table rows, and the hash that tells whether it changed.

The hash covers what the rows hold and nothing that changes on every run
(``crawled_at``), the record's form (``schema_version``), where its values were read
(``field_sources``; a profile's ``languages`` and ``as_shown``: the snapshot files keep them; no table holds them) or depends on how much of the site the crawl covered
(a publication's ``profile_ids``: those are links of their own, maintained
within the crawl's scope). Equal hash, equal rows: a load writes nothing for
an unchanged record.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from profilecrawler.merge import citation_text_positions

# Fields left out of a record's content hash (see the module docstring).
UNHASHED = {"profile": ("crawled_at", "schema_version", "field_sources", "languages", "as_shown"),
            "publication": ("profile_ids", "schema_version", "field_sources")}


def content_hash(record: dict) -> str:
    skip = UNHASHED[record["type"]]
    content = {key: value for key, value in record.items() if key not in skip}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(canonical.encode("utf-8"), digest_size=16).hexdigest()


def utc(value: datetime | str) -> datetime:
    """An aware UTC datetime from an ISO string or a datetime (naive is UTC:
    SQLite gives timestamps back without their zone)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def profile_row(record: dict, digest: str, seen_at: datetime) -> dict:
    return {
        "id": record["id"],
        "name": record["name"],
        "status": record["status"],
        "url": record["url"],
        "roles": record["roles"],
        "positions": record["positions"],
        "research_topics": record["research_topics"],
        "biography": record["biography"],
        "portrait_url": record["portrait_url"],
        "publication_count": record["publication_count"],
        "source_urls": record["source_urls"],
        "crawled_at": utc(record["crawled_at"]),
        "content_hash": digest,
        "active": True,
        "first_seen_at": seen_at,
        "last_seen_at": seen_at,
        "changed_at": seen_at,
    }


def supervision_rows(record: dict) -> list[dict]:
    rows = []
    for relation, people in (("student", record["students"]), ("supervisor", record["supervisors"])):
        for position, person in enumerate(people, 1):
            rows.append({
                "profile_id": record["id"], "relation": relation, "position": position,
                "name": person["name"], "person_profile_id": person["profile_id"], "program": person["program"],
                "institution": person["institution"], "role": person["role"],
            })
    return rows


def publication_row(record: dict, digest: str, seen_at: datetime) -> dict:
    published = record["published"]
    return {
        "id": record["id"],
        "title": record["title"],
        "published": published,
        "published_year": int(published[:4]) if published else None,
        "abstract": record["abstract"],
        "abstract_complete": record["abstract_complete"],
        "declared_author_count": record["declared_author_count"],
        "authors_complete": record["authors_complete"],
        "sightings": record["sightings"],
        "quality_flags": record["quality_flags"],
        "source_urls": record["source_urls"],
        "content_hash": digest,
        "active": True,
        "first_seen_at": seen_at,
        "last_seen_at": seen_at,
        "changed_at": seen_at,
    }


def authorship_rows(record: dict) -> list[dict]:
    # A snapshot of schema 1 does not say which entries look like citation text: the rule says it.
    citation = record.get("citation_text_authors")
    citation = set(citation if citation is not None else citation_text_positions(record["authors"]))
    return [
        {"publication_id": record["id"], "position": position, "name": author["name"],
         "profile_id": author["profile_id"], "citation_text": position in citation}
        for position, author in enumerate(record["authors"], 1)
    ]
