"""DATABASE_URL: a real ``scrapy crawl`` loads its snapshot into the database
when it finishes well; a suspect output is not loaded; a failed load leaves
the database as it was and the job exits 4. And the extension on its own, as
the run's close calls it: a published run is loaded from its job folder's
``current``, a suspect or partial one is not."""

from __future__ import annotations

import json

import pytest
from scrapy.utils.test import get_crawler

from conftest import scrapy_crawl
from dbtools import by_key, db_url, dump, everything, postgres_server, postgres_url  # noqa: F401 (fixtures)
from dbtools import REASONS, add_run, last_run, published_job
from profilecrawler.db.extension import DatabaseLoad


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
    stats = json.loads((last_run(done.output_dir) / "stats.json").read_text(encoding="utf-8"))  # not published
    assert stats["db/load"] == "skipped" and "Not loaded into" in done.log
    assert dump(url) == {}


@pytest.fixture(scope="module")
def one_crawl(fixture_site, tmp_path_factory):
    done = crawl(fixture_site, tmp_path_factory.mktemp("one"))
    assert done.process.returncode == 0, done.process.stderr[-3000:]
    return done


def closing_run(db_url, run_dir, verdict):
    """The extension as a run's close calls it: the run's stats as the verdict
    (profilecrawler.publish) left them."""
    crawler = get_crawler(settings_dict={"DATABASE_URL": db_url, "OUTPUT_DIR": str(run_dir.parent.parent),
                                         "WRITE_OUTPUT": True})
    crawler.stats.set_value("job/run_dir", str(run_dir))
    crawler.stats.set_value("job/verdict", verdict)
    crawler.stats.set_value("job/verdict_reasons", REASONS[verdict])
    crawler.stats.set_value("export/written", True)
    extension = DatabaseLoad.from_crawler(crawler)
    extension.spider_closed(None, "finished")
    return crawler.stats


def test_the_extension_loads_the_published_run_of_the_job_folder(db_url, one_crawl, tmp_path):
    job = published_job(one_crawl.output_dir, tmp_path / "job")
    run = job / "runs" / "20240501T031500.000000Z"
    stats = closing_run(db_url, run, "published")
    assert stats.get_value("db/load") == "loaded" and stats.get_value("db/snapshot") == str(run)
    assert stats.get_value("db/profiles/inserted") == len(one_crawl.profiles) == len(dump(db_url)["profiles"])


@pytest.mark.parametrize("verdict", ["suspect", "partial"])
def test_the_extension_does_not_load_a_run_that_was_not_published(db_url, one_crawl, tmp_path, caplog, verdict):
    job = published_job(one_crawl.output_dir, tmp_path / "job")
    run = add_run(job, one_crawl.output_dir, "20240502T031500.000000Z", status=verdict)
    before = everything(db_url)
    stats = closing_run(db_url, run, verdict)
    assert stats.get_value("db/load") == "skipped" and not stats.get_value("job/exit_code")
    assert everything(db_url) == before
    assert (f"Not loaded into {db_url}: the run is {verdict} ({REASONS[verdict][0]}), not published; once "
            f"checked, load it with: profilecrawler load {run} --db URL --accept-suspect") in caplog.text
