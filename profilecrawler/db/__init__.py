"""Feeding downstream databases: a crawl's output loaded into SQLite or
PostgreSQL (``profilecrawler load``, or ``DATABASE_URL`` at the end of a crawl).

  tables.py   the relational schema (SQLAlchemy Core) and its migrations
  engine.py   URLs, SQLite's transactions, the lock between loads
  reader.py   the output files, line by line; bad lines with file and line number
  rows.py     records → rows, and the content hash that tells a changed record
  write.py    bulk writes (COPY on PostgreSQL), upserts, updates by key
  snapshot.py which folder a load reads (a job folder's current run, resolved
              once), and whether it may: only a published snapshot
  scope.py    what a load may mark as gone
  loader.py   the load itself, in one transaction, and its report
  queries.py  questions the loaded tables answer (documented in the README)
  extension.py  DATABASE_URL: the same load when a crawl ends well
"""

from profilecrawler.db.loader import LoadError, LoadReport, NotPublished, load

__all__ = ["LoadError", "LoadReport", "NotPublished", "load"]
