"""The Mila directory's words: what its pages say that the loaders must read."""

from __future__ import annotations

import re

# The portrait's alt text when the site has no portrait ("Portrait of X is unavailable").
PORTRAIT_UNAVAILABLE = re.compile(r"\bis unavailable\s*$", re.IGNORECASE)
