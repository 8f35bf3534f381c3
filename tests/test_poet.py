"""profilecrawler._poet: scrapy-poet's injection plans, cached per callback and
matching rules, are the plans scrapy-poet makes."""

from __future__ import annotations

from scrapy import Request
from web_poet import Stats
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from profilecrawler._poet import CachedPlanInjectionMiddleware
from profilecrawler.spiders.directory import DirectorySpider


def _middleware():
    spider = DirectorySpider(start_url="http://127.0.0.1:9/en/directory")
    crawler = get_crawler(DirectorySpider, settings_dict={
        "SCRAPY_POET_PROVIDERS": get_project_settings()["SCRAPY_POET_PROVIDERS"],
        "SCRAPY_POET_RULES": spider.page_rules()})
    crawler.spider = spider
    return spider, CachedPlanInjectionMiddleware(crawler)


def test_one_plan_per_callback_and_rules():
    spider, middleware = _middleware()
    injector = middleware.injector
    first = Request("http://127.0.0.1:9/en/directory?page=1", callback=spider.parse_listing)
    second = Request("http://127.0.0.1:9/en/directory?page=2", callback=spider.parse_listing)
    plan = injector.build_plan(first)
    assert injector.build_plan(second) is plan  # cached
    assert list(plan) == list(super(type(injector), injector).build_plan(second))  # scrapy-poet's own plan
    assert injector.is_scrapy_response_required(first) == injector.is_scrapy_response_required(second)
    assert len(injector._plans) == 1
    # Another host matches other rules: a plan of its own.
    injector.build_plan(Request("http://other.example/en/directory", callback=spider.parse_listing))
    assert len(injector._plans) == 1 + (injector.registry.overrides_for("http://other.example/")
                                         != injector.registry.overrides_for("http://127.0.0.1:9/"))


def test_dynamic_dependencies_are_planned_afresh():
    spider, middleware = _middleware()
    injector = middleware.injector
    request = Request("http://127.0.0.1:9/en/directory", callback=spider.parse_listing, meta={"inject": [Stats]})
    injector.build_plan(request)
    assert injector._plans == {}
