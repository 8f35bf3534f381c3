"""The rules of what a load may mark as gone (profilecrawler.db.scope), case by case; and
runs that did not cover their scope (stopped early, partial, a directory crawl that saw
nobody), which mark nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from profilecrawler.db.scope import Known, Scope, plan

THEN = datetime(2024, 5, 1, tzinfo=timezone.utc)
NOW = THEN + timedelta(days=1)


def scope(name="directory:all", statuses=("member", "alumni"), profile_ids=None, listing_complete=True,
          unreached=(), rejected_profiles=(), rejected_publications=(), complete=None, listing_entries=None,
          partial=False):
    return Scope(name, frozenset(statuses) if statuses is not None else None,
                 frozenset(profile_ids) if profile_ids is not None else None, listing_complete,
                 frozenset(unreached), frozenset(rejected_profiles), frozenset(rejected_publications),
                 complete, listing_entries, partial)


# The database before the load: ann and bob members, cid alumni; p1 on ann and
# cid, p2 on bob only, p3 on cid only.
PROFILES = {"ann": Known(True, THEN, "member"), "bob": Known(True, THEN, "member"), "cid": Known(True, THEN, "alumni")}
LISTINGS = {("p1", "ann"): Known(True, THEN), ("p1", "cid"): Known(True, THEN), ("p2", "bob"): Known(True, THEN),
            ("p3", "cid"): Known(True, THEN)}
PUBLICATIONS = {"p1": Known(True, THEN), "p2": Known(True, THEN), "p3": Known(True, THEN)}


def gone(scope_, seen_profiles, seen_listings, profiles=PROFILES, listings=LISTINGS, publications=PUBLICATIONS):
    result = plan(scope_, NOW, profiles=profiles, listings=listings, publications=publications,
                  seen_profiles=set(seen_profiles), seen_listings=set(seen_listings),
                  seen_publications={p for p, _ in seen_listings})
    return result.profiles, result.listings, result.publications


def test_a_full_crawl_marks_whatever_it_did_not_see():
    # cid is gone; p1 is still on ann's page; p3 was only on cid's.
    assert gone(scope(), {"ann", "bob"}, {("p1", "ann"), ("p2", "bob")}) == (
        {"cid"}, {("p1", "cid"), ("p3", "cid")}, {"p3"})


def test_an_alumni_crawl_covers_alumni_only():
    # Nothing seen at all: cid (alumni) is gone, the members are not covered.
    assert gone(scope("directory:alumni", statuses=("alumni",)), set(), set()) == (
        {"cid"}, {("p1", "cid"), ("p3", "cid")}, {"p3"})


def test_an_on_demand_run_covers_the_profiles_asked_for():
    # bob asked for and seen without p2: p2 had no other listing, so it goes.
    assert gone(scope("profiles", statuses=None, profile_ids={"bob"}), {"bob"}, set()) == (
        set(), {("p2", "bob")}, {"p2"})
    # ann asked for, p1 gone from her page; p1 stays, cid (not asked for) lists it.
    assert gone(scope("profiles", statuses=None, profile_ids={"ann"}), {"ann"}, set()) == (
        set(), {("p1", "ann")}, set())
    # cid asked for, not there (404): gone, with her listings.
    assert gone(scope("profiles", statuses=None, profile_ids={"cid"}), set(), set()) == (
        {"cid"}, {("p1", "cid"), ("p3", "cid")}, {"p3"})


def test_listings_not_all_fetched_mark_no_profile_gone():
    # A directory listing page failed: nobody is known to be gone, but the
    # profiles seen say exactly what they list.
    assert gone(scope(listing_complete=False), {"ann"}, set()) == (set(), {("p1", "ann")}, set())


def test_an_unreached_profile_and_what_it_lists_are_left_alone():
    # cid's publication page 2 failed: cid was seen, but not everything it lists.
    assert gone(scope(unreached={"cid"}), {"ann", "bob", "cid"}, {("p1", "ann"), ("p2", "bob")}) == (
        set(), set(), set())
    # cid's page failed altogether: cid is not taken for gone either.
    assert gone(scope(unreached={"cid"}), {"ann", "bob"}, {("p1", "ann"), ("p2", "bob")}) == (set(), set(), set())


def test_records_rejected_at_export_are_not_taken_for_gone():
    assert gone(scope(rejected_profiles={"cid"}, rejected_publications={"p2"}), {"ann", "bob"}, {("p1", "ann")}) == (
        set(), set(), set())


def test_rows_last_seen_by_a_later_crawl_are_left_alone():
    later = NOW + timedelta(hours=1)
    profiles = {**PROFILES, "cid": Known(True, later, "alumni")}
    listings = {**LISTINGS, ("p2", "bob"): Known(True, later)}
    publications = {**PUBLICATIONS, "p2": Known(True, later)}
    assert gone(scope(), {"ann", "bob"}, {("p1", "ann")}, profiles, listings, publications) == (set(), set(), set())


def test_inactive_rows_stay_as_they_are():
    profiles = {**PROFILES, "cid": Known(False, THEN, "alumni")}
    listings = {**LISTINGS, ("p3", "cid"): Known(False, THEN), ("p1", "cid"): Known(False, THEN)}
    publications = {**PUBLICATIONS, "p3": Known(False, THEN)}
    assert gone(scope(), {"ann", "bob"}, {("p1", "ann"), ("p2", "bob")}, profiles, listings, publications) == (
        set(), set(), set())


# --- runs that did not cover their scope ----------------------------------------------

EVERYONE_SEEN = ({"ann", "bob"}, {("p1", "ann"), ("p2", "bob")})  # cid, p3, two listings gone: when in scope
NOTHING = (set(), set(), set())


def test_a_run_stopped_early_marks_nothing_gone():
    for on_demand in (False, True):
        kind = scope("profiles", statuses=None, profile_ids={"bob", "cid"}) if on_demand else scope()
        stopped = replace(kind, complete=False)
        assert gone(stopped, *EVERYONE_SEEN) == NOTHING, on_demand
        # Not even the listings of a profile it saw.
        assert gone(stopped, {"bob"}, set()) == NOTHING, on_demand
    assert scope(complete=False).nothing_gone_because().startswith("the run stopped early")


def test_a_partial_verdict_marks_nothing_gone():
    assert gone(scope(complete=True, partial=True), *EVERYONE_SEEN) == NOTHING
    assert scope(partial=True).nothing_gone_because().startswith("the run is partial")


def test_a_directory_crawl_that_saw_nobody_marks_nothing_gone():
    # Listings fetched, but they held no profile link (a changed layout, a block page).
    assert gone(scope(complete=True, listing_entries=0), set(), set()) == NOTHING
    assert gone(scope("directory:alumni", statuses=("alumni",), listing_entries=0), set(), set()) == NOTHING
    assert "listing_entries is 0" in scope(listing_entries=0).nothing_gone_because()


def test_a_complete_run_that_saw_its_listings_marks_as_before():
    full = ({"cid"}, {("p1", "cid"), ("p3", "cid")}, {"p3"})
    assert gone(scope(complete=True, listing_entries=2), *EVERYONE_SEEN) == full
    # An older manifest (neither field): today's behaviour.
    assert gone(scope(), *EVERYONE_SEEN) == full
    assert scope().nothing_gone_because() is None


def test_the_fields_are_read_from_the_manifest():
    manifest = {"scope": {"name": "directory:all", "statuses": ["member", "alumni"], "listing_complete": True,
                          "unreached_profile_ids": [], "complete": False, "listing_entries": 0},
                "verdict": {"status": "partial"}}
    read = Scope.from_manifest(manifest)
    assert (read.complete, read.listing_entries, read.partial) == (False, 0, True)
    older = Scope.from_manifest({"scope": {k: v for k, v in manifest["scope"].items()
                                           if k not in ("complete", "listing_entries")}})
    assert (older.complete, older.listing_entries, older.partial) == (None, None, False)
