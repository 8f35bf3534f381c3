"""Write the merged records into this run's folder when the crawl closes.

``publications.jsonl``, ``profiles.jsonl`` and ``failures.jsonl`` are written
with Scrapy's JSON Lines exporter into ``OUTPUT_DIR/runs/<run id>/``
(``profilecrawler.runs``), synced, and compared with the snapshot this run is
measured against — the published one of the same scope — into
``changes.jsonl``. Records are ordered by id, so two crawls of the same site
diff cleanly. Whether the run then becomes the published snapshot is decided
after the monitors (``profilecrawler.publish``): this pipeline never touches the
published files.

A crawl that stops with requests still in its frontier (interrupted, a
``CLOSESPIDER_*`` limit) writes what it has as a partial run (a sample to look
at, never published), and ``export/unfinished`` counts what was not done; with
a JOBDIR the same command resumes it. A write that fails (a full disk) is
logged, its message kept in ``export/error``, and the crawl state is kept.

Every record is checked against the published schema on its way out
(``profilecrawler.pipelines.schema``): one that fails goes to rejected.jsonl,
not into the snapshot. ``manifest.json`` (``profilecrawler.manifest``) says what
the crawl covered; it is written last.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from contextlib import ExitStack
from functools import lru_cache

from scrapy.exceptions import NotConfigured
from scrapy.exporters import JsonLinesItemExporter

from profilecrawler import manifest as manifest_file
from profilecrawler import merge, text
from profilecrawler._killpoints import reached
from profilecrawler.changes import origin_of, write_changes
from profilecrawler.files import StagedFile
from profilecrawler.pipelines.schema import SchemaGate
from profilecrawler.publish import run_for
from profilecrawler.state import state_for

logger = logging.getLogger(__name__)

SNAPSHOT_FILES = ("publications", "profiles", "failures")


def snapshot_origin(manifest_or_scope: dict | None) -> str | None:
    """The origin (scheme://host:port) a snapshot was crawled from, by the
    spider's arguments: the directory's start_url or the first profile URL
    (``url``, given with ``-a url=``, else ``first_url``, read from ``-a urls_file=``)."""
    arguments = (manifest_or_scope or {}).get("arguments") or {}
    url = arguments.get("start_url") or (arguments.get("url") or [None])[0] or arguments.get("first_url")
    return origin_of(url) if url else None


class ExportPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.run = run_for(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        if pipeline.run is None:
            raise NotConfigured()  # shell, fetch, parse, check, bench: nothing is written
        return pipeline

    def process_item(self, item, spider=None):
        return item

    def close_spider(self, spider=None):
        state = state_for(self.crawler)
        if not state.publishes():
            return  # a worker of a distributed run that another worker publishes
        counts = state.frontier_counts()
        unfinished = counts["pending"] + counts["inflight"]
        if unfinished:
            logger.warning(
                "Crawl not complete (%d requests not done): its records so far go to %s as a partial run, "
                "never published", unfinished, self.run.dir,
            )
            self.stats.set_value("export/unfinished", unfinished)
        try:
            changes = self.export(state, complete=not unfinished)
        except OSError as error:
            logger.error("The output could not be written to %s: %s (the crawl state is kept)", self.run.dir, error)
            self.stats.set_value("export/error", f"{error.strerror or error} ({error.filename or self.run.dir})")
            return
        for kind in ("added", "changed", "removed"):
            self.stats.set_value(f"changes/{kind}", changes.get(kind, 0))
        self.stats.set_value("export/written", True)

    def export(self, state, complete: bool) -> Counter:
        output_dir = self.run.dir
        baseline = self.run.baseline
        self.stats.set_value("changes/baseline", baseline.name if baseline else None)
        if baseline is None:
            logger.info("No published snapshot of scope %s to compare with: changes.jsonl is empty",
                        self.run.scope.get("name"))
        with ExitStack() as stack:
            staged = {}
            for name in SNAPSHOT_FILES:
                staged[name] = StagedFile(output_dir / f"{name}.jsonl")
                stack.callback(staged[name].discard)
            gate = SchemaGate(output_dir, self.stats)
            stack.callback(gate.discard)
            files = self.write_snapshot(state, staged, gate)
            for file in staged.values():
                file.finish()
            old = baseline if baseline is not None else output_dir / "no-baseline"
            changes = write_changes(
                [(old / f"{name}.jsonl", staged[name].tmp_path) for name in ("profiles", "publications")],
                output_dir / "changes.jsonl", keep=gate.check,
                origins=(snapshot_origin(manifest_file.read_quietly(baseline)), snapshot_origin(self.run.scope)),
            )
            files["changes.jsonl"] = sum(changes.values())
            manifest = self.stage_manifest(state, gate, files, complete)
            if manifest is not None:
                stack.callback(manifest.discard)
            gate.finish()
            for file in staged.values():
                file.commit()
                reached(f"export:{file.path.name}")
            gate.commit()
            reached("export:rejected.jsonl")
            if manifest is not None:
                manifest.commit()
                reached("export:manifest.json")
        return changes

    def stage_manifest(self, state, gate: SchemaGate, files: dict[str, int], complete: bool) -> StagedFile | None:
        """manifest.json, staged (None when the spider cannot say what it covers)."""
        failures = (failure for _, failure in state.items("failure"))
        files = {**files, "rejected.jsonl": sum(len(ids) for ids in gate.rejected.values())}
        record = manifest_file.build(self.crawler.spider, self.stats, failures, gate.rejected, files,
                                     run_id=self.run.run_id, complete=complete,
                                     profiles=state.count("profile"))
        if record is None or not gate.check(record):
            logger.warning("No manifest written: a database load of this output will mark nothing as gone")
            return None
        staged = StagedFile(self.run.dir / manifest_file.MANIFEST_NAME)
        staged.handle.write(manifest_file.encode(record))
        return staged

    def write_snapshot(self, state, staged: dict[str, StagedFile], gate: SchemaGate) -> dict[str, int]:
        """Write the three files; return the number of records in each."""
        listed, flags, coverage = Counter(), Counter(), Counter()
        pages = defaultdict(set)  # profile id -> its publication pages that showed cards
        page_of = self._page_owner()
        sightings = 0
        exporter = self._exporter(staged["publications"])
        for record in (r for _, fold_state in state.items("publication") for r in merge.publication_records(fold_state)):
            listed.update(record["profile_ids"])
            for url in record["source_urls"]:
                owner = page_of(url)
                if owner is not None:
                    pages[owner].add(url)
            if not gate.check(record):
                continue  # in rejected.jsonl; counted in no export/* stat
            flags.update(record["quality_flags"])
            sightings += record["sightings"]
            coverage["publications_with_title"] += bool(record["title"])
            coverage["publications_with_authors"] += bool(record["authors"])
            exporter.export_item(record)
        exporter.finish_exporting()

        exporter = self._exporter(staged["profiles"])
        for key, fold_state in state.items("profile"):
            record = merge.profile_record(fold_state, listed.get(key, 0), pages.get(key, frozenset()))
            if not gate.check(record):
                continue
            self.stats.inc_value(f"export/profiles/{record['status']}")
            coverage["profiles_with_name_and_status"] += bool(record["name"] and record["status"])
            exporter.export_item(record)
        exporter.finish_exporting()

        exporter = self._exporter(staged["failures"])
        for _, failure in state.items("failure"):
            if gate.check(failure):
                exporter.export_item(failure)
        exporter.finish_exporting()

        # What the files hold: a record that failed the schema is not in them.
        publications = state.count("publication") - gate.count("publication")
        profiles = state.count("profile") - gate.count("profile")
        failures = state.count("failure") - gate.count("failure")
        self.stats.set_value("export/publications", publications)
        self.stats.set_value("export/profiles", profiles)
        self.stats.set_value("export/failures", failures)
        self.stats.set_value("export/duplicates_merged", sightings - publications)
        for name, count in coverage.items():
            self.stats.set_value(f"export/coverage/{name}", count)
        for flag, count in flags.items():
            self.stats.set_value(f"export/flag/{flag}", count)
        logger.info(
            "Exported %d profiles and %d publications (%d duplicate sightings merged) to %s",
            profiles, publications, sightings - publications, self.run.dir,
        )
        return {"profiles.jsonl": profiles, "publications.jsonl": publications, "failures.jsonl": failures}

    def _page_owner(self):
        """The function giving the profile id whose page a URL is (None: none);
        cached: a publication lists the same pages as many others."""
        site = getattr(self.crawler.spider, "site", None)
        if site is None:
            return lambda url: None

        @lru_cache(maxsize=65536)
        def owner(url: str) -> str | None:
            slug = site.profile_slug(url)
            return text.profile_id(site.NAME, slug) if slug else None

        return owner

    @staticmethod
    def _exporter(file: StagedFile) -> JsonLinesItemExporter:
        exporter = JsonLinesItemExporter(file.handle, ensure_ascii=False)
        exporter.start_exporting()
        return exporter
