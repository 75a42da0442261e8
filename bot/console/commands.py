"""`complaintbot users add NAME --role agent`: console accounts from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from bot.errors import ConfigurationError
from bot.settings import get_settings
from bot.store.models import CONSOLE_ROLES


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise ConfigurationError("no terminal to ask for a password: use --password-stdin")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise ConfigurationError("the passwords do not match")
    return first


def _add(args: argparse.Namespace) -> int:
    from bot.console.accounts import Accounts
    from bot.store.engine import create_engine_for

    password = _read_password(args.password_stdin)
    engine = create_engine_for(get_settings().database_url)
    try:
        account = Accounts(engine).add_user(args.username, password, args.role)
    finally:
        engine.dispose()
    print(f"Added {account.username} ({account.role}).", file=sys.stderr)
    return 0


def add_user_commands(commands: Any) -> None:
    users = commands.add_parser("users", help="agent console accounts")
    actions = users.add_subparsers(dest="users_command", required=True)
    add = actions.add_parser("add", help="create a console user")
    add.add_argument("username")
    add.add_argument("--role", choices=CONSOLE_ROLES, default="agent")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.set_defaults(handler=_add)
