"""Spidermon's own e-mail action, switched on from settings as the README says
(issue 11), against a real SMTP server on loopback (aiosmtpd) that asks for a
login: a run that fails a monitor sends one mail naming the failure; a run that
passes sends none."""

from __future__ import annotations

import email
from email.message import Message

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from conftest import free_port, scrapy_crawl

# aiosmtpd warns that AUTH without TLS is unsafe: this server is on loopback, for one test.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


class Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.original_content)))
        return "250 OK"


def authenticate(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=(auth_data.login, auth_data.password) == (b"crawler", b"secret"))


@pytest.fixture()
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), authenticator=authenticate,
                            auth_required=True, auth_require_tls=False)
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()


def mail_settings(port: int) -> list[str]:
    settings = {
        "MONITOR_FAILED_ACTIONS": "spidermon.contrib.actions.email.smtp.SendSmtpEmail",
        "SPIDERMON_SMTP_HOST": "127.0.0.1",
        "SPIDERMON_SMTP_PORT": str(port),
        "SPIDERMON_SMTP_USER": "crawler",
        "SPIDERMON_SMTP_PASSWORD": "secret",
        "SPIDERMON_EMAIL_SENDER": "crawler@example.org",
        "SPIDERMON_EMAIL_TO": "ops@example.org",
        "SPIDERMON_EMAIL_SUBJECT": "{{ data.spider.name }}: {{ result.monitors_failed_results|length }} monitor(s) failed",
    }
    return [part for name, value in settings.items() for part in ("-s", f"{name}={value}")]


def text_of(message: Message) -> str:
    parts = message.walk() if message.is_multipart() else [message]
    return "\n".join(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "replace")
                     for part in parts if part.get_content_maintype() == "text")


def test_a_failed_monitor_sends_one_mail_naming_it(smtp, fixture_site, tmp_path):
    controller, inbox = smtp
    crawl = scrapy_crawl(tmp_path, "profile", "-a", f"url={fixture_site.base_url}/en/directory/malformed-cards",
                         "-s", "MONITOR_MIN_AUTHOR_COVERAGE=1", *mail_settings(controller.port))
    assert crawl.process.returncode == 2, crawl.process.stderr[-3000:]
    assert len(inbox.messages) == 1, crawl.log[-3000:]
    recipients, message = inbox.messages[0]
    assert recipients == ["ops@example.org"] and message["From"] == "crawler@example.org"
    assert message["Subject"] == "profile: 1 monitor(s) failed"
    body = text_of(message)
    (failure,) = crawl.stats["monitors/failures"]
    assert failure.startswith("publications with authors fell to")  # the check that failed …
    assert "publications with authors" in body  # … is named in the mail


def test_a_run_that_passes_sends_nothing(smtp, fixture_site, tmp_path):
    controller, inbox = smtp
    crawl = scrapy_crawl(tmp_path, "profile", "-a", f"url={fixture_site.base_url}/en/directory/li-ming",
                         *mail_settings(controller.port))
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert crawl.stats["monitors/failed"] == 0 and inbox.messages == []


def test_an_action_left_half_configured_stops_the_crawl_with_one_line(fixture_site, tmp_path):
    crawl = scrapy_crawl(tmp_path, "profile", "-a", f"url={fixture_site.base_url}/en/directory/li-ming",
                         "-s", "MONITOR_FAILED_ACTIONS=spidermon.contrib.actions.email.smtp.SendSmtpEmail",
                         "-s", "SPIDERMON_EMAIL_TO=ops@example.org", "-s", "SPIDERMON_EMAIL_SUBJECT=failed")
    assert crawl.process.returncode == 1
    assert crawl.process.stderr.splitlines() == [
        "profilecrawler: MONITOR_FAILED_ACTIONS: spidermon.contrib.actions.email.smtp.SendSmtpEmail is not "
        "configured: You must provide a value for SPIDERMON_SMTP_HOST setting."]
    assert not (tmp_path / "profiles.jsonl").exists()  # nothing published
