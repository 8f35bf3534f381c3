"""``scrapy crawl profile -a urls_file=PATH``: profile URLs read from a file (or
standard input), one a line, alone or with ``-a url=``."""

import io
import json
import subprocess

import pytest

from conftest import REPO, crawl_command, scrapy_crawl
from profilecrawler.errors import StartupError
from profilecrawler.pipelines.export import snapshot_origin
from profilecrawler.sites import mila
from profilecrawler.spiders.profile import merge_profile_urls, parse_urls_file, read_urls_file

slug = mila.profile_slug
PEOPLE = ["aisha-bello", "amira-saleh", "raymond-li"]


def urls_text(base: str) -> str:
    """Three profiles in three URL forms, with comments, blank lines and padding."""
    return (
        "# profiles to refresh\n"
        "\n"
        f"  {base}/en/directory/aisha-bello  \n"
        f"{base}/en/person/amira-saleh?locale=zh-cn\n"
        "   # an indented comment\n"
        "\t\n"
        f"{base}/fr/annuaire/raymond-li?lang=fr\n"
        f"{base}/en/raymond-li/\n"  # the same profile again, in another form
    )


def manifest(crawl) -> dict:
    return json.loads((crawl.run_dir / "manifest.json").read_text(encoding="utf-8"))


# --- the pure functions ------------------------------------------------------------


def test_lines_are_stripped_and_comments_and_blank_lines_ignored():
    lines = ["# a comment\n", "\n", "  http://h/en/directory/a  \r\n", "   \t\n", "  # indented\n",
             "http://h/en/person/b?x=1"]
    assert parse_urls_file(lines, "urls.txt", slug) == ["http://h/en/directory/a", "http://h/en/person/b?x=1"]


@pytest.mark.parametrize("bad", ["http://h/en/news/2024", "raymond-li", "/en/directory/raymond-li",
                                 "ftp://h/en/directory/raymond-li", "http://h/en/directory/a http://h/en/directory/b"])
def test_a_line_that_is_not_a_profile_url_names_the_file_and_line(bad):
    lines = ["# header\n", "http://h/en/directory/a\n", "\n", f"{bad}\n", "http://h/en/directory/c\n"]
    with pytest.raises(StartupError) as raised:
        parse_urls_file(lines, "urls.txt", slug)
    assert str(raised.value) == f"urls.txt:4: not a profile URL: {bad}"


@pytest.mark.parametrize("lines", [[], ["\n", "  \n"], ["# only\n", "#comments\n"]])
def test_a_file_without_any_url_is_refused(lines):
    with pytest.raises(StartupError, match=r"^urls\.txt: no profile URL in the file"):
        parse_urls_file(lines, "urls.txt", slug)


def test_a_large_file_is_read_whole_in_order(tmp_path):
    urls = [f"http://127.0.0.1:9/en/directory/person-{n:05d}" for n in range(10_000)]
    body = "# generated\n" + "".join(f"{url}\n" + ("\n# --\n" if n % 100 == 0 else "") for n, url in enumerate(urls))
    path = tmp_path / "urls.txt"
    path.write_text(body, encoding="utf-8")
    assert read_urls_file(str(path), slug) == urls
    assert merge_profile_urls(urls[:3], urls, profile_slug=slug) == urls


def test_missing_unreadable_and_binary_files_are_one_line_errors(tmp_path):
    with pytest.raises(StartupError) as raised:
        read_urls_file("/nope", slug)
    assert str(raised.value) == "-a urls_file=/nope: No such file or directory"
    with pytest.raises(StartupError, match=r"^-a urls_file=.*: Is a directory$"):
        read_urls_file(str(tmp_path), slug)
    binary = tmp_path / "urls.bin"
    binary.write_bytes(b"http://h/en/directory/a\n\xff\xfe\x00\n")
    with pytest.raises(StartupError, match=r"^-a urls_file=.*urls\.bin: not UTF-8 text"):
        read_urls_file(str(binary), slug)


def test_dash_reads_standard_input():
    stdin = io.StringIO("http://h/en/directory/a\n# c\nhttp://h/en/directory/b\n")
    assert read_urls_file("-", slug, stdin=stdin) == ["http://h/en/directory/a", "http://h/en/directory/b"]
    with pytest.raises(StartupError, match=r"^<stdin>:1: not a profile URL: nope$"):
        read_urls_file("-", slug, stdin=io.StringIO("nope\n"))


def test_a_profile_counts_once_whatever_its_url_form_the_first_kept():
    given = ["http://h/en/directory/a", "http://h/en/person/b"]
    from_file = ["http://h/fr/annuaire/b?lang=fr", "http://h/en/directory/c", "http://h/en/a/", "http://h/en/directory/c"]
    assert merge_profile_urls(given, from_file, profile_slug=slug) == [
        "http://h/en/directory/a", "http://h/en/person/b", "http://h/en/directory/c"]


def test_the_origin_of_a_file_only_run_is_its_first_url():
    scope = {"arguments": {"url": [], "urls_file": "urls.txt", "first_url": "http://127.0.0.1:8000/en/directory/a"}}
    assert snapshot_origin(scope) == "http://127.0.0.1:8000"
    assert snapshot_origin({"arguments": {"url": ["http://x:1/en/directory/a"]}}) == "http://x:1"


# --- real crawls against the fixture server ---------------------------------------------


def test_a_file_of_profile_urls_crawls_exactly_those_profiles(fixture_site, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(urls_text(fixture_site.base_url), encoding="utf-8")
    crawl = scrapy_crawl(tmp_path / "out", "profile", "-a", f"urls_file={urls}")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert sorted(p["id"] for p in crawl.profiles) == [f"mila:{person}" for person in PEOPLE]
    assert crawl.stats["pages/profile"] >= 3
    record = manifest(crawl)
    assert record["scope"]["profile_ids"] == [f"mila:{person}" for person in PEOPLE]
    assert record["arguments"] == {"url": [], "urls_file": str(urls),
                                   "first_url": f"{fixture_site.base_url}/en/directory/aisha-bello",
                                   "languages": ["en"]}


def test_standard_input_combined_with_url(fixture_site, tmp_path):
    base = fixture_site.base_url
    command = crawl_command(tmp_path, "profile", "-a", "urls_file=-",
                            "-a", f"url={base}/en/directory/raymond-li,{base}/en/person/aisha-bello")
    process = subprocess.run(command, cwd=REPO, input=urls_text(base), capture_output=True, text=True, timeout=600)
    assert process.returncode == 0, process.stderr[-3000:]
    (run_dir,) = (tmp_path / "runs").glob("*")
    ids = sorted(json.loads(line)["id"] for line in (run_dir / "profiles.jsonl").read_text().splitlines() if line)
    assert ids == [f"mila:{person}" for person in PEOPLE]
    arguments = json.loads((run_dir / "manifest.json").read_text())["arguments"]
    assert arguments["urls_file"] == "-"
    assert arguments["url"] == [f"{base}/en/directory/raymond-li", f"{base}/en/person/aisha-bello"]


def test_a_bad_line_stops_the_run_with_one_line_naming_the_file_and_line(fixture_site, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(urls_text(fixture_site.base_url) + f"{fixture_site.base_url}/en/news/2024\n", encoding="utf-8")
    crawl = scrapy_crawl(tmp_path / "out", "profile", "-a", f"urls_file={urls}")
    assert crawl.process.returncode == 1
    assert crawl.process.stderr.splitlines() == [
        f"profilecrawler: {urls}:9: not a profile URL: {fixture_site.base_url}/en/news/2024"]
    assert "Traceback" not in crawl.process.stderr + crawl.log
    assert not (tmp_path / "out" / "runs").exists() or not any((tmp_path / "out" / "runs").iterdir())


@pytest.mark.parametrize("content", [None, "# nothing here\n\n"])
def test_a_missing_or_empty_file_stops_the_run(tmp_path, content):
    path = tmp_path / "urls.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    crawl = scrapy_crawl(tmp_path / "out", "profile", "-a", f"urls_file={path}")
    assert crawl.process.returncode == 1
    expected = (f"-a urls_file={path}: No such file or directory" if content is None
                else f"{path}: no profile URL in the file")
    (line,) = crawl.process.stderr.splitlines()
    assert line.startswith(f"profilecrawler: {expected}")
