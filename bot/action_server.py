"""The action server (rasa-sdk), started with the vault key checked and log redaction on."""

from __future__ import annotations

import sys


def main() -> None:
    from rasa_sdk.__main__ import main_from_args
    from rasa_sdk.endpoint import create_argument_parser

    from actions.services import redact_text
    from bot.errors import ComplaintBotError
    from bot.log_redaction import install_log_redaction
    from bot.preflight import check_vault_keys
    from bot.settings import get_settings

    args = create_argument_parser().parse_args()
    try:
        check_vault_keys(get_settings())
    except ComplaintBotError as error:
        print(f"complaintbot: error: {error}", file=sys.stderr)
        sys.exit(2)
    install_log_redaction(redact_text)
    main_from_args(args)


if __name__ == "__main__":
    main()
