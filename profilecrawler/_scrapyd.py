"""A crawl that Scrapyd started: where its output, its HTTP cache and its
``items_url`` go.

Scrapyd runs ``scrapy crawl SPIDER -a _job=ID …`` from its own working folder,
with ``SCRAPY_PROJECT`` in the environment and the project's egg instead of a
``scrapy.cfg``. Left alone, every job would write into Scrapyd's working
folder (``output/…``, shared by every project), Scrapy would disable the HTTP
cache ("Unable to find scrapy.cfg file to infer project data dir"), and the
feed Scrapyd asks for with ``items_dir`` would hold the spiders' raw sightings
(one line per card seen on a page), not the merged records. So, for such a
crawl (``adapt``, called by ``scrapy crawl`` before the crawler is made):

* relative ``OUTPUT_DIR`` and ``HTTPCACHE_DIR`` are resolved under
  ``<SCRAPYD_DATA_DIR>/<project>/`` (by default ``data/profilecrawler/`` in
  Scrapyd's working folder): the job's snapshot is
  ``data/profilecrawler/output/<scope>/``, its cache
  ``data/profilecrawler/httpcache/``;
* the run's id carries the job's id (``RUN_TAG``): the job's own output is
  ``…/output/<scope>/runs/<time>-<job id>/``;
* a local ``items_dir`` feed (``FEEDS`` set by Scrapyd to
  ``file://…/<project>/<spider>/<job id>.jl``) becomes ``RECORDS_FILE``: when
  the crawl ends, that file receives the run's merged records (its profiles,
  then its publications, as in ``profiles.jsonl`` and ``publications.jsonl``),
  which is what the job's ``items_url`` then serves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapy.settings import SETTINGS_PRIORITIES


@dataclass(frozen=True)
class ScrapydJob:
    project: str
    job: str


def scrapyd_job(environ, spider_arguments: dict) -> ScrapydJob | None:
    """The Scrapyd job this process runs, or None when Scrapyd did not start it."""
    project, job = environ.get("SCRAPY_PROJECT"), spider_arguments.get("_job")
    return ScrapydJob(project, job) if project and job else None


def _under(root: Path, value: str) -> str:
    path = Path(value)
    return str(path if path.is_absolute() else root / path)


def _feed_file(feeds) -> tuple[str, str] | None:
    """Scrapyd's items feed, when it is the only feed and a local file: (its key, its path)."""
    if not isinstance(feeds, dict) or len(feeds) != 1:
        return None
    (uri,) = feeds
    parts = urlsplit(str(uri))
    if parts.scheme != "file":
        return None  # items_dir on a server (S3, FTP, …): Scrapy's feed of sightings is left as it is
    return str(uri), unquote(parts.path)


def adapt(settings, spider_arguments: dict, environ=os.environ) -> ScrapydJob | None:
    """Fit ``settings`` (at ``cmdline`` priority) to the Scrapyd job that runs
    this crawl, if any; returns that job."""
    job = scrapyd_job(environ, spider_arguments)
    if job is None:
        return None
    root = Path(settings.get("SCRAPYD_DATA_DIR") or "data").absolute() / job.project
    for name in ("OUTPUT_DIR", "HTTPCACHE_DIR"):
        if settings.get(name):
            settings.set(name, _under(root, str(settings[name])), priority="cmdline")
    if settings.get("RUN_TAG") is None:
        settings.set("RUN_TAG", job.job, priority="cmdline")
    try:
        feeds = settings.getdict("FEEDS")  # Scrapyd passes it as JSON text
    except ValueError:
        feeds = None
    feed = _feed_file(feeds)
    if feed is not None and settings.getpriority("FEEDS") >= SETTINGS_PRIORITIES["cmdline"]:
        settings.set("FEEDS", {}, priority="cmdline")
        settings.set("RECORDS_FILE", feed[1], priority="cmdline")
    return job
