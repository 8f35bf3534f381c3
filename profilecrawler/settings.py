"""Scrapy settings of profilecrawler. Each project setting is documented here,
where it is defined; override any of them with ``-s NAME=VALUE``."""

BOT_NAME = "profilecrawler"
SPIDER_MODULES = ["profilecrawler.spiders"]
NEWSPIDER_MODULE = "profilecrawler.spiders"
# `scrapy crawl` exits 0 ok, 1 not run, 2 a monitor failed, 3 job dir in use
# (profilecrawler.commands.crawl).
COMMANDS_MODULE = "profilecrawler.commands"

# --- profilecrawler's own settings -------------------------------------------------

# The job's output folder (profilecrawler.runs): each run writes into
# OUTPUT_DIR/runs/<run id>/; the last run that passed is published as
# OUTPUT_DIR/profiles.jsonl, publications.jsonl, changes.jsonl, manifest.json, …
# "{scope}" is replaced by the run's scope (directory-all, directory-members,
# directory-alumni, profiles) and "{spider}" by the spider's name, so that by
# default one scope never replaces another's snapshot. A folder whose published
# snapshot has another scope is refused at start (exit 1).
OUTPUT_DIR = "output/{scope}"
# How many run folders a job keeps (the oldest go first; the published run is
# never removed).
RUNS_KEEP = 10
# Set by `scrapy crawl` and `profilecrawler demo` (and by nothing else): only a
# run with WRITE_OUTPUT writes a run folder or publishes. `scrapy shell`,
# `fetch`, `parse`, `check` and `bench` leave OUTPUT_DIR alone. Set it
# (priority "cmdline") when running a CrawlerProcess of your own.
# WRITE_OUTPUT = False
# Appended to each run's id (OUTPUT_DIR/runs/<time>-<RUN_TAG>/), so that a run
# can be found by the name of what started it; under Scrapyd, the job's id.
RUN_TAG = None
# A JSON Lines file that receives a copy of the run's merged records (profiles,
# then publications) when the crawl ends, whatever its verdict; under Scrapyd
# with a local items_dir, the job's items file (what its items_url serves).
RECORDS_FILE = None
# Under Scrapyd (profilecrawler._scrapyd), relative OUTPUT_DIR and HTTPCACHE_DIR
# are under <SCRAPYD_DATA_DIR>/<project>/, itself relative to Scrapyd's folder.
SCRAPYD_DATA_DIR = "data"
# Where the crawl's merged records live while it runs (see profilecrawler.state).
STATE_BACKEND = "sqlite"
STATE_PATH = None
# A database the snapshot is loaded into when the crawl finishes well (passed
# its monitors): sqlite:///FILE or postgresql://USER@HOST/DB; the same load as
# `profilecrawler load OUTPUT_DIR --db URL` (profilecrawler.db). A failed load
# leaves the database as it was and the job exits 4. None: no load.
DATABASE_URL = None
# A page where the site's operators can reach whoever runs the crawl; it is put
# in the User-Agent.
CONTACT_URL = "https://github.com/profilecrawler/profilecrawler"

# --- politeness --------------------------------------------------------------------

# "profilecrawler/<version> (+CONTACT_URL)"; built again at run time from
# CONTACT_URL (profilecrawler.middlewares.ContactUserAgentMiddleware), so
# -s CONTACT_URL=... is enough; -s USER_AGENT=... replaces it altogether.
USER_AGENT = f"profilecrawler/0.1.0 (+{CONTACT_URL})"
ROBOTSTXT_OBEY = True
# Outputs of one page processed at the same time. The pipelines are synchronous,
# so more slots gain nothing, and Scrapy starts a task per slot for every page
# (100 by default: a few percent of the CPU of a crawl; BENCHMARKS.md, issue 5).
CONCURRENT_ITEMS = 10
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Half a second between requests to one site, adapted by AutoThrottle to the
# site's response times. Loopback runs (the demo, the tests) set both to 0.
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
# A failed request (a status in RETRY_HTTP_CODES, a timeout, a reset connection,
# a truncated body) is retried up to RETRY_TIMES times; then the give-up is
# logged (ERROR) and counted (retry/max_reached) and the page is a failure.
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Between attempts profilecrawler.middlewares.RetryAfterMiddleware holds every
# request to the host: a 429/503 "Retry-After" (seconds or HTTP date) is obeyed
# up to RETRY_AFTER_MAX seconds; other server errors, connection errors and
# timeouts wait RETRY_BACKOFF_BASE * 2**(attempt-1) seconds, at most
# RETRY_BACKOFF_MAX.
RETRY_AFTER_MAX = 600.0
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0
# Seconds before a request that got no complete answer is a timeout (retried).
DOWNLOAD_TIMEOUT = 60
# A page larger than 10 MB is not downloaded: the request fails ("too_large",
# not retried); above 2 MB a warning is logged.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# A body shorter than its Content-Length is an error (retried), never a page.
DOWNLOAD_FAIL_ON_DATALOSS = True
# At most 5 redirects in a row; a longer chain (a redirect loop) is a failure.
REDIRECT_MAX_TIMES = 5
# FrontierOffsiteMiddleware replaces Scrapy's OffsiteMiddleware (same priority):
# it drops requests outside the spider's allowed_domains as Scrapy does, and
# tells the frontier, so that the page that linked them is still done;
# OffsiteRedirectMiddleware refuses a redirect to another domain as a failure
# before it is followed.
# UnreachableRobotsTxtMiddleware replaces Scrapy's RobotsTxtMiddleware (same
# priority): a robots.txt that answers 5xx once its retries are used up, times
# out or cannot be connected to makes its host disallowed (RFC 9309 2.3.1.4):
# every request to it is refused (failure robots_txt_unreachable), one WARNING
# per host, stat robotstxt/unreachable. A 4xx robots.txt still allows all.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "profilecrawler.frontier.FrontierOffsiteMiddleware": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "profilecrawler.middlewares.UnreachableRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "profilecrawler.middlewares.ContactUserAgentMiddleware": 500,
    "profilecrawler.middlewares.RetryAfterMiddleware": 560,
    # A host that never answered and used up one request's retries: its other
    # requests are tried once (a run that reaches nothing ends quickly).
    "profilecrawler.middlewares.UnreachableHostMiddleware": 570,
    "profilecrawler.middlewares.OffsiteRedirectMiddleware": 610,
    # A page read with the charset its bytes have when the header's is wrong.
    "profilecrawler.middlewares.CharsetMiddleware": 580,
    # A gzip body cut short is retried, never taken (nor cached) as a page.
    "profilecrawler.middlewares.TruncatedGzipMiddleware": 950,
    # What the server answered (304s, bytes received) before the cache turns a
    # 304 into the cached page: stats server/status_count/<status>, server/response_bytes.
    "profilecrawler.middlewares.ServerAnswerStatsMiddleware": 905,
    # scrapy-poet gives each callback the page object of its URL (profilecrawler.pages).
    # Low: on the way back it runs last, after every middleware that fixes a
    # response (charset, gzip) or turns it into a retry.
    # (scrapy-poet's InjectionMiddleware, its plans cached per callback and rules:
    # profilecrawler._poet.)
    "profilecrawler._poet.CachedPlanInjectionMiddleware": 45,
}
# The page objects' input: the Scrapy response itself (profilecrawler.pages.PageResponse).
SCRAPY_POET_PROVIDERS = {"profilecrawler.pages.PageResponseProvider": 1100}

# --- the frontier: resumable after kill -9 ------------------------------------------

# Requests live in the crawl state (profilecrawler.frontier): with a JOBDIR, a
# crawl killed at any moment and started again with the same command finishes
# with the same output as an uninterrupted one.
SCHEDULER = "profilecrawler.frontier.FrontierScheduler"
# Contracts of the spiders' callbacks (`scrapy check`, profilecrawler.contracts):
# `@url` takes paths of the site, joined to CONTRACT_BASE_URL (default: the real
# site; the tests give the fixture server's address).
SPIDER_CONTRACTS = {
    "scrapy.contracts.default.UrlContract": None,
    "profilecrawler.contracts.SiteUrlContract": 1,
    "profilecrawler.contracts.RecordTypesContract": 20,
}
# CONTRACT_BASE_URL = "http://127.0.0.1:8000"
# The crawl state is committed when FRONTIER_COMMIT_PAGES pages are done since
# the last commit, or FRONTIER_COMMIT_SECONDS have passed, whichever is first. A
# page's done mark is always committed with its records and requests (same
# transaction); a crash only makes the crawl fetch again the pages done since
# the last commit. 1 and 0: a commit per page.
FRONTIER_COMMIT_PAGES = 100
FRONTIER_COMMIT_SECONDS = 1.0
SPIDER_MIDDLEWARES = {
    # Closest to the engine: it must see every item and request a page produced.
    "profilecrawler.frontier.FrontierMiddleware": 10,
}

# --- incremental re-crawls ------------------------------------------------------------

# Pages are cached, and every later request for one is conditional (its ETag and
# Last-Modified → 304 Not Modified, see profilecrawler.httpcache), so a re-crawl
# of an unchanged site transfers almost nothing yet writes the same full
# snapshot, and a changed page is always seen. Give a scheduled
# job its own HTTPCACHE_DIR (relative paths are under the project's .scrapy/).
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "profilecrawler.httpcache.RevalidatePolicy"
# One SQLite file per spider in HTTPCACHE_DIR: an entry is written whole or not
# at all, so a crawl killed mid-write never leaves a cut page behind.
HTTPCACHE_STORAGE = "profilecrawler.httpcache.SQLiteCacheStorage"
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_IGNORE_HTTP_CODES = [429, 500, 502, 503, 504]

# --- pipeline and extensions -------------------------------------------------------

ITEM_PIPELINES = {
    "profilecrawler.pipelines.validate.ValidatePipeline": 100,
    "profilecrawler.pipelines.merge.MergePipeline": 300,
    "profilecrawler.pipelines.export.ExportPipeline": 800,
}
EXTENSIONS = {
    # Before Scrapy's own extensions (SpiderState makes JOBDIR): an unwritable
    # folder or an OUTPUT_DIR of another scope stops the run with one line.
    "profilecrawler.publish.StartChecks": -100,
    "profilecrawler.monitors.PreviousRunStats": 100,
    # AutoThrottle, with a 304 (a page revalidated from the HTTP cache) adjusting
    # the delay as a 200 does: a re-crawl is throttled as politely, not slower.
    "scrapy.extensions.throttle.AutoThrottle": None,
    "profilecrawler.extensions.RevalidatingAutoThrottle": 0,
    "profilecrawler.progress.Progress": 500,
    "profilecrawler.live.LiveProgress": 510,
    # Before StatsFile: the monitors' outcome (job/exit_code) goes into stats.json.
    "spidermon.contrib.scrapy.extensions.Spidermon": 850,
    # After the monitors: the verdict, and publishing a run that passed.
    "profilecrawler.publish.PublishRun": 860,
    # After publishing (only a published snapshot is loaded), before StatsFile.
    "profilecrawler.db.extension.DatabaseLoad": 870,
    "profilecrawler.extensions.RecordsFile": 880,
    "profilecrawler.extensions.StatsFile": 900,
    # Last: the run's report.html (verdict, counts over the kept runs, flags,
    # failures, changes, monitors; profilecrawler.report).
    "profilecrawler.report.RunReport": 950,
}
# Write report.html into every run folder (OUTPUT_DIR/runs/<run id>/report.html).
REPORT_ENABLED = True
# Seconds between "Progress: ..." lines (profiles done of discovered, cards,
# pages, pages/min, failures); 0: none. A summary is logged at the end anyway.
PROGRESS_INTERVAL = 60.0
# One live line on stderr when it is a terminal (profilecrawler.live): "auto"
# (the default: only on a terminal), "on" or "off"; redrawn every
# LIVE_PROGRESS_INTERVAL seconds.
LIVE_PROGRESS = "auto"
LIVE_PROGRESS_INTERVAL = 0.5
# INFO: progress, warnings, failures and the summary; every request and item is
# DEBUG (-s LOG_LEVEL=DEBUG, or -L DEBUG, to see them).
LOG_LEVEL = "INFO"
# Dropped items are logged with their reason and URL, not their whole content.
LOG_FORMATTER = "profilecrawler.extensions.ConciseLogFormatter"
# A progress line (pages and items per minute) every 30 seconds.
LOGSTATS_INTERVAL = 30.0

# --- bounds on pagers (crawler traps) -----------------------------------------------

# Pages of one profile's publication pager, and of one listing view, that are
# requested: a pager that goes on past this (a trap: "next" always one page
# further) is cut there, the cut is failure "page_limit" (the profile is then
# unreached, the listing incomplete) and counted (limits/<pager>_pages). A page
# that shows nothing the page linking it did not show also ends its pager
# (pager/nothing_new/<pager>). Generous: 1000 pages are 10,000+ publications.
MAX_PUBLICATION_PAGES = 1000

# A card whose author list is cut ("et al.", "Show all 23 authors", a marker
# declaring more names than shown) on a site whose cards link the
# publication's own page (a site package's DetailPage): fetch that page once
# (the duplicate filter sees its URL) and take its whole list (the merge
# prefers it; the record's field_sources says "detail_page"). Counted as
# pages/detail and authors/completed_from_detail_page. False: lists stay as the
# cards show them, flagged. Sites without detail pages (Mila) are unaffected.
FETCH_DETAIL_PAGES = True
MAX_LISTING_PAGES = 1000

# --- distributed crawls (profilecrawler.distributed; pip install 'profilecrawler[distributed]') ---

# One crawl on many workers, sharing scrapy-redis's request queue in Redis. Off
# by default: with REDIS_URL set, DistributedAddon makes this process a worker
# of JOB_NAME's current run (the same command on each machine starts more
# workers; each exits 0 once the shared frontier is drained, and the first to
# see it drained publishes the run). JOBDIR is refused then (the state is in Redis).
ADDONS = {"profilecrawler.distributed.DistributedAddon": 0}
# REDIS_URL = "redis://127.0.0.1:6379/0"   # scrapy-redis's setting (REDIS_PARAMS too)
# The job's name, the same on every worker: its keys are
# <REDIS_KEY_PREFIX>:<JOB_NAME>:<run id>:…; no spaces, ':', '%' or glob characters.
# JOB_NAME = "mila-weekly"
REDIS_KEY_PREFIX = "profilecrawler"
# A worker beats every third of this; a worker silent for this long is dead,
# and the requests it had taken go back to the queue.
FLEET_LEASE_SECONDS = 30.0
# Seconds between a worker's stats posts to Redis (the publisher sums them).
FLEET_STATS_INTERVAL = 5.0
# True: DOWNLOAD_DELAY, CONCURRENT_REQUESTS_PER_DOMAIN, Retry-After and backoff
# hold for the fleet together, kept in Redis (profilecrawler.distributed.politeness);
# FLEET_DOWNLOAD_DELAY and FLEET_CONCURRENT_REQUESTS_PER_DOMAIN default to the
# two Scrapy settings. False: each worker is polite on its own (N workers, N
# times the rate).
FLEET_POLITENESS = True
# FLEET_DOWNLOAD_DELAY = DOWNLOAD_DELAY
# FLEET_CONCURRENT_REQUESTS_PER_DOMAIN = CONCURRENT_REQUESTS_PER_DOMAIN

# --- monitors that fail the job (profilecrawler.monitors) ---------------------------

# Spidermon runs profilecrawler.monitors.CloseMonitorSuite when the spider
# closes; a failed check logs "Monitor failed: <what fell, by how much>" and
# makes the job exit with status 2.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["profilecrawler.monitors.CloseMonitorSuite"]
# Largest allowed fall of the profile or publication count since the previous
# run of the job (its <OUTPUT_DIR>/stats.json), as a share: 0.2 = 20%; 1 accepts
# any fall (a run must still export at least one profile and one publication).
MONITOR_MAX_DROP = 0.2
# Smallest share of publications that must have at least one author.
MONITOR_MIN_AUTHOR_COVERAGE = 0.95
# Largest share, per response received, of ERROR log lines and of failed pages.
MONITOR_MAX_ERROR_RATE = 0.05
# Spidermon actions run after the suite, as Spidermon's own monitors_*_actions:
# when it finished (always), when every check passed, when one failed. E.g.
# MONITOR_FAILED_ACTIONS = ["spidermon.contrib.actions.email.smtp.SendSmtpEmail"]
# with the SPIDERMON_SMTP_* and SPIDERMON_EMAIL_* settings (pip install
# 'profilecrawler[alerts]' for the templates it needs; see README "Alerts").
MONITOR_FINISHED_ACTIONS = []
MONITOR_PASSED_ACTIONS = []
MONITOR_FAILED_ACTIONS = []

FEED_EXPORT_ENCODING = "utf-8"
TELNETCONSOLE_ENABLED = False
