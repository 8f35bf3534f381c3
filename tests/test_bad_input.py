"""Bad input gives a clear message or a counted, logged problem — never a crash
of the whole crawl."""

import socket

from conftest import read_jsonl, scrapy_crawl


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unknown_status_is_refused_with_the_choices(tmp_path):
    crawl = scrapy_crawl(tmp_path, "directory", "-a", "status=bogus", "-a", "start_url=http://127.0.0.1:9/en/directory")
    assert crawl.process.returncode != 0
    assert "expected one of all|members|alumni" in crawl.process.stderr + crawl.log


def test_a_url_that_is_not_a_profile_is_refused(tmp_path):
    crawl = scrapy_crawl(tmp_path, "profile", "-a", "url=http://127.0.0.1:9/en/news/2024")
    assert crawl.process.returncode != 0
    assert "not profile URLs" in crawl.process.stderr + crawl.log


def test_a_dead_server_is_a_recorded_failure_and_a_failed_job(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/en/directory/raymond-li"
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
