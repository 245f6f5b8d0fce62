"""``campaign CASE``: groups of near-identical post texts in a case, and the accounts behind them."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from evidence_app.commands.context import EXIT_OK, Context, SubCommands
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr

CONTEXT = "CLI"


def csv_bytes(result: dict[str, Any]) -> bytes:
    """One row per post of every group (a spreadsheet sorts and filters that best)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        ["group", "item", "platform", "account_id", "account_name", "posted_utc", "url"]
    )
    for number, group in enumerate(result["groups"], 1):
        for post in group["posts"]:
            writer.writerow(
                [
                    number,
                    post["item"],
                    post["platform"],
                    post["account_id"],
                    post["account_name"],
                    post["posted_utc"],
                    post["url"],
                ]
            )
    # UTF-8 with a byte-order mark, so that Excel opens Chinese text as Chinese.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _when(post: Any, zone_key: str) -> str:
    """*post*'s posting time in the case's zone, only as precisely as it was typed or shown."""
    from evidence_app.core.timefmt import instant_text

    if post is None or not post.posted_utc:
        return tr(CONTEXT, "unknown")
    text = instant_text(post.posted_utc, zone_key, precision=post.posted_precision)
    return tr(CONTEXT, "about {time}").format(time=text) if post.posted_about else text


def _posted_key(post: Any) -> tuple[str, str]:
    return (post.posted_utc, post.number)


def print_summary(ctx: Context, campaign: Any, zone_key: str = "") -> None:
    groups = campaign.groups
    with_text = sum(1 for post in campaign.posts if post.text)
    ctx.out(
        tr(
            CONTEXT,
            "{posts} items with a post text; {groups} groups of near-identical texts; {accounts} accounts.",
        ).format(posts=with_text, groups=len(groups), accounts=len(campaign.accounts))
    )
    if not groups:
        ctx.out(tr(CONTEXT, "The captured pages show no text posted more than once."))
    for number, group in enumerate(groups, 1):
        dated = [post for post in group.posts if post.posted_utc]
        ctx.out("")
        ctx.out(
            tr(CONTEXT, "Group {n}: {size} posts by {accounts} accounts").format(
                n=number, size=len(group.posts), accounts=len(group.accounts)
            )
        )
        ctx.out("    " + tr(CONTEXT, "Text: {sample}").format(sample=group.sample))
        ctx.out(
            "    "
            + tr(CONTEXT, "Posted (as the pages show): {first} – {last}").format(
                first=_when(min(dated, key=_posted_key, default=None), zone_key),
                last=_when(max(dated, key=_posted_key, default=None), zone_key),
            )
        )
        for post in group.posts:
            who = post.account_name or post.account_id or tr(CONTEXT, "account not known")
            if post.account_id and post.account_name:
                who = f"{post.account_name} ({post.platform} {post.account_id})"
            ctx.out(f"    {post.number}  {who}  {post.url}")
    if campaign.accounts:
        ctx.out("")
        ctx.out(tr(CONTEXT, "Accounts:"))
        for account in campaign.accounts:
            names = "、".join(account.names) or "—"
            ctx.out(
                f"    {account.platform} {account.account_id}  {names}  "
                + tr(CONTEXT, "items {items}").format(items=", ".join(account.items))
            )


def campaign_json(campaign: Any) -> dict[str, Any]:
    """The contract of ``campaign --json`` plus each group's posts (item, account, time, address)."""
    result = campaign.as_dict()
    for data, group in zip(result["groups"], campaign.groups, strict=True):
        data["posts"] = [
            {
                "item": post.number,
                "platform": post.platform,
                "account_id": post.account_id,
                "account_name": post.account_name,
                "posted_utc": post.posted_utc or None,
                "url": post.url,
            }
            for post in group.posts
        ]
    return dict(result)


def cmd_campaign(ctx: Context) -> int:
    from evidence_app.core.atomic import write_atomic
    from evidence_app.core.campaign import analyse_case

    with ctx.store() as store:
        case = store.get_case(ctx.args.case)
        campaign = analyse_case(store, case.id)
    result = campaign_json(campaign)
    if ctx.args.csv:
        try:
            write_atomic(Path(ctx.args.csv), csv_bytes(result))
        except OSError as error:
            raise UserError(
                "The file {path} cannot be written ({reason}).",
                path=str(ctx.args.csv),
                reason=error.strerror or str(error),
            ) from error
    if ctx.args.json:
        ctx.out_json(result)
    else:
        print_summary(ctx, campaign, case.zone_key)
    return EXIT_OK


def register(commands: SubCommands) -> None:
    p = commands.add_parser(
        "campaign",
        help=tr(
            CONTEXT, "groups of near-identical post texts in a case, and the accounts behind them"
        ),
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--csv", metavar="FILE.csv", help=tr(CONTEXT, "also write one row per grouped post")
    )
    p.set_defaults(handler=cmd_campaign)
