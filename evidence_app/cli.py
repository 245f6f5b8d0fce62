"""The ``evidence-app`` command line: parses, calls core, prints, exits (codes as in design.md)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NoReturn

from evidence_app import __version__
from evidence_app.core import i18n
from evidence_app.core.applog import log_to_file, route_warnings
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr
from evidence_app.core.model import ROLES
from evidence_app.core.paths import resolve_data_dir

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3

CONTEXT = "CLI"


class UsageError(Exception):
    """argparse found the command line malformed."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


@dataclass
class Context:
    args: argparse.Namespace
    data_dir: Path

    def store(self) -> Any:
        from evidence_app.core.model import Operator
        from evidence_app.core.settings import Settings
        from evidence_app.core.store import CaseStore, default_operator

        settings = Settings.load(self.data_dir) if self.data_dir.is_dir() else Settings()
        role = self.args.role or settings.operator_role or "owner"
        name = self.args.operator or settings.operator_name
        if not name and getattr(self.args, "case_command", "") == "new":
            name = (getattr(self.args, "owner", "") or "").strip()
        store = CaseStore(self.data_dir, Operator(name or default_operator().name, role))
        if not name and getattr(self.args, "case", None):
            # No --operator and no operator name set in the app: the case is the owner's own,
            # and the owner is the one who acts on it; the computer's login name ("root")
            # names nobody. The login name stays only when there is no case to ask.
            try:
                owner = store.get_case(self.args.case).owner.strip()
            except Exception:
                owner = ""  # the command itself says the case is unknown
            if owner:
                store.operator = Operator(owner, role)
        return store

    def out(self, text: str = "") -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def out_json(self, value: Any) -> None:
        self.out(json.dumps(value, ensure_ascii=False, indent=2))


Handler = Callable[[Context], int]
SubCommands = argparse._SubParsersAction  # the object ``register(commands)`` adds parsers to


def command_group(commands: SubCommands, name: str) -> SubCommands:
    """The sub-commands of top-level command *name* (``case``, ``add``), for modules adding to it."""
    parser = commands.choices[name]
    assert parser._subparsers is not None, f"{name} has no sub-commands"
    action = parser._subparsers._group_actions[0]
    assert isinstance(action, argparse._SubParsersAction)
    return action


def fields_from(assignments: Sequence[str] | None) -> dict[str, str]:
    """``--field KEY=VALUE`` options → checked fields (unknown keys are a clear error)."""
    from evidence_app.core.field_values import field_value_error
    from evidence_app.core.fields import check_field, parse_field_assignment

    fields: dict[str, str] = {}
    for text in assignments or ():
        key, value = parse_field_assignment(text)
        fields[key] = check_field(key, value)
        # The form only warns about a count it cannot read; here no one would see a warning.
        error = field_value_error(key, value)
        if error is not None:
            raise error
    return fields


# -- parser ------------------------------------------------------------------------------------

# Each module defines ``register(commands)`` adding its sub-commands; a layer that is not
# installed yet simply has no module here. Handlers import their layer lazily, so that a command
# never pays for Qt (or the PDF stack) unless it needs it.
COMMAND_MODULES = (
    "evidence_app.commands.cases",
    "evidence_app.commands.trust",
    "evidence_app.commands.capture",
    "evidence_app.commands.batch_capture",
    "evidence_app.commands.bundle",
    "evidence_app.commands.handoff",
    "evidence_app.commands.campaign",
)


def build_parser() -> Parser:
    parser = Parser(
        prog="evidence-app",
        description=tr(
            CONTEXT,
            "Collect court-ready evidence of online attacks and hand it over as one signed PDF.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"evidence-app {__version__}")
    parser.add_argument(
        "--data-dir",
        help=tr(CONTEXT, "data directory (default: EVIDENCE_APP_DATA_DIR or the user data folder)"),
    )
    parser.add_argument(
        "--operator", help=tr(CONTEXT, "who is acting (name recorded in the custody log)")
    )
    parser.add_argument("--role", choices=ROLES, help=tr(CONTEXT, "the operator's role"))
    parser.add_argument("--lang", help=tr(CONTEXT, "language of messages: zh_CN or en"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(commands)
    return parser


def _crash_log(data_dir: Path | None) -> Path:
    import tempfile

    from evidence_app.core.atomic import write_atomic
    from evidence_app.core.private import PRIVATE_FILE

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    text = f"evidence-app {__version__}\n{' '.join(sys.argv)}\n\n{traceback.format_exc()}"
    for folder in ([data_dir / "logs"] if data_dir else []) + [Path(tempfile.gettempdir())]:
        try:
            path = folder / f"crash-{stamp}.log"
            write_atomic(path, text.encode("utf-8"), PRIVATE_FILE)  # it may quote the owner's data
            return path
        except OSError:
            continue
    return Path("<unwritable>")


def _language_from_argv(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a PyInstaller build (packaging/evidence-app.spec)
        import multiprocessing

        # Batch verify starts its workers with "spawn": in a frozen app each one is this
        # executable again, and here it runs its task and exits instead of parsing arguments.
        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    data_dir: Path | None = None
    route_warnings()  # a library's warning goes to the log file, never onto the user's terminal
    try:
        lang = _language_from_argv(argv) or os.environ.get("EVIDENCE_APP_LANG")
        try:
            i18n.set_language(lang)
        except ValueError:
            i18n.set_language(None)
            raise UserError("Unknown language “{lang}”. Use zh_CN or en.", lang=lang) from None
        try:
            args = build_parser().parse_args(argv)
        except UsageError as error:
            sys.stderr.write(
                tr(CONTEXT, "evidence-app: bad usage: {detail} (see evidence-app --help)").format(
                    detail=error
                )
                + "\n"
            )
            return EXIT_USAGE
        data_dir = resolve_data_dir(args.data_dir)
        if not args.command:
            from evidence_app.app import run_app

            return run_app(data_dir=data_dir, operator=args.operator, role=args.role, lang=lang)
        log_to_file(data_dir)  # opened only if something is logged
        handler: Handler = args.handler
        return handler(Context(args, data_dir))
    except UserError as error:
        sys.stderr.write(f"evidence-app: {error.message()}\n")
        return error.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(
            tr(CONTEXT, "evidence-app: interrupted; nothing half-done was kept.") + "\n"
        )
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        path = _crash_log(data_dir)
        sys.stderr.write(
            tr(
                CONTEXT, "evidence-app: internal error (a bug). Details were written to {path}"
            ).format(path=path)
            + "\n"
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
