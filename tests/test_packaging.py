"""The built wheel (not the editable checkout) runs the demo and serves the
fixture site: the fixtures are package data; PostgreSQL's driver is an extra."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
import zipfile
from email.parser import Parser

import pytest

from conftest import REPO, free_port, wait_for


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out),
                    str(REPO)], check=True, capture_output=True, timeout=600)
    (built,) = out.glob("profilecrawler-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """The wheel installed into a folder of its own, run from a folder outside the checkout."""
    target = tmp_path_factory.mktemp("site-packages")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    return target


def run(installed, cwd, *args, **kwargs):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    env.pop("PROFILECRAWLER_FIXTURES", None)
    return subprocess.run([sys.executable, "-m", "profilecrawler", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600, **kwargs)


def test_the_wheel_carries_the_fixture_site_and_every_module(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "profilecrawler/sites/mila/pages.py" in names
    assert "profilecrawler/_fixtures/site/en/directory/raymond-li/page-0.html" in names
    assert any(name.startswith("profilecrawler/_fixtures/variants/changed/") for name in names)


def test_postgresql_support_is_an_extra(wheel):
    metadata = next(n for n in zipfile.ZipFile(wheel).namelist() if n.endswith("/METADATA"))
    parsed = Parser().parsestr(zipfile.ZipFile(wheel).read(metadata).decode("utf-8"))
    psycopg = [line for line in parsed.get_all("Requires-Dist") if line.startswith("psycopg")]
    assert psycopg and all("extra ==" in line for line in psycopg)
    assert "postgres" in parsed.get_all("Provides-Extra")


def test_the_installed_wheel_runs_the_demo(installed, tmp_path):
    where = run(installed, tmp_path, "--version")
    assert where.returncode == 0
    done = run(installed, tmp_path, "demo", "--output-dir", str(tmp_path / "demo"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "verdict: published" in done.stdout
    assert (tmp_path / "demo" / "profiles.jsonl").read_text(encoding="utf-8").count('"type": "profile"') == 70
    located = subprocess.run([sys.executable, "-c", "import profilecrawler; print(profilecrawler.__file__)"],
                             cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(installed)}, capture_output=True,
                             text=True, check=True)
    assert located.stdout.startswith(str(installed))  # the wheel's copy, not the checkout


def test_the_installed_wheel_serves_the_fixture_site(installed, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    env.pop("PROFILECRAWLER_FIXTURES", None)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "profilecrawler", "serve-fixtures", "--port", str(port)],
                              cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/en/directory/raymond-li"
        page = {}

        def answered():
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    page["body"] = response.read().decode("utf-8")
                return True
            except OSError:
                return False

        wait_for(answered, timeout=60, what="the installed wheel's fixture server")
        assert '<h1 class="person-profile__name">Raymond Li</h1>' in page["body"]
    finally:
        server.terminate()
        server.wait(timeout=30)
