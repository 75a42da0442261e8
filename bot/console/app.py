"""create_app(settings) -> the console's aiohttp application."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from bot.console.accounts import Accounts
from bot.console.auth import auth_middleware
from bot.console.handlers import conversation, login, queue
from bot.console.keys import ACCOUNTS, ENGINE, QUEUE, RASA, SETTINGS
from bot.console.rasa_client import RasaClient
from bot.settings import Settings


async def _resources(app: web.Application) -> AsyncIterator[None]:
    from bot.pii.settings import text_redactor
    from bot.store.engine import create_engine_for
    from bot.store.handoff_queue import HandoffQueue

    settings = app[SETTINGS]
    engine = create_engine_for(settings.database_url)
    app[ENGINE] = engine
    app[ACCOUNTS] = Accounts(engine)
    app[QUEUE] = HandoffQueue(engine, redact=text_redactor(settings))
    app[RASA] = RasaClient(settings.console_rasa_url, settings.rasa_api_token)
    yield
    engine.dispose()


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


def create_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[auth_middleware])
    app[SETTINGS] = settings
    app.cleanup_ctx.append(_resources)
    app.add_routes(
        [
            web.get("/healthz", healthz),
            web.get("/login", login.login_form),
            web.post("/login", login.login),
            web.post("/logout", login.logout),
            web.get("/", queue.queue_page),
            web.get("/api/queue", queue.queue_json),
            web.get("/api/events", queue.queue_events),
            web.post("/api/handoffs/{handoff_id:\\d+}/claim", queue.claim),
            web.get("/handoffs/{handoff_id:\\d+}", conversation.view),
            web.get("/api/handoffs/{handoff_id:\\d+}", conversation.view),
            web.post("/api/handoffs/{handoff_id:\\d+}/reply", conversation.reply),
            web.get("/api/handoffs/{handoff_id:\\d+}/events", conversation.events),
            web.post("/api/handoffs/{handoff_id:\\d+}/hand-back", conversation.hand_back),
            web.post("/api/handoffs/{handoff_id:\\d+}/resolve", conversation.resolve),
        ]
    )
    return app
