"""The run's report: one self-contained HTML page, ``report.html`` in every
run folder (``OUTPUT_DIR/runs/<run id>/report.html``; the published run's is
``OUTPUT_DIR/current/report.html``).

It shows, for a person who opens it after a scheduled run:

* the verdict (published, suspect, partial) and its reasons;
* this run's counts against the runs kept in ``OUTPUT_DIR/runs`` (a table,
  and a small chart of profiles and publications per run);
* the records' quality flags, counted;
* the failed pages by reason;
* the changes since the published snapshot, by kind and record type;
* each monitor check with its verdict and message.

The page is plain HTML and inline SVG, with no script and nothing fetched.
``facts`` gathers what it shows from a run folder (pure file reading);
``render`` turns those facts into the page; ``RunReport`` is the Scrapy
extension that writes it when the crawl ends, after the stats file.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from html import escape
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from profilecrawler.files import write_atomically
from profilecrawler.publish import run_for
from profilecrawler.runs import JobFolder, read_json_object

logger = logging.getLogger(__name__)

REPORT_NAME = "report.html"
# The counts of a run, as its report's table shows them: (column, stat).
COUNTS = (("profiles", "export/profiles"), ("publications", "export/publications"),
          ("failed pages", "failures/count"), ("responses", "response_received_count"))
SERIES = (("profiles", "#1f77b4"), ("publications", "#d62728"))  # the chart's lines


# --- facts (pure file reading) -------------------------------------------------------


def _lines(path: Path):
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict):
                    yield record
    except OSError:
        return


def run_counts(run_id: str, stats: dict, status: str | None) -> dict:
    """One row of the report's table: a run's id, verdict and counts."""
    row = {"run_id": run_id, "status": status or stats.get("job/verdict") or "unknown"}
    for name, stat in COUNTS:
        value = stats.get(stat)
        row[name] = value if isinstance(value, int) and not isinstance(value, bool) else None
    return row


def history(job: JobFolder, upto: str) -> list[dict]:
    """The counts of the kept runs up to and including ``upto``, oldest first
    (a run without a readable ``stats.json`` is shown with no counts)."""
    rows = []
    for run_id in job.run_ids():
        if run_id > upto:
            break
        folder = job.runs_dir / run_id
        stats = read_json_object(folder / "stats.json") or {}
        verdict = read_json_object(folder / "verdict.json") or {}
        rows.append(run_counts(run_id, stats, verdict.get("status")))
    return rows


def facts(run_dir: Path, stats: dict, job: JobFolder | None = None) -> dict:
    """Everything the report of the run in ``run_dir`` shows; ``stats`` are its
    final stats (with ``job/verdict``, ``job/verdict_reasons`` and ``monitors/results``)."""
    run_dir = Path(run_dir)
    job = job or JobFolder(run_dir.parent.parent)
    flags: Counter = Counter()
    for name in ("profiles.jsonl", "publications.jsonl"):
        for record in _lines(run_dir / name):
            for flag in record.get("quality_flags") or ():
                flags[(record.get("type") or "?", str(flag))] += 1
    failures = Counter(str(record.get("reason") or "unknown") for record in _lines(run_dir / "failures.jsonl"))
    changes = Counter((str(record.get("change")), str(record.get("record_type")))
                      for record in _lines(run_dir / "changes.jsonl") if record.get("type") == "change")
    runs = history(job, run_dir.name)
    if not runs or runs[-1]["run_id"] != run_dir.name:
        runs.append(run_counts(run_dir.name, stats, None))
    else:
        runs[-1] = run_counts(run_dir.name, stats, stats.get("job/verdict"))
    return {
        "run_id": run_dir.name,
        "spider": stats.get("job/spider"),
        "scope": stats.get("job/scope"),
        "status": stats.get("job/verdict") or "unknown",
        "reasons": list(stats.get("job/verdict_reasons") or []),
        "finish_reason": stats.get("finish_reason"),
        "started": stats.get("start_time"),
        "finished": stats.get("finish_time"),
        "runs": runs,
        "flags": sorted(flags.items(), key=lambda item: (-item[1], item[0])),
        "failures": sorted(failures.items(), key=lambda item: (-item[1], item[0])),
        "changes": sorted(changes.items(), key=lambda item: item[0]),
        "monitors": list(stats.get("monitors/results") or []),
    }


# --- the page (pure) -----------------------------------------------------------------


def _text(value) -> str:
    return "–" if value is None else escape(str(value))


def _moment(value) -> str:
    """A stats time (ISO 8601) to the second."""
    return "–" if not value else escape(str(value).replace("T", " ")[:19] + " UTC")


def trend_svg(runs: list[dict], width: int = 560, height: int = 180) -> str:
    """A line per series (profiles, publications) over the runs, oldest left;
    each point is a circle with its run, series and value as attributes and a
    tooltip."""
    left, right, top, bottom = 44, 44, 12, 28
    values = [run[name] for run in runs for name, _ in SERIES if run.get(name) is not None]
    peak = max(values, default=0) or 1
    step = (width - left - right) / max(len(runs) - 1, 1)

    def x(index: int) -> float:
        return round(left + index * step if len(runs) > 1 else left + (width - left - right) / 2, 1)

    def y(value: int) -> float:
        return round(top + (height - top - bottom) * (1 - value / peak), 1)

    parts = [f'<svg id="trend" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="profiles and publications per run">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#999"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#999"/>',
             f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="axis">{peak}</text>',
             f'<text x="{left - 6}" y="{height - bottom + 4}" text-anchor="end" class="axis">0</text>']
    for name, colour in SERIES:
        points = [(x(index), y(run[name]), run) for index, run in enumerate(runs) if run.get(name) is not None]
        if len(points) > 1:
            path = " ".join(f"{px},{py}" for px, py, _ in points)
            parts.append(f'<polyline class="series" data-series="{name}" fill="none" stroke="{colour}" '
                         f'stroke-width="2" points="{path}"/>')
        for px, py, run in points:
            parts.append(f'<circle class="point" data-series="{name}" data-run="{escape(run["run_id"])}" '
                         f'data-value="{run[name]}" cx="{px}" cy="{py}" r="4" fill="{colour}">'
                         f'<title>{escape(run["run_id"])}: {run[name]} {name}</title></circle>')
    for index, run in enumerate(runs):
        moment = run["run_id"]  # 20261203T115200.910008Z…: 12-03 11:52
        label = escape(f"{moment[4:6]}-{moment[6:8]} {moment[9:11]}:{moment[11:13]}")
        parts.append(f'<text x="{x(index)}" y="{height - 10}" text-anchor="middle" class="axis">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:960px}
h1{font-size:20px;margin:0 0 4px} h2{font-size:16px;margin:24px 0 8px}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}
td.n{text-align:right} .axis{font-size:10px;fill:#555}
.status{font-weight:bold;padding:2px 8px;border-radius:4px;color:#fff}
.published,.passed{background:#2e7d32} .suspect,.failed,.error{background:#c62828}
.partial,.skipped,.unknown{background:#ef6c00} tr.current{background:#fff8e1}
.legend span{display:inline-block;width:12px;height:3px;margin:0 4px 3px 12px;vertical-align:middle}
p.none{color:#666;font-style:italic}
"""


def _table(section: str, headers: tuple[str, ...], rows: list[tuple], empty: str) -> str:
    if not rows:
        return f'<p class="none" id="{section}-none">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(name)}</th>" for name in headers)
    body = "".join("<tr>" + "".join(f'<td class="n">{_text(cell)}</td>' if isinstance(cell, int) else
                                    f"<td>{_text(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table id="{section}-table"><tr>{head}</tr>{body}</table>'


def render(facts: dict) -> str:
    """The report page of a run, from ``facts``."""
    status = facts["status"]
    reasons = "".join(f"<li>{escape(reason)}</li>" for reason in facts["reasons"])
    runs = facts["runs"]
    rows = "".join(
        f'<tr class="{"current" if run["run_id"] == facts["run_id"] else ""}"><td>{escape(run["run_id"])}</td>'
        f'<td><span class="status {escape(run["status"])}">{escape(run["status"])}</span></td>'
        + "".join(f'<td class="n">{_text(run[name])}</td>' for name, _ in COUNTS) + "</tr>"
        for run in runs)
    legend = "".join(f'<span style="background:{colour}"></span>{name}' for name, colour in SERIES)
    monitors = "".join(
        f'<tr><td>{escape(str(check.get("name")))}</td><td><span class="status {escape(str(check.get("status")))}">'
        f'{escape(str(check.get("status")))}</span></td><td>{_text(check.get("message"))}</td></tr>'
        for check in facts["monitors"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Run {escape(facts["run_id"])}: {escape(status)}</title>
<style>{STYLE}</style></head><body>
<h1>Run {escape(facts["run_id"])} <span id="verdict" class="status {escape(status)}">{escape(status)}</span></h1>
<p id="about">spider {_text(facts["spider"])} · scope {_text(facts["scope"])} · finish reason
{_text(facts["finish_reason"])} · started {_moment(facts["started"])} · finished {_moment(facts["finished"])}</p>
{f'<ul id="reasons">{reasons}</ul>' if reasons else '<p id="reasons" class="none">no reason against publishing</p>'}
<h2>Counts over the kept runs</h2>
<div class="legend">{legend}</div>
{trend_svg(runs)}
<table id="counts"><tr><th>run</th><th>verdict</th>{"".join(f"<th>{name}</th>" for name, _ in COUNTS)}</tr>{rows}</table>
<h2>Quality flags</h2>
{_table("flags", ("record", "flag", "records"), [(kind, flag, count) for (kind, flag), count in facts["flags"]],
        "no record carries a quality flag")}
<h2>Failed pages by reason</h2>
{_table("failures", ("reason", "pages"), facts["failures"], "no page failed")}
<h2>Changes since the published snapshot</h2>
{_table("changes", ("change", "record", "records"), [(change, kind, count) for (change, kind), count in facts["changes"]],
        "no change")}
<h2>Monitors</h2>
{f'<table id="monitors"><tr><th>check</th><th>verdict</th><th>message</th></tr>{monitors}</table>' if monitors
 else '<p class="none" id="monitors-none">the monitors did not run</p>'}
</body></html>
"""


# --- the extension -------------------------------------------------------------------


class RunReport:
    """Write ``report.html`` into the run's folder when the crawl ends, after
    the verdict and the stats file (``REPORT_ENABLED``)."""

    def __init__(self, crawler, run):
        self.stats = crawler.stats
        self.run = run

    @classmethod
    def from_crawler(cls, crawler):
        run = run_for(crawler)
        if run is None or not crawler.settings.getbool("REPORT_ENABLED", True):
            raise NotConfigured()
        extension = cls(crawler, run)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        stats = {**self.stats.get_stats(), "finish_reason": reason}
        stats.setdefault("job/spider", spider.name)
        stats.setdefault("job/scope", self.run.scope.get("name"))
        path = self.run.dir / REPORT_NAME
        try:
            write_atomically(path, render(facts(self.run.dir, stats, self.run.job)).encode("utf-8"))
        except OSError as error:
            self.stats.set_value("report/error", str(error))
            logger.error("The run's report could not be written to %s: %s", path, error)
        else:
            logger.info("Report: %s", path)
