"""Who is signed in, what their role allows, and CSRF on every request that changes state."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone

from aiohttp import web

from bot.console.accounts import SignedIn
from bot.console.keys import ACCOUNTS, SESSION_COOKIE, SIGNED_IN

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
PUBLIC_PATHS = frozenset({"/login", "/healthz", "/favicon.ico"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def signed_in(request: web.Request) -> SignedIn:
    who = request.get(SIGNED_IN)
    if who is None:
        raise web.HTTPUnauthorized(text="sign in first")
    return who


def _wants_json(request: web.Request) -> bool:
    return request.path.startswith("/api/")


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    token = request.cookies.get(SESSION_COOKIE)
    accounts = request.app[ACCOUNTS]
    who = accounts.session_for(token, datetime.now(timezone.utc)) if token else None
    request[SIGNED_IN] = who
    if request.path in PUBLIC_PATHS:
        return await handler(request)
    if who is None:
        if _wants_json(request):
            raise web.HTTPUnauthorized(
                text='{"error": "sign in first"}', content_type="application/json"
            )
        raise web.HTTPFound("/login")
    if request.method not in SAFE_METHODS:
        sent = request.headers.get("X-CSRF-Token")
        if sent is None and request.content_type == "application/x-www-form-urlencoded":
            sent = str((await request.post()).get("csrf_token", ""))
        if not sent or not hmac.compare_digest(sent, who.csrf_token):
            raise web.HTTPForbidden(text="missing or wrong CSRF token")
    return await handler(request)


def requires(*roles: str) -> Callable[[Handler], Handler]:
    """Only these roles may use the handler (admins may use everything)."""

    def decorate(handler: Handler) -> Handler:
        async def checked(request: web.Request) -> web.StreamResponse:
            who = signed_in(request)
            if who.account.role not in roles and who.account.role != "admin":
                raise web.HTTPForbidden(text=f"this needs the {' or '.join(roles)} role")
            return await handler(request)

        return checked

    return decorate
