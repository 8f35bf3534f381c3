"""``profilecrawler check-site`` (issue 12.6) against the fixture server: what
it reads on each page, its verdict on the site and on the ``markup-changed``
variant (cards under other class names), robots.txt and the delay between
requests, and pages saved with ``--save`` turned into a check that runs offline."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from profilecrawler import sitecheck
from profilecrawler.fixture_server import FixtureSite
from profilecrawler.sites import mila


def check_site(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "profilecrawler", "check-site", *args], capture_output=True,
                          text=True, timeout=300)


def truth(slug: str) -> tuple[dict, list[dict]]:
    from conftest import REPO

    expected = REPO / "fixtures" / "expected"
    profiles = json.loads((expected / "profiles.json").read_text(encoding="utf-8"))
    publications = json.loads((expected / "publications.json").read_text(encoding="utf-8"))
    person = next(profile for profile in profiles if profile["slug"] == slug)
    return person, [p for p in publications if slug in p["profile_slugs"]]


def test_the_site_definition_reads_the_fixture_site(fixture_site):
    base = fixture_site.base_url
    done = check_site("--delay", "0", f"{base}/en/directory?member-type=members", f"{base}/en/directory/li-ming",
                      f"{base}/en/directory/raymond-li")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    person, publications = truth("li-ming")
    assert f"  name: 1 ({person['name']!r})" in out
    assert f"  research_topics: {len(person['research_topics'])} " in out
    shown = len(publications)  # one card each on this one-page profile
    assert f"  cards: {shown} (with title {shown}, authors {shown}," in out
    assert "listing page" in out and "  profile_links: 16 " in out
    assert out.rstrip().splitlines()[-1] == "verdict: the site definition reads these 3 page(s)"


def test_markup_changed_is_a_mismatch_naming_the_cards():
    with FixtureSite(variant="markup-changed") as site:
        done = check_site("--delay", "0", f"{site.base_url}/en/directory/aisha-bello",
                          f"{site.base_url}/en/directory/eloise-berube")
    assert done.returncode == 2, done.stdout + done.stderr
    last = done.stdout.rstrip().splitlines()[-1]
    assert last.startswith("verdict: MISMATCH (1): ProfilePage.CARDS found no card on 2 of 2 profile page(s)")
    assert "but no card was found in it (CARDS)" in done.stdout
    assert "  name: 1 ('Aisha Bello')" in done.stdout  # what still matches is shown as found


def test_it_is_polite_robots_txt_and_one_request_at_a_time():
    with FixtureSite() as site:
        base = site.base_url
        done = check_site("--delay", "0.4", f"{base}/en/directory/li-ming", f"{base}/en/directory/raymond-li",
                          f"{base}/en/directory/private-collaborator")
        log = list(site.requests)
    assert done.returncode == 2  # a page could not be fetched
    assert f"could not fetch {base}/en/directory/private-collaborator: robots_txt" in done.stdout
    assert log[0].path == "/robots.txt"
    pages = [record for record in log if record.path.startswith("/en/")]
    assert [record.path for record in pages] == ["/en/directory/li-ming", "/en/directory/raymond-li"]
    assert pages[1].time - pages[0].time >= 0.4 * 0.5  # Scrapy's jitter: 0.5–1.5 × the delay


def test_saved_pages_become_an_offline_check(fixture_site, tmp_path):
    base = fixture_site.base_url
    saved = tmp_path / "saved"
    done = check_site("--delay", "0", "--save", str(saved), f"{base}/en/directory/eloise-berube",
                      f"{base}/en/directory/eloise-berube?page=0%2C1")
    assert done.returncode == 0, done.stdout + done.stderr
    pages = sitecheck.load_saved(saved)
    assert [response.url for response, _ in pages] == [f"{base}/en/directory/eloise-berube",
                                                       f"{base}/en/directory/eloise-berube?page=0%2C1"]
    for response, report in pages:  # what a test written from them checks
        assert sitecheck.examine(response, mila).as_dict() == report
    assert pages[1][1]["cards"]["count"] > 0 and "name" not in pages[1][1]["fields"]


@pytest.mark.parametrize("args, message", [
    (["file:///etc/passwd"], "profilecrawler check-site: not an http(s) URL: file:///etc/passwd"),
    (["--site", "nowhere", "http://127.0.0.1:9/"], "profilecrawler check-site: unknown site 'nowhere': expected one of mila|northfield"),
])
def test_bad_input_is_one_line(args, message):
    done = check_site(*args)
    assert done.returncode == 1 and done.stderr.strip() == message and done.stdout == ""
