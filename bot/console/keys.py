"""Typed application keys for the console's shared resources."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy.engine import Engine

from bot.console.accounts import Accounts, SignedIn
from bot.console.rasa_client import RasaClient
from bot.settings import Settings
from bot.store.handoff_queue import HandoffQueue

SETTINGS = web.AppKey("settings", Settings)
ENGINE = web.AppKey("engine", Engine)
ACCOUNTS = web.AppKey("accounts", Accounts)
QUEUE = web.AppKey("queue", HandoffQueue)
RASA = web.AppKey("rasa", RasaClient)
SIGNED_IN = "signed_in"  # request key: SignedIn | None
SESSION_COOKIE = "cb_session"
LOGIN_COOKIE = "cb_login"

__all__ = ["ACCOUNTS", "ENGINE", "QUEUE", "SETTINGS", "SIGNED_IN", "SignedIn"]
