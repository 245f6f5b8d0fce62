"""Which account posted a page, read from its address: known platforms' URL patterns, then common ones.

The item's own ``account_id`` field always wins; this fills in only where the owner left it
empty. Patterns are kept per platform name of ``core.platforms``; a site not in that table is
read with the paths forums commonly use (``/u/ID``, ``/user/ID``, ``/people/ID``, ``/@ID``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from evidence_app.core.platforms import host_of, platform_name

# (platform, host regex, path regex with one group: the account ID). The first match wins.
URL_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("Weibo", r"(^|\.)weibo\.(com|cn)$", r"^/(?:u/)?(\d{5,})(?:/|$)"),
    ("Weibo", r"(^|\.)weibo\.(com|cn)$", r"^/(?:n|profile)/([^/?#]+)"),
    ("Douyin", r"(^|\.)douyin\.com$", r"^/user/([^/?#]+)"),
    ("Bilibili", r"^space\.bilibili\.com$", r"^/(\d+)"),
    ("Zhihu", r"(^|\.)zhihu\.com$", r"^/people/([^/?#]+)"),
    ("Xiaohongshu", r"(^|\.)xiaohongshu\.com$", r"^/user/profile/([^/?#]+)"),
    ("Dongchedi", r"(^|\.)dongchedi\.com$", r"^/user/([^/?#]+)"),
    ("Autohome", r"(^|\.)autohome\.com\.cn$", r"^/(\d{4,})(?:/|$)"),
    ("Baidu Tieba", r"^tieba\.baidu\.com$", r"^/home/main/?\?.*\bid=([^&#]+)"),
    ("X", r"(^|\.)(x|twitter)\.com$", r"^/(?!i/|home|search|explore)([A-Za-z0-9_]{1,15})(?:/|$)"),
    ("YouTube", r"(^|\.)youtube\.com$", r"^/(@[^/?#]+|channel/[^/?#]+)"),
    ("Facebook", r"(^|\.)facebook\.com$", r"^/(?!groups/|watch|story\.php)([^/?#]+)"),
)

GENERIC_PATH = re.compile(
    r"^/(?:u|user|users|people|member|space|profile|home)/([^/?#]+)|^/@([^/?#]+)"
)


def account_id_from_url(url: str) -> tuple[str, str] | None:
    """(platform, account ID) read from *url*, or None when the address does not name one."""
    host = host_of(url)
    if not host:
        return None
    parts = urlsplit(url.strip())
    path_and_query = parts.path + (f"?{parts.query}" if parts.query else "")
    for platform, host_re, path_re in URL_PATTERNS:
        if re.search(host_re, host):
            match = re.search(path_re, path_and_query)
            if match:
                return platform, match.group(1)
    match = GENERIC_PATH.search(parts.path)
    if match:
        return platform_name(host) or host, match.group(1) or match.group(2)
    return None
