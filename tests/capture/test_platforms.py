"""The platform table recognises the common platforms from an address; otherwise the host."""

from __future__ import annotations

import pytest

from evidence_app.core.platforms import platform_for_url


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://weibo.com/u/123", "Weibo"),
        ("https://m.weibo.cn/status/1", "Weibo"),
        ("https://www.douyin.com/video/7", "Douyin"),
        ("https://www.dongchedi.com/article/1", "Dongchedi"),
        ("https://club.autohome.com.cn/bbs/thread/1", "Autohome"),
        ("https://www.bilibili.com/video/BV1", "Bilibili"),
        ("https://www.xiaohongshu.com/explore/1", "Xiaohongshu"),
        ("https://www.zhihu.com/question/1", "Zhihu"),
        ("https://tieba.baidu.com/p/1", "Baidu Tieba"),
        ("https://mp.weixin.qq.com/s/abc", "WeChat"),
        ("https://x.com/someone/status/1", "X"),
        ("https://twitter.com/someone", "X"),
        ("https://www.youtube.com/watch?v=1", "YouTube"),
        ("https://www.facebook.com/someone", "Facebook"),
        ("https://forum.example.org/t/1", "forum.example.org"),
        ("https://notweibo.com/x", "notweibo.com"),
    ],
)
def test_platform_for_url(url: str, platform: str) -> None:
    assert platform_for_url(url) == platform
