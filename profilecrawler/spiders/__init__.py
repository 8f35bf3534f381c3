"""Spiders: ``directory`` (listings → profiles → publication pages) and
``profile`` (on-demand, given profile URLs). Both parse pages through
``DirectorySiteSpider``."""
