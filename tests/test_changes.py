"""changes.jsonl: a streaming diff of two id-ordered JSON Lines snapshots."""

import json
from collections import Counter

import pytest

from profilecrawler import schema
from profilecrawler.changes import diff_snapshots, origin_of, write_changes


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def profile(slug, **fields):
    record = {"type": "profile", "id": f"mila:{slug}", "name": slug.title(), "status": "member",
              "publication_count": 2, "crawled_at": "2024-05-01T00:00:00Z"}
    record.update(fields)
    return record


def publication(n, **fields):
    record = {"type": "publication", "id": f"pub-{n:04d}", "title": f"Paper {n}", "abstract": "A.",
              "profile_ids": ["mila:ann"], "crawled_at": "2024-05-01T00:00:00Z"}
    record.update(fields)
    return record


def test_added_changed_removed_in_id_order_with_the_changed_fields_and_values(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [
        profile("ann"), profile("bob"), profile("cid"), profile("dee"),
    ])
    new = write_jsonl(tmp_path / "new.jsonl", [
        profile("ann", crawled_at="2024-06-01T00:00:00Z"),           # only the volatile field
        profile("bob", status="alumni", publication_count=3),       # became alumni, gained one
        profile("cie"),                                              # new
        profile("dee", roles=["Core member"]),                      # a field that was not there
    ])
    assert list(diff_snapshots(old, new)) == [
        {"type": "change", "change": "changed", "record_type": "profile", "id": "mila:bob",
         "fields": ["publication_count", "status"],
         "old": {"publication_count": 2, "status": "member"}, "new": {"publication_count": 3, "status": "alumni"}},
        {"type": "change", "change": "removed", "record_type": "profile", "id": "mila:cid"},
        {"type": "change", "change": "added", "record_type": "profile", "id": "mila:cie"},
        {"type": "change", "change": "changed", "record_type": "profile", "id": "mila:dee",
         "fields": ["roles"], "old": {}, "new": {"roles": ["Core member"]}},
    ]


def test_removed_and_added_at_the_ends_of_the_files(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [publication(1), publication(2)])
    new = write_jsonl(tmp_path / "new.jsonl", [publication(2), publication(3), publication(4)])
    changes = list(diff_snapshots(old, new))
    assert [(c["change"], c["id"]) for c in changes] == [
        ("removed", "pub-0001"), ("added", "pub-0003"), ("added", "pub-0004"),
    ]
    assert all(c.keys().isdisjoint({"fields", "old", "new"}) for c in changes)
    assert {c["record_type"] for c in changes} == {"publication"}


def test_a_corrected_abstract_is_a_change_of_that_field_only(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [publication(1, abstract="Teh results.")])
    new = write_jsonl(tmp_path / "new.jsonl", [publication(1, abstract="The results.",
                                                           crawled_at="2030-01-01T00:00:00Z")])
    assert list(diff_snapshots(old, new)) == [
        {"type": "change", "change": "changed", "record_type": "publication", "id": "pub-0001",
         "fields": ["abstract"], "old": {"abstract": "Teh results."}, "new": {"abstract": "The results."}},
    ]


def test_identical_snapshots_and_an_empty_new_file(tmp_path):
    records = [publication(1), publication(2)]
    old = write_jsonl(tmp_path / "old.jsonl", records)
    assert list(diff_snapshots(old, write_jsonl(tmp_path / "same.jsonl", records))) == []
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    assert [c["change"] for c in diff_snapshots(old, empty)] == ["removed", "removed"]


def test_a_missing_old_file_reports_nothing(tmp_path):
    new = write_jsonl(tmp_path / "new.jsonl", [profile("ann"), profile("bob")])
    assert list(diff_snapshots(tmp_path / "absent.jsonl", new)) == []


@pytest.mark.parametrize("which", ["old", "new"])
def test_an_unsorted_file_is_a_clear_error(tmp_path, which):
    ordered = [profile("ann"), profile("bob"), profile("cid")]
    unsorted = [profile("ann"), profile("cid"), profile("bob")]
    old = write_jsonl(tmp_path / "old.jsonl", unsorted if which == "old" else ordered)
    new = write_jsonl(tmp_path / "new.jsonl", unsorted if which == "new" else ordered)
    with pytest.raises(ValueError, match=r"not sorted by id \('mila:bob' after 'mila:cid'\)") as error:
        list(diff_snapshots(old, new))
    assert f"{which}.jsonl:3" in str(error.value)


def test_a_repeated_id_is_an_ordering_error(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [profile("ann"), profile("ann")])
    new = write_jsonl(tmp_path / "new.jsonl", [profile("ann")])
    with pytest.raises(ValueError, match="not sorted by id"):
        list(diff_snapshots(old, new))


def test_the_diff_streams_one_record_at_a_time(tmp_path):
    """A change before the files' end is yielded before the rest is read: the
    second file's broken line is only reached when the diff gets there."""
    old = write_jsonl(tmp_path / "old.jsonl", [publication(1), publication(2)])
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps(publication(1, title="Paper one")) + "\n{broken\n", encoding="utf-8")
    changes = diff_snapshots(old, new)
    assert next(changes)["fields"] == ["title"]
    with pytest.raises(ValueError, match=r"new\.jsonl:2: not a JSON line"):
        next(changes)


def test_write_changes_writes_one_file_for_both_kinds_and_counts(tmp_path):
    old_profiles = write_jsonl(tmp_path / "profiles.jsonl", [profile("ann"), profile("bob")])
    new_profiles = write_jsonl(tmp_path / "profiles.new.jsonl", [profile("ann", status="alumni")])
    old_pubs = write_jsonl(tmp_path / "publications.jsonl", [publication(1)])
    new_pubs = write_jsonl(tmp_path / "publications.new.jsonl", [publication(1), publication(2)])
    out = tmp_path / "changes.jsonl"
    counts = write_changes([(old_profiles, new_profiles), (old_pubs, new_pubs)], out)
    assert counts == Counter({"changed": 1, "removed": 1, "added": 1})
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(c["record_type"], c["change"], c["id"]) for c in lines] == [
        ("profile", "changed", "mila:ann"), ("profile", "removed", "mila:bob"),
        ("publication", "added", "pub-0002"),
    ]
    assert lines[0]["fields"] == ["status"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_write_changes_on_a_first_run_writes_an_empty_file(tmp_path):
    out = tmp_path / "changes.jsonl"
    out.write_text('{"stale": "from an earlier run"}\n', encoding="utf-8")
    new = write_jsonl(tmp_path / "profiles.new.jsonl", [profile("ann")])
    assert write_changes([(tmp_path / "profiles.jsonl", new)], out) == Counter()
    assert out.read_text(encoding="utf-8") == ""


def test_write_changes_leaves_the_previous_file_when_the_diff_fails(tmp_path):
    out = tmp_path / "changes.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    old = write_jsonl(tmp_path / "old.jsonl", [profile("bob"), profile("ann")])
    new = write_jsonl(tmp_path / "new.jsonl", [profile("ann")])
    with pytest.raises(ValueError):
        write_changes([(old, new)], out)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["changes.jsonl", "new.jsonl", "old.jsonl"]


def test_a_field_on_one_side_only_is_absent_from_the_other_sides_values(tmp_path):
    gone = profile("ann", biography="Works on RL.")
    del gone["publication_count"]
    old = write_jsonl(tmp_path / "old.jsonl", [gone])
    new = write_jsonl(tmp_path / "new.jsonl", [profile("ann", crawled_at="2030-01-01T00:00:00Z")])
    [change] = diff_snapshots(old, new)
    assert change["fields"] == ["biography", "publication_count"]
    assert change["old"] == {"biography": "Works on RL."}
    assert change["new"] == {"publication_count": 2}
    assert "crawled_at" not in change["old"] and "crawled_at" not in change["new"]


def test_every_kind_of_change_line_meets_the_change_schema(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [profile("ann"), profile("bob", roles=["Core member"])])
    new = write_jsonl(tmp_path / "new.jsonl", [profile("bob", biography=None), profile("cid")])
    changes = list(diff_snapshots(old, new))
    assert [c["change"] for c in changes] == ["removed", "changed", "added"]
    for change in changes:
        assert schema.problems("change", change) == [], change
    changed = changes[1]
    assert schema.problems("change", {k: v for k, v in changed.items() if k != "old"})  # old and new are required
    assert schema.problems("change", {**changes[0], "new": {}})  # and only on a "changed" line


# Two crawls of the same site, served from another loopback port each time.
A, B = "http://127.0.0.1:41234", "http://127.0.0.1:50505"


def site_profile(origin, slug, **fields):
    return profile(slug, url=f"{origin}/en/directory/{slug}", portrait_url=f"{origin}/files/{slug}.jpg?itok=x",
                   source_urls=[f"{origin}/en/directory/{slug}", f"{origin}/en/directory?page=2", origin],
                   supervisors=[{"name": "Zed", "profile_id": "mila:zed", "href": f"{origin}/en/directory/zed#top"}],
                   homepage="https://ann.example.org/", **fields)


def site_publication(origin, n, **fields):
    return publication(n, source_url=f"{origin}/en/publications/{n}", external_url="https://doi.org/10.1/x",
                       authors=[{"name": "Ann", "profile_id": "mila:ann", "profile_url": f"{origin}/en/directory/ann"},
                                {"name": "Guest", "profile_id": None, "profile_url": None}], **fields)


def site_snapshot(path, origin, **edits):
    """The same records as crawled from ``origin``; ``edits`` maps an id to the
    fields that differ."""
    records = [site_profile(origin, "ann"), site_profile(origin, "bob"), site_publication(origin, 1)]
    return write_jsonl(path, [{**r, **edits.get(r["id"], {}), "crawled_at": origin} for r in records])


def test_snapshots_differing_only_by_origin_give_no_change_with_the_origins(tmp_path):
    old, new = site_snapshot(tmp_path / "old.jsonl", A), site_snapshot(tmp_path / "new.jsonl", B)
    assert list(diff_snapshots(old, new, origins=(A, B))) == []
    assert list(diff_snapshots(old, new, origins=(A + "/", B))) == []  # a start URL's bare origin
    everything = list(diff_snapshots(old, new))
    assert [(c["change"], c["id"]) for c in everything] == [
        ("changed", "mila:ann"), ("changed", "mila:bob"), ("changed", "pub-0001")]
    assert everything[0]["fields"] == ["portrait_url", "source_urls", "supervisors", "url"]
    assert everything[2]["fields"] == ["authors", "source_url"]


@pytest.mark.parametrize("origins", [None, (A, A), (A, None), (None, B), ("", B)])
def test_without_two_different_origins_records_are_compared_as_they_are(tmp_path, origins):
    old, new = site_snapshot(tmp_path / "old.jsonl", A), site_snapshot(tmp_path / "new.jsonl", B)
    assert [c["change"] for c in diff_snapshots(old, new, origins=origins)] == ["changed"] * 3


def test_a_real_change_among_origin_differences_is_reported_with_the_records_own_values(tmp_path):
    old = site_snapshot(tmp_path / "old.jsonl", A)
    new = site_snapshot(tmp_path / "new.jsonl", B, **{
        "mila:bob": {"status": "alumni", "url": f"{B}/en/directory/robert",
                     "supervisors": [{"name": "Zed", "profile_id": "mila:zed", "href": f"{B}/en/directory/zed"}]},
        "pub-0001": {"authors": [{"name": "Ann", "profile_id": "mila:ann", "profile_url": f"{B}/en/directory/ann"}]},
    })
    changes = list(diff_snapshots(old, new, origins=(A, B)))
    assert [(c["id"], c["fields"]) for c in changes] == [
        ("mila:bob", ["status", "supervisors", "url"]), ("pub-0001", ["authors"])]
    bob = changes[0]
    zed = {"name": "Zed", "profile_id": "mila:zed"}
    assert bob["old"] == {"status": "member", "url": f"{A}/en/directory/bob",
                          "supervisors": [{**zed, "href": f"{A}/en/directory/zed#top"}]}
    assert bob["new"] == {"status": "alumni", "url": f"{B}/en/directory/robert",
                          "supervisors": [{**zed, "href": f"{B}/en/directory/zed"}]}
    assert changes[1]["old"]["authors"][0]["profile_url"] == f"{A}/en/directory/ann"
    assert len(changes[1]["new"]["authors"]) == 1


@pytest.mark.parametrize("old_url, new_url, same", [
    (A, B, True),
    (f"{A}?page=2", f"{B}?page=2", True),
    (f"{A}#people", f"{B}#people", True),
    (f"{A}/x", f"{B}/y", False),
    (f"{A}5/x", f"{B}5/x", False),                              # another port, not the origin
    (f"{A}.evil.example/x", f"{B}.evil.example/x", False),
    (f"https://web.archive.org/{A}/x", f"https://web.archive.org/{B}/x", False),  # not at the start
    (f"{A}/x", f"{A}/x", True),                                 # equal as they are
    (f"{B}/x", f"{A}/x", False),                                # the other snapshot's origin
])
def test_only_urls_of_each_snapshots_own_origin_are_taken_as_relative(tmp_path, old_url, new_url, same):
    old = write_jsonl(tmp_path / "old.jsonl", [publication(1, links={"pdf": [old_url]})])
    new = write_jsonl(tmp_path / "new.jsonl", [publication(1, links={"pdf": [new_url]})])
    changes = list(diff_snapshots(old, new, origins=(A, B)))
    assert changes == ([] if same else [
        {"type": "change", "change": "changed", "record_type": "publication", "id": "pub-0001",
         "fields": ["links"], "old": {"links": {"pdf": [old_url]}}, "new": {"links": {"pdf": [new_url]}}}])


def test_shapes_that_differ_are_changes_whatever_the_origins(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [publication(1, a=[f"{A}/x"], b={"u": A}, c=1, d=[A])])
    new = write_jsonl(tmp_path / "new.jsonl", [publication(1, a=[f"{B}/x", f"{B}/y"], b={"v": B}, c="1", d=B)])
    [change] = diff_snapshots(old, new, origins=(A, B))
    assert change["fields"] == ["a", "b", "c", "d"]


@pytest.mark.parametrize("which", ["old", "new"])
def test_with_origins_the_files_are_still_checked_for_id_order(tmp_path, which):
    ordered = [site_profile(A, "ann"), site_profile(A, "bob"), site_profile(A, "cid")]
    unsorted = [site_profile(B, "ann"), site_profile(B, "cid"), site_profile(B, "bob")]
    old = write_jsonl(tmp_path / "old.jsonl", unsorted if which == "old" else ordered)
    new = write_jsonl(tmp_path / "new.jsonl", unsorted if which == "new" else ordered)
    with pytest.raises(ValueError, match=r"not sorted by id \('mila:bob' after 'mila:cid'\)") as error:
        list(diff_snapshots(old, new, origins=(A, B)))
    assert f"{which}.jsonl:3" in str(error.value)


def test_write_changes_passes_the_origins_and_keeps_its_keep_argument(tmp_path):
    old, new = site_snapshot(tmp_path / "old.jsonl", A), site_snapshot(tmp_path / "new.jsonl", B,
                                                                       **{"mila:ann": {"status": "alumni"}})
    out = tmp_path / "changes.jsonl"
    asked = []
    counts = write_changes([(old, new)], out, keep=lambda change: asked.append(change["id"]) or True, origins=(A, B))
    assert counts == Counter({"changed": 1}) and asked == ["mila:ann"]
    [line] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert line["fields"] == ["status"] and line["old"] == {"status": "member"} and line["new"] == {"status": "alumni"}
    assert write_changes([(old, new)], out, lambda change: False) == Counter()  # keep, positionally
    assert write_changes([(old, new)], out) == Counter({"changed": 3})


@pytest.mark.parametrize("url, origin", [
    ("http://127.0.0.1:41234/en/directory", "http://127.0.0.1:41234"),
    ("HTTPS://Mila.Quebec/en/directory?page=2#x", "https://mila.quebec"),
    ("https://user:secret@mila.quebec:8443", "https://mila.quebec:8443"),
    ("http://[::1]:8080/x", "http://[::1]:8080"),
    ("  https://mila.quebec/ ", "https://mila.quebec"),
    ("/en/directory", None),
    ("mila.quebec/en", None),
    ("http://mila.quebec:port/", None),
    ("", None),
    (None, None),
])
def test_origin_of(url, origin):
    assert origin_of(url) == origin
