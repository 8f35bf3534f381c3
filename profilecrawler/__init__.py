"""profilecrawler: people and publications from research-institute directories."""

__version__ = "0.1.0"
