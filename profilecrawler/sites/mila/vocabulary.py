"""The Mila directory's words: what its pages say that the loaders must read."""

from __future__ import annotations

import re

from profilecrawler import text

# The portrait's alt text when the site has no portrait ("Portrait of X is unavailable").
PORTRAIT_UNAVAILABLE = re.compile(r"\bis unavailable\s*$", re.IGNORECASE)

# How a card says its author list goes on: "… (see 46 more)", the hidden names
# following in the page.
AUTHOR_MARKER = text.SEE_N_MORE
