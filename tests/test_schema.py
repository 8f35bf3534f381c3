"""The published schema: valid draft 2020-12, printed by ``profilecrawler
schema``, met by every record of a real crawl; a record that fails it is
rejected at export (rejected.jsonl, stats, log, manifest) and a database load
does not take it for gone."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import jsonschema
import pytest

from conftest import REPO, read_jsonl, scrapy_crawl
from dbtools import by_key, dump
from profilecrawler import schema, text
from profilecrawler.changes import write_changes
from profilecrawler.db import load
from profilecrawler.fixture_server import FixtureSite

# The independent check: the reference Python implementation of JSON Schema.
BUNDLE = jsonschema.Draft202012Validator(schema.bundle())


def test_every_schema_is_valid_draft_2020_12_and_describes_every_field():
    for kind in schema.KINDS:
        document = schema.schema(kind)
        jsonschema.Draft202012Validator.check_schema(document)
        assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert f"/schema/{schema.SCHEMA_VERSION}/" in document["$id"]
        for name, field in document["properties"].items():
            assert field.get("description"), (kind, name)
    jsonschema.Draft202012Validator.check_schema(schema.bundle())
    for kind in ("profile", "publication"):  # records say which schema they were written for
        assert schema.schema(kind)["properties"]["schema_version"]["const"] == schema.SCHEMA_VERSION


def test_the_schema_command_prints_the_shipped_schemas():
    def run(*args):
        return subprocess.run([sys.executable, "-m", "profilecrawler", "schema", *args],
                              capture_output=True, text=True, timeout=60)

    for kind in ("profile", "publication"):
        printed = run(kind)
        assert printed.returncode == 0 and json.loads(printed.stdout) == schema.schema(kind)
    everything = run()
    assert everything.returncode == 0 and json.loads(everything.stdout) == schema.bundle()
    bogus = run("award")
    assert bogus.returncode == 2 and "invalid choice" in bogus.stderr


@pytest.fixture(scope="module")
def site_crawl(fixture_site, tmp_path_factory):
    crawl = scrapy_crawl(tmp_path_factory.mktemp("crawl"), "directory",
                         "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    return crawl


def test_every_record_of_a_real_crawl_meets_the_schema(site_crawl, tmp_path):
    out = site_crawl.output_dir
    records = {name: read_jsonl(out / f"{name}.jsonl") for name in ("profiles", "publications", "failures")}
    assert records["profiles"] and records["publications"] and records["failures"]
    for name, lines in records.items():
        for record in lines:
            errors = [error.message for error in BUNDLE.iter_errors(record)]
            assert not errors, (name, record.get("id", record.get("url")), errors)
            assert schema.problems(record["type"], record) == []  # the two implementations agree
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert not list(BUNDLE.iter_errors(manifest)) and schema.problems("manifest", manifest) == []
    assert (out / "rejected.jsonl").read_bytes() == b"" and site_crawl.stats.get("schema/rejected") is None
    assert site_crawl.stats["schema/checked/publication"] == len(records["publications"])
    # Change records, from the export's own diff of two snapshots.
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    profiles = records["profiles"]
    old.write_text("".join(json.dumps(p) + "\n" for p in profiles[:3]), encoding="utf-8")
    edited = [{**profiles[0], "name": "Someone Else"}, profiles[2], profiles[3]]
    new.write_text("".join(json.dumps(p) + "\n" for p in edited), encoding="utf-8")
    write_changes([(old, new)], tmp_path / "changes.jsonl")
    changes = read_jsonl(tmp_path / "changes.jsonl")
    assert {c["change"] for c in changes} == {"added", "changed", "removed"}
    for change in changes:
        assert not list(BUNDLE.iter_errors(change)) and schema.problems("change", change) == []


@pytest.mark.parametrize("kind, edit, where", [
    ("publication", {"published": "2020-13"}, "published"),
    ("publication", {"authors": [{"name": "", "profile_id": None}]}, "authors/0/name"),
    ("publication", {"quality_flags": ["looks_odd"]}, "quality_flags/0"),
    ("publication", {"sightings": 0}, "sightings"),
    ("publication", {"extra": 1}, "(record)"),
    ("profile", {"status": "visitor"}, "status"),
    ("profile", {"portrait_url": "data:image/gif;base64,R0lGOD"}, "portrait_url"),
    ("profile", {"crawled_at": "yesterday"}, "crawled_at"),
    ("profile", {"id": "Jane Doe"}, "id"),
])
def test_both_validators_reject_what_the_schema_forbids(site_crawl, kind, edit, where):
    good = read_jsonl(site_crawl.output_dir / f"{kind}s.jsonl")[0]
    bad = {**good, **edit}
    assert list(BUNDLE.iter_errors(bad))
    problems = schema.problems(kind, bad)
    assert problems and problems[0].startswith(f"{where}: "), problems


def test_a_record_failing_the_schema_is_rejected_not_lost_and_not_taken_for_gone(site_crawl, tmp_path):
    """A real crawl of a copy of the site where one portrait is a data: URL
    (a lazy-loading placeholder): that profile fails the schema."""
    site = tmp_path / "site"
    shutil.copytree(REPO / "fixtures" / "site", site)
    page = site / "en" / "directory" / "aisha-bello" / "page-0.html"
    html = page.read_text(encoding="utf-8")
    original = 'src="/sites/default/files/portraits/aisha-bello.jpg"'
    assert original in html
    page.write_text(html.replace(original, 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="'), encoding="utf-8")
    aisha = text.profile_id("mila", "aisha-bello")
    with FixtureSite(root=site) as server:
        crawl = scrapy_crawl(tmp_path / "out", "directory", "-a", f"start_url={server.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert aisha not in {p["id"] for p in crawl.profiles}
    rejected = read_jsonl(crawl.output_dir / "rejected.jsonl")
    assert [(r["record_type"], r["id"]) for r in rejected] == [("profile", aisha)]
    assert rejected[0]["reasons"][0].startswith("portrait_url: ") and rejected[0]["record"]["name"] == "Aisha Bello"
    stats = crawl.stats
    assert stats["schema/rejected"] == stats["schema/rejected/profile"] == 1
    everyone = read_jsonl(site_crawl.output_dir / "profiles.jsonl")
    assert stats["export/profiles"] == len(crawl.profiles) == len(everyone) - 1
    assert f"Rejected profile {aisha}: it fails the schema (portrait_url: " in crawl.log
    manifest = json.loads((crawl.output_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rejected"] == {"profile": [aisha]} and manifest["files"]["rejected.jsonl"] == 1

    # Loaded after a crawl that had her: she is not marked gone, nor is what she lists.
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    load(site_crawl.output_dir, url)
    report = load(crawl.output_dir, url)
    assert report.counts["profiles"].deactivated == 0 and report.counts["publication_profiles"].deactivated == 0
    db = dump(url)
    assert by_key(db["profiles"], "id")[aisha]["active"] is True
    assert all(row["active"] for row in db["publication_profiles"] if row["profile_id"] == aisha)
