"""Page objects (profilecrawler.pages): what they hold on to."""

from __future__ import annotations

import gc
import weakref
from weakref import WeakKeyDictionary

from scrapy import Request
from scrapy.http import HtmlResponse

from profilecrawler.pages import PageResponse, PageResponseProvider
from profilecrawler.sites import mila


def test_a_page_object_keeps_neither_its_response_nor_its_request_alive():
    """scrapy-poet keeps provider results per request in a WeakKeyDictionary
    (Injector.weak_cache); a result that held its response strongly would hold
    the request too, and every page of a crawl would stay in memory."""
    url = "http://127.0.0.1:8000/en/directory/li-ming"
    request = Request(url)
    response = HtmlResponse(url, body=b"<html><main></main></html>", request=request)
    weak_cache: WeakKeyDictionary = WeakKeyDictionary()
    (built,) = PageResponseProvider.__call__(None, {PageResponse}, response)
    weak_cache[request] = {PageResponse: built}
    page = mila.ProfilePage(built)
    assert page.response is response and page.problem(0) is not None  # usable while its response lives
    request_ref = weakref.ref(request)
    del request, response, page  # the callback is done: only scrapy-poet's cache still holds its result
    gc.collect()
    assert request_ref() is None and len(weak_cache) == 0


GUARDED = """
import socket, sys
real = socket.getaddrinfo
def loopback_only(host, *args, **kwargs):
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit(f"looked up {host}")
    return real(host, *args, **kwargs)
socket.getaddrinfo = loopback_only
from profilecrawler.sites import mila
from web_poet import default_registry
print(default_registry.overrides_for("https://www.mila.quebec/en/directory/li-ming")[mila.ProfilePage.__mro__[1]].__module__)
"""


def test_choosing_page_objects_by_url_looks_nothing_up_on_the_internet(tmp_path):
    """url-matcher reads hosts with tldextract, whose default extractor downloads
    the Public Suffix List on first use (an empty cache here)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "TLDEXTRACT_CACHE": str(tmp_path / "tldextract-cache")}
    done = subprocess.run([sys.executable, "-c", GUARDED], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "profilecrawler.sites.mila.pages"
