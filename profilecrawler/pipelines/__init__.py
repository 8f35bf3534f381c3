"""Item pipelines, in order: validate (100) → merge (300) → export (800).

Each is a small module doing one thing and counting what it did in the crawler's
stats.
"""
