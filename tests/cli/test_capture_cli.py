"""``evidence-app add url`` and ``add screen`` as real headless processes."""

from __future__ import annotations

import json

import pytest

from tests.fixtures.web_server import WebSite

pytestmark = pytest.mark.slow


def test_add_url_headless(cli, web_site: WebSite) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "--title", "CLI capture").lines[0]
    env = {"EVIDENCE_APP_EXTRA_CA": str(web_site.ca_pem)}
    result = cli(
        "add", "url", case_id, f"{web_site.https}/chinese", "--field", "purpose=证明诽谤", env=env
    )
    assert result.code == 0, result.err
    item_id = result.lines[-1]
    shown = json.loads(cli("case", "show", case_id, "--json").out)
    (item,) = shown["items"]
    assert item["id"] == item_id
    assert item["category"] == "post"
    assert item["fields"]["purpose"] == "证明诽谤"
    assert item["fields"]["final_url"] == f"{web_site.https}/chinese"
    assert {f["role"] for f in item["files"]} == {
        "visible",
        "full_page",
        "mhtml",
        "html",
        "provenance",
    }
    missing = cli("add", "url", case_id, f"{web_site.http}/missing", "--timeout", "5", env=env)
    assert missing.code == 2
    assert "404" in missing.err and "Traceback" not in missing.err
    bad = cli("add", "url", case_id, "file:///etc/passwd")
    assert bad.code == 2 and "http://" in bad.err
    assert len(json.loads(cli("case", "show", case_id, "--json").out)["items"]) == 1
    screen = cli("add", "screen", case_id, "--screen", "0")
    assert screen.code == 0, screen.err
    shown = json.loads(cli("case", "show", case_id, "--json").out)
    assert [f["role"] for f in shown["items"][1]["files"]] == ["visible", "provenance"]
