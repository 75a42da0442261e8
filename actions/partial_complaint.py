"""Records a complaint with the fields collected so far, when the customer is handed to a
person before the form is finished (high distress): nothing they said is lost."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Tracker

from actions.complaint_from_slots import complaint_from_slots
from actions.services import complaint_store


async def record_partial_complaint(
    slots: dict[str, Any], tracker: Tracker, vulnerable: bool
) -> str | None:
    """The new reference, or None when there is no story to record yet."""
    if not slots.get("description"):
        return None
    received = datetime.now(timezone.utc)
    new = complaint_from_slots(slots, tracker, received, partial=True, vulnerable=vulnerable)
    submitted = await asyncio.to_thread(complaint_store().submit_complaint, new)
    return submitted.reference
