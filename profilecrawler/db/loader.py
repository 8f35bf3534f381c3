"""Load a crawl's output into a database, idempotently, in one transaction.

``load(output_dir, url)`` reads ``manifest.json``, ``profiles.jsonl`` and
``publications.jsonl`` of the snapshot in ``output_dir`` (a job folder's
``current`` run, resolved once; a run folder; a plain folder:
``profilecrawler.db.snapshot``) and brings the database in line with them:

* a record not in the database is inserted;
* a record whose content hash differs is updated (its authorships or
  supervision links replaced), one that was inactive is made active again;
* an unchanged record only gets its ``last_seen_at`` moved to the crawl's time;
* records that disappeared are marked ``active = false`` within the crawl's
  scope (``profilecrawler.db.scope``).

Times come from the manifest (the crawl's ``finished_at``), so loading the same
output twice writes nothing the second time. Everything happens in one
transaction, schema creation included: a bad file (``strict``), a database that
goes away, any error, and the database is as it was (``LoadError``).

A snapshot that is not a published one (a suspect or partial run, no verdict,
no usable manifest) is refused before the database is opened
(``NotPublished``), unless ``accept_suspect``.

A load that succeeded completes the publication of the run folder it read
(``profilecrawler.runs``): the next run of the job compares with it. Until
then (a load that failed or was killed), the next run compares with the run
before, so that its ``changes.jsonl`` holds what this database has not seen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa

from profilecrawler import manifest as manifest_file
from profilecrawler._killpoints import reached
from profilecrawler.db import tables as t
from profilecrawler.db.engine import create_engine, display, lock
from profilecrawler.db.reader import FILES, BadLine, OutputFile
from profilecrawler.db.rows import (authorship_rows, content_hash, profile_row, publication_row, supervision_rows,
                                    utc)
from profilecrawler.db.scope import Known, Scope, plan
from profilecrawler.db.snapshot import ACCEPT_HINT, locate, not_published
from profilecrawler.db.write import chunks, delete_keys, insert_rows, update_keys, upsert_rows
from profilecrawler.runs import RUNS, JobFolder

logger = logging.getLogger(__name__)

BATCH = 2000  # records per round of statements
TABLES = ("profiles", "supervision_links", "publications", "authorships", "publication_profiles")
COLUMNS = ("inserted", "updated", "unchanged", "deactivated", "deleted")
SHOWN_BAD_LINES = 20  # in the summary; every one is logged (and printed by the command)


class LoadError(RuntimeError):
    """The load did not happen: the database is as it was."""


class NotPublished(LoadError):
    """The snapshot is not a published one and suspect ones were not accepted:
    the database was not even opened."""


@dataclass
class Counts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    deleted: int = 0


@dataclass
class LoadReport:
    output_dir: Path
    database: str
    seen_at: datetime
    scope: str | None = None
    counts: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in TABLES})
    bad_lines: list[BadLine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # file-level: manifest, counts
    nothing_gone_because: str | None = None
    accepted_suspect: str | None = None  # why it is not a published snapshot, loaded all the same
    newer: int = 0  # records last seen by a later crawl: left alone
    schema_version: tuple[int | None, int] = (None, 0)

    def summary(self) -> str:
        lines = [f"Loaded {self.output_dir} ({self.scope or 'scope unknown'}, crawl finished "
                 f"{self.seen_at.isoformat()}) into {self.database}"]
        if self.accepted_suspect:
            lines.append(f"not a published snapshot, loaded with --accept-suspect: {self.accepted_suspect}")
        before, after = self.schema_version
        if before != after:
            lines.append(f"database schema: {'created at' if before is None else f'migrated from {before} to'} "
                         f"version {after}")
        lines.append(f"{'table':<22}" + "".join(f"{name:>12}" for name in COLUMNS))
        for name in TABLES:
            counts = self.counts[name]
            lines.append(f"{name:<22}" + "".join(f"{getattr(counts, column):>12}" for column in COLUMNS))
        lines.append(f"bad lines: {len(self.bad_lines)}" + (" (skipped)" if self.bad_lines else ""))
        lines += [f"  {bad}" for bad in self.bad_lines[:SHOWN_BAD_LINES]]
        if len(self.bad_lines) > SHOWN_BAD_LINES:
            lines.append(f"  … and {len(self.bad_lines) - SHOWN_BAD_LINES} more (all are logged)")
        lines += [f"problem: {problem}" for problem in self.problems]
        if self.newer:
            lines.append(f"{self.newer} records were last seen by a later crawl than this one: left as they are")
        if self.nothing_gone_because:
            lines.append(f"nothing marked inactive: {self.nothing_gone_because}")
        return "\n".join(lines)

    def stats(self) -> dict[str, int]:
        """The counts as flat stats (``db/<table>/<count>``, ``db/bad_lines``)."""
        flat = {f"db/{name}/{column}": getattr(self.counts[name], column) for name in TABLES for column in COLUMNS}
        flat["db/bad_lines"] = len(self.bad_lines)
        return flat


def _seen_at(output_dir: Path, manifest: dict | None) -> datetime:
    if manifest is not None:
        return utc(manifest["finished_at"])
    # No manifest: the files' own time, so that loading them twice is still a no-op.
    mtime = (output_dir / "publications.jsonl").stat().st_mtime
    return datetime.fromtimestamp(int(mtime), timezone.utc)


def _manifest_bytes(output_dir: Path) -> bytes | None:
    try:
        return (output_dir / manifest_file.MANIFEST_NAME).read_bytes()
    except FileNotFoundError:
        return None


def _read_manifest(folder: Path) -> tuple[dict | None, str | None]:
    """The manifest (None: there is none) and what makes it unusable, if anything."""
    try:
        return manifest_file.read(folder), None
    except manifest_file.ManifestError as error:
        return None, str(error)


def load(output_dir, url: str, *, strict: bool = False, accept_suspect: bool = False) -> LoadReport:
    """Load the snapshot in ``output_dir`` into the database at ``url``; raises
    LoadError (database unchanged) when it cannot, NotPublished (database not
    even opened) for a snapshot that is not a published one, unless
    ``accept_suspect``. With ``strict`` a bad line aborts the load; otherwise
    bad lines are skipped and listed in the report."""
    try:
        snapshot = locate(output_dir)
    except FileNotFoundError as error:
        raise LoadError(str(error)) from None
    output_dir, shown = snapshot.folder, snapshot.shown
    manifest_before = _manifest_bytes(output_dir)
    manifest, manifest_error = _read_manifest(output_dir)
    missing = [name for name in FILES if not (output_dir / name).is_file()]
    if missing and manifest_before is None:
        raise LoadError(f"{shown / missing[0]}: no such file (is {shown} a crawl's output?)")
    # The verdict before a missing file: it says more (a partial run may have written none).
    why_not = _check_published(shown, manifest, manifest_error, accept_suspect)
    if missing:
        raise LoadError(f"{shown / missing[0]}: no such file (is {shown} a crawl's output?)")
    problems = [manifest_error] if manifest_error else []
    if manifest is None and not problems:
        problems.append(f"no {manifest_file.MANIFEST_NAME}: what the crawl covered is unknown")
    report = LoadReport(shown, display(url), _seen_at(output_dir, manifest),
                        scope=manifest["scope"]["name"] if manifest else None, accepted_suspect=why_not)
    engine = create_engine(url)
    dbapi_error = engine.dialect.loaded_dbapi.Error
    try:
        with engine.begin() as conn:
            lock(conn)
            report.schema_version = t.migrate(conn)
            _Load(conn, report, manifest).run(problems)
            if _manifest_bytes(output_dir) != manifest_before:
                raise LoadError(f"{shown} was replaced while it was read (a crawl finished meanwhile?); "
                                "load it again")
            if strict and (report.bad_lines or report.problems):
                first = report.bad_lines[0] if report.bad_lines else report.problems[0]
                raise LoadError(f"--strict: {len(report.bad_lines)} bad lines, {len(report.problems)} other "
                                f"problems (first: {first}); nothing loaded")
            reached("db_load")
    except t.SchemaMismatch as error:
        raise LoadError(str(error)) from None
    except (sa.exc.SQLAlchemyError, dbapi_error) as error:
        cause = getattr(error, "orig", None) or error
        raise LoadError(f"database error, nothing loaded: {type(cause).__name__}: "
                        f"{str(cause).strip().splitlines()[0] if str(cause).strip() else ''}") from error
    except OSError as error:
        raise LoadError(f"cannot read the output, nothing loaded: {error}") from error
    finally:
        engine.dispose()
    _complete(output_dir)
    return report


def _complete(folder: Path) -> None:
    """Mark the publication of the run folder ``folder`` complete, when it is one."""
    if folder.parent.name != RUNS:
        return
    try:
        JobFolder(folder.parent.parent).complete(folder)
    except OSError as error:  # the next run compares with the run before: its changes repeat this run's
        logger.warning("The publication of %s could not be marked complete: %s", folder, error)


def _check_published(shown: Path, manifest: dict | None, manifest_error: str | None,
                     accept_suspect: bool) -> str | None:
    """Raise NotPublished for a snapshot that is not a published one, unless
    ``accept_suspect``; returns why it is not (None: it is published)."""
    why_not = not_published(shown, manifest, manifest_error)
    if why_not is not None:
        if not accept_suspect:
            raise NotPublished(f"{why_not}; {ACCEPT_HINT}")
        logger.warning("Loading %s although it is not a published snapshot (--accept-suspect): %s", shown, why_not)
    return why_not


class _Load:
    """One load inside its transaction: what the database had, then each file."""

    def __init__(self, conn, report: LoadReport, manifest: dict | None):
        self.conn = conn
        self.report = report
        self.scope = Scope.from_manifest(manifest) if manifest else None
        self.expected_lines = manifest["files"] if manifest else {}
        self.seen_at = report.seen_at
        self.seen_profiles: set[str] = set()
        self.seen_publications: set[str] = set()
        self.seen_listings: set[tuple[str, str]] = set()

    def _known(self, table, *extra):
        """{key: (content hash, Known)} of every row of a table, before the load."""
        rows = self.conn.execute(sa.select(table.c.id, table.c.content_hash, table.c.active,
                                           table.c.last_seen_at, *extra))
        return {row[0]: (row[1], Known(row[2], utc(row[3]), *row[4:])) for row in rows}

    def run(self, problems: list[str]) -> None:
        report = self.report
        report.problems.extend(problems)
        profiles_before = self._known(t.profiles, t.profiles.c.status)
        publications_before = self._known(t.publications)
        pp = t.publication_profiles
        listings_before = {(row[0], row[1]): Known(row[2], utc(row[3])) for row in self.conn.execute(
            sa.select(pp.c.publication_id, pp.c.profile_id, pp.c.active, pp.c.last_seen_at))}

        files = {name: OutputFile(report.output_dir, name) for name in FILES}
        self.load_profiles(files["profiles.jsonl"], profiles_before)
        self.load_publications(files["publications.jsonl"], publications_before, listings_before)
        for file in files.values():
            report.bad_lines.extend(file.bad)
            for bad in file.bad:
                logger.warning("Bad line, skipped: %s", bad)
            expected = self.expected_lines.get(file.name)
            if expected is not None and expected != file.lines:
                report.problems.append(f"{file.name} has {file.lines} records, the manifest says {expected}")

        report.nothing_gone_because = self._nothing_gone_because()
        if report.nothing_gone_because:
            logger.info("Nothing marked inactive: %s", report.nothing_gone_because)
            return
        gone = plan(self.scope, self.seen_at, profiles={k: v[1] for k, v in profiles_before.items()},
                    listings=listings_before, publications={k: v[1] for k, v in publications_before.items()},
                    seen_profiles=self.seen_profiles, seen_listings=self.seen_listings,
                    seen_publications=self.seen_publications)
        counts = report.counts
        counts["profiles"].deactivated = update_keys(self.conn, t.profiles, sorted(gone.profiles), {"active": False})
        counts["publication_profiles"].deactivated = update_keys(
            self.conn, pp, sorted(gone.listings), {"active": False})
        counts["publications"].deactivated = update_keys(
            self.conn, t.publications, sorted(gone.publications), {"active": False})

    def _nothing_gone_because(self) -> str | None:
        report = self.report
        if report.bad_lines:
            return f"{len(report.bad_lines)} bad lines (a skipped line might be a record that looks missing)"
        if report.problems:
            return report.problems[0]
        return self.scope.nothing_gone_because() if self.scope else "what the crawl covered is unknown"

    def _classify(self, record: dict, before: dict, counts: Counts, seen: set[str]):
        """'new', 'changed', 'revived', 'touch', 'same' or 'newer', and the hash."""
        record_id = record["id"]
        seen.add(record_id)
        digest = content_hash(record)
        known = before.get(record_id)
        if known is None:
            counts.inserted += 1
            return "new", digest
        old_hash, state = known
        if state.last_seen_at > self.seen_at:
            self.report.newer += 1
            return "newer", digest
        if old_hash != digest:
            counts.updated += 1
            return "changed", digest
        if not state.active:
            counts.updated += 1
            return "revived", digest
        counts.unchanged += 1
        return ("touch" if state.last_seen_at < self.seen_at else "same"), digest

    def _write(self, table, child_table, child_key, rows: dict[str, list], children: list[dict],
               child_counts: Counts) -> None:
        """One batch: new rows in bulk, changed rows upserted and their children
        replaced; rows only seen again are kept for ``_touch`` at the end."""
        conn = self.conn
        insert_rows(conn, table, rows["new"])
        upsert_rows(conn, table, rows["changed"], keep=("first_seen_at",))
        child_counts.deleted += delete_keys(conn, child_table, child_key, [row["id"] for row in rows["changed"]])
        child_counts.inserted += insert_rows(conn, child_table, children)

    def _touch(self, table, keys: list) -> None:
        """Rows seen again (or back): active, and seen at this crawl's time."""
        update_keys(self.conn, table, keys, {"active": True, "last_seen_at": self.seen_at})

    def load_profiles(self, file: OutputFile, before: dict) -> None:
        counts, child_counts = self.report.counts["profiles"], self.report.counts["supervision_links"]
        touched = []
        for batch in chunks(file.records(), BATCH):
            rows = {"new": [], "changed": []}
            children = []
            for record in batch:
                kind, digest = self._classify(record, before, counts, self.seen_profiles)
                if kind in rows:
                    rows[kind].append(profile_row(record, digest, self.seen_at))
                    children += supervision_rows(record)
                    continue
                child_counts.unchanged += len(record["students"]) + len(record["supervisors"])
                if kind in ("revived", "touch"):
                    touched.append(record["id"])
            self._write(t.profiles, t.supervision_links, t.supervision_links.c.profile_id, rows, children,
                        child_counts)
        self._touch(t.profiles, touched)

    def load_publications(self, file: OutputFile, before: dict, listings_before: dict) -> None:
        counts = self.report.counts
        listing_counts = counts["publication_profiles"]
        touched, touched_listings = [], []
        for batch in chunks(file.records(), BATCH):
            rows = {"new": [], "changed": []}
            children, new_listings = [], []
            for record in batch:
                kind, digest = self._classify(record, before, counts["publications"], self.seen_publications)
                if kind in rows:
                    rows[kind].append(publication_row(record, digest, self.seen_at))
                    children += authorship_rows(record)
                else:
                    counts["authorships"].unchanged += len(record["authors"])
                    if kind in ("revived", "touch"):
                        touched.append(record["id"])
                for profile_id in record["profile_ids"]:
                    pair = (record["id"], profile_id)
                    self.seen_listings.add(pair)
                    known = listings_before.get(pair)
                    if kind == "newer" or (known is not None and known.last_seen_at > self.seen_at):
                        continue
                    if known is None:
                        listing_counts.inserted += 1
                        new_listings.append({"publication_id": pair[0], "profile_id": profile_id, "active": True,
                                             "first_seen_at": self.seen_at, "last_seen_at": self.seen_at})
                        continue
                    listing_counts.updated += not known.active
                    listing_counts.unchanged += known.active
                    if not known.active or known.last_seen_at < self.seen_at:
                        touched_listings.append(pair)
            self._write(t.publications, t.authorships, t.authorships.c.publication_id, rows, children,
                        counts["authorships"])
            insert_rows(self.conn, t.publication_profiles, new_listings)
        self._touch(t.publications, touched)
        self._touch(t.publication_profiles, touched_listings)
