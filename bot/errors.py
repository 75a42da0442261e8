"""Errors raised by complaintbot.

    ComplaintBotError
    ├── ConfigurationError     settings or config files are missing or invalid
    ├── InvalidField           a customer-supplied value failed validation (message is safe to show)
    ├── ModelNotFoundError     no trained Rasa model where one is needed
    └── StoreError             the complaint store could not complete an operation
        └── ReferenceAllocationError

Messages never contain raw customer input: they are shown to customers and written to logs.
"""

from __future__ import annotations


class ComplaintBotError(Exception):
    """Base class for every error this project raises on purpose."""


class ConfigurationError(ComplaintBotError):
    """A setting or configuration file is missing or invalid."""


class InvalidField(ComplaintBotError):
    """A value the customer gave cannot be accepted; `str(err)` is a re-prompt safe to show."""


class ModelNotFoundError(ComplaintBotError):
    """A trained Rasa model is required but none was found."""


class StoreError(ComplaintBotError):
    """The complaint store failed."""


class ReferenceAllocationError(StoreError):
    """A unique complaint reference could not be allocated."""
