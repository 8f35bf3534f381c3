"""Loading real crawls of the fixture site into SQLite and into PostgreSQL:
first load, repeated load, a changed crawl, on-demand and alumni-only crawls
(scope), a crawl older than the database, failures mid-load, the questions
the tables answer, checked against the site's ground truth; and only published
snapshots: suspect and partial runs refused (the database unchanged) unless
accepted, then marking nothing gone when partial or when the run saw nobody, a
job folder read from the run its ``current`` pointed at when the load began."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from conftest import REPO, read_jsonl, scrapy_crawl
from dbtools import by_key, db_url, dump, postgres_server, postgres_url  # noqa: F401 (fixtures)
from dbtools import REASONS, add_run, copy_snapshot, everything, profilecrawler, publish, published_job
from profilecrawler import text
from profilecrawler.db import LoadError, NotPublished, load, queries
from profilecrawler.db import loader as load_module
from profilecrawler.db import tables
from profilecrawler.fixture_server import FixtureSite

EXPECTED = REPO / "fixtures" / "expected"
BASE_PROFILES = json.loads((EXPECTED / "profiles.json").read_text(encoding="utf-8"))
BASE_PUBLICATIONS = json.loads((EXPECTED / "publications.json").read_text(encoding="utf-8"))
CHANGED_PUBLICATIONS = json.loads((EXPECTED / "changed" / "publications.json").read_text(encoding="utf-8"))
CHANGES = json.loads((EXPECTED / "changes.json").read_text(encoding="utf-8"))


def pid(slug):
    return text.profile_id("mila", slug) if slug else None


def pub(title):
    return text.publication_id(title)


def listings(expected_publications) -> set[tuple[str, str]]:
    return {(pub(p["title"]), pid(slug)) for p in expected_publications for slug in p["profile_slugs"]}


class Output(SimpleNamespace):
    @property
    def manifest(self):
        return json.loads((self.dir / "manifest.json").read_text(encoding="utf-8"))

    @property
    def profiles(self):
        return read_jsonl(self.dir / "profiles.jsonl")

    @property
    def publications(self):
        return read_jsonl(self.dir / "publications.jsonl")


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    """Real crawls of one fixture site: the whole site, then — after it changed —
    the whole site, its alumni, and two profiles on demand (one of them gone).
    Each is loaded from a job folder of its own whose published run is a copy
    of the crawl's snapshot (``dir``); ``crawl`` is the crawl's own output."""
    outputs = {}
    with FixtureSite() as site:
        def crawl(name, spider, *args):
            out = tmp_path_factory.mktemp(name)
            result = scrapy_crawl(out, spider, *args, "-s", "MONITOR_MAX_ERROR_RATE=1")
            assert result.process.returncode == 0, result.process.stderr[-3000:]
            job = published_job(out, tmp_path_factory.mktemp(f"{name}-published") / "job")
            outputs[name] = Output(dir=job, crawl=out)

        directory = f"start_url={site.base_url}/en/directory"
        crawl("base", "directory", "-a", directory)
        site.set_variant("changed")
        crawl("changed", "directory", "-a", directory)
        crawl("alumni", "directory", "-a", directory, "-a", "status=alumni")
        two = ("li-ming", "fatima-zahra-el-idrissi")
        profile_urls = ",".join(f"{site.base_url}/en/directory/{slug}" for slug in two)
        crawl("two", "profile", "-a", f"url={profile_urls}")
    return SimpleNamespace(**outputs)


def counts(report, table):
    c = report.counts[table]
    return {"inserted": c.inserted, "updated": c.updated, "unchanged": c.unchanged,
            "deactivated": c.deactivated, "deleted": c.deleted}


def seen_at(output):
    return output.manifest["finished_at"]


def iso(value):
    from profilecrawler.db.rows import utc
    return utc(value).isoformat()


# --- first load, repeated load --------------------------------------------------------


def test_a_first_load_holds_every_record_as_exported(db_url, crawls):
    report = load(crawls.base.dir, db_url)
    profiles, publications = crawls.base.profiles, crawls.base.publications
    authors = sum(len(p["authors"]) for p in publications)
    links = sum(len(p["profile_ids"]) for p in publications)
    people = sum(len(p["students"]) + len(p["supervisors"]) for p in profiles)
    assert counts(report, "profiles")["inserted"] == len(profiles) == len(BASE_PROFILES)
    assert counts(report, "publications")["inserted"] == len(publications) == len(BASE_PUBLICATIONS)
    assert counts(report, "authorships")["inserted"] == authors
    assert counts(report, "publication_profiles")["inserted"] == links
    assert counts(report, "supervision_links")["inserted"] == people > 0
    assert report.bad_lines == [] and report.problems == []

    db, when = dump(db_url), iso(seen_at(crawls.base))
    assert [row["version"] for row in db["schema_version"]] == list(range(1, tables.DB_SCHEMA_VERSION + 1))
    rows = by_key(db["profiles"], "id")
    assert sorted(rows) == sorted(p["id"] for p in profiles)
    for record in profiles:
        row = rows[record["id"]]
        for field in ("name", "status", "url", "biography", "portrait_url", "publication_count"):
            assert row[field] == record[field], (record["id"], field)
        for field in ("roles", "positions", "research_topics", "source_urls"):
            assert json.loads(row[field]) == record[field], (record["id"], field)
        assert row["active"] is True and row["first_seen_at"] == row["last_seen_at"] == when
        assert row["crawled_at"] == iso(record["crawled_at"])
    rows = by_key(db["publications"], "id")
    for record in publications:
        row = rows[record["id"]]
        for field in ("title", "published", "abstract", "abstract_complete", "declared_author_count",
                      "authors_complete", "sightings"):
            assert row[field] == record[field], (record["id"], field)
        assert json.loads(row["quality_flags"]) == record["quality_flags"]
        assert row["published_year"] == (int(record["published"][:4]) if record["published"] else None)
    authorships = by_key(db["authorships"], "publication_id", "position")
    assert len(authorships) == authors
    for record in publications:
        for position, author in enumerate(record["authors"], 1):
            row = authorships[(record["id"], position)]
            assert (row["name"], row["profile_id"]) == (author["name"], author["profile_id"])
    assert {(r["publication_id"], r["profile_id"]) for r in db["publication_profiles"]} == listings(BASE_PUBLICATIONS)
    links_by_profile = {(r["profile_id"], r["relation"], r["position"]): r for r in db["supervision_links"]}
    for record in profiles:
        for relation, field in (("student", "students"), ("supervisor", "supervisors")):
            for position, person in enumerate(record[field], 1):
                row = links_by_profile[(record["id"], relation, position)]
                assert {k: row[k if k != "profile_id" else "person_profile_id"] for k in person} == person


def test_loading_the_same_output_again_changes_nothing(db_url, crawls):
    load(crawls.base.dir, db_url)
    before = dump(db_url)
    report = load(crawls.base.dir, db_url)
    assert dump(db_url) == before
    for table, rows in before.items():
        if table == "schema_version":
            continue
        assert counts(report, table) == {"inserted": 0, "updated": 0, "unchanged": len(rows), "deactivated": 0,
                                         "deleted": 0}, table


# --- later crawls ----------------------------------------------------------------------


def test_a_changed_crawl_updates_inserts_and_deactivates_exactly(db_url, crawls):
    load(crawls.base.dir, db_url)
    before = dump(db_url)
    report = load(crawls.changed.dir, db_url)
    after = dump(db_url)
    base_time, changed_time = iso(seen_at(crawls.base)), iso(seen_at(crawls.changed))

    def ids(kind, change):
        key = pid if kind == "profile" else pub
        return {key(c.get("slug") or c.get("title")) for c in CHANGES if c["type"] == kind and c["change"] == change}

    changed_profiles, gone_profiles = ids("profile", "changed"), ids("profile", "removed")
    changed_publications = {pub(c["title"]) for c in CHANGES if c["type"] == "publication"
                            and c["change"] == "changed" and set(c["fields"]) - {"profile_ids"}}
    new_publications, gone_publications = ids("publication", "added"), ids("publication", "removed")
    assert counts(report, "profiles") == {
        "inserted": len(ids("profile", "added")), "updated": len(changed_profiles), "deactivated": len(gone_profiles),
        "unchanged": len(BASE_PROFILES) - len(changed_profiles) - len(gone_profiles), "deleted": 0}
    assert counts(report, "publications") == {
        "inserted": len(new_publications), "updated": len(changed_publications), "deactivated": len(gone_publications),
        "unchanged": len(BASE_PUBLICATIONS) - len(changed_publications) - len(gone_publications), "deleted": 0}
    old_links, new_links = listings(BASE_PUBLICATIONS), listings(CHANGED_PUBLICATIONS)
    assert counts(report, "publication_profiles") == {
        "inserted": len(new_links - old_links), "updated": 0, "unchanged": len(old_links & new_links),
        "deactivated": len(old_links - new_links), "deleted": 0}
    base_authors = {p["id"]: p["authors"] for p in crawls.base.publications}
    new_authors = {p["id"]: p["authors"] for p in crawls.changed.publications}
    assert counts(report, "authorships")["deleted"] == sum(len(base_authors[i]) for i in changed_publications)
    assert counts(report, "authorships")["inserted"] == sum(
        len(new_authors[i]) for i in changed_publications | new_publications)

    profiles, old_profiles = by_key(after["profiles"], "id"), by_key(before["profiles"], "id")
    for profile_id, row in profiles.items():
        if profile_id in gone_profiles:  # kept, inactive, as it was last seen
            assert row == {**old_profiles[profile_id], "active": False}
        elif profile_id in changed_profiles:
            assert row["changed_at"] == row["last_seen_at"] == changed_time and row["first_seen_at"] == base_time
            assert row["content_hash"] != old_profiles[profile_id]["content_hash"]
        else:  # unchanged: only seen again
            assert row == {**old_profiles[profile_id], "last_seen_at": changed_time}
    assert profiles[pid("olivier-st-pierre")]["status"] == "alumni"
    publications = by_key(after["publications"], "id")
    assert {i for i, row in publications.items() if not row["active"]} == gone_publications
    assert all(publications[i]["first_seen_at"] == changed_time for i in new_publications)
    links = by_key(after["publication_profiles"], "publication_id", "profile_id")
    assert {pair for pair, row in links.items() if not row["active"]} == old_links - new_links
    assert {pair for pair, row in links.items() if row["active"]} == new_links
    # The same crawl again: nothing to do.
    again = load(crawls.changed.dir, db_url)
    assert dump(db_url) == after
    assert all(counts(again, table)[kind] == 0 for table in again.counts for kind in ("inserted", "updated",
                                                                                      "deactivated", "deleted"))


def test_an_on_demand_run_changes_only_what_it_covered(db_url, crawls):
    """Two profiles crawled after the site changed: li-ming (one publication
    gone from his page) and fatima-zahra-el-idrissi (her page now answers 404)."""
    load(crawls.base.dir, db_url)
    before = dump(db_url)
    report = load(crawls.two.dir, db_url)
    after = dump(db_url)
    li, fatima = pid("li-ming"), pid("fatima-zahra-el-idrissi")
    assert crawls.two.manifest["scope"]["profile_ids"] == sorted([li, fatima])
    assert counts(report, "profiles") == {"inserted": 0, "updated": 1, "unchanged": 0, "deactivated": 1, "deleted": 0}

    profiles, old_profiles = by_key(after["profiles"], "id"), by_key(before["profiles"], "id")
    assert profiles[fatima]["active"] is False and profiles[li]["active"] is True
    assert {i: row for i, row in profiles.items() if i not in (li, fatima)} == {
        i: row for i, row in old_profiles.items() if i not in (li, fatima)}

    covered = {li, fatima}
    old_links, new_links = listings(BASE_PUBLICATIONS), listings(CHANGED_PUBLICATIONS)
    gone_links = {pair for pair in old_links - new_links if pair[1] in covered}
    links = by_key(after["publication_profiles"], "publication_id", "profile_id")
    assert {pair for pair, row in links.items() if not row["active"]} == gone_links
    assert counts(report, "publication_profiles")["deactivated"] == len(gone_links)
    # A publication goes only when no listing is left: "Learning Rate Warmup
    # Demystified" is still on francois-cote-levesque's profile, not crawled here.
    still_listed = {pair[0] for pair in old_links - gone_links}
    gone = {pair[0] for pair in gone_links} - still_listed
    assert gone == {pub("Open-Vocabulary Object Detection for Agricultural Robots"),
                    pub("Optimal Transport for Domain Adaptation in Remote Sensing")}
    publications, old_publications = by_key(after["publications"], "id"), by_key(before["publications"], "id")
    assert {i for i, row in publications.items() if not row["active"]} == gone
    assert publications[pub("Learning Rate Warmup Demystified")]["active"] is True
    # Publications the run saw are updated where their record differs (fewer
    # pages crawled: fewer sightings and source URLs); the rest are untouched.
    seen = {p["id"]: p for p in crawls.two.publications}
    base = {p["id"]: p for p in crawls.base.publications}
    differs = {i for i, record in seen.items() if {**record, "profile_ids": []} != {**base[i], "profile_ids": []}}
    assert counts(report, "publications") == {"inserted": 0, "updated": len(differs),
                                              "unchanged": len(seen) - len(differs), "deactivated": len(gone),
                                              "deleted": 0}
    for publication_id, row in old_publications.items():
        if publication_id not in seen and publication_id not in gone:
            assert publications[publication_id] == row


def test_an_alumni_crawl_covers_the_alumni_only(db_url, crawls):
    load(crawls.base.dir, db_url)
    before = dump(db_url)
    report = load(crawls.alumni.dir, db_url)
    after = dump(db_url)
    fatima, olivier = pid("fatima-zahra-el-idrissi"), pid("olivier-st-pierre")
    base_status = {pid(p["slug"]): p["status"] for p in BASE_PROFILES}
    assert counts(report, "profiles")["deactivated"] == 1
    profiles, old_profiles = by_key(after["profiles"], "id"), by_key(before["profiles"], "id")
    assert {i for i, row in profiles.items() if not row["active"]} == {fatima}
    # A member who became alumni is seen, and updated.
    assert profiles[olivier]["status"] == "alumni" and base_status[olivier] == "member"
    for profile_id, row in old_profiles.items():
        if base_status[profile_id] == "member" and profile_id != olivier:
            assert profiles[profile_id] == row, profile_id  # members: not covered, untouched
    publications = by_key(after["publications"], "id")
    assert {i for i, row in publications.items() if not row["active"]} == {
        pub("Optimal Transport for Domain Adaptation in Remote Sensing")}
    # Gone from a member's page, but members were not crawled: still active.
    assert publications[pub("Open-Vocabulary Object Detection for Agricultural Robots")]["active"] is True


def test_an_older_crawl_loaded_after_a_newer_one_changes_no_newer_row(db_url, crawls):
    load(crawls.changed.dir, db_url)
    before = dump(db_url)
    report = load(crawls.base.dir, db_url)
    after = dump(db_url)
    assert all(counts(report, table)["deactivated"] == 0 for table in report.counts)
    assert report.newer == len({p["id"] for p in crawls.base.profiles} & {p["id"] for p in crawls.changed.profiles}) \
        + len({p["id"] for p in crawls.base.publications} & {p["id"] for p in crawls.changed.publications})
    for table in ("profiles", "publications"):
        old = by_key(before[table], "id")
        assert all(by_key(after[table], "id")[i] == row for i, row in old.items()), table


# --- failures mid-load -------------------------------------------------------------------


class Injected(RuntimeError):
    pass


def fail_on_call(monkeypatch, number: int, action=None):
    """Make the load's n-th bulk insert fail (after ``action``, if given)."""
    real, calls = load_module.insert_rows, []

    def insert_rows(conn, table, rows):
        calls.append(table.name)
        if len(calls) == number:
            if action is not None:
                action(conn)
            else:
                raise Injected(f"injected failure while inserting into {table.name}")
        return real(conn, table, rows)

    monkeypatch.setattr(load_module, "insert_rows", insert_rows)
    return calls


def test_a_failure_mid_load_leaves_the_database_as_it_was(db_url, crawls, monkeypatch):
    calls = fail_on_call(monkeypatch, 3)
    with pytest.raises(Injected):
        load(crawls.base.dir, db_url)
    assert len(calls) == 3 and dump(db_url) == {}  # a first load that failed: not even the tables

    monkeypatch.undo()
    load(crawls.base.dir, db_url)
    before = dump(db_url)
    calls = fail_on_call(monkeypatch, 4)
    with pytest.raises(Injected):
        load(crawls.changed.dir, db_url)
    assert len(calls) == 4 and dump(db_url) == before


def test_postgresql_gone_mid_load_leaves_it_as_it_was(postgres_url, postgres_server, crawls, monkeypatch):
    load(crawls.base.dir, postgres_url)
    before = dump(postgres_url)

    def kill(conn):
        backend = conn.execute(sa.select(sa.func.pg_backend_pid())).scalar()
        postgres_server.execute("SELECT pg_terminate_backend(%s)", (backend,))

    calls = fail_on_call(monkeypatch, 3, action=kill)
    with pytest.raises(LoadError, match="database error, nothing loaded"):
        load(crawls.changed.dir, postgres_url)
    assert len(calls) >= 3 and dump(postgres_url) == before


# --- only a published snapshot is loaded ------------------------------------------------


def refusal(run, status):
    return (f"profilecrawler load: not loaded, the database is unchanged: {run} is a {status} run "
            f"({REASONS[status][0]}); pass --accept-suspect to load it anyway")


def unpublished_run(crawls, tmp_path, status, run_id="20240502T031500.000000Z"):
    """A job folder whose published run is the base crawl, and a later run of
    the changed site that was not published (``status``: suspect or partial);
    the job folder and that run's folder."""
    job = published_job(crawls.base.crawl, tmp_path / "job", run_id="20240501T031500.000000Z")
    partial = {"complete": False} if status == "partial" else {}
    return job, add_run(job, crawls.changed.crawl, run_id, status=status, **partial)


@pytest.mark.parametrize("status", ["suspect", "partial"])
def test_a_run_that_was_not_published_is_refused_and_changes_nothing(db_url, crawls, tmp_path, status):
    job, run = unpublished_run(crawls, tmp_path, status)
    shown = job / "runs" / run.name
    fresh = everything(db_url)
    refused = profilecrawler("load", str(shown), "--db", db_url, cwd=tmp_path)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.splitlines() == [refusal(shown, status)]  # one line, no traceback
    assert everything(db_url) == fresh  # not even the schema: the database was not opened

    load(crawls.base.dir, db_url)  # a night's published snapshot
    before = everything(db_url)
    refused = profilecrawler("load", str(shown), "--db", db_url, "--strict", cwd=tmp_path)
    assert refused.returncode == 1 and refused.stderr.splitlines() == [refusal(shown, status)]
    plain = copy_snapshot(crawls.changed.crawl, tmp_path / "copy", status=status)  # a copy of its files
    refused = profilecrawler("load", str(plain), "--db", db_url, cwd=tmp_path)
    assert refused.returncode == 1 and refused.stderr.splitlines() == [refusal(plain, status)]
    with pytest.raises(NotPublished, match=f"is a {status} run"):
        load(run, db_url)
    assert everything(db_url) == before
    # The job folder itself holds the published run: that one loads (unchanged here).
    again = profilecrawler("load", str(job), "--db", db_url, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"Loaded {job / 'runs' / '20240501T031500.000000Z'} (directory:all")
    assert everything(db_url) == before


def test_a_snapshot_without_a_verdict_is_refused(db_url, crawls, tmp_path):
    older = copy_snapshot(crawls.base.crawl, tmp_path / "older", status=None)  # written before verdicts
    fresh = everything(db_url)
    with pytest.raises(NotPublished, match=r"has no verdict in its manifest .*; pass --accept-suspect"):
        load(older, db_url)
    assert everything(db_url) == fresh
    report = load(older, db_url, accept_suspect=True)
    assert report.counts["profiles"].inserted == len(crawls.base.profiles)
    nothing = tmp_path / "job"
    (nothing / "runs" / "20240501T031500.000000Z").mkdir(parents=True)  # a first run still going
    with pytest.raises(LoadError, match="is a job folder with no published snapshot yet"):
        load(nothing, db_url)


def test_accept_suspect_loads_a_suspect_run(db_url, crawls, tmp_path):
    load(crawls.base.dir, db_url)
    job, run = unpublished_run(crawls, tmp_path, "suspect")
    done = profilecrawler("load", str(run), "--db", db_url, "--accept-suspect", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (f"not a published snapshot, loaded with --accept-suspect: {run} is a suspect run "
            f"({REASONS['suspect'][0]})") in done.stdout
    # A suspect run that completed is loaded as any other: what it did not see is gone.
    db = dump(db_url)
    assert {row["id"] for row in db["profiles"] if row["active"]} == {p["id"] for p in crawls.changed.profiles}
    assert {row["id"] for row in db["publications"] if row["active"]} == {
        p["id"] for p in crawls.changed.publications}


def test_a_partial_run_accepted_marks_nothing_gone(db_url, crawls, tmp_path):
    load(crawls.base.dir, db_url)
    _, run = unpublished_run(crawls, tmp_path, "partial")
    report = load(run, db_url, accept_suspect=True)
    assert all(counts(report, table)["deactivated"] == 0 for table in report.counts)
    assert report.counts["profiles"].updated > 0 and report.counts["publications"].inserted > 0  # loaded all the same
    assert report.nothing_gone_because.startswith("the run stopped early")
    assert "nothing marked inactive: the run stopped early" in report.summary()
    db = dump(db_url)
    assert all(row["active"] for table in ("profiles", "publications", "publication_profiles") for row in db[table])


def saw_nobody(crawls, target, **scope):
    """A published snapshot of a directory crawl whose listings held nobody:
    no profile, no publication."""
    out = copy_snapshot(crawls.changed.crawl, target, **scope)
    for name in ("profiles.jsonl", "publications.jsonl", "changes.jsonl"):
        (out / name).write_bytes(b"")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"] = {name: 0 for name in manifest["files"]}
    manifest["scope"]["unreached_profile_ids"] = []
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return out


def test_a_directory_run_that_saw_nobody_marks_nothing_gone(db_url, crawls, tmp_path):
    load(crawls.base.dir, db_url)
    before = dump(db_url)
    empty = saw_nobody(crawls, tmp_path / "nobody", complete=True, listing_entries=0)
    report = load(empty, db_url)
    assert all(counts(report, table)["deactivated"] == 0 for table in report.counts)
    assert "listing_entries is 0" in report.nothing_gone_because
    assert dump(db_url) == before
    # The same snapshot from before the field existed: everyone would be gone.
    older = saw_nobody(crawls, tmp_path / "older", listing_entries=None)
    assert load(older, db_url).counts["profiles"].deactivated == len(crawls.base.profiles)


def test_a_job_folder_is_read_from_the_run_current_pointed_at_when_the_load_began(db_url, crawls, tmp_path,
                                                                                 monkeypatch):
    first, second = "20240501T031500.000000Z", "20240502T031500.000000Z"
    job = published_job(crawls.base.crawl, tmp_path / "job", run_id=first)
    add_run(job, crawls.changed.crawl, second)  # published: current -> runs/<second>
    real, switched = load_module.insert_rows, []

    def insert_rows(conn, table, rows):
        if not switched:  # another run is published mid-load: current goes back to the first
            publish(job, first)
            switched.append(table.name)
        return real(conn, table, rows)

    monkeypatch.setattr(load_module, "insert_rows", insert_rows)
    report = load(job, db_url)
    assert switched and (job / "current").resolve().name == first
    assert report.output_dir == job / "runs" / second
    db = dump(db_url)
    assert sorted(row["id"] for row in db["profiles"]) == sorted(p["id"] for p in crawls.changed.profiles)
    assert sorted(row["id"] for row in db["publications"]) == sorted(p["id"] for p in crawls.changed.publications)
    assert {row["last_seen_at"] for table in ("profiles", "publications") for row in db[table]} == {
        iso(seen_at(crawls.changed))}
    monkeypatch.undo()
    assert load(job, db_url).output_dir == job / "runs" / first  # the next load reads the run now current


# --- what the tables answer ----------------------------------------------------------------


def test_questions_over_the_loaded_crawl_match_the_ground_truth(db_url, crawls):
    load(crawls.base.dir, db_url)
    status = {p["slug"]: p["status"] for p in BASE_PROFILES}
    engine = sa.create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    asked = {"members": 0, "alumni": 0}
    try:
        with engine.connect() as conn:
            for person in BASE_PROFILES:
                if person["status"] != "member":
                    continue
                slug = person["slug"]
                theirs = [p for p in BASE_PUBLICATIONS if slug in p["profile_slugs"]]
                got = queries.ask(conn, queries.PUBLICATIONS_OF, pid(slug))
                assert sorted(row[1] for row in got) == sorted(p["title"] for p in theirs), slug
                coauthors = {a["slug"] for p in theirs for a in p["authors"] if a["slug"] and a["slug"] != slug}
                for query, wanted in ((queries.MEMBER_COAUTHORS_OF, "member"), (queries.ALUMNI_COAUTHORS_OF, "alumni")):
                    expected = {pid(s) for s in coauthors if status.get(s) == wanted}
                    got = {row[0] for row in queries.ask(conn, query, pid(slug))}
                    assert got == expected, (slug, wanted)
                    asked["members" if wanted == "member" else "alumni"] += bool(expected)
    finally:
        engine.dispose()
    assert asked["members"] >= 5 and asked["alumni"] >= 5  # the questions have answers to get wrong


def test_the_readme_shows_these_very_queries():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for query in (queries.PUBLICATIONS_OF, queries.MEMBER_COAUTHORS_OF, queries.ALUMNI_COAUTHORS_OF):
        assert f"```sql\n{query}\n```" in readme
