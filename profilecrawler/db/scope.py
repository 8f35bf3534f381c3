"""What a load may mark as gone: the rules of scope, as pure functions.

A record missing from a snapshot is gone only if the crawl would have seen it:

* a **profile** is marked inactive when it is active in the database, absent
  from the snapshot, and inside the crawl's scope: a directory crawl whose
  listings were all fetched covers the profiles of the statuses it listed (as
  the database knows them: ``-a status=alumni`` covers the alumni only); an
  on-demand run covers exactly the profiles it was asked for;
* a **listing** (a publication on a profile, ``publication_profiles``) is
  marked inactive when its profile is *covered* — seen by this crawl, or just
  marked gone — and the crawl did not see the publication on it;
* a **publication** is marked inactive when it is absent from the snapshot and
  no active listing is left: a publication still listed on a profile this
  crawl did not cover stays active.

Nothing at all is gone — no profile, listing or publication, whatever else
the manifest says, and even for a suspect snapshot loaded with
``--accept-suspect`` — when the run did not cover its scope:

* it stopped early (``scope.complete`` false: its frontier was not drained, a
  ``CLOSESPIDER_*`` limit or a signal ended it), or its verdict is
  ``partial``: what it did not fetch is not missing;
* a directory crawl saw nobody (``scope.listing_entries`` 0: its listing
  pages held no profile link — a changed page layout, a block page): an empty
  listing proves nobody gone.

A manifest without these fields (written before they existed) is read as
today: complete, and listing entries unknown.

Never gone: profiles one of whose pages failed (``unreached_profile_ids``) and
what they list; records that failed the schema at export (``rejected``); and
records last seen by a later crawl than this one. A load without a manifest,
with bad lines, or whose files do not match the manifest's counts marks
nothing as gone (a skipped line might be the record that looks missing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Scope:
    name: str
    statuses: frozenset[str] | None  # directory crawls
    profile_ids: frozenset[str] | None  # on-demand runs
    listing_complete: bool
    unreached: frozenset[str]  # profiles: unknown, never gone
    rejected_profiles: frozenset[str]
    rejected_publications: frozenset[str]
    complete: bool | None = None  # None: an older manifest, read as complete
    listing_entries: int | None = None  # directory crawls: profile links on the listings
    partial: bool = False  # the run's verdict is "partial"

    @classmethod
    def from_manifest(cls, manifest: dict) -> "Scope":
        scope = manifest["scope"]
        rejected = manifest.get("rejected", {})
        return cls(
            name=scope["name"],
            statuses=frozenset(scope["statuses"]) if "statuses" in scope else None,
            profile_ids=frozenset(scope["profile_ids"]) if "profile_ids" in scope else None,
            listing_complete=scope["listing_complete"],
            unreached=frozenset(scope["unreached_profile_ids"]),
            rejected_profiles=frozenset(rejected.get("profile", ())),
            rejected_publications=frozenset(rejected.get("publication", ())),
            complete=scope.get("complete"),
            listing_entries=scope.get("listing_entries"),
            partial=(manifest.get("verdict") or {}).get("status") == "partial",
        )

    def nothing_gone_because(self) -> str | None:
        """Why this crawl can mark nothing as gone at all (None: it can, within its scope)."""
        if self.complete is False:
            return "the run stopped early (scope.complete is false): what it did not fetch is not missing"
        if self.partial:
            return "the run is partial (its verdict): what it did not fetch is not missing"
        if self.listing_entries == 0:
            return "the directory listings held no profile (scope.listing_entries is 0): the run saw nobody"
        return None

    def excluded(self, profile_id: str) -> bool:
        """Nothing is known of this profile or of what it lists."""
        return profile_id in self.unreached or profile_id in self.rejected_profiles

    def covers_profile(self, profile_id: str, status: str) -> bool:
        """Would this crawl have seen the profile, were it still on the site?"""
        if self.excluded(profile_id):
            return False
        if self.profile_ids is not None:
            return profile_id in self.profile_ids
        return self.listing_complete and self.statuses is not None and status in self.statuses


@dataclass(frozen=True)
class Known:
    """A row as the database had it before the load."""
    active: bool
    last_seen_at: datetime
    status: str | None = None  # profiles


@dataclass
class Gone:
    profiles: set[str]
    listings: set[tuple[str, str]]  # (publication id, profile id)
    publications: set[str]


def plan(scope: Scope, seen_at: datetime, *,
         profiles: dict[str, Known], listings: dict[tuple[str, str], Known], publications: dict[str, Known],
         seen_profiles: set[str], seen_listings: set[tuple[str, str]], seen_publications: set[str]) -> Gone:
    """What this load marks inactive (see the module docstring)."""
    if scope.nothing_gone_because():
        return Gone(set(), set(), set())

    def older(known: Known) -> bool:
        return known.active and known.last_seen_at < seen_at

    gone_profiles = {
        profile_id for profile_id, known in profiles.items()
        if older(known) and profile_id not in seen_profiles and scope.covers_profile(profile_id, known.status)
    }
    covered = {profile_id for profile_id in seen_profiles if not scope.excluded(profile_id)} | gone_profiles
    gone_listings = {
        pair for pair, known in listings.items()
        if older(known) and pair[1] in covered and pair not in seen_listings
        and pair[0] not in scope.rejected_publications
    }
    still_listed = {pair[0] for pair, known in listings.items() if known.active and pair not in gone_listings}
    gone_publications = {
        publication_id for publication_id, known in publications.items()
        if older(known) and publication_id not in seen_publications and publication_id not in still_listed
        and publication_id not in scope.rejected_publications
    }
    return Gone(gone_profiles, gone_listings, gone_publications)
