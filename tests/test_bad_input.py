"""Bad input gives a clear message or a counted, logged problem — never a crash
of the whole crawl."""

from pathlib import Path

import pytest
from conftest import free_port, read_jsonl, scrapy_crawl


@pytest.fixture(scope="module")
def published(fixture_site, tmp_path_factory):
    """An output folder holding a published snapshot, and the bytes of its files."""
    out = tmp_path_factory.mktemp("published")
    crawl = scrapy_crawl(out, "profile", "-a", f"url={fixture_site.base_url}/en/directory/raymond-li")
    assert crawl.process.returncode == 0, crawl.process.stderr
    return out, published_bytes(out)


def published_bytes(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.json*"))}


def bad_start_arguments(base: str) -> list[tuple[str, str, str]]:
    """(spider, argument, the start of the refusal) for start arguments that must
    never start a crawl."""
    listing = "not the directory listing"
    profile = "not a profile URL"
    return [
        ("profile", "url=file:///en/directory/raymond-li", profile),
        ("profile", "url=javascript:alert(1)//en/directory/raymond-li", profile),
        ("profile", "url=data:text/html,/en/directory/raymond-li", profile),
        ("profile", "url=/en/directory/raymond-li", profile),
        ("profile", f"url={base}/en/news/2024", profile),
        ("profile", f"url={base}/en/directory/raymond-li,ftp://127.0.0.1/en/directory/x", profile),
        ("profile", "url=", "-a url=URL[,URL...] or -a urls_file=PATH is needed"),
        ("directory", "start_url=not a url", listing),
        ("directory", "start_url=", listing),
        ("directory", f"start_url={base}/en/directory/raymond-li", listing),
        ("directory", "start_url=file:///en/directory", listing),
        ("directory", "status=bogus", "expected one of all|members|alumni"),
        ("directory", "language=de", "-a language=de: expected one of en|fr|both"),
        ("profile", "language=", "-a language=: expected one of en|fr|both"),
    ]


@pytest.mark.parametrize("case", range(len(bad_start_arguments(""))))
def test_a_bad_start_argument_exits_1_with_one_line_on_stderr_and_nothing_fetched_or_written(
        fixture_site, published, case):
    out, before = published
    spider, argument, refusal = bad_start_arguments(fixture_site.base_url)[case]
    fixture_site.requests.clear()
    runs_before = sorted((out / "runs").iterdir())
    crawl = scrapy_crawl(out, spider, "-a", argument)  # LOG_FILE is set (crawl_command)
    assert crawl.process.returncode == 1
    (line,) = crawl.process.stderr.splitlines()
    name = argument.split("=", 1)[0]
    assert line.startswith(f"profilecrawler: -a {name}") and refusal in line, line
    assert "Traceback" not in crawl.process.stderr + crawl.log
    assert fixture_site.requests.snapshot() == []
    assert sorted((out / "runs").iterdir()) == runs_before
    assert published_bytes(out) == before


def test_a_dead_server_is_a_recorded_failure_and_a_failed_job(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/en/directory/raymond-li"
    crawl = scrapy_crawl(tmp_path, "profile", "-a", f"url={url}", "-s", "RETRY_TIMES=1", "-s", "RETRY_BACKOFF_BASE=0.1")
    assert crawl.stats["finish_reason"] == "finished"
    assert crawl.stats["retry/max_reached"] >= 1
    assert "Connection refused" in crawl.log and "raymond-li" in crawl.log
    assert read_jsonl(crawl.run_dir / "profiles.jsonl") == read_jsonl(crawl.run_dir / "publications.jsonl") == []
    assert not (tmp_path / "profiles.jsonl").exists()  # not published
    (failure,) = read_jsonl(crawl.run_dir / "failures.jsonl")
    # robots.txt used up its retries on the dead host: the host is disallowed
    # (RFC 9309), the page is refused without a request.
    assert failure == {"type": "failure", "url": url, "reason": "robots_txt_unreachable", "attempts": 1, "status": None}
    assert "robots.txt of 127.0.0.1:" in crawl.log and "treated as disallowed" in crawl.log
    assert "has not answered once in 2 attempts" in crawl.log
    # The monitors fail a job that got nothing: exit code 2, saying why.
    assert crawl.process.returncode == 2
    assert "profiles fell to 0" in crawl.process.stderr


def test_a_log_file_in_a_folder_not_yet_made_is_made_and_one_that_cannot_be_is_one_line(fixture_site, tmp_path):
    log = tmp_path / "logs" / "nightly" / "crawl.log"
    url = f"url={fixture_site.base_url}/en/directory/raymond-li"
    crawl = scrapy_crawl(tmp_path / "out", "profile", "-a", url, "-s", f"LOG_FILE={log}")
    assert crawl.process.returncode == 0, crawl.process.stderr
    assert "Crawl summary" in log.read_text(encoding="utf-8")
    refused = scrapy_crawl(tmp_path / "out", "profile", "-a", url, "-s", "LOG_FILE=/proc/no-such/crawl.log")
    assert refused.process.returncode == 1
    assert refused.process.stderr.splitlines() == [
        "profilecrawler: LOG_FILE /proc/no-such/crawl.log: its folder cannot be made: No such file or directory"]
