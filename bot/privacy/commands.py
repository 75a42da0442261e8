"""`complaintbot privacy ...`: subject-access export, erasure, purge and vault key rotation."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timezone
from typing import Any

from bot.errors import ConfigurationError
from bot.settings import get_settings

ACTOR_ENV = "COMPLAINTBOT_OPERATOR"


def _services() -> tuple[Any, Any, bytes]:
    from bot.pii.settings import text_redactor
    from bot.store.engine import create_engine_for
    from bot.store.repository import ComplaintStore
    from bot.vault.contact_vault import ContactVault
    from bot.vault.keys import parse_keys

    settings = get_settings()
    keys = parse_keys(settings.vault_keys)
    engine = create_engine_for(settings.database_url)
    store = ComplaintStore(engine, redact=text_redactor(settings))
    return store, ContactVault(engine, keys), keys[0]


def _actor() -> str:
    return "cli:" + (os.environ.get(ACTOR_ENV) or os.environ.get("USER") or "operator")


def _export(args: argparse.Namespace) -> int:
    from bot.privacy.requests import export_subject

    store, vault, key = _services()
    export = export_subject(store, vault, key, args.email, args.phone, _actor())
    text = json.dumps(export, indent=2, ensure_ascii=False)
    if args.out:
        descriptor = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        print(f"Exported {len(export['complaints'])} complaint(s) to {args.out}", file=sys.stderr)
    else:
        print(text)
    return 0


def _erase(args: argparse.Namespace) -> int:
    from bot.privacy.requests import erase_subject

    if not args.yes:
        if not sys.stdin.isatty():
            raise ConfigurationError("erasure cannot be undone: add --yes to confirm")
        if input("Erase this person's contact details for good? [y/N] ").strip().lower() != "y":
            print("Nothing erased.", file=sys.stderr)
            return 1
    store, vault, key = _services()
    counts = erase_subject(store, vault, key, args.email, args.phone, _actor())
    print(
        f"Erased {counts['contact_entries']} vault entr(y/ies); "
        f"{counts['complaints']} complaint(s) keep a tombstone event.",
        file=sys.stderr,
    )
    return 0


def _purge(args: argparse.Namespace) -> int:
    from bot.privacy.retention import purge

    store, vault, _ = _services()
    result = purge(store, vault, get_settings(), datetime.now(timezone.utc), _actor())
    print(
        f"Purged: {result.contact_entries_deleted} contact entr(y/ies) of "
        f"{result.complaints_anonymised} closed complaint(s), "
        f"{result.unlinked_entries_deleted} unused entr(y/ies), "
        f"{result.conversation_events_deleted} conversation event(s).",
        file=sys.stderr,
    )
    return 0


def _rotate(args: argparse.Namespace) -> int:
    _, vault, _ = _services()
    print(f"Re-encrypted {vault.rotate()} vault entr(y/ies) with the first key.", file=sys.stderr)
    return 0


def _new_key(args: argparse.Namespace) -> int:
    from bot.vault.keys import new_key

    print(new_key())
    return 0


def add_privacy_commands(commands: Any) -> None:
    privacy = commands.add_parser("privacy", help="data-subject requests, retention, vault keys")
    actions = privacy.add_subparsers(dest="privacy_command", required=True)
    for name, handler, text in (
        ("export", _export, "everything held about a person, decrypted (subject access)"),
        ("erase", _erase, "delete a person's contact details; complaints keep a tombstone"),
    ):
        command = actions.add_parser(name, help=text)
        command.add_argument("--email", help="the person's email address")
        command.add_argument("--phone", help="the person's phone number")
        if name == "export":
            command.add_argument("--out", help="write to this file (mode 600) instead of stdout")
        else:
            command.add_argument("--yes", action="store_true", help="confirm without a prompt")
        command.set_defaults(handler=handler)
    purge = actions.add_parser("purge", help="delete what is past its retention period")
    purge.set_defaults(handler=_purge)
    rotate = actions.add_parser("rotate-keys", help="re-encrypt the vault with the first key")
    rotate.set_defaults(handler=_rotate)
    key = actions.add_parser("new-key", help="print a new vault key for VAULT_KEYS")
    key.set_defaults(handler=_new_key)
