"""Working one handed-off conversation: see it, reply, hand back to the bot, or resolve."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from bot.console.auth import requires, signed_in
from bot.console.conversation_page import conversation_page
from bot.console.handlers.queue import STREAM_INTERVAL_SECONDS
from bot.console.keys import QUEUE, RASA
from bot.console.rasa_client import RasaUnavailable, bot_message, resume_bot
from bot.store.handoff_queue import HandoffRecord
from bot.vault.tokens import is_token

HANDED_BACK = "Thanks for your patience. You're back with the assistant now — how can I help?"
RESOLVED = "Our team has finished helping you with this. If there's anything else, just write here."
SHOWN_SLOTS = ("product", "description", "incident_date", "desired_outcome", "complaint_reference")
MAX_REPLY_CHARS = 2000


async def _held_by_me(request: web.Request) -> HandoffRecord:
    handoff_id = int(request.match_info["handoff_id"])
    record = await asyncio.to_thread(request.app[QUEUE].get, handoff_id)
    agent = f"agent:{signed_in(request).account.username}"
    if record is None:
        raise web.HTTPNotFound(text="no such handoff")
    if record.status != "claimed" or record.claimed_by != agent:
        raise web.HTTPConflict(text="claim this conversation before working on it")
    return record


def transcript(tracker: dict[str, Any]) -> list[dict[str, str]]:
    """Customer and bot lines from the stored (redacted) tracker."""
    lines = []
    for event in tracker.get("events") or []:
        if event.get("event") in ("user", "bot") and event.get("text"):
            who = "customer" if event["event"] == "user" else "bot"
            lines.append({"from": who, "text": str(event["text"])})
    return lines


def collected_fields(tracker: dict[str, Any]) -> dict[str, str]:
    slots = tracker.get("slots") or {}
    fields = {name: str(slots[name]) for name in SHOWN_SLOTS if slots.get(name)}
    for name in ("customer_name", "contact_email", "contact_phone"):
        if is_token(slots.get(name)):
            fields[name] = "(held in the contact vault)"
    return fields


@requires("agent")
async def view(request: web.Request) -> web.Response:
    record = await _held_by_me(request)
    try:
        tracker = await request.app[RASA].tracker(record.conversation_id)
    except RasaUnavailable as err:
        raise web.HTTPBadGateway(text=str(err)) from err
    body = {
        "handoff": {"id": record.id, "reason": record.reason, "signals": list(record.signals),
                    "language": record.language, "channel": record.channel,
                    "complaint_reference": record.complaint_reference},
        "fields": collected_fields(tracker),
        "transcript": transcript(tracker),
        "messages": [{"from": s, "text": t} for s, t in
                     await asyncio.to_thread(request.app[QUEUE].messages, record.id)],
    }  # fmt: skip
    if request.path.startswith("/api/"):
        return web.json_response(body)
    return web.Response(
        text=conversation_page(body, signed_in(request).csrf_token), content_type="text/html"
    )


@requires("agent")
async def reply(request: web.Request) -> web.Response:
    record = await _held_by_me(request)
    text = str((await request.json()).get("text", "")).strip()
    if not text or len(text) > MAX_REPLY_CHARS:
        raise web.HTTPBadRequest(text=f"a reply needs 1 to {MAX_REPLY_CHARS} characters")
    try:
        await request.app[RASA].append(record.conversation_id, [bot_message(text)])
    except RasaUnavailable as err:
        raise web.HTTPBadGateway(text=f"{err}; nothing was sent") from err
    await asyncio.to_thread(request.app[QUEUE].add_message, record.id, "agent", text)
    return web.json_response({"sent": True})


async def _finish(request: web.Request, outcome: str, farewell: str) -> web.Response:
    record = await _held_by_me(request)
    summary = None
    if outcome == "resolved":
        summary = str((await request.json()).get("summary", "")).strip()
        if not summary:
            raise web.HTTPBadRequest(text="resolving needs a short summary of what was done")
    try:
        await request.app[RASA].append(
            record.conversation_id, [resume_bot(), bot_message(farewell)]
        )
    except RasaUnavailable as err:
        raise web.HTTPBadGateway(text=f"{err}; the conversation is still yours") from err
    agent = f"agent:{signed_in(request).account.username}"
    await asyncio.to_thread(request.app[QUEUE].close, record.id, agent, outcome, summary)
    return web.json_response({outcome: True})


@requires("agent")
async def hand_back(request: web.Request) -> web.Response:
    return await _finish(request, "handed_back", HANDED_BACK)


@requires("agent")
async def resolve(request: web.Request) -> web.Response:
    return await _finish(request, "resolved", RESOLVED)


@requires("agent")
async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: each new customer or agent message of a claimed handoff."""
    record = await _held_by_me(request)
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    await response.prepare(request)
    seen = len(await asyncio.to_thread(request.app[QUEUE].messages, record.id))
    while True:
        messages = await asyncio.to_thread(request.app[QUEUE].messages, record.id)
        for sender, text in messages[seen:]:
            data = json.dumps({"from": sender, "text": text})
            await response.write(f"event: message\ndata: {data}\n\n".encode())
        seen = len(messages)
        await asyncio.sleep(STREAM_INTERVAL_SECONDS)
