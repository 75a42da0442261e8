"""The handoff queue: a page, its JSON, a live stream of changes, and claiming."""

from __future__ import annotations

import asyncio
import html
import json

from aiohttp import web

from bot.console.auth import requires, signed_in
from bot.console.keys import QUEUE
from bot.store.handoff_queue import HandoffRecord

STREAM_INTERVAL_SECONDS = 0.5
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Queue</title>
<meta name="csrf-token" content="{csrf}"></head><body><main>
<h1>Waiting for an agent</h1><p>Signed in as {user} ({role}).</p>
<form method="post" action="/logout"><input type="hidden" name="csrf_token" value="{csrf}">
<button>Sign out</button></form>
<ol id="queue"></ol></main>
<script>
const csrf = document.querySelector('meta[name="csrf-token"]').content;
function render(items) {{
  const list = document.getElementById("queue");
  list.replaceChildren(...items.map(h => {{
    const li = document.createElement("li");
    li.dataset.id = h.id;
    li.textContent = `#${{h.id}} ${{h.reason}} (priority ${{h.priority}}) ` +
      `${{h.signals.join(", ")}} ${{h.complaint_reference || ""}} waiting since ${{h.created_at}}`;
    const claim = document.createElement("button");
    claim.textContent = "Claim";
    claim.onclick = async () => {{
      const r = await fetch(`/api/handoffs/${{h.id}}/claim`,
        {{method: "POST", headers: {{"X-CSRF-Token": csrf}}}});
      if (r.ok) location.href = `/handoffs/${{h.id}}`;
      else alert("Someone else has already claimed this conversation.");
    }};
    li.append(" ", claim);
    return li;
  }}));
}}
new EventSource("/api/events").addEventListener("queue", e => render(JSON.parse(e.data)));
</script></body></html>"""


def as_json(handoff: HandoffRecord) -> dict[str, object]:
    return {
        "id": handoff.id,
        "reason": handoff.reason,
        "priority": handoff.priority,
        "signals": list(handoff.signals),
        "language": handoff.language,
        "channel": handoff.channel,
        "complaint_reference": handoff.complaint_reference,
        "created_at": handoff.created_at.isoformat(),
    }


async def _waiting(request: web.Request) -> list[dict[str, object]]:
    records = await asyncio.to_thread(request.app[QUEUE].waiting)
    return [as_json(record) for record in records]


@requires("agent")
async def queue_page(request: web.Request) -> web.Response:
    who = signed_in(request)
    text = PAGE.format(
        csrf=html.escape(who.csrf_token),
        user=html.escape(who.account.username),
        role=html.escape(who.account.role),
    )
    return web.Response(text=text, content_type="text/html")


@requires("agent")
async def queue_json(request: web.Request) -> web.Response:
    return web.json_response(await _waiting(request))


@requires("agent")
async def queue_events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: the whole queue whenever it changes (checked twice a second)."""
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    await response.prepare(request)
    last = None
    while True:
        current = json.dumps(await _waiting(request))
        if current != last:
            await response.write(f"event: queue\ndata: {current}\n\n".encode())
            last = current
        await asyncio.sleep(STREAM_INTERVAL_SECONDS)


@requires("agent")
async def claim(request: web.Request) -> web.Response:
    handoff_id = int(request.match_info["handoff_id"])
    agent = f"agent:{signed_in(request).account.username}"
    won = await asyncio.to_thread(request.app[QUEUE].claim, handoff_id, agent)
    if not won:
        return web.json_response({"error": "already claimed or closed"}, status=409)
    return web.json_response({"claimed": handoff_id})
