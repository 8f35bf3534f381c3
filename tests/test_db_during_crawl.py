"""DATABASE_URL: a real ``scrapy crawl`` loads its snapshot into the database
when it finishes well; a suspect output is not loaded; a failed load leaves
the database as it was and the job exits 4."""

from __future__ import annotations

import json

from conftest import scrapy_crawl
from dbtools import by_key, db_url, dump, postgres_server, postgres_url  # noqa: F401 (fixtures)


def crawl(fixture_site, out, *settings):
    args = ["-a", f"start_url={fixture_site.base_url}/en/directory"]
    for setting in settings:
        args += ["-s", setting]
    return scrapy_crawl(out, "directory", *args)


def test_a_crawl_loads_its_snapshot_into_database_url(fixture_site, db_url, tmp_path):
    done = crawl(fixture_site, tmp_path / "out", f"DATABASE_URL={db_url}")
    assert done.process.returncode == 0, done.process.stderr[-3000:]
    db = dump(db_url)
    assert sorted(by_key(db["profiles"], "id")) == sorted(p["id"] for p in done.profiles)
    assert sorted(by_key(db["publications"], "id")) == sorted(p["id"] for p in done.publications)
    manifest = json.loads((done.output_dir / "manifest.json").read_text(encoding="utf-8"))
    assert {row["last_seen_at"][:19] for row in db["profiles"]} == {manifest["finished_at"][:19]}
    stats = done.stats
    assert stats["db/load"] == "loaded" and stats["db/profiles/inserted"] == len(done.profiles)
    assert stats["db/authorships/inserted"] == sum(len(p["authors"]) for p in done.publications)
    assert "[profilecrawler.db.extension] INFO: Loaded " in done.log


def test_a_failed_load_exits_4_and_keeps_the_snapshot(fixture_site, tmp_path):
    done = crawl(fixture_site, tmp_path / "out", "DATABASE_URL=postgresql://postgres@127.0.0.1:1/nowhere")
    assert done.process.returncode == 4, done.process.stderr[-3000:]
    assert "profilecrawler: database load failed, the database is unchanged: database error" in done.process.stderr
    assert done.profiles and done.stats["db/load"] == "failed" and done.stats["job/exit_code"] == 4
    assert "ERROR: Database load into postgresql://postgres@127.0.0.1:1/nowhere failed" in done.log


def test_a_suspect_output_is_not_loaded(fixture_site, tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    # One fixture publication has no authors: requiring all of them fails a monitor.
    done = crawl(fixture_site, tmp_path / "out", f"DATABASE_URL={url}", "MONITOR_MIN_AUTHOR_COVERAGE=1")
    assert done.process.returncode == 2
    assert done.stats["db/load"] == "skipped" and "Not loaded into" in done.log
    assert dump(url) == {}
