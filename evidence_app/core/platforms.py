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


# What owners type for each platform besides its name (compared without case and spaces): the
# filter lists each platform once ("微博" and "Weibo" are one), in the reader's language.
ALIASES: dict[str, tuple[str, ...]] = {
    "WeChat": ("微信", "微信公众号", "公众号", "weixin"),
    "Weibo": ("微博", "新浪微博", "sinaweibo"),
    "Douyin": ("抖音",),
    "Dongchedi": ("懂车帝",),
    "Autohome": ("汽车之家", "二手车之家"),
    "Bilibili": ("哔哩哔哩", "b站"),
    "Xiaohongshu": ("小红书", "rednote"),
    "Zhihu": ("知乎",),
    "Baidu Tieba": ("百度贴吧", "贴吧", "tieba"),
    "X": ("twitter", "推特"),
    "YouTube": ("油管",),
    "Facebook": ("脸书",),
}
_BY_ALIAS = {
    "".join(alias.casefold().split()): name
    for name, aliases in ALIASES.items()
    for alias in (name, *aliases)
}


def _platform_words() -> tuple[str, ...]:
    # The names as translatable words (tools/i18n.py reads these calls).
    from evidence_app.core.i18n import N_

    return (
        N_("Platforms", "WeChat"),
        N_("Platforms", "Weibo"),
        N_("Platforms", "Douyin"),
        N_("Platforms", "Dongchedi"),
        N_("Platforms", "Autohome"),
        N_("Platforms", "Bilibili"),
        N_("Platforms", "Xiaohongshu"),
        N_("Platforms", "Zhihu"),
        N_("Platforms", "Baidu Tieba"),
        N_("Platforms", "X"),
        N_("Platforms", "YouTube"),
        N_("Platforms", "Facebook"),
    )


def canonical_platform(text: str) -> str:
    """One name per platform: ``微博``, ``weibo`` and ``Weibo`` → ``Weibo``; others as typed."""
    return _BY_ALIAS.get("".join(text.casefold().split()), text.strip())


def platform_label(text: str, lang: str | None = None) -> str:
    """The platform's name in the reader's language (``Weibo`` → ``微博``); others as typed."""
    name = canonical_platform(text)
    if name in ALIASES:
        from evidence_app.core.i18n import tr

        return tr("Platforms", name, lang)
    return name
