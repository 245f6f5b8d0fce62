"""The web capture engine against real pages from the local test site (one engine per module)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.fixtures.web_server import (
    BAND_COLOUR,
    CHINESE_MARKER,
    LAZY_MARKER,
    STRIPE_HEIGHT,
    TALL_HEIGHT,
    WebSite,
    stripe_colour,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(qapp: Any, web_site: WebSite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from evidence_app.capture.qtsupport import case_profile
    from evidence_app.capture.web import CaptureOptions, WebCaptureEngine
    from evidence_app.core.store import CaseStore

    store = CaseStore(tmp_path_factory.mktemp("capture-data"))
    case = store.create_case("Web capture tests")
    options = CaptureOptions(timeout_ms=4000, extra_ca=[web_site.ca_pem])
    engine = WebCaptureEngine(case_profile(store.data_dir, case.id, options.extra_ca), options)

    class Env:
        pass

    e = Env()
    e.store, e.case, e.engine, e.options = store, case, engine, options
    yield e
    engine.close()
    store.close()


def capture(env: Any, url: str, **changes: Any) -> Any:
    from evidence_app.capture.web import store_capture

    old = {k: getattr(env.options, k) for k in changes}
    for key, value in changes.items():
        setattr(env.options, key, value)
    try:
        result = env.engine.capture_blocking(url)
    finally:
        for key, value in old.items():
            setattr(env.options, key, value)
    try:
        return store_capture(env.store, env.case.id, result)
    finally:
        result.cleanup()


def blob(env: Any, item: Any, role: str) -> Path:
    return Path(env.store.blob_path(item.files_with_role(role)[0].sha256))


def provenance(env: Any, item: Any) -> dict[str, Any]:
    return json.loads(blob(env, item, "provenance").read_text("utf-8"))


def test_tall_page_is_stitched_completely_without_seams(env: Any, web_site: WebSite) -> None:
    item = capture(env, f"{web_site.http}/tall")
    roles = sorted(f.role for f in item.files)
    assert roles == ["full_page", "html", "mhtml", "provenance", "visible"]
    with Image.open(blob(env, item, "full_page")) as image:
        rgb = image.convert("RGB")
    assert rgb.height >= TALL_HEIGHT
    # Every 100 px stripe sits exactly where the page has it: no seam, no repeated strip.
    x = rgb.width // 2
    for index in range(TALL_HEIGHT // STRIPE_HEIGHT):
        top = index * STRIPE_HEIGHT
        for y in (top + 2, top + STRIPE_HEIGHT // 2, top + STRIPE_HEIGHT - 3):
            assert rgb.getpixel((x, y)) == stripe_colour(index), (index, y)
    assert BAND_COLOUR in {c for _n, c in rgb.getcolors(maxcolors=1 << 16)}
    with Image.open(blob(env, item, "visible")) as visible:
        assert visible.size == (env.options.viewport.width(), env.options.viewport.height())
    prov = provenance(env, item)
    assert prov["viewport"]["width"] == env.options.viewport.width()
    assert prov["http_status"] == 200
    assert item.fields["page_title"] == "Tall page"
    assert item.fields["platform"] == "127.0.0.1"


def test_chinese_page_over_https_records_marker_and_certificate(
    env: Any, web_site: WebSite
) -> None:
    url = f"{web_site.https}/chinese"
    item = capture(env, url)
    assert item.fields["url"] == url
    assert item.fields["page_title"] == "车主维权测试页"
    mhtml = blob(env, item, "mhtml").read_bytes()
    assert b"MIME-Version" in mhtml
    # MHTML encodes the text (quoted-printable); decode the HTML part to find the marker.
    import email

    message = email.message_from_bytes(mhtml)
    html_parts = [
        p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8")
        for p in message.walk()
        if p.get_content_type() == "text/html"
    ]
    assert any(CHINESE_MARKER in part for part in html_parts)
    assert CHINESE_MARKER in blob(env, item, "html").read_text("utf-8")
    prov = provenance(env, item)
    chain = prov["network"]["tls"]["chain"]
    assert chain[0]["sha256"] == web_site.leaf_sha256
    assert (
        hashlib.sha256(__import__("ssl").PEM_cert_to_DER_cert(chain[0]["pem"])).hexdigest()
        == web_site.leaf_sha256
    )
    assert prov["network"]["resolved_addresses"] == ["127.0.0.1"]
    assert prov["software"]["chromium"]
    assert prov["capture_started"]["utc"] == item.captured_utc


def test_redirect_chain_is_followed_and_recorded(env: Any, web_site: WebSite) -> None:
    item = capture(env, f"{web_site.http}/redirect/3")
    prov = provenance(env, item)
    assert prov["final_url"] == f"{web_site.http}/landing"
    assert item.fields["final_url"] == f"{web_site.http}/landing"
    assert prov["redirects"] == [
        f"{web_site.http}/redirect/2",
        f"{web_site.http}/redirect/1",
        f"{web_site.http}/landing",
    ]


def test_lazy_content_is_scrolled_into_view(env: Any, web_site: WebSite) -> None:
    item = capture(env, f"{web_site.http}/lazy")
    assert LAZY_MARKER in blob(env, item, "html").read_text("utf-8")
    with Image.open(blob(env, item, "full_page")) as image:
        assert image.height >= 2500 + 3000


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing", "HTTP status 404"),
        ("/hang", "did not finish loading"),
        ("/loop/a", "in a circle \\(a redirect loop\\)"),
    ],
)
def test_errors_store_nothing(env: Any, web_site: WebSite, path: str, expected: str) -> None:
    from evidence_app.core.errors import UserError

    before = len(env.store.list_items(env.case.id))
    with pytest.raises(UserError, match=expected):
        capture(env, f"{web_site.http}{path}", timeout_ms=2500)
    assert len(env.store.list_items(env.case.id)) == before


def test_error_page_can_be_captured_deliberately(env: Any, web_site: WebSite) -> None:
    item = capture(env, f"{web_site.http}/missing", allow_error_page=True)
    prov = provenance(env, item)
    assert prov["http_status"] == 404
    assert prov["error_page_captured_deliberately"] is True


def test_untrusted_certificate_is_refused(qapp: Any, web_site: WebSite, tmp_path: Path) -> None:
    """Without the explicitly trusted test CA, the same HTTPS page is a TLS error, not evidence."""
    from evidence_app.capture.qtsupport import case_profile
    from evidence_app.capture.web import CaptureOptions, WebCaptureEngine
    from evidence_app.core.errors import UserError

    options = CaptureOptions(timeout_ms=4000, extra_ca=[])
    engine = WebCaptureEngine(case_profile(tmp_path, "untrusting", []), options)
    try:
        with pytest.raises(UserError, match="could not be trusted"):
            engine.capture_blocking(f"{web_site.https}/chinese")
    finally:
        engine.close()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:1"])
def test_only_http_and_https(url: str) -> None:
    from evidence_app.capture.web import check_address
    from evidence_app.core.errors import UserError

    with pytest.raises(UserError, match="http:// or https://"):
        check_address(url)
