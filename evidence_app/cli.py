"""The ``evidence-app`` command line: parses, calls core, prints, exits (codes as in design.md)."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from evidence_app import __version__
from evidence_app.commands import (
    batch_capture,
    bundle,
    campaign,
    capture,
    cases,
    handoff,
    trust,
)
from evidence_app.commands.context import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    Context,
    Handler,
    Parser,
    UsageError,
)
from evidence_app.core import i18n
from evidence_app.core.applog import keep_native_output_in_log, log_to_file, route_warnings
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr
from evidence_app.core.model import ROLES
from evidence_app.core.paths import resolve_data_dir
from evidence_app.core.safe_text import one_line

CONTEXT = "CLI"


# -- parser ------------------------------------------------------------------------------------

# Each module defines ``register(commands)`` adding its sub-commands, in this order (``handoff``
# adds to ``case``, which ``cases`` creates). The modules import their layer lazily inside the
# handlers, so that a command never pays for Qt (or the PDF stack) unless it needs it.
COMMAND_MODULES = (cases, trust, capture, batch_capture, bundle, handoff, campaign)


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

    for module in COMMAND_MODULES:
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
                    detail=one_line(str(error))
                )
                + "\n"
            )
            return EXIT_USAGE
        data_dir = resolve_data_dir(args.data_dir)
        if not args.command:
            from evidence_app.app import run_app

            return run_app(data_dir=data_dir, operator=args.operator, role=args.role, lang=lang)
        log_to_file(data_dir)  # opened only if something is logged
        keep_native_output_in_log(data_dir)  # what Qt and Chromium print, if a command starts them
        handler: Handler = args.handler
        try:
            return handler(Context(args, data_dir))
        finally:
            keep_native_output_in_log(None)
    except UserError as error:
        # one line, whatever the path or value it quotes holds (a newline, an escape sequence)
        sys.stderr.write(f"evidence-app: {one_line(error.message())}\n")
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
