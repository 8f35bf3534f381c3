"""The run's report (profilecrawler.report): what it gathers from a run
folder, its page, and the page as a real browser shows it (Debian's chromium,
headless, driven by chromedriver) after two runs of one job, the second of
which failed a monitor."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import empty_listings, scrapy_crawl
from profilecrawler.fixture_server import FixtureSite
from profilecrawler.report import facts, render
from profilecrawler.runs import JobFolder

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def test_facts_count_flags_failures_and_changes(tmp_path):
    run = JobFolder(tmp_path).create_run()
    lines = {
        "publications.jsonl": [{"type": "publication", "quality_flags": ["abstract_truncated", "title_variants"]},
                               {"type": "publication", "quality_flags": ["abstract_truncated"]}],
        "failures.jsonl": [{"type": "failure", "reason": "timeout"}, {"type": "failure", "reason": "timeout"},
                           {"type": "failure", "reason": "robots_txt"}],
        "changes.jsonl": [{"type": "change", "change": "removed", "record_type": "profile"}],
    }
    for name, records in lines.items():
        (run / name).write_text("".join(json.dumps(record) + "\n" for record in records) + "not json\n")
    found = facts(run, {"job/verdict": "suspect", "export/profiles": 3, "monitors/results": []})
    assert found["flags"] == [(("publication", "abstract_truncated"), 2), (("publication", "title_variants"), 1)]
    assert found["failures"] == [("timeout", 2), ("robots_txt", 1)]
    assert found["changes"] == [(("removed", "profile"), 1)]
    assert found["runs"] == [{"run_id": run.name, "status": "suspect", "profiles": 3, "publications": None,
                              "failed pages": None, "responses": None}]


def test_the_page_escapes_what_it_shows(tmp_path):
    run = JobFolder(tmp_path).create_run()
    page = render(facts(run, {"job/verdict": "partial", "job/verdict_reasons": ["<script>alert(1)</script>"],
                              "monitors/results": [{"name": "a & b", "status": "failed", "message": "<b>"}]}))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "a &amp; b" in page and "&lt;b&gt;" in page


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        why = f"Debian's chromium and chromium-driver are not installed ({CHROMIUM}, {CHROMEDRIVER})"
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not look for a driver on the internet
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,1400"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, fixture_site):
    """One job run twice: the whole site (published), then with the alumni
    listing empty (its profiles fall: a monitor fails, the run is suspect)."""
    job = tmp_path_factory.mktemp("job") / "output"
    first = scrapy_crawl(job, "directory", "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert first.process.returncode == 0, first.process.stderr[-2000:]
    variant = empty_listings(tmp_path_factory.mktemp("variant"), "alumni-0")
    with FixtureSite(variant=variant) as site:
        second = scrapy_crawl(job, "directory", "-a", f"start_url={site.base_url}/en/directory")
    assert second.process.returncode == 2, second.process.stderr[-2000:]
    return first, second


def test_the_browser_shows_the_verdict_counts_trend_flags_failures_changes_and_monitors(browser, two_runs):
    from selenium.webdriver.common.by import By

    first, second = two_runs
    browser.get((second.run_dir / "report.html").as_uri())
    shown = browser.find_element
    assert shown(By.ID, "verdict").text == "suspect" and shown(By.ID, "verdict").is_displayed()
    before, after = first.stats["export/profiles"], second.stats["export/profiles"]
    assert after < before
    assert f"monitor failed: profiles fell from {before} to {after}" in shown(By.ID, "reasons").text

    rows = [row.text for row in browser.find_elements(By.CSS_SELECTOR, "#counts tr")][1:]
    assert [row.split()[:3] for row in rows] == [
        [first.run_dir.name, "published", str(before)], [second.run_dir.name, "suspect", str(after)]]

    # The chart: a point per run and series, drawn lower for the smaller count.
    chart = shown(By.ID, "trend")
    assert chart.is_displayed() and chart.size["width"] >= 500 and chart.size["height"] >= 150
    points = {(point.get_attribute("data-series"), point.get_attribute("data-run")): point
              for point in browser.find_elements(By.CSS_SELECTOR, "#trend circle.point")}
    assert len(points) == 4
    old, new = points["profiles", first.run_dir.name], points["profiles", second.run_dir.name]
    assert new.location["y"] > old.location["y"] and new.location["x"] > old.location["x"]
    assert points["publications", second.run_dir.name].get_attribute("data-value") == str(
        second.stats["export/publications"])

    flags = shown(By.ID, "flags-table").text
    assert "abstract_truncated" in flags and "author_count_mismatch" in flags
    assert "robots_txt 1" in shown(By.ID, "failures-table").text
    removed = sum(1 for line in (second.run_dir / "changes.jsonl").read_text().splitlines()
                  if '"removed"' in line and '"profile"' in line)
    assert removed == before - after and f"removed profile {removed}" in shown(By.ID, "changes-table").text
    monitors = {row.find_element(By.CSS_SELECTOR, "td").text: row.text
                for row in browser.find_elements(By.CSS_SELECTOR, "#monitors tr")[1:]}
    drop = monitors["Item counts/profiles did not drop since the previous run"]
    assert "failed" in drop and f"profiles fell from {before} to {after}" in drop
    assert "passed" in monitors["Finish reason/the crawl finished"]


def test_the_published_snapshot_keeps_its_own_report(two_runs):
    first, second = two_runs
    current = (first.output_dir / "current").resolve()
    assert current == first.run_dir and (current / "report.html").is_file()
    assert 'class="status published">published</span>' in (current / "report.html").read_text(encoding="utf-8")
