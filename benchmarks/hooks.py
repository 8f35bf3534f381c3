"""Measuring hooks the benchmark adds to ``scrapy crawl directory`` (run (b)).

Each adds two clock reads around work the crawl does anyway, and writes what it
measured into the crawl's stats (``OUTPUT_DIR/stats.json``):

* ``CallbackTimer`` (spider middleware closest to the spider): CPU time spent
  inside the spider's callbacks — selectors, item loaders, marker handling,
  building the next requests: ``bench/callback_cpu_s``;
* ``TimedMergePipeline``: CPU time of the merge pipeline per item
  (``bench/merge_cpu_s``, ``bench/merge_items``);
* ``TimedExportPipeline``: CPU time of writing the snapshot at the end
  (``bench/export_cpu_s``).

CPU time is the thread's (``time.thread_time``): the crawl runs in one thread.
"""

from __future__ import annotations

import gc
import time

from profilecrawler.pipelines.export import ExportPipeline
from profilecrawler.pipelines.merge import MergePipeline

clock = time.thread_time


class CallbackTimer:
    def __init__(self, crawler):
        self.stats = crawler.stats
        self.cpu = 0.0
        # Time in Python's cyclic garbage collector (wherever it runs), for the report.
        self.gc_cpu, self._gc_began = 0.0, 0.0
        gc.callbacks.append(self._gc)

    def _gc(self, phase, info):
        if phase == "start":
            self._gc_began = clock()
        else:
            self.gc_cpu += clock() - self._gc_began
            self.stats.set_value("bench/gc_cpu_s", round(self.gc_cpu, 3))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_output(self, response, result, spider=None):
        iterator = iter(result)
        while True:
            began = clock()
            try:
                output = next(iterator)
            except StopIteration:
                self.cpu += clock() - began
                # Set at every page: extensions such as StatsFile write the stats
                # when the spider closes, before a middleware would hear of it.
                self.stats.set_value("bench/callback_cpu_s", round(self.cpu, 3))
                return
            self.cpu += clock() - began
            yield output

    async def process_spider_output_async(self, response, result, spider=None):
        # Scrapy wraps the (synchronous) callbacks' output in an asynchronous
        # iterator that never suspends: the time of each step is the callback's.
        iterator = result.__aiter__()
        while True:
            began = clock()
            try:
                output = await iterator.__anext__()
            except StopAsyncIteration:
                self.cpu += clock() - began
                self.stats.set_value("bench/callback_cpu_s", round(self.cpu, 3))
                return
            self.cpu += clock() - began
            yield output


class TimedMergePipeline(MergePipeline):
    cpu = 0.0
    items = 0

    def process_item(self, item, spider=None):
        began = clock()
        try:
            return super().process_item(item, spider)
        finally:
            self.cpu += clock() - began
            self.items += 1

    def close_spider(self, spider=None):
        self.stats.set_value("bench/merge_cpu_s", round(self.cpu, 3))
        self.stats.set_value("bench/merge_items", self.items)


class TimedExportPipeline(ExportPipeline):
    def close_spider(self, spider=None):
        began = clock()
        try:
            return super().close_spider(spider)
        finally:
            self.stats.set_value("bench/export_cpu_s", round(clock() - began, 3))
