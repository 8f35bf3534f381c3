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
