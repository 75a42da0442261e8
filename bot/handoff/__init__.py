"""When the bot hands a conversation to a person, and what it tells the customer.

decision.py        which handoff action (if any) answers the latest customer message
crisis.py          crisis resources per language, from bot/defaults/crisis_resources.yml
"""
