"""``<OUTPUT_DIR>/manifest.json``: what a snapshot holds and what its crawl covered.

A database load (``profilecrawler.db``) marks a record as gone only when the
crawl that wrote the snapshot would have seen it: an on-demand run over two
profiles says nothing about everyone else. The manifest says so:

* ``scope.name``: ``directory:all|members|alumni`` or ``profiles``;
* ``scope.statuses`` (directory crawls): the statuses of the listings crawled;
* ``scope.profile_ids`` (on-demand runs): the profiles asked for;
* ``scope.listing_complete``: every page that is not a profile page (the
  directory listings) was fetched — if not, nobody can be known to be gone;
* ``scope.listing_entries`` (directory crawls): the profile links the listing
  pages held — 0 means the run saw nobody, which proves nobody gone;
* ``scope.complete``: the run drained its frontier (false for a run stopped
  early: a partial run proves nothing gone);
* ``scope.unreached_profile_ids``: profiles one of whose pages failed — neither
  they nor the publications listed on them are known. A profile's own page
  answering 404 or 410 is no such failure: the site says the profile is gone;
  A publication's detail page that failed (fetched for a whole author list)
  leaves its card's list as shown, flagged; it makes nobody unknown;
* ``rejected``: ids of records that failed the schema (in rejected.jsonl).

It also carries the run's id (its folder is ``OUTPUT_DIR/runs/<run_id>``), the
spider, its arguments, when the crawl started and when the
snapshot was written (``finished_at``: the "last seen" time of every record in
it), and the number of records of each file. It is staged with the snapshot and
renamed into place last, after the files it describes. When the run closes,
its verdict (``profilecrawler.publish``) is added: ``verdict.status`` is
``published``, ``suspect`` or ``partial``.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from profilecrawler import schema, text
from profilecrawler.files import iso_utc

MANIFEST_NAME = "manifest.json"
# A profile page that fails with these is not unreached: the profile is gone.
GONE_REASONS = frozenset({"http_404", "http_410"})


class ManifestError(ValueError):
    """manifest.json exists but cannot be used."""


def build(spider, stats, failures, rejected: dict[str, list[str]], files: dict[str, int], *,
          run_id: str | None = None, complete: bool = True, profiles: int = 0) -> dict | None:
    """The manifest of a snapshot just written (``profiles``: the profile
    records the crawl holds); None for a spider that cannot say what it covers
    (no ``scope()``)."""
    scope_of = getattr(spider, "scope", None)
    if scope_of is None:
        return None
    declared = scope_of()
    unreached, failed_profiles, listing_complete = set(), set(), True
    for failure in failures:
        url = failure.get("url") or ""
        slug = spider.site.profile_slug(url)
        if slug is None:
            if spider.site.is_detail_url(url):
                continue  # a publication's own page: its card was seen, its author list stays cut (flagged)
            listing_complete = False
            continue
        failed_profiles.add(slug)
        if not (failure.get("reason") in GONE_REASONS and spider.site.publication_page(url) == 0):
            unreached.add(text.profile_id(spider.site.NAME, slug))
    scope = {"name": declared["name"], "listing_complete": listing_complete and complete,
             "unreached_profile_ids": sorted(unreached), "complete": complete}
    for key in ("statuses", "profile_ids"):
        if key in declared:
            scope[key] = declared[key]
    if "statuses" in declared:
        # The profiles the listings led to, fetched or not: from the crawl
        # state, so that a resumed run counts what its killed runs saw.
        scope["listing_entries"] = profiles + len(failed_profiles)
    record = {
        "type": "manifest",
        "schema_version": schema.SCHEMA_VERSION,
        "spider": spider.name,
        "arguments": declared.get("arguments", {}),
        "scope": scope,
        "rejected": {kind: sorted(ids) for kind, ids in rejected.items() if ids},
        "started_at": iso_utc(stats.get_value("start_time")),
        "finished_at": iso_utc(datetime.now(timezone.utc)),
        "files": files,
    }
    if run_id is not None:
        record = {"type": "manifest", "schema_version": record["schema_version"], "run_id": run_id, **record}
    return record


def encode(manifest: dict) -> bytes:
    return json.dumps(manifest, indent=1, ensure_ascii=False).encode("utf-8") + b"\n"


def read_quietly(folder: Path | None) -> dict | None:
    """The manifest of ``folder``, or None when there is none or it is unusable."""
    if folder is None:
        return None
    try:
        return read(folder)
    except ManifestError:
        return None


def read(output_dir: Path) -> dict | None:
    """The manifest of a snapshot; None when there is none (an output written
    before manifests existed). Raises ManifestError when it is unreadable or
    does not match its schema."""
    path = Path(output_dir) / MANIFEST_NAME
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise ManifestError(f"{path}: not readable JSON ({error})") from None
    reasons = schema.problems("manifest", manifest)
    if reasons:
        raise ManifestError(f"{path}: does not match the manifest schema ({'; '.join(reasons)})")
    return manifest
