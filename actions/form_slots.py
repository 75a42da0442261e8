"""Events that clear the complaint form, shared by submit, cancel and handoff."""

from __future__ import annotations

from rasa_sdk.events import EventType, SlotSet

from bot.intake.turn import FORM_SLOTS

INTAKE_SLOTS = (*FORM_SLOTS, "field_failures", "pending_text", "pending_kind")


def clear_form_events() -> list[EventType]:
    return [SlotSet(slot, None) for slot in INTAKE_SLOTS] + [SlotSet("requested_slot", None)]
