"""``add urls CASE FILE|-``: capture a list of web addresses unattended, one item per page."""

from __future__ import annotations

import sys
from pathlib import Path

from evidence_app.commands.context import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Context,
    SubCommands,
    command_group,
    fields_from,
)
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr

CONTEXT = "CLI"


def _read_list(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            "The list {path} cannot be read ({reason}).",
            path=source,
            reason=error.strerror or str(error),
        ) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace")  # a list saved by Excel on a Chinese PC


def _say(text: str) -> None:
    sys.stderr.write(f"evidence-app: {text}\n")
    sys.stderr.flush()


def cmd_add_urls(ctx: Context) -> int:
    from evidence_app.core.capture_queue import CaptureQueue, read_url_list
    from evidence_app.core.fields import check_category

    category = check_category(ctx.args.category)
    fields = fields_from(ctx.args.field)
    if ctx.args.parallel is not None and not 1 <= ctx.args.parallel <= 8:
        raise UserError(
            "--parallel takes a number from 1 to 8, not {value}.", value=ctx.args.parallel
        )
    if ctx.args.delay is not None and not 0 <= ctx.args.delay <= 600:
        raise UserError("--delay takes seconds from 0 to 600, not {value}.", value=ctx.args.delay)
    listing = read_url_list(_read_list(ctx.args.file), table=ctx.args.file.lower().endswith(".csv"))
    from evidence_app.capture.web import check_address

    for url in listing.urls:
        check_address(url)
    for line, url in listing.duplicates:
        _say(
            tr(CONTEXT, "line {line} repeats {url}; it is captured once.").format(
                line=line, url=url
            )
        )

    from evidence_app.capture.batch import BatchCapture, BatchSettings
    from evidence_app.capture.qtsupport import ensure_app
    from evidence_app.capture.web import CaptureOptions

    settings = BatchSettings(category=category, fields=fields, options=CaptureOptions())
    if ctx.args.parallel is not None:
        settings.parallel = ctx.args.parallel
    if ctx.args.delay is not None:
        settings.host_delay_s = ctx.args.delay
    if ctx.args.timeout is not None:
        settings.options.timeout_ms = int(ctx.args.timeout * 1000)

    with ctx.store() as store:
        case = store.get_case(ctx.args.case)
        queue = CaptureQueue(store, case.id)
        entries = queue.add(listing.urls)
        numbers = {item.id: item.number for item in store.list_items(case.id)}
        before = 0
        for entry in entries:
            if entry.state == "done":
                ctx.out(f"{numbers.get(entry.item_id, entry.item_id)} {entry.url}")
                before += 1
        failures: list[tuple[str, str]] = []
        captured_now = 0
        if queue.remaining():
            from PySide6.QtCore import QEventLoop

            ensure_app(headless=True)
            batch = BatchCapture(store, case.id, listing.urls, settings)
            loop = QEventLoop()

            def on_captured(url: str, number: str) -> None:
                nonlocal captured_now
                captured_now += 1
                ctx.out(f"{number} {url}")

            def on_failed(url: str, _state: str, reason: str) -> None:
                failures.append((url, reason))
                ctx.out(tr(CONTEXT, "failed {url}: {reason}").format(url=url, reason=reason))

            batch.captured.connect(on_captured)
            batch.failed.connect(on_failed)
            batch.finished.connect(loop.quit)
            batch.start()
            try:
                loop.exec()
            finally:
                batch.close()
    _say(
        tr(
            CONTEXT,
            "{total} addresses: {now} captured now, {before} captured before, {failed} failed.",
        ).format(total=len(listing.urls), now=captured_now, before=before, failed=len(failures))
    )
    return EXIT_PROBLEMS if failures else EXIT_OK


def register(commands: SubCommands) -> None:
    add_commands = command_group(commands, "add")
    p = add_commands.add_parser(
        "urls",
        help=tr(
            CONTEXT,
            "capture a list of web addresses (one per line; - reads them from standard input)",
        ),
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("file", metavar="FILE|-")
    p.add_argument("--category", default="post")
    p.add_argument("--field", action="append", metavar="KEY=VALUE")
    p.add_argument(
        "--parallel",
        type=int,
        metavar="N",
        help=tr(CONTEXT, "pages loading at the same time (default 2; one per site at most)"),
    )
    p.add_argument(
        "--delay",
        type=float,
        metavar="SECONDS",
        help=tr(CONTEXT, "rest between two pages of the same site (default 1 second)"),
    )
    p.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help=tr(CONTEXT, "give up on a page that has not loaded after this many seconds"),
    )
    p.set_defaults(handler=cmd_add_urls)
