import sys

from profilecrawler.cli import main

sys.exit(main())
