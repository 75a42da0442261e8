"""A console app on a migrated SQLite database, driven through aiohttp's test client."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.engine import Engine

from bot.console.accounts import Accounts
from bot.console.app import create_app
from bot.settings import get_settings, load_settings
from bot.store.engine import create_engine_for, sqlite_url_for
from bot.store.handoff_queue import HandoffQueue
from bot.store.migrate import upgrade

PASSWORD = "correct horse battery"


@pytest.fixture
def engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    url = sqlite_url_for(tmp_path / "console.db")
    upgrade(url)
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    engine = create_engine_for(url)
    accounts = Accounts(engine)
    accounts.add_user("ana", PASSWORD, "agent")
    accounts.add_user("ben", PASSWORD, "agent")
    accounts.add_user("rita", PASSWORD, "reviewer")
    return engine


@pytest.fixture
def queue(engine: Engine) -> HandoffQueue:
    return HandoffQueue(engine, redact=lambda text: text)


async def new_client(engine: Engine) -> TestClient:
    client = TestClient(TestServer(create_app(load_settings())))
    await client.start_server()
    return client


class FakeRasa:
    """Stands in for the rasa server's HTTP API: records appended events, serves a tracker."""

    def __init__(self) -> None:
        self.appended: list[tuple[str, dict[str, str], list[dict[str, Any]]]] = []
        self.tracker: dict[str, Any] = {"events": [], "slots": {}}
        self.failing = False

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/conversations/{cid}/tracker/events", self._append)
        app.router.add_get("/conversations/{cid}/tracker", self._tracker)
        return app

    async def _append(self, request: web.Request) -> web.Response:
        if self.failing:
            return web.Response(status=500)
        query = dict(request.query)
        self.appended.append((request.match_info["cid"], query, await request.json()))
        return web.json_response({})

    async def _tracker(self, request: web.Request) -> web.Response:
        return web.json_response(self.tracker)


@pytest.fixture
async def fake_rasa(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeRasa]:
    fake = FakeRasa()
    server = TestServer(fake.app())
    await server.start_server()
    monkeypatch.setenv("CONSOLE_RASA_URL", str(server.make_url("")))
    yield fake
    await server.close()


@pytest.fixture
async def client(engine: Engine, fake_rasa: FakeRasa) -> AsyncIterator[TestClient]:
    client = await new_client(engine)
    yield client
    await client.close()


async def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> int:
    form = await (await client.get("/login")).text()
    token = re.search(r'name="login_token" value="([^"]+)"', form)
    assert token is not None
    response = await client.post(
        "/login",
        data={"username": username, "password": password, "login_token": token.group(1)},
        allow_redirects=False,
    )
    return response.status


async def csrf_of(client: TestClient) -> str:
    page = await (await client.get("/")).text()
    found = re.search(r'name="csrf-token" content="([^"]+)"', page)
    assert found is not None
    return found.group(1)
