"""Project commands of profilecrawler (``COMMANDS_MODULE``): ``scrapy crawl`` with
exit codes a scheduler can act on (see ``crawl``)."""
