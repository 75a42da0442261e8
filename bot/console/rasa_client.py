"""Talks to the rasa server's HTTP API for the console: read a conversation (stored redacted)
and append events, sent on to the customer's own channel (`output_channel=latest`)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import aiohttp

from bot.errors import ComplaintBotError

TIMEOUT = aiohttp.ClientTimeout(total=15)


class RasaUnavailable(ComplaintBotError):
    """The rasa server did not answer as expected; the message says what to check."""


class RasaClient:
    def __init__(self, base_url: str, token: str | None) -> None:
        self._base = base_url.rstrip("/")
        self._params = {"token": token} if token else {}

    def _url(self, conversation_id: str, suffix: str) -> str:
        return f"{self._base}/conversations/{quote(conversation_id, safe='')}/{suffix}"

    async def tracker(self, conversation_id: str) -> dict[str, Any]:
        url = self._url(conversation_id, "tracker")
        try:
            async with (
                aiohttp.ClientSession(timeout=TIMEOUT) as session,
                session.get(url, params=self._params) as response,
            ):
                response.raise_for_status()
                return dict(await response.json())
        except (aiohttp.ClientError, TimeoutError) as err:
            raise RasaUnavailable("cannot read the conversation from the rasa server") from err

    async def append(self, conversation_id: str, events: list[dict[str, Any]]) -> None:
        """Add events; bot messages among them reach the customer on their channel."""
        params = {**self._params, "output_channel": "latest", "execute_side_effects": "true"}
        url = self._url(conversation_id, "tracker/events")
        try:
            async with (
                aiohttp.ClientSession(timeout=TIMEOUT) as session,
                session.post(url, params=params, json=events) as response,
            ):
                response.raise_for_status()
        except (aiohttp.ClientError, TimeoutError) as err:
            raise RasaUnavailable("the rasa server did not take the message") from err


def bot_message(text: str) -> dict[str, Any]:
    return {"event": "bot", "text": text}


def resume_bot() -> dict[str, Any]:
    return {"event": "slot", "name": "handoff_active", "value": False}
