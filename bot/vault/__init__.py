"""The encrypted contact vault: contact details live here only, referenced by token elsewhere.

keys.py           Fernet keys from VAULT_KEYS (newest first) and the local development key
tokens.py         the token format stored in slots and complaint rows
normalise.py      how values compare for look-ups (case, spaces, phone separators)
contact_vault.py  ContactVault: put, reveal, find by value, delete, rotate keys
"""
