"""Scrapy settings of profilecrawler. Each project setting is documented here,
where it is defined; override any of them with ``-s NAME=VALUE``."""

BOT_NAME = "profilecrawler"
SPIDER_MODULES = ["profilecrawler.spiders"]
NEWSPIDER_MODULE = "profilecrawler.spiders"

# --- profilecrawler's own settings -------------------------------------------------

# Folder of the exported files: profiles.jsonl, publications.jsonl, stats.json.
OUTPUT_DIR = "output"
# Where the crawl's merged records live while it runs (see profilecrawler.state).
STATE_BACKEND = "sqlite"
STATE_PATH = None
# A page where the site's operators can reach whoever runs the crawl; it is put
# in the User-Agent.
CONTACT_URL = "https://github.com/profilecrawler/profilecrawler"

# --- politeness --------------------------------------------------------------------

USER_AGENT = f"profilecrawler/0.1 (+{CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Half a second between requests to one site, adapted by AutoThrottle to the
# site's response times. Loopback runs (the demo, the tests) set both to 0.
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_TIMES = 3
DOWNLOAD_TIMEOUT = 60

# --- pipeline and extensions -------------------------------------------------------

ITEM_PIPELINES = {
    "profilecrawler.pipelines.validate.ValidatePipeline": 100,
    "profilecrawler.pipelines.merge.MergePipeline": 300,
    "profilecrawler.pipelines.export.ExportPipeline": 800,
}
EXTENSIONS = {
    "profilecrawler.extensions.StatsFile": 900,
}
# Dropped items are logged with their reason and URL, not their whole content.
LOG_FORMATTER = "profilecrawler.extensions.ConciseLogFormatter"
# A progress line (pages and items per minute) every 30 seconds.
LOGSTATS_INTERVAL = 30.0

FEED_EXPORT_ENCODING = "utf-8"
TELNETCONSOLE_ENABLED = False
