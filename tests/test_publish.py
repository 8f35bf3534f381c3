"""The verdict of a run (profilecrawler.publish.decide) and what stderr says of
it (profilecrawler.commands.crawl.outcome_lines): pure functions of the
crawl's stats."""

from __future__ import annotations

from profilecrawler.commands.crawl import outcome_lines
from profilecrawler.publish import decide, failure_stat, unreachable

PASSED = {"response_received_count": 85, "monitors/passed": 10, "monitors/failed": 0, "monitors/skipped": 0,
          "monitors/failures": [], "job/exit_code": 0}


def test_a_complete_run_that_passed_is_published():
    verdict = decide(PASSED, "finished")
    assert (verdict["status"], verdict["reasons"], verdict["exit_code"]) == ("published", [], 0)
    assert verdict["monitors"] == {"passed": 10, "failed": 0, "skipped": 0, "failures": []}


def test_a_failed_monitor_makes_the_run_suspect():
    stats = {**PASSED, "monitors/failed": 1, "monitors/failures": ["publications fell from 84 to 0"],
             "job/exit_code": 2}
    verdict = decide(stats, "finished")
    assert verdict["status"] == "suspect" and verdict["exit_code"] == 2
    assert verdict["reasons"] == ["monitor failed: publications fell from 84 to 0"]


def test_a_run_that_stopped_early_is_partial_and_says_why_first():
    stats = {**PASSED, "export/unfinished": 40, "monitors/failures": ["finish reason is 'closespider_pagecount'"],
             "job/exit_code": 2}
    verdict = decide(stats, "closespider_pagecount")
    assert verdict["status"] == "partial"
    assert verdict["reasons"][:2] == ["stopped early: finish reason 'closespider_pagecount'", "40 requests not done"]


def test_an_output_that_could_not_be_written_is_partial_even_when_monitors_pass():
    verdict = decide({**PASSED, "export/error": "No space left on device (/out/runs/x)"}, "finished")
    assert verdict["status"] == "partial" and verdict["exit_code"] == 2
    assert verdict["reasons"][0].startswith("the output could not be written: No space left on device")


def test_no_response_at_all_names_the_cause_per_host():
    stats = {"response_received_count": 0,
             failure_stat("https://mila.quebec/en/directory?page=0", "dns"): 1,
             failure_stat("http://127.0.0.1:8000/en/directory", "connection_refused"): 2,
             failure_stat("http://127.0.0.1:8000/en/directory/x", "timeout"): 1}
    assert unreachable(stats) == "127.0.0.1:8000: connection refused, timed out; mila.quebec: DNS lookup failed"
    verdict = decide({**stats, "monitors/failures": ["profiles fell to 0"], "job/exit_code": 2}, "finished")
    assert verdict["status"] == "suspect"
    assert verdict["reasons"][0].startswith("no response from the site: 127.0.0.1:8000: connection refused")
    assert unreachable({**stats, "response_received_count": 1}) is None


def test_stderr_names_the_cause_before_the_monitor_lines():
    stats = {"job/verdict": "suspect", "job/run_dir": "out/runs/R", "job/exit_code": 2,
             "job/verdict_reasons": ["no response from the site: 127.0.0.1:8000: connection refused",
                                     "monitor failed: profiles fell to 0"],
             "monitors/failures": ["profiles fell to 0"]}
    lines = outcome_lines(stats)
    assert lines[0] == ("profilecrawler: not published (suspect): no response from the site: 127.0.0.1:8000: "
                        "connection refused; the published snapshot is unchanged, this run's output is in out/runs/R")
    assert lines[1:] == ["profilecrawler: monitor failed: profiles fell to 0"]
    assert outcome_lines({"job/verdict": "published", "job/exit_code": 0}) == []
