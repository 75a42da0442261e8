"""Sign in and out. The login form carries a one-time token also set as a cookie (login CSRF)."""

from __future__ import annotations

import hmac
import html
import secrets
from datetime import datetime, timezone

from aiohttp import web

from bot.console.accounts import SESSION_LIFETIME
from bot.console.keys import ACCOUNTS, LOGIN_COOKIE, SESSION_COOKIE, SETTINGS

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body><main><h1>Agent console</h1>{message}
<form method="post" action="/login">
<input type="hidden" name="login_token" value="{token}">
<label>Username <input name="username" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password"
required></label>
<button type="submit">Sign in</button></form></main></body></html>"""


def _page(request: web.Request, message: str = "", status: int = 200) -> web.Response:
    # One token per browser until sign-in: a second tab (or a favicon request that lands
    # here) must not invalidate the form already on screen.
    token = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)
    shown = f'<p role="alert">{html.escape(message)}</p>' if message else ""
    response = web.Response(
        text=PAGE.format(message=shown, token=token), content_type="text/html", status=status
    )
    response.set_cookie(
        LOGIN_COOKIE, token, httponly=True, samesite="Strict",
        secure=request.app[SETTINGS].console_secure_cookies,
    )  # fmt: skip
    return response


async def login_form(request: web.Request) -> web.Response:
    return _page(request)


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, str(form.get("login_token", ""))):
        return _page(request, "Your sign-in form expired. Please try again.", 403)
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    address = request.remote or "unknown"
    accounts, now = request.app[ACCOUNTS], datetime.now(timezone.utc)
    if accounts.too_many_failures(username, address, now):
        return _page(request, "Too many failed sign-ins. Please wait 15 minutes.", 429)
    signed = accounts.sign_in(username, password, address, now)
    if signed is None:
        return _page(request, "Wrong username or password.", 401)
    token, _ = signed
    response = web.HTTPFound("/")
    response.set_cookie(
        SESSION_COOKIE, token, httponly=True, samesite="Strict",
        secure=request.app[SETTINGS].console_secure_cookies,
        max_age=int(SESSION_LIFETIME.total_seconds()),
    )  # fmt: skip
    response.del_cookie(LOGIN_COOKIE)
    raise response


async def logout(request: web.Request) -> web.Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        request.app[ACCOUNTS].sign_out(token)
    response = web.HTTPFound("/login")
    response.del_cookie(SESSION_COOKIE)
    raise response
