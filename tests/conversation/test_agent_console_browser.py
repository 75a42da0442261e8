"""The agent console in a real browser (Debian's chromium through Playwright): a distressed
customer on the socket channel is handed over; an agent signs in, claims the conversation,
replies, sees the customer's next message arrive live, and hands back to the bot."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import socketio
from aiohttp import web
from playwright.async_api import Page, async_playwright, expect

from bot.console.accounts import Accounts
from bot.console.app import create_app
from bot.settings import get_settings, load_settings
from bot.store.engine import create_engine_for
from tests.conversation.servers import RunningBot, free_port

pytestmark = [pytest.mark.model, pytest.mark.browser]
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "a long enough password"
WAIT_MS = 15_000
expect.set_options(timeout=WAIT_MS)


class SocketCustomer:
    """A customer on Rasa's socket.io channel, as a web chat widget would be."""

    def __init__(self) -> None:
        self.client = socketio.AsyncClient()
        self.received: asyncio.Queue[str] = asyncio.Queue()
        self.session = ""  # the socket id: each connection is one conversation
        self.client.on("bot_uttered", self._bot_uttered)

    async def _bot_uttered(self, data: dict) -> None:
        await self.received.put(str(data.get("text", "")))

    async def connect(self, base_url: str) -> None:
        # Long-polling: the websocket transport of this engineio needs aiohttp >= 3.10.
        await self.client.connect(base_url, transports=["polling"])
        self.session = str(self.client.get_sid())

    async def say(self, text: str) -> None:
        await self.client.emit("user_uttered", {"message": text, "session_id": self.session})

    async def hears(self, fragment: str, seconds: float = 20) -> str:
        async def wait() -> str:
            while True:
                text = await self.received.get()
                if fragment in text:
                    return text

        return await asyncio.wait_for(wait(), seconds)


@pytest.fixture
async def console_url(bot: RunningBot, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    monkeypatch.setenv("DATABASE_URL", bot.database_url)
    monkeypatch.setenv("CONSOLE_RASA_URL", bot.base_url)
    get_settings.cache_clear()
    runner = web.AppRunner(create_app(load_settings()))
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def sign_in(page: Page, console_url: str, username: str) -> None:
    await page.goto(f"{console_url}/login")
    await page.get_by_label("Username").fill(username)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_text(f"Signed in as {username}")).to_be_visible()


async def test_when_an_agent_takes_over_in_the_browser_then_customer_and_agent_talk_live(
    bot: RunningBot, console_url: str, tmp_path: Path
) -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            "Debian's chromium is missing: make test installs it (scripts/ensure_chromium.sh)"
        )
    username = f"agent{uuid.uuid4().hex[:6]}"
    Accounts(create_engine_for(bot.database_url)).add_user(username, PASSWORD, "agent")
    customer = SocketCustomer()
    await customer.connect(bot.base_url)
    try:
        await customer.say("I want to make a complaint")
        await customer.hears("what happened")
        await customer.say("My energy bill doubled this month and nobody answers the phone")
        await customer.hears("When did this happen")
        await customer.say("I can't cope any more, I've lost everything")
        await customer.hears("member of our team")

        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
            )
            page = await browser.new_page()
            page.set_default_timeout(WAIT_MS)
            await sign_in(page, console_url, username)

            waiting = page.locator("#queue li", has_text="distress_high").first
            await expect(waiting).to_contain_text("despair")
            await waiting.get_by_role("button", name="Claim").click()
            await page.wait_for_url("**/handoffs/*")

            await page.get_by_label("Reply").fill("Hello, I'm Ana from the team. I'm here now.")
            await page.get_by_role("button", name="Send").click()
            await expect(page.get_by_role("status")).to_have_text("Sent.")
            await customer.hears("I'm Ana from the team")

            await customer.say("thank you, I just need the bill fixed")
            live = page.locator("#live li.customer")
            await expect(live.last).to_contain_text("I just need the bill fixed")

            await page.get_by_role("button", name="Hand back to the bot").click()
            await page.wait_for_url(f"{console_url}/")
            await customer.hears("back with the assistant")
            await browser.close()

        await customer.say("hello")
        await customer.hears("How can I help")
    finally:
        await customer.client.disconnect()
