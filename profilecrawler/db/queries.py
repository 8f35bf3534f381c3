"""Questions the loaded tables answer, as plain SQL that runs unchanged on
SQLite and PostgreSQL. The README shows these very statements; the tests run
them over a loaded crawl of the fixture site and check the answers against
the site's ground truth.

"The publications of a member" are those listed on the member's profile
(``publication_profiles``); a co-author is a profile that an author name of one
of them links to (``authorships.profile_id``). Inactive rows (gone from the
site) are left out.
"""

from __future__ import annotations

import sqlalchemy as sa

PUBLICATIONS_OF = """
SELECT p.id, p.title, p.published
FROM publications p
JOIN publication_profiles pp ON pp.publication_id = p.id
WHERE pp.profile_id = :profile_id AND pp.active AND p.active
ORDER BY p.title
""".strip()

MEMBER_COAUTHORS_OF = """
SELECT DISTINCT c.id, c.name
FROM publication_profiles pp
JOIN authorships a ON a.publication_id = pp.publication_id
JOIN profiles c ON c.id = a.profile_id
WHERE pp.profile_id = :profile_id AND pp.active
  AND c.id <> :profile_id AND c.status = 'member' AND c.active
ORDER BY c.name
""".strip()

ALUMNI_COAUTHORS_OF = """
SELECT DISTINCT c.id, c.name
FROM publication_profiles pp
JOIN authorships a ON a.publication_id = pp.publication_id
JOIN profiles c ON c.id = a.profile_id
WHERE pp.profile_id = :profile_id AND pp.active
  AND c.id <> :profile_id AND c.status = 'alumni' AND c.active
ORDER BY c.name
""".strip()


def ask(conn, query: str, profile_id: str) -> list[tuple]:
    return [tuple(row) for row in conn.execute(sa.text(query), {"profile_id": profile_id})]
