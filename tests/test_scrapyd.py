"""A real Scrapyd on loopback, the README's deploy recipe (issue 11): the
project deployed with ``scrapyd-deploy`` from a clean copy, jobs scheduled
with no settings of their own; each job's records are in its run folder and
behind its ``items_url``, and the HTTP cache works (the second job
revalidates every page)."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from scrapy.settings import Settings

from conftest import LOOPBACK, free_port, project_copy, read_jsonl, wait_for

from profilecrawler._scrapyd import ScrapydJob, adapt

BIN = Path(sys.executable).parent


def api(base: str, name: str, post: dict | None = None, **query) -> dict:
    """Scrapyd's JSON API: a GET with ``query``, or a POST of the form ``post``."""
    url = f"{base}/{name}?{urllib.parse.urlencode(query)}"
    data = urllib.parse.urlencode(post, doseq=True).encode() if post else None
    with urllib.request.urlopen(url, data=data, timeout=30) as response:
        return json.loads(response.read())


class Scrapyd:
    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        (folder / "scrapyd.conf").write_text(
            "[scrapyd]\nbind_address = 127.0.0.1\n"
            f"http_port = {self.port}\nitems_dir = items\npoll_interval = 0.2\n", encoding="utf-8")
        self.log = (folder / "scrapyd.out").open("w")
        self.process = subprocess.Popen([str(BIN / "scrapyd")], cwd=folder, stdout=self.log,
                                        stderr=subprocess.STDOUT)

    def up(self) -> bool:
        try:
            return api(self.base, "daemonstatus.json")["status"] == "ok"
        except OSError:
            assert self.process.poll() is None, (self.folder / "scrapyd.out").read_text()
            return False

    def schedule(self, **arguments) -> str:
        scheduled = api(self.base, "schedule.json", {"project": "profilecrawler", **arguments})
        assert scheduled["status"] == "ok", scheduled
        return scheduled["jobid"]

    def finished(self, job: str) -> dict | None:
        jobs = api(self.base, "listjobs.json", project="profilecrawler")["finished"]
        return next((entry for entry in jobs if entry["id"] == job), None)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory):
    server = Scrapyd(tmp_path_factory.mktemp("scrapyd"))
    try:
        wait_for(server.up, timeout=60, what="scrapyd to answer")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def deployed(scrapyd, tmp_path_factory):
    """The project deployed as the README says (``scrapyd-deploy``), from a clean copy."""
    project = project_copy(tmp_path_factory.mktemp("clone") / "profilecrawler")
    with (project / "scrapy.cfg").open("a", encoding="utf-8") as cfg:
        cfg.write(f"\n[deploy:test]\nurl = {scrapyd.base}/\nproject = profilecrawler\n")
    done = subprocess.run([str(BIN / "scrapyd-deploy"), "test"], cwd=project, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0 and '"status": "ok"' in done.stdout, done.stdout + done.stderr
    return project


def run_job(scrapyd, site) -> tuple[str, dict]:
    # The test's only settings: no politeness delay against our own loopback server.
    settings = [f"{name}={value}" for name, value in (pair.split("=", 1) for pair in LOOPBACK[1::2])]
    job = scrapyd.schedule(spider="directory", start_url=f"{site.base_url}/en/directory", setting=settings)
    done = {}
    wait_for(lambda: done.setdefault("job", scrapyd.finished(job)) or done.pop("job"), timeout=300,
             what=f"Scrapyd job {job} to finish")
    return job, done["job"]


def test_a_job_writes_its_records_and_cache_where_the_readme_says(scrapyd, deployed, fixture_site):
    data = scrapyd.folder / "data" / "profilecrawler"
    first, first_entry = run_job(scrapyd, fixture_site)
    second, second_entry = run_job(scrapyd, fixture_site)
    log = (scrapyd.folder / "logs" / "profilecrawler" / "directory" / f"{first}.log").read_text(encoding="utf-8")
    assert "Unable to find scrapy.cfg" not in log and "Disabled" not in log

    snapshot = data / "output" / "directory-all"
    for job, entry in ((first, first_entry), (second, second_entry)):
        (run_dir,) = (snapshot / "runs").glob(f"*-{job}")  # the job's own run folder
        verdict = json.loads((run_dir / "verdict.json").read_text(encoding="utf-8"))
        assert verdict["status"] == "published", verdict
        records = read_jsonl(run_dir / "profiles.jsonl") + read_jsonl(run_dir / "publications.jsonl")
        assert {record["type"] for record in records} == {"profile", "publication"}
        # items_url serves the job's merged records, not the spiders' sightings.
        with urllib.request.urlopen(scrapyd.base + entry["items_url"], timeout=30) as response:
            served = [json.loads(line) for line in response.read().decode("utf-8").splitlines()]
        assert served == records
    assert (snapshot / "current").resolve() == next((snapshot / "runs").glob(f"*-{second}"))
    assert not (scrapyd.folder / "output").exists()  # nothing in Scrapyd's shared working folder

    # The cache: the first job stored every page, the second revalidated every one.
    assert (data / "httpcache" / "directory.sqlite").is_file()
    first_stats = json.loads(next((snapshot / "runs").glob(f"*-{first}/stats.json")).read_text(encoding="utf-8"))
    stats = json.loads(next((snapshot / "runs").glob(f"*-{second}/stats.json")).read_text(encoding="utf-8"))
    assert first_stats["httpcache/store"] == first_stats["response_received_count"] > 50
    assert stats["server/status_count/304"] == stats["httpcache/revalidate"] == first_stats["httpcache/store"]


def project_settings() -> Settings:
    settings = Settings()
    settings.setmodule("profilecrawler.settings", priority="project")
    return settings


def test_adapt_moves_relative_places_under_the_project_data_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = project_settings()
    settings.set("HTTPCACHE_DIR", "/srv/cache", priority="cmdline")  # absolute: kept
    settings.set("FEEDS", json.dumps({f"file://{tmp_path}/items/p/directory/j1.jl": {"format": "jsonlines"}}),
                 priority="cmdline")
    assert adapt(settings, {"_job": "j1"}, {"SCRAPY_PROJECT": "p"}) == ScrapydJob("p", "j1")
    assert settings["OUTPUT_DIR"] == f"{tmp_path}/data/p/output/{{scope}}"
    assert settings["HTTPCACHE_DIR"] == "/srv/cache"
    assert settings["RUN_TAG"] == "j1"
    assert settings.getdict("FEEDS") == {} and settings["RECORDS_FILE"] == f"{tmp_path}/items/p/directory/j1.jl"


def test_adapt_leaves_other_crawls_and_remote_feeds_alone(tmp_path):
    settings = project_settings()
    assert adapt(settings, {"_job": "j1"}, {}) is None  # no SCRAPY_PROJECT: not Scrapyd
    assert settings["OUTPUT_DIR"] == "output/{scope}" and settings.get("RUN_TAG") is None
    remote = {"s3://bucket/items/p/directory/j1.jl": {"format": "jsonlines"}}
    settings.set("FEEDS", json.dumps(remote), priority="cmdline")
    adapt(settings, {"_job": "j1"}, {"SCRAPY_PROJECT": "p"})
    assert settings.getdict("FEEDS") == remote and settings.get("RECORDS_FILE") is None
