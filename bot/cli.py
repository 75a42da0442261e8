"""The `complaintbot` command: train, run, serve, db, analyze, privacy, users."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.console.commands import add_user_commands
from bot.errors import ComplaintBotError, ConfigurationError
from bot.privacy.commands import add_privacy_commands
from bot.settings import PROJECT_ROOT, get_settings


def _train(args: argparse.Namespace) -> int:
    from bot.model import train_model

    models_dir = Path(args.out) if args.out else get_settings().models_dir
    path = train_model(PROJECT_ROOT, models_dir, if_changed=args.if_changed)
    print(f"Model ready: {path}")
    return 0


def _db(args: argparse.Namespace) -> int:
    from bot.store.migrate import downgrade, upgrade

    settings = get_settings()
    if settings.uses_sqlite:
        settings.runtime_dir.mkdir(parents=True, exist_ok=True)
    if args.action == "upgrade":
        upgrade(settings.database_url, args.revision or "head")
    else:
        downgrade(settings.database_url, args.revision or "base")
    target = args.revision or ("head" if args.action == "upgrade" else "base")
    print(f"Database {args.action}d to {target}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from bot.processes import exec_action_server, exec_rasa_server, run_console

    if args.process == "console":
        return run_console()
    return exec_rasa_server() if args.process == "rasa" else exec_action_server()


def _run(args: argparse.Namespace) -> int:
    from bot.processes import run_all

    return run_all()


def _analyze(args: argparse.Namespace) -> int:
    from bot.analyze.runner import AnalyzerOptions, run_analysis_in_workers
    from bot.model import find_model

    settings = get_settings()
    options = AnalyzerOptions(
        model=find_model(Path(args.model) if args.model else settings.models_dir),
        fallback_threshold=settings.fallback_threshold,
        min_language_chars=settings.langdetect_min_chars,
    )
    if args.jobs < 0:
        raise ConfigurationError("--jobs must be 1 or more (0 means one per CPU core)")
    jobs = args.jobs or min(os.cpu_count() or 1, 4)
    print(f"analyze: loading model {options.model.name} in {jobs} worker(s)", file=sys.stderr)
    source = open(args.input, encoding="utf-8") if args.input else sys.stdin  # noqa: SIM115
    with source:
        summary = run_analysis_in_workers(options, jobs, source, sys.stdout)
    rate = summary.analysed / summary.seconds if summary.seconds else 0.0
    print(
        f"analyze: {summary.analysed} texts analysed ({rate:.0f}/s), {summary.rejected} rejected",
        file=sys.stderr,
    )
    return 1 if summary.rejected else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="complaintbot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    train = commands.add_parser("train", help="train the Rasa model")
    train.add_argument("--if-changed", action="store_true", help="skip when nothing changed")
    train.add_argument("--out", help="models folder (default: COMPLAINTBOT_MODELS_DIR)")
    train.set_defaults(handler=_train)

    run = commands.add_parser("run", help="migrate, train if needed, start every process")
    run.set_defaults(handler=_run)

    serve = commands.add_parser("serve", help="start one process in the foreground")
    serve.add_argument("process", choices=["rasa", "actions", "console"])
    serve.set_defaults(handler=_serve)

    db = commands.add_parser("db", help="database migrations")
    db.add_argument("action", choices=["upgrade", "downgrade"])
    db.add_argument("revision", nargs="?")
    db.set_defaults(handler=_db)

    analyze = commands.add_parser(
        "analyze", help="classify texts (JSON lines or plain lines) from stdin or --input"
    )
    analyze.add_argument("--input", help="file to read instead of stdin")
    analyze.add_argument("--model", help="models folder or model file")
    analyze.add_argument(
        "--jobs", type=int, default=0, help="worker processes (default: CPU cores, at most 4)"
    )
    analyze.set_defaults(handler=_analyze)

    add_privacy_commands(commands)
    add_user_commands(commands)
    return parser


def load_dotenv(path: Path) -> None:
    """Settings from `.env` (as honcho gives them to the processes); the environment wins."""
    if not path.is_file():
        return
    from honcho.environ import parse

    for key, value in parse(path.read_text(encoding="utf-8")).items():
        os.environ.setdefault(key, value)


def main(argv: Sequence[str] | None = None) -> int:
    load_dotenv(PROJECT_ROOT / ".env")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except ComplaintBotError as error:
        print(f"complaintbot: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
