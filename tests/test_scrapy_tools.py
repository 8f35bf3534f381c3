"""Scrapy's own tools in the project folder (issue 11): ``scrapy shell``,
``fetch``, ``parse`` (both spiders, the default callback) and ``check`` (the
callbacks' contracts, against the fixture server through CONTRACT_BASE_URL),
run in a clean copy of the project as a newcomer would, writing no output."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from conftest import SCRAPY, project_copy


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return project_copy(tmp_path_factory.mktemp("clone") / "profilecrawler")


def scrapy(project, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(project)}  # the copy's package, not this checkout's
    return subprocess.run([SCRAPY, *args], cwd=project, capture_output=True, text=True, timeout=300, env=env)


def test_shell_runs_a_command_on_a_profile_page(project, fixture_site):
    done = scrapy(project, "shell", f"{fixture_site.base_url}/en/directory/li-ming", "--nolog",
                  "-c", "response.css('h1.person-profile__name::text').get()")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "李明"


def test_fetch_prints_the_page(project, fixture_site):
    done = scrapy(project, "fetch", "--nolog", f"{fixture_site.base_url}/en/directory/li-ming")
    assert done.returncode == 0, done.stderr[-2000:]
    assert 'class="person-profile__name">李明</h1>' in done.stdout


def test_parse_reads_a_profile_page_with_either_spider(project, fixture_site):
    for spider in ("profile", "directory"):
        done = scrapy(project, "parse", "--nolog", f"--spider={spider}", f"{fixture_site.base_url}/en/directory/li-ming")
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.count("'type': 'publication_card'") == 4 and done.stdout.count("'type': 'profile'") == 1


def test_parse_reads_a_listing_page(project, fixture_site):
    done = scrapy(project, "parse", "--nolog", "--spider=directory",
                  f"{fixture_site.base_url}/en/directory?member-type=members")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count(f"<GET {fixture_site.base_url}/en/directory/") == 16  # the profiles it lists
    assert f"<GET {fixture_site.base_url}/en/directory?member-type=members&page=1>" in done.stdout


def test_check_runs_every_contract_against_the_fixture_server(project, fixture_site):
    done = scrapy(project, "check", "-s", f"CONTRACT_BASE_URL={fixture_site.base_url}")
    assert done.returncode == 0, done.stderr[-3000:]
    ran = re.search(r"^Ran (\d+) contracts", done.stderr, re.M)
    assert ran and int(ran[1]) >= 10 and done.stderr.rstrip().endswith("OK"), done.stderr[-3000:]
    listed = scrapy(project, "check", "-l").stdout.split()
    assert listed.count("parse") == 2 and listed.count("parse_profile") == 2 and "parse_listing" in listed


def test_the_tools_write_no_output(project):
    assert not (project / "output").exists()
