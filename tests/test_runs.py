"""A job's run folders and its published snapshot (profilecrawler.runs), on
real files: publishing is one atomic switch, a reader never sees a mix of two
runs, old runs are pruned but never the published one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from profilecrawler.runs import PUBLISHED_FILES, JobFolder, new_run_id, scope_key


def make_run(job: JobFolder, label: str, scope: dict | None = None, verdict: str | None = None) -> Path:
    """A run folder whose every file names the run (``label``)."""
    folder = job.create_run()
    scope = scope or {"name": "directory:all", "statuses": ["member", "alumni"]}
    for name in PUBLISHED_FILES:
        if name == "manifest.json":
            manifest = {"type": "manifest", "run_id": folder.name, "label": label, "scope": scope}
            if verdict:
                manifest["verdict"] = {"status": verdict}
            (folder / name).write_text(json.dumps(manifest))
        else:
            (folder / name).write_text(f"{label} {name}\n")
    return folder


def read_snapshot(root: Path, resolve: bool = False) -> set[str]:
    """The labels a reader finds in the published files at the top of OUTPUT_DIR
    (``resolve``: in the folder ``current`` points at, resolved once, as a
    reader that reads while runs are published does)."""
    labels = set()
    folder = (root / "current").resolve() if resolve else root
    for name in PUBLISHED_FILES:
        content = (folder / name).read_text()
        labels.add(json.loads(content)["label"] if name == "manifest.json" else content.split()[0])
    return labels


def test_a_published_run_is_read_through_the_fixed_links(tmp_path):
    job = JobFolder(tmp_path)
    assert job.published() is None
    first = make_run(job, "A")
    job.publish(first)
    assert job.published() == first.resolve()
    assert read_snapshot(tmp_path) == {"A"}
    for name in PUBLISHED_FILES:
        assert os.readlink(tmp_path / name) == f"current/{name}"
    second = make_run(job, "B")
    assert read_snapshot(tmp_path) == {"A"}  # a run not published is not seen
    job.publish(second)
    assert read_snapshot(tmp_path) == {"B"} and job.published() == second.resolve()
    assert sorted(job.run_ids()) == sorted([first.name, second.name])


def test_an_output_of_the_flat_layout_is_its_own_snapshot_until_a_run_is_published(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"label": "old", "scope": {"name": "directory:all"}}))
    (tmp_path / "profiles.jsonl").write_text("old profiles.jsonl\n")
    job = JobFolder(tmp_path)
    assert job.published() == tmp_path
    run = make_run(job, "new")
    job.publish(run)
    assert read_snapshot(tmp_path) == {"new"}
    assert (tmp_path / "profiles.jsonl").is_symlink()


def test_run_ids_sort_by_time_and_never_collide(tmp_path):
    job = JobFolder(tmp_path)
    taken = new_run_id()
    folders = [job.create_run(taken) for _ in range(3)]
    assert len({f.name for f in folders}) == 3
    assert job.run_ids() == sorted(f.name for f in folders) and folders[0].name == taken


def test_pruning_keeps_the_last_runs_and_always_the_published_one(tmp_path):
    job = JobFolder(tmp_path)
    runs = [make_run(job, f"R{n}") for n in range(6)]
    job.publish(runs[0])  # the oldest is the published one: later runs all failed
    removed = job.prune(keep=3, protect=(runs[5],))
    assert removed == [runs[1].name, runs[2].name, runs[3].name]
    assert job.run_ids() == [runs[0].name, runs[4].name, runs[5].name]
    assert read_snapshot(tmp_path) == {"R0"}


def test_the_baseline_is_the_published_run_of_the_same_scope(tmp_path):
    job = JobFolder(tmp_path)
    everyone = {"name": "profiles", "profile_ids": ["mila:a", "mila:b"]}
    one = {"name": "profiles", "profile_ids": ["mila:a"]}
    older = make_run(job, "two profiles", everyone, verdict="published")
    job.publish(older)
    job.complete(older)
    suspect = make_run(job, "suspect", one, verdict="suspect")
    newer = make_run(job, "one profile", one, verdict="published")
    job.publish(newer)
    fresh = job.create_run()
    # Published, but its publication is not complete (its database load failed or was killed): no baseline.
    assert not job.is_complete(newer) and job.baseline(scope_key(one), exclude=fresh) is None
    job.complete(newer)
    assert job.baseline(scope_key(one), exclude=fresh) == newer.resolve()
    # Another scope: the newest published run of that scope still kept.
    assert job.baseline(scope_key(everyone), exclude=fresh) == older
    assert job.baseline(scope_key({"name": "profiles", "profile_ids": ["mila:c"]}), exclude=fresh) is None
    assert suspect != job.baseline(scope_key(one), exclude=newer.resolve())


PUBLISHER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from profilecrawler.runs import JobFolder
    job = JobFolder(Path(sys.argv[1]))
    runs = [job.runs_dir / name for name in sys.argv[2:]]
    print("ready", flush=True)
    n = 0
    while True:  # until killed
        job.publish(runs[n % 2])
        n += 1
""")


@pytest.mark.parametrize("trial", range(5))
def test_sigkill_while_publishing_leaves_the_old_or_the_new_snapshot(tmp_path, trial):
    """A process that does nothing but publish two runs in turn, killed at a
    random moment while a reader keeps reading: every read, and the state left
    behind, is one run's snapshot, never a mix."""
    job = JobFolder(tmp_path)
    runs = [make_run(job, "A"), make_run(job, "B")]
    job.publish(runs[0])
    process = subprocess.Popen([sys.executable, "-c", PUBLISHER, str(tmp_path), *[r.name for r in runs]],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "ready"
        reads = 0
        deadline = time.monotonic() + 0.2 + trial * 0.05
        while time.monotonic() < deadline:
            assert len(read_snapshot(tmp_path, resolve=True)) == 1
            reads += 1
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert reads > 0
    assert read_snapshot(tmp_path) in ({"A"}, {"B"})
    # The next publish works over whatever the kill left (a stray temporary link).
    job.publish(runs[1])
    assert read_snapshot(tmp_path) == {"B"}
