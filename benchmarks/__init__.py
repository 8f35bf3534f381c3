"""Benchmarks of profilecrawler (not part of the installed package).

``python -m benchmarks.run`` compares the crawler with a bare Scrapy spider and a
bare parsel extraction over a synthetic site (issue 5); ``python
benchmarks/recrawl.py`` measures re-crawls of the fixture site (issue 3).
"""
