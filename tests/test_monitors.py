"""Monitors that fail the job, and the exit codes a scheduler sees: real
``scrapy crawl`` (and ``profilecrawler demo``) processes against the fixture
server.

Exit codes: 0 ok, 1 Scrapy could not run the crawl, 2 a monitor failed,
3 the job directory is in use.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, free_port, SCRAPY, scrapy_crawl
from profilecrawler.fixture_server import FixtureSite
from profilecrawler.monitors import read_baseline

PROFILECRAWLER = str(Path(sys.executable).with_name("profilecrawler"))


def start_url(site) -> tuple[str, str]:
    return ("-a", f"start_url={site.base_url}/en/directory")


def said(crawl) -> str:
    """Everything the process told its operator: stderr and the log file."""
    return crawl.process.stderr + crawl.log


def drop_message(name: str, before: int, after: int, allowed: str = "-20.0%") -> str:
    return f"{name} fell from {before} to {after} ({(after - before) / before * 100:.1f}%, allowed {allowed})"


@pytest.fixture(scope="module")
def first_run(tmp_path_factory, fixture_site):
    """One passing crawl of the whole directory: the previous run of the jobs below."""
    crawl = scrapy_crawl(tmp_path_factory.mktemp("first-run"), "directory", *start_url(fixture_site))
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    return crawl


@pytest.fixture(scope="module")
def fewer(tmp_path_factory) -> tuple[str, str]:
    """Arguments of a crawl of the site with its listings cut to their first
    pages: 32 profiles of 70 (a drop of 54%)."""
    variant = tmp_path_factory.mktemp("fewer")
    listing = variant / "en" / "directory" / "listing"
    listing.mkdir(parents=True)
    for view in ("members", "alumni"):  # their first pages, linking no further page
        first = (REPO / "fixtures/site/en/directory/listing" / f"{view}-0.html").read_text(encoding="utf-8")
        (listing / f"{view}-0.html").write_text(re.sub(r'<nav class="pager".*?</nav>', "", first, flags=re.DOTALL),
                                                encoding="utf-8")
    with FixtureSite(variant=variant) as site:
        yield start_url(site)


@pytest.fixture
def job_after_first_run(tmp_path, first_run):
    """A job folder whose previous run is ``first_run`` (its output and stats.json)."""
    job = tmp_path / "job"
    shutil.copytree(first_run.output_dir, job, symlinks=True, ignore=shutil.ignore_patterns("crawl.log", "httpcache"))
    return job


def test_a_normal_crawl_passes_every_monitor_and_exits_0(first_run):
    stats = first_run.stats
    assert stats["job/exit_code"] == 0
    assert stats["monitors/failed"] == 0 and stats["monitors/failures"] == []
    # A first run has nothing to compare its counts with: those two checks skip.
    assert (stats["monitors/passed"], stats["monitors/skipped"]) == (8, 2)
    for check in ("Finish reason/the crawl finished... OK",
                  "Item counts/publications were exported... OK",
                  "Field coverage/enough publications have authors... OK",
                  "Error rate/few failed pages per response... OK"):
        assert f"[Spidermon] {check}" in first_run.log
    assert "Monitor failed" not in first_run.log and first_run.process.stderr == ""


def test_a_second_run_with_the_same_counts_is_compared_and_passes(job_after_first_run, first_run, fixture_site):
    crawl = scrapy_crawl(job_after_first_run, "directory", *start_url(fixture_site))
    assert crawl.process.returncode == 0, said(crawl)[-3000:]
    assert crawl.stats["previous/export/publications"] == first_run.stats["export/publications"]
    assert crawl.stats["previous/finish_time"] == first_run.stats["finish_time"]
    assert (crawl.stats["monitors/passed"], crawl.stats["monitors/skipped"]) == (10, 0)


def test_markup_that_hides_every_card_fails_the_job(tmp_path):
    with FixtureSite(variant="markup-changed") as site:
        crawl = scrapy_crawl(tmp_path, "directory", *start_url(site))
    assert crawl.process.returncode == 2, said(crawl)[-3000:]
    assert crawl.stats["export/publications"] == 0
    assert "profilecrawler: monitor failed: publications fell to 0: the run exported none" in crawl.process.stderr
    assert "ERROR: Monitor failed: publications fell to 0: the run exported none" in crawl.log
    assert crawl.stats["job/exit_code"] == 2 and crawl.stats["monitors/failed"] >= 1


def test_markup_change_after_a_good_run_says_how_far_publications_fell(job_after_first_run, first_run):
    before = first_run.stats["export/publications"]
    with FixtureSite(variant="markup-changed") as site:
        crawl = scrapy_crawl(job_after_first_run, "directory", *start_url(site))
    assert crawl.process.returncode == 2, said(crawl)[-3000:]
    message = drop_message("publications", before, 0)
    assert message == f"publications fell from {before} to 0 (-100.0%, allowed -20.0%)"
    assert f"monitor failed: {message}" in crawl.process.stderr
    assert f"ERROR: Monitor failed: {message}" in crawl.log


def test_fewer_profiles_than_the_previous_run_fails_the_job(job_after_first_run, first_run, fewer):
    crawl = scrapy_crawl(job_after_first_run, "directory", *fewer, "-s", "MONITOR_MAX_DROP=0.2")
    assert crawl.process.returncode == 2, said(crawl)[-3000:]
    before, after = first_run.stats["export/profiles"], crawl.stats["export/profiles"]
    assert 0 < after < 0.8 * before
    message = drop_message("profiles", before, after)
    assert f"profilecrawler: monitor failed: {message}" in crawl.process.stderr
    assert f"ERROR: Monitor failed: {message}" in crawl.log
    assert message in crawl.stats["monitors/failures"]
    assert crawl.stats["previous/export/profiles"] == before


def test_a_larger_allowed_drop_lets_the_smaller_run_pass(job_after_first_run, first_run, fewer):
    crawl = scrapy_crawl(job_after_first_run, "directory", *fewer, "-s", "MONITOR_MAX_DROP=1")
    assert crawl.process.returncode == 0, said(crawl)[-3000:]
    assert crawl.stats["previous/export/profiles"] == first_run.stats["export/profiles"]
    assert crawl.stats["export/profiles"] < first_run.stats["export/profiles"]
    assert crawl.stats["monitors/failed"] == 0 and crawl.stats["monitors/skipped"] == 0
    assert "Monitor failed" not in crawl.log


def test_a_failed_run_is_no_baseline_until_a_run_accepts_the_drop(job_after_first_run, first_run, fewer):
    """Running the job again does not make a drop pass: the comparison stays with
    the published run, until one passes with the drop allowed."""
    alumni = fewer
    before = first_run.stats["export/profiles"]
    failed = scrapy_crawl(job_after_first_run, "directory", *alumni)
    again = scrapy_crawl(job_after_first_run, "directory", *alumni)
    assert (failed.process.returncode, again.process.returncode) == (2, 2)
    assert drop_message("profiles", before, again.stats["export/profiles"]) in again.process.stderr
    assert again.stats["previous/finish_time"] == first_run.stats["finish_time"]

    accepted = scrapy_crawl(job_after_first_run, "directory", *alumni, "-s", "MONITOR_MAX_DROP=1")
    assert accepted.process.returncode == 0, said(accepted)[-3000:]
    after = scrapy_crawl(job_after_first_run, "directory", *alumni)
    assert after.process.returncode == 0, said(after)[-3000:]
    assert after.stats["previous/export/profiles"] == accepted.stats["export/profiles"]


def test_an_unfinished_crawl_fails_on_its_finish_reason(tmp_path, fixture_site):
    crawl = scrapy_crawl(tmp_path, "directory", *start_url(fixture_site), "-s", "CLOSESPIDER_PAGECOUNT=3")
    assert crawl.process.returncode == 2, said(crawl)[-3000:]
    assert "monitor failed: finish reason is 'closespider_pagecount', expected 'finished'" in crawl.process.stderr


def test_author_coverage_below_the_setting_fails_with_the_share(tmp_path, fixture_site):
    crawl = scrapy_crawl(tmp_path, "directory", *start_url(fixture_site), "-s", "MONITOR_MIN_AUTHOR_COVERAGE=1")
    assert crawl.process.returncode == 2, said(crawl)[-3000:]
    total = crawl.stats["export/publications"]
    with_authors = crawl.stats["export/coverage/publications_with_authors"]
    assert with_authors < total  # the fixture site has a card without authors
    message = (f"publications with authors fell to {with_authors} of {total} "
               f"({with_authors / total * 100:.1f}%, required all)")
    assert f"monitor failed: {message}" in crawl.process.stderr
    assert crawl.stats["monitors/failures"] == [message]


def test_errors_without_a_single_response_fail_the_error_rate(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/en/directory/raymond-li"  # nobody listens there
    crawl = scrapy_crawl(tmp_path, "profile", "-a", f"url={url}", "-s", "RETRY_TIMES=0")
    assert crawl.process.returncode == 2, said(crawl)[-3000:]
    errors, failures = crawl.stats["log_count/ERROR"], crawl.stats["failures/count"]
    assert errors >= 1 and failures == 1
    assert "monitor failed: failed pages rose to 1 with no response received" in crawl.process.stderr
    assert "monitor failed: ERROR log lines rose to" in crawl.process.stderr


def test_a_bad_argument_exits_1(tmp_path, fixture_site):
    crawl = scrapy_crawl(tmp_path, "directory", *start_url(fixture_site), "-a", "status=bogus")
    assert crawl.process.returncode == 1
    assert not (tmp_path / "runs").exists()  # it never started: no run folder


def test_a_usage_error_exits_1_not_2(tmp_path, fixture_site):
    """Scrapy exits 2 on a usage error; here 2 would read as a failed monitor."""
    crawl = scrapy_crawl(tmp_path, "directory", *start_url(fixture_site), "-a", "status")
    assert crawl.process.returncode == 1
    assert "Invalid -a value, use -a NAME=VALUE" in crawl.process.stderr
    missing = subprocess.run([SCRAPY, "crawl"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "scrapy crawl [options] <spider>" in missing.stdout


def test_a_bad_monitor_setting_exits_1_saying_what_is_expected(tmp_path, fixture_site):
    crawl = scrapy_crawl(tmp_path, "directory", *start_url(fixture_site), "-s", "MONITOR_MAX_DROP=lots")
    assert crawl.process.returncode == 1
    assert "MONITOR_MAX_DROP='lots': expected a share between 0 and 1" in said(crawl)


def test_a_job_directory_in_use_exits_3_with_one_line(tmp_path, fixture_site):
    from profilecrawler.state import SQLiteState

    jobdir = tmp_path / "jobdir"
    holder = SQLiteState(jobdir / "crawl-state.sqlite")  # this process holds the job's state
    try:
        crawl = scrapy_crawl(tmp_path / "out", "directory", *start_url(fixture_site), "-s", f"JOBDIR={jobdir}")
    finally:
        holder.close()
    assert crawl.process.returncode == 3, said(crawl)[-3000:]
    lines = crawl.process.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("profilecrawler: ") and "in use by another crawl" in lines[0]
    assert "Traceback" not in said(crawl)
    assert not (tmp_path / "out" / "runs").exists()  # nothing was crawled or written


def test_the_demo_exits_with_the_monitors_code(tmp_path):
    # The bundled site with its card markup renamed: the selectors find no card.
    site = tmp_path / "site"
    shutil.copytree(REPO / "fixtures" / "site", site)
    for page in site.rglob("*.html"):
        page.write_text(page.read_text(encoding="utf-8").replace("publication-card", "pub-tile"), encoding="utf-8")
    demo = subprocess.run([PROFILECRAWLER, "demo", "--output-dir", str(tmp_path / "out"), "--fixtures-dir", str(site)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert demo.returncode == 2, demo.stderr[-3000:]
    assert "profilecrawler: monitor failed: publications fell to 0: the run exported none" in demo.stderr
    assert "publications: 0" in demo.stdout


# --- the baseline, from the previous run's stats.json -----------------------------


def write_stats(path: Path, **stats) -> Path:
    path.write_text(json.dumps({key.replace("__", "/"): value for key, value in stats.items()}), encoding="utf-8")
    return path


def test_the_baseline_is_the_previous_runs_counts(tmp_path):
    stats = write_stats(tmp_path / "stats.json", export__profiles=70, export__publications=84,
                        finish_time="2024-05-01 03:20:00", job__exit_code=0, job__spider="directory")
    assert read_baseline(stats, "directory") == {
        "export/profiles": 70, "export/publications": 84, "finish_time": "2024-05-01 03:20:00"}


def test_no_baseline_without_a_readable_previous_run_of_the_same_spider(tmp_path, caplog):
    assert read_baseline(tmp_path / "absent.json", "directory") is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"export/profiles": 7', encoding="utf-8")
    assert read_baseline(broken, "directory") is None
    assert "Cannot read the previous run's stats" in caplog.text
    other = write_stats(tmp_path / "other.json", export__profiles=2, job__spider="profile")
    assert read_baseline(other, "directory") is None


def test_a_failed_run_hands_on_its_own_baseline(tmp_path):
    failed = write_stats(tmp_path / "stats.json", export__profiles=34, export__publications=29,
                         finish_time="2024-05-02 03:20:00", job__exit_code=2,
                         previous__export__profiles=70, previous__export__publications=84,
                         previous__finish_time="2024-05-01 03:20:00")
    assert read_baseline(failed, "directory") == {
        "export/profiles": 70, "export/publications": 84, "finish_time": "2024-05-01 03:20:00"}
    first_failed = write_stats(tmp_path / "first.json", export__profiles=0, job__exit_code=2)
    assert read_baseline(first_failed, "directory") is None
