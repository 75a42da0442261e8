"""Accept or reject one candidate field value, with a re-prompt that says exactly what is wrong."""

from __future__ import annotations

from typing import Any

from bot.errors import InvalidField
from bot.fields import (
    check_description,
    check_desired_outcome,
    clean_name,
    normalise_email,
    normalise_phone,
    parse_incident_date,
)
from bot.intake.context import IntakeContext

CONSENT_REFUSED = (
    "I can only log a complaint if you agree to us using these details to handle it and "
    "contact you about it. Say yes to continue, or cancel to stop."
)
YES_OR_NO = "Sorry, I need a yes or a no to that."
WHAT_TO_CHANGE = (
    'No problem — tell me what to change, for example "change my email to '
    'name@example.com" or "the date should be last Monday". Or say cancel to stop.'
)


def _product(raw: Any, context: IntakeContext) -> str:
    product = context.catalogue.match(str(raw))
    if product is not None:
        return product.label
    options = context.catalogue.suggestions(str(raw), limit=3)
    hint = f" Did you mean {', '.join(options[:-1])} or {options[-1]}?" if len(options) > 1 else ""
    if len(options) == 1:
        hint = f" Did you mean {options[0]}?"
    raise InvalidField(f"I couldn't match that to one of our products or services.{hint}")


def _yes_no(raw: Any, refusal: str) -> bool:
    if raw is True:
        return True
    if raw is False:
        raise InvalidField(refusal)
    raise InvalidField(YES_OR_NO)


def validate_field(slot: str, raw: Any, context: IntakeContext) -> Any:
    """The value to store for `slot`; raises InvalidField with a customer-facing re-prompt."""
    if slot == "customer_name":
        return clean_name(str(raw))
    if slot == "contact_email":
        return normalise_email(str(raw))
    if slot == "contact_phone":
        return normalise_phone(str(raw), context.phone_region)
    if slot == "product":
        return _product(raw, context)
    if slot == "description":
        return check_description(str(raw), min_words=context.min_description_words)
    if slot == "incident_date":
        return parse_incident_date(str(raw), context.today, day_first=context.day_first).isoformat()
    if slot == "desired_outcome":
        return check_desired_outcome(str(raw))
    if slot == "consent":
        return _yes_no(raw, CONSENT_REFUSED)
    if slot == "complaint_confirmed":
        return _yes_no(raw, WHAT_TO_CHANGE)
    raise KeyError(slot)
