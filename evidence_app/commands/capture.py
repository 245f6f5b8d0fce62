"""Capture commands: ``add url`` (a web page through the headless engine) and ``add screen``."""

from __future__ import annotations

from evidence_app.commands.context import EXIT_OK, Context, Parser, SubCommands, fields_from
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr

CONTEXT = "CLI"


def cmd_add_url(ctx: Context) -> int:
    from evidence_app.core.fields import check_category

    category = check_category(ctx.args.category)
    fields = fields_from(ctx.args.field)
    from evidence_app.capture.web import CaptureOptions, capture_url_to_store, check_address

    check_address(ctx.args.url)
    options = CaptureOptions(allow_error_page=ctx.args.allow_error_page)
    if ctx.args.timeout is not None:
        options.timeout_ms = int(ctx.args.timeout * 1000)
    with ctx.store() as store:
        item = capture_url_to_store(store, ctx.args.case, ctx.args.url, category, fields, options)
    ctx.out(item.id)
    return EXIT_OK


def parse_region(text: str) -> tuple[int, int, int, int]:
    try:
        x, y, w, h = (int(part) for part in text.split(","))
    except ValueError:
        raise UserError(
            "A region is four whole numbers X,Y,WIDTH,HEIGHT, not “{text}”.", text=text
        ) from None
    if w <= 0 or h <= 0:
        raise UserError("A region needs a positive width and height, not “{text}”.", text=text)
    return x, y, w, h


def cmd_add_screen(ctx: Context) -> int:
    from evidence_app.core.fields import check_category

    category = check_category(ctx.args.category)
    fields = fields_from(ctx.args.field)
    region = parse_region(ctx.args.region) if ctx.args.region else None
    from evidence_app.capture.screen import capture_screen_to_store

    with ctx.store() as store:
        item = capture_screen_to_store(
            store,
            ctx.args.case,
            screen_index=ctx.args.screen,
            region=region,
            category=category,
            fields=fields,
            headless=True,
        )
    ctx.out(item.id)
    return EXIT_OK


def register(commands: SubCommands) -> None:
    # ``add`` is created by commands.cases; add our sub-commands to the same group.
    add_commands = None
    add_parser = commands.choices.get("add")
    for action in add_parser._actions if add_parser is not None else []:
        if hasattr(action, "add_parser"):
            add_commands = action
    if add_commands is None:
        add = commands.add_parser("add", help=tr(CONTEXT, "add evidence to a case"))
        add_commands = add.add_subparsers(
            dest="add_command", metavar="url|screen", required=True, parser_class=Parser
        )
    p = add_commands.add_parser(
        "url", help=tr(CONTEXT, "capture a web page (http or https) as one item; prints its id")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("url", metavar="URL")
    p.add_argument("--category", default="post")
    p.add_argument("--field", action="append", metavar="KEY=VALUE")
    p.add_argument(
        "--allow-error-page",
        action="store_true",
        help=tr(CONTEXT, "capture a 4xx/5xx error page deliberately (its status is recorded)"),
    )
    p.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help=tr(CONTEXT, "give up when the page has not loaded after this many seconds"),
    )
    p.set_defaults(handler=cmd_add_url)

    p = add_commands.add_parser(
        "screen", help=tr(CONTEXT, "capture a screen or a region of it as one item; prints its id")
    )
    p.add_argument("case", metavar="CASE")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--screen", type=int, metavar="N", help=tr(CONTEXT, "screen number, from 0"))
    where.add_argument("--region", metavar="X,Y,W,H", help=tr(CONTEXT, "a rectangle of the screen"))
    p.add_argument("--category", default="other")
    p.add_argument("--field", action="append", metavar="KEY=VALUE")
    p.set_defaults(handler=cmd_add_screen)
