"""Make docs/report.png: the report of a run that failed a monitor, after a
run that passed, against the bundled fixture site, shot by headless chromium.

    python docs/report_screenshot.py        (needs Debian's chromium)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from profilecrawler.fixture_server import FixtureSite

DOCS = Path(__file__).resolve().parent
EMPTY = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Directory | Mila</title></head>"
         "<body><main><div class='view view-directory'><div class='view-content'></div></div></main></body></html>")


def crawl(site: FixtureSite, output: Path) -> None:
    subprocess.run([sys.executable, "-m", "scrapy", "crawl", "directory", "-a", f"start_url={site.base_url}/en/directory",
                    "-s", f"OUTPUT_DIR={output}", "-s", f"HTTPCACHE_DIR={output.parent / 'cache'}",
                    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"],
                   cwd=DOCS.parent, check=False)


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        output = Path(work) / "output"
        with FixtureSite() as site:
            crawl(site, output)
        variant = Path(work) / "variant" / "en" / "directory" / "listing"
        variant.mkdir(parents=True)
        (variant / "alumni-0.html").write_text(EMPTY, encoding="utf-8")
        with FixtureSite(variant=variant.parents[2]) as site:
            crawl(site, output)
        report = sorted((output / "runs").iterdir())[-1] / "report.html"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--window-size=1000,1500", f"--screenshot={DOCS / 'report.png'}", report.as_uri()],
                       check=True, capture_output=True)
    print(DOCS / "report.png")


if __name__ == "__main__":
    main()
