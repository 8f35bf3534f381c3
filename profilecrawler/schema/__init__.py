"""The published contract of the crawler's output: JSON Schemas (draft 2020-12).

One schema per record type, shipped in this package as ``<type>.schema.json``
and printed by ``profilecrawler schema [TYPE]``: ``profile``, ``publication``
(the snapshot), ``change`` (changes.jsonl), ``failure`` (failures.jsonl) and
``manifest`` (manifest.json). Each field says what it is in its
``description``. ``SCHEMA_VERSION`` is in every schema's ``$id`` and in the
manifest; it changes when a record changes shape.

Validation uses ``jsonschema-rs`` (a complete draft 2020-12 validator in Rust):
on this project's publication records it takes about 4 µs where the pure-Python
``jsonschema`` takes about 900 µs, and both the export and the database load
validate every record. Validators are compiled once per process, and check
``format`` (``crawled_at`` is a ``date-time``: ``2024-02-30T…`` fails it). The
schemas refuse what a database cannot hold where JSON Schema can say it: a NUL
in a text field, an integer beyond a database INTEGER (profilecrawler.db._storable
checks every value of a record before a load).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import jsonschema_rs

# 2: abstract_complete and authors_complete are null when there is no abstract,
# no author (they were false and true); schemas refuse what a database cannot hold.
SCHEMA_VERSION = 2
# Record types with a schema, in the order ``profilecrawler schema`` lists them.
KINDS = ("profile", "publication", "change", "failure", "manifest")
BUNDLE_ID = f"https://github.com/profilecrawler/profilecrawler/schema/{SCHEMA_VERSION}/records.schema.json"


@cache
def schema(kind: str) -> dict:
    """The schema of one record type (a fresh parse once; do not mutate it)."""
    if kind not in KINDS:
        raise KeyError(f"no schema for {kind!r}; known: {', '.join(KINDS)}")
    return json.loads(resources.files(__name__).joinpath(f"{kind}.schema.json").read_text(encoding="utf-8"))


def bundle() -> dict:
    """One schema for any record of any output file: each type's schema is
    embedded under ``$defs`` and the record must match the one its ``type`` names."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BUNDLE_ID,
        "title": "profilecrawler records",
        "description": "Any record profilecrawler writes; 'type' says which schema applies.",
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": list(KINDS)}},
        "allOf": [
            {"if": {"properties": {"type": {"const": kind}}}, "then": {"$ref": schema(kind)["$id"]}}
            for kind in KINDS
        ],
        "$defs": {kind: schema(kind) for kind in KINDS},
    }


@cache
def _validator(kind: str):
    return jsonschema_rs.validator_for(schema(kind), validate_formats=True)


def problems(kind: str, record, limit: int = 3) -> list[str]:
    """Why ``record`` does not match the schema of ``kind`` (at most ``limit``
    reasons, each ``<field path>: <message>``); empty when it does."""
    validator = _validator(kind)
    if validator.is_valid(record):
        return []
    found = []
    for error in validator.iter_errors(record):
        path = "/".join(str(part) for part in error.instance_path) or "(record)"
        found.append(f"{path}: {error.message}")
        if len(found) >= limit:
            break
    return found
