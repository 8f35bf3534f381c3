"""changes.jsonl: a streaming diff of two id-ordered JSON Lines snapshots."""

import json
from collections import Counter

import pytest

from profilecrawler.changes import diff_snapshots, write_changes


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


def test_added_changed_removed_in_id_order_with_the_changed_fields(tmp_path):
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
         "fields": ["publication_count", "status"]},
        {"type": "change", "change": "removed", "record_type": "profile", "id": "mila:cid"},
        {"type": "change", "change": "added", "record_type": "profile", "id": "mila:cie"},
        {"type": "change", "change": "changed", "record_type": "profile", "id": "mila:dee",
         "fields": ["roles"]},
    ]


def test_removed_and_added_at_the_ends_of_the_files(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [publication(1), publication(2)])
    new = write_jsonl(tmp_path / "new.jsonl", [publication(2), publication(3), publication(4)])
    changes = list(diff_snapshots(old, new))
    assert [(c["change"], c["id"]) for c in changes] == [
        ("removed", "pub-0001"), ("added", "pub-0003"), ("added", "pub-0004"),
    ]
    assert all("fields" not in c for c in changes)
    assert {c["record_type"] for c in changes} == {"publication"}


def test_a_corrected_abstract_is_a_change_of_that_field_only(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", [publication(1, abstract="Teh results.")])
    new = write_jsonl(tmp_path / "new.jsonl", [publication(1, abstract="The results.",
                                                           crawled_at="2030-01-01T00:00:00Z")])
    assert list(diff_snapshots(old, new)) == [
        {"type": "change", "change": "changed", "record_type": "publication", "id": "pub-0001",
         "fields": ["abstract"]},
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
