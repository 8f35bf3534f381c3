"""Bad input to a load, on SQLite and PostgreSQL: every kind of bad line is
reported with its file and line number; without --strict the rest is loaded
and nothing is marked gone, with --strict nothing is loaded. Also: a file cut
short at a line boundary, no manifest, an unreadable manifest (refused
without --accept-suspect), a database that is not ours, and the command's exit
codes."""

from __future__ import annotations

import json
import shutil

import pytest
import sqlalchemy as sa

from conftest import read_jsonl, scrapy_crawl
from dbtools import by_key, db_url, dump, everything, postgres_server, postgres_url  # noqa: F401 (fixtures)
from dbtools import profilecrawler, published_job
from profilecrawler import schema
from profilecrawler.db import LoadError, NotPublished, load
from profilecrawler.db import tables


@pytest.fixture(scope="module")
def crawl_output(fixture_site, tmp_path_factory):
    """A job folder whose published run is a real crawl of the fixture site."""
    crawl = scrapy_crawl(tmp_path_factory.mktemp("crawl"), "directory",
                         "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    return published_job(crawl.output_dir, tmp_path_factory.mktemp("published") / "job")


def copy_output(source, target):
    target.mkdir()
    for name in ("profiles.jsonl", "publications.jsonl", "manifest.json"):
        shutil.copy(source / name, target / name)
    return target


def lines_of(path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def json_line(record) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def with_bad_lines(crawl_output, target):
    """A copy of the output with one bad line of each kind (lines replaced, so
    the counts still match the manifest); {(file, line): reason fragment}."""
    out = copy_output(crawl_output, target)
    publications, profiles = lines_of(out / "publications.jsonl"), lines_of(out / "profiles.jsonl")
    first = json.loads(publications[0])
    bad = {
        2: (publications[1][:40] + b"\n", "not a JSON line"),  # cut off mid-record
        4: (b"<html><body>502 Bad Gateway</body></html>\n", "not a JSON line"),
        6: (publications[5].replace(b'"title": "', b'"title": "\xff\xfe', 1), "not a JSON line"),  # not UTF-8
        8: (b"[1, 2, 3]\n", "not a JSON object"),
        10: (json_line({"type": "award", "id": "award-1"}), "unknown record type 'award'"),
        12: (profiles[0], "a profile record in publications.jsonl"),
        14: (json_line({**json.loads(publications[13]), "published": "2020-13"}),
             "fails the publication schema: published: "),
        16: (publications[0], f"duplicate id {first['id']!r} (first at line 1)"),
    }
    for number, (line, _) in bad.items():
        publications[number - 1] = line
    (out / "publications.jsonl").write_bytes(b"".join(publications))
    profiles[2] = json_line({**json.loads(profiles[2]), "status": "visitor"})
    (out / "profiles.jsonl").write_bytes(b"".join(profiles))
    expected = {("publications.jsonl", n): reason for n, (_, reason) in bad.items()}
    expected[("profiles.jsonl", 3)] = "fails the profile schema: status: "
    return out, expected


def assert_bad_lines(report, expected: dict) -> None:
    """The report lists exactly the ``expected`` bad lines, each with its reason fragment."""
    got = {(bad.file, bad.line): bad.reason for bad in report.bad_lines}
    assert set(got) == set(expected)
    for where, fragment in expected.items():
        assert fragment in got[where], (where, got[where])


def test_each_kind_of_bad_line_is_listed_skipped_and_the_rest_loaded(db_url, crawl_output, tmp_path):
    load(crawl_output, db_url)  # what a previous night loaded
    bad_output, expected = with_bad_lines(crawl_output, tmp_path / "bad")
    report = load(bad_output, db_url)
    assert_bad_lines(report, expected)
    publications = read_jsonl(crawl_output / "publications.jsonl")
    profiles = read_jsonl(crawl_output / "profiles.jsonl")
    c = report.counts
    assert c["publications"].unchanged == len(publications) - 8  # 8 lines replaced by bad ones
    assert c["profiles"].unchanged == len(profiles) - 1
    # A skipped line might be the record that looks missing: nothing is gone.
    assert report.nothing_gone_because.startswith("9 bad lines")
    assert all(c[table].deactivated == 0 for table in c)
    db = dump(db_url)
    assert all(row["active"] for table in ("profiles", "publications", "publication_profiles") for row in db[table])
    assert "publications.jsonl:4: not a JSON line" in report.summary()


def test_strict_aborts_on_a_bad_line_and_loads_nothing(db_url, crawl_output, tmp_path):
    load(crawl_output, db_url)
    before = dump(db_url)
    bad_output, _ = with_bad_lines(crawl_output, tmp_path / "bad")
    with pytest.raises(LoadError, match=r"--strict: 9 bad lines, 0 other problems \(first: profiles.jsonl:3: "):
        load(bad_output, db_url, strict=True)
    assert dump(db_url) == before


def test_a_file_cut_at_a_line_boundary_is_caught_by_the_manifest_counts(db_url, crawl_output, tmp_path):
    out = copy_output(crawl_output, tmp_path / "cut")
    lines = lines_of(out / "publications.jsonl")
    (out / "publications.jsonl").write_bytes(b"".join(lines[:-2]))
    load(crawl_output, db_url)
    report = load(out, db_url)
    assert report.problems == [f"publications.jsonl has {len(lines) - 2} records, the manifest says {len(lines)}"]
    assert report.counts["publications"].deactivated == 0  # the two lost lines are not taken for gone
    assert by_key(dump(db_url)["publications"], "id")[json.loads(lines[-1])["id"]]["active"] is True
    with pytest.raises(LoadError, match="--strict: 0 bad lines, 1 other problems"):
        load(out, db_url, strict=True)


def test_without_a_usable_manifest_nothing_loads_unless_accepted_and_then_nothing_is_gone(crawl_output, tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    load(crawl_output, url)
    out = copy_output(crawl_output, tmp_path / "fewer")
    lines = lines_of(out / "profiles.jsonl")
    (out / "profiles.jsonl").write_bytes(b"".join(lines[1:]))
    (out / "manifest.json").unlink()
    before = everything(url)
    with pytest.raises(NotPublished, match=r"has no manifest.json: .*; pass --accept-suspect to load it anyway"):
        load(out, url)
    assert everything(url) == before
    report = load(out, url, accept_suspect=True)
    assert report.problems == ["no manifest.json: what the crawl covered is unknown"]
    assert report.counts["profiles"].deactivated == 0 and report.scope is None
    assert report.accepted_suspect.endswith("whether it passed are unknown")
    (out / "manifest.json").write_text('{"type": "manifest", "scope": ', encoding="utf-8")
    before = everything(url)
    with pytest.raises(NotPublished, match="not readable JSON .*: whether its run passed is unknown"):
        load(out, url)
    assert everything(url) == before
    report = load(out, url, accept_suspect=True)
    assert report.problems[0].startswith(f"{out / 'manifest.json'}: not readable JSON")
    assert report.counts["profiles"].deactivated == 0
    assert all(row["active"] for row in dump(url)["profiles"])


def test_a_database_that_is_not_ours_or_newer_is_left_alone(crawl_output, tmp_path):
    url = f"sqlite:///{tmp_path / 'theirs.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE profiles (id INTEGER PRIMARY KEY, shoe_size INTEGER)")
    with pytest.raises(LoadError, match="tables named profiles that profilecrawler did not create"):
        load(crawl_output, url)
    newer = f"sqlite:///{tmp_path / 'newer.db'}"
    load(crawl_output, newer)
    with sa.create_engine(newer).begin() as conn:
        conn.exec_driver_sql("INSERT INTO schema_version VALUES (99, '2030-01-01 00:00:00')")
    before = dump(newer)
    with pytest.raises(LoadError, match="schema is version 99, newer than this profilecrawler knows"):
        load(crawl_output, newer)
    assert dump(newer) == before
    engine.dispose()


def test_the_load_command_exit_codes_and_messages(crawl_output, tmp_path):
    db = tmp_path / "cli.db"
    first = profilecrawler("load", str(crawl_output), "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    profiles = len(read_jsonl(crawl_output / "profiles.jsonl"))
    assert f"database schema: created at version {tables.DB_SCHEMA_VERSION}" in first.stdout
    assert any(line.split()[:2] == ["profiles", str(profiles)] for line in first.stdout.splitlines())
    again = profilecrawler("load", str(crawl_output), "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert again.returncode == 0 and any(
        line.split() == ["profiles", "0", "0", str(profiles), "0", "0"] for line in again.stdout.splitlines())

    bad_output, _ = with_bad_lines(crawl_output, tmp_path / "bad")
    lenient = profilecrawler("load", str(bad_output), "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert lenient.returncode == 0
    assert "profilecrawler load: bad line skipped: publications.jsonl:10: unknown record type 'award'" in lenient.stderr
    before = dump(f"sqlite:///{db}")
    strict = profilecrawler("load", str(bad_output), "--db", f"sqlite:///{db}", "--strict", cwd=tmp_path)
    assert strict.returncode == 1 and "failed, the database is unchanged: --strict: 9 bad lines" in strict.stderr
    assert dump(f"sqlite:///{db}") == before

    assert profilecrawler("load", str(tmp_path / "nowhere"), cwd=tmp_path).returncode == 2
    assert profilecrawler("load", str(crawl_output), "--db", "mysql://x@y/z", cwd=tmp_path).returncode == 2
    unreachable = profilecrawler("load", str(crawl_output), "--db", "postgresql://postgres@127.0.0.1:1/none",
                                 cwd=tmp_path)
    assert unreachable.returncode == 1 and "database error, nothing loaded" in unreachable.stderr
    default = profilecrawler("load", str(crawl_output), cwd=tmp_path)  # sqlite:///profilecrawler.db here
    assert default.returncode == 0 and (tmp_path / "profilecrawler.db").is_file()


def test_the_load_command_into_postgresql(crawl_output, postgres_url, tmp_path):
    assert postgres_url.startswith("postgresql://")  # mapped to psycopg 3 by the loader
    done = profilecrawler("load", str(crawl_output), "--db", postgres_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(dump(postgres_url)["profiles"]) == len(read_jsonl(crawl_output / "profiles.jsonl"))


def deeply_nested(depth: int) -> bytes:
    return b'{"type": "publication", "x": ' + b"[" * depth + b"]" * depth + b"}\n"


def with_unstorable_lines(crawl_output, target):
    """A copy of the output with lines that are JSON a schema could pass but a
    database cannot store (lines replaced, the counts still match the manifest);
    {(file, line): reason fragment}."""
    out = copy_output(crawl_output, target)
    publications, profiles = lines_of(out / "publications.jsonl"), lines_of(out / "profiles.jsonl")

    def changed(lines, number, **fields):  # \u escapes: a lone surrogate is written as JSON writes it
        return json.dumps({**json.loads(lines[number - 1]), **fields}).encode("ascii") + b"\n"

    def publication(number, **fields):
        return changed(publications, number, **fields)

    def profile(number, **fields):
        return changed(profiles, number, **fields)

    bad_publications = {
        1: (publication(1, title="Attention\u0000Is All"), "title: holds a NUL character"),
        3: (publication(3, abstract="We \ud800 learn"), "abstract: holds a lone surrogate (U+D800)"),
        5: (publication(5, sightings=10**30), "sightings: the number 1000000000000000000000000000000 is beyond"),
        7: (publication(7, declared_author_count=2**63), "declared_author_count: the number 9223372036854775808"),
        9: (deeply_nested(100_000), "not a JSON line (nested too deep to read)"),
        11: (publications[10].replace(b'"sightings": ', b'"sightings": NaN, "x": ', 1),
             "not a JSON line (NaN is not a JSON value)"),
        13: (publications[12].replace(b'"sightings": ', b'"sightings": -Infinity, "x": ', 1),
             "not a JSON line (-Infinity is not a JSON value)"),
        15: (publication(15, authors=[{"name": "Ada\u0000", "profile_id": None}]), "authors/0/name: holds a NUL"),
    }
    bad_profiles = {
        2: (profile(2, crawled_at="2024-02-30T10:00:00+00:00"), "crawled_at: not a real date and time"),
        4: (profile(4, biography="Line\u0000two"), "biography: holds a NUL character"),
        6: (profile(6, publication_count=2**63 - 1), "publication_count: the number 9223372036854775807"),
    }
    for lines, bad in ((publications, bad_publications), (profiles, bad_profiles)):
        for number, (line, _) in bad.items():
            lines[number - 1] = line
    (out / "publications.jsonl").write_bytes(b"".join(publications))
    (out / "profiles.jsonl").write_bytes(b"".join(profiles))
    expected = {("publications.jsonl", n): reason for n, (_, reason) in bad_publications.items()}
    expected.update({("profiles.jsonl", n): reason for n, (_, reason) in bad_profiles.items()})
    return out, expected


def test_a_line_the_database_cannot_store_is_reported_skipped_and_the_rest_loaded(db_url, crawl_output, tmp_path):
    load(crawl_output, db_url)
    bad_output, expected = with_unstorable_lines(crawl_output, tmp_path / "unstorable")
    report = load(bad_output, db_url)
    assert_bad_lines(report, expected)
    c = report.counts
    assert c["publications"].unchanged == len(read_jsonl(crawl_output / "publications.jsonl")) - 8
    assert c["profiles"].unchanged == len(read_jsonl(crawl_output / "profiles.jsonl")) - 3
    assert all(c[table].deactivated == 0 for table in c)
    assert all(row["active"] for table in ("profiles", "publications") for row in dump(db_url)[table])
    before = dump(db_url)
    with pytest.raises(LoadError, match=r"--strict: 11 bad lines"):
        load(bad_output, db_url, strict=True)
    assert dump(db_url) == before


@pytest.mark.parametrize("kind, field, value", [
    ("publication", "title", "A\u0000B"),
    ("publication", "sightings", 2**31),
    ("publication", "declared_author_count", 10**30),
    ("profile", "name", "Ada\u0000"),
    ("profile", "publication_count", 2**63),
    ("profile", "crawled_at", "2024-02-30T10:00:00Z"),
])
def test_the_schema_refuses_what_a_database_cannot_hold(crawl_output, kind, field, value):
    record = read_jsonl(crawl_output / f"{kind}s.jsonl")[0]
    assert schema.problems(kind, record) == []
    (problem,) = schema.problems(kind, {**record, field: value})
    assert problem.startswith(f"{field}: ")
