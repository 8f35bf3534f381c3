"""A small, fast run of the performance comparison (``python -m benchmarks.run``,
issue 5): it runs and reports. No timing is asserted; the figures are in
BENCHMARKS.md."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import REPO

sys.path.insert(0, str(REPO))
from benchmarks import synthetic  # noqa: E402


def test_the_synthetic_site_is_deterministic_and_has_the_distributions_asked_for(tmp_path):
    first = synthetic.generate(tmp_path / "one", 3000, seed=7)
    second = synthetic.generate(tmp_path / "two", 3000, seed=7)
    assert first == second
    for page in first["page_list"]:
        assert (tmp_path / "one" / "site" / page["file"]).read_bytes() == (
            tmp_path / "two" / "site" / page["file"]).read_bytes()
    assert first["cards"] == 3000 == sum(page["cards"] for page in first["page_list"])
    assert first["cards_per_profile"]["p50"] < 20
    assert first["authors_per_publication"]["p50"] < 10
    assert first["authors_per_publication"]["max"] >= 5000 and first["seed_like_pages"]
    assert first["publications_on_several_profiles"] > 0.5


def test_the_benchmark_runs_and_reports(tmp_path):
    out = tmp_path / "report.md"
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--cards", "300", "--no-scrapy-bench", "--load-seconds", "0.5",
         "--cache", str(tmp_path / "sites"), "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = out.read_text(encoding="utf-8")
    for row in ("(a) reference spider", "(b) `scrapy crawl directory`", "(c) bare parsel", "seed-like page",
                "(b)/(a) pages/s", "peak RSS", "server capacity"):
        assert row in report, row
    assert run.stdout.strip() == report.strip()

    figures = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    (size,) = figures["sizes"]
    a, b, c = size["a"], size["b"], size["c"]
    # The three read the same pages and count the same cards.
    assert a["cards"] == b["cards"] == c["cards"] == size["manifest"]["cards"] == 300
    assert a["pages"] == b["pages"] == c["pages"] == size["manifest"]["pages"]
    assert a["profiles"] == b["profiles"] == c["profiles"] == size["manifest"]["profiles"]
    # (b) wrote its snapshot: every publication once, every profile.
    assert b["finish_reason"] == "finished" and b["job_exit_code"] == 0
    assert b["records"] == {"profiles": size["manifest"]["profiles"],
                            "publications": size["manifest"]["publications"]}
    for figure in (a["crawl_s"], b["crawl_s"], b["callback_cpu_s"], c["cpu_s"], b["peak_rss_mb"]):
        assert figure > 0
    assert figures["seed"]["author_entries"] >= 5000


def test_the_reference_spider_reads_the_fields_of_the_fixture_pages():
    from parsel import Selector

    from benchmarks.reference import extract_page

    body = (REPO / "fixtures" / "site" / "en" / "directory" / "raymond-li" / "page-0.html").read_text("utf-8")
    records, links = extract_page(Selector(text=body), "http://127.0.0.1/en/directory/raymond-li")
    profile, *cards = records
    assert profile["type"] == "profile" and profile["name"] == "Raymond Li"
    assert len(cards) == 12 and all(card["title"] and card["authors"] for card in cards)
    assert links == []  # the seed page has no pager


def test_the_changes_diff_benchmark_runs_and_finds_no_change_across_origins(tmp_path):
    """``python -m benchmarks.changes_diff`` (BENCHMARKS.md, issue 8) on a small pair."""
    run = subprocess.run([sys.executable, "-m", "benchmarks.changes_diff", "--records", "300", "--repeats", "1",
                          "--work", str(tmp_path)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    counts = {line[:28].strip(): int(re.search(r"(\d+) changes", line).group(1)) for line in run.stdout.splitlines()}
    assert counts == {"same origin": 0, "moved, origins not given": 300, "moved, origins given": 0}
    assert list(tmp_path.iterdir()) == []  # its snapshots are removed
