"""The conversation page an agent works in: transcript, fields, reply, hand back, resolve.

Everything shown is escaped; new messages arrive over server-sent events.
"""

from __future__ import annotations

import html
from typing import Any

WORK_FORM = """
<form id="reply"><label>Reply <textarea name="text" required></textarea></label>
<button type="submit">Send</button></form>
<button id="hand-back">Hand back to the bot</button>
<form id="resolve"><label>Resolution summary <input name="summary" required></label>
<button type="submit">Resolve</button></form>
<p id="status" role="status"></p>
<script>
const csrf = document.querySelector('meta[name="csrf-token"]').content;
const base = "/api/handoffs/{id}";
const post = (path, body) => fetch(base + path, {method: "POST",
  headers: {"X-CSRF-Token": csrf, "Content-Type": "application/json"},
  body: JSON.stringify(body || {})});
const say = text => document.getElementById("status").textContent = text;
document.getElementById("reply").onsubmit = async e => {
  e.preventDefault();
  const r = await post("/reply", {text: e.target.text.value});
  if (r.ok) { e.target.reset(); say("Sent."); } else say(await r.text());
};
document.getElementById("hand-back").onclick = async () => {
  const r = await post("/hand-back");
  if (r.ok) location.href = "/"; else say(await r.text());
};
document.getElementById("resolve").onsubmit = async e => {
  e.preventDefault();
  const r = await post("/resolve", {summary: e.target.summary.value});
  if (r.ok) location.href = "/"; else say(await r.text());
};
new EventSource(base + "/events").addEventListener("message", e => {
  const m = JSON.parse(e.data);
  const li = document.createElement("li");
  li.className = m.from;
  const who = document.createElement("b");
  who.textContent = m.from;
  li.append(who, ": " + m.text);
  document.getElementById("live").append(li);
});
</script>"""


def conversation_page(body: dict[str, Any], csrf: str) -> str:
    rows = "".join(
        f"<li><b>{html.escape(line['from'])}</b>: {html.escape(line['text'])}</li>"
        for line in [*body["transcript"], *body["messages"]]
    )
    fields = "".join(
        f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in body["fields"].items()
    )
    handoff = body["handoff"]
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Conversation</title>'
        f'<meta name="csrf-token" content="{html.escape(csrf)}"></head><body><main>'
        f"<h1>Handoff #{handoff['id']}: {html.escape(handoff['reason'])}</h1>"
        f"<p>Signals: {html.escape(', '.join(handoff['signals']) or 'none')}; "
        f"complaint {html.escape(handoff['complaint_reference'] or 'not recorded')}</p>"
        f'<dl>{fields}</dl><ol id="transcript">{rows}</ol><ol id="live"></ol>'
        + WORK_FORM.replace("{id}", str(handoff["id"]))
        + "</main></body></html>"
    )
