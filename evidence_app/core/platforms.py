"""Which platform a captured address belongs to: a table of hosts shared by capture, bundle and UI."""

from __future__ import annotations

from urllib.parse import urlsplit

# (platform name, host suffixes). Names are proper nouns kept as the platforms write them; the
# first match wins, so a more specific host (mp.weixin.qq.com) comes before a broader one.
PLATFORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("WeChat", ("mp.weixin.qq.com", "weixin.qq.com")),
    ("Weibo", ("weibo.com", "weibo.cn", "m.weibo.cn")),
    ("Douyin", ("douyin.com", "iesdouyin.com", "v.douyin.com")),
    ("Dongchedi", ("dongchedi.com",)),
    ("Autohome", ("autohome.com.cn", "che168.com")),
    ("Bilibili", ("bilibili.com", "b23.tv")),
    ("Xiaohongshu", ("xiaohongshu.com", "xhslink.com")),
    ("Zhihu", ("zhihu.com", "zhuanlan.zhihu.com")),
    ("Baidu Tieba", ("tieba.baidu.com",)),
    ("X", ("x.com", "twitter.com", "t.co")),
    ("YouTube", ("youtube.com", "youtu.be")),
    ("Facebook", ("facebook.com", "fb.com", "fb.watch")),
)


def host_of(url: str) -> str:
    """The lower-case host of *url* ("" when there is none)."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def platform_name(host: str) -> str | None:
    """The recognised platform of *host*, or None."""
    host = host.lower().rstrip(".")
    for name, suffixes in PLATFORMS:
        for suffix in suffixes:
            if host == suffix or host.endswith("." + suffix):
                return name
    return None


def platform_for_url(url: str) -> str:
    """The platform of *url* for the ``platform`` field: a known name, else the host itself."""
    host = host_of(url)
    return platform_name(host) or host
