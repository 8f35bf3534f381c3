"""One item schema for every spider and site.

Spiders yield *sightings*: a profile page (``ProfileItem``) or one publication card
on one page (``PublicationCardItem``). The merge pipeline folds sightings into one
record per person and per publication; the exported records are plain dicts whose
field names are the contract documented in the README.
"""

import scrapy


class ProfileItem(scrapy.Item):
    type = scrapy.Field()  # "profile"
    id = scrapy.Field()
    url = scrapy.Field()  # canonical profile URL
    name = scrapy.Field()
    status = scrapy.Field()  # "member" | "alumni"
    roles = scrapy.Field()
    positions = scrapy.Field()
    research_topics = scrapy.Field()
    biography = scrapy.Field()
    portrait_url = scrapy.Field()
    students = scrapy.Field()
    supervisors = scrapy.Field()
    crawled_at = scrapy.Field()
    source_url = scrapy.Field()  # the URL the page was fetched from
    field_sources = scrapy.Field()  # {field: "html" | "json-ld"}: where each value given was read
    languages = scrapy.Field()  # the languages of the pages it was read from ("en", "fr")
    as_shown = scrapy.Field()  # {language: {"roles", "research_topics", "biography"}}: a translated page's own wording


class PublicationCardItem(scrapy.Item):
    type = scrapy.Field()  # "publication_card"
    sighting_id = scrapy.Field()  # "<profile id>/<page>/<card>": folding is idempotent
    card_index = scrapy.Field()  # position of the card on its page (0-based)
    title = scrapy.Field()  # display title (no trailing period)
    authors = scrapy.Field()  # [{"name", "profile_id"}]
    declared_author_count = scrapy.Field()
    abstract = scrapy.Field()
    abstract_complete = scrapy.Field()
    published = scrapy.Field()
    listed_on = scrapy.Field()  # id of the profile whose page shows the card
    source_url = scrapy.Field()
    quality_flags = scrapy.Field()
    detail_url = scrapy.Field()  # the publication's own page, where the site has one
    authors_complete = scrapy.Field()  # True: the page gives the whole list (a detail page)
    field_sources = scrapy.Field()  # {field: "html" | "detail_page" | "json-ld"}


class FailureItem(scrapy.Item):
    """A request that could not be fetched after its retries, or was refused
    (robots.txt, offsite, too large): recorded, never silently dropped."""

    type = scrapy.Field()  # "failure"
    url = scrapy.Field()
    reason = scrapy.Field()  # see profilecrawler.failures
    attempts = scrapy.Field()
    status = scrapy.Field()  # HTTP status, or None
    frontier_fp = scrapy.Field()  # the frontier entry this failure closes
