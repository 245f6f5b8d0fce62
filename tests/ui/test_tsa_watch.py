"""Trusted time in the background, against the real certomancer TSA: the status bar says the server
is not reachable and how many files wait; when the same address answers again, the waiting files
are stamped without the owner doing anything."""

from __future__ import annotations

import selectors
import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlparse

from evidence_app.core.settings import Settings
from evidence_app.core.store import NewFile
from tests.ui.conftest import png_bytes


class _Forward(socketserver.BaseRequestHandler):
    """Pipes one connection to the real TSA: the "network" between the app and the server."""

    target: tuple[str, int]

    def handle(self) -> None:
        with socket.create_connection(self.target) as upstream:
            pairs = {self.request: upstream, upstream: self.request}
            with selectors.DefaultSelector() as selector:
                for sock in pairs:
                    selector.register(sock, selectors.EVENT_READ)
                while True:
                    for key, _ in selector.select(timeout=10):
                        data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                        if not data:
                            return
                        pairs[key.fileobj].sendall(data)  # type: ignore[index]


@contextmanager
def network_back(port: int, target: str) -> Iterator[None]:
    """From now on, 127.0.0.1:*port* reaches the TSA at *target* (it refused connections before)."""
    parsed = urlparse(target)
    handler = type("Forward", (_Forward,), {"target": (parsed.hostname, parsed.port)})
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    server = socketserver.ThreadingTCPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_waiting_files_are_stamped_when_the_tsa_answers_again(
    qtbot, store, tsa, dead_tsa_url
) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.core.trusted_time import check_token
    from evidence_app.ui.errors import ErrorPresenter, set_presenter
    from evidence_app.ui.main_window import MainWindow

    dead = urlparse(dead_tsa_url)
    url = f"http://127.0.0.1:{dead.port}{urlparse(tsa.url).path}"  # dead now; the TSA's path
    case = store.create_case("离线取证", "李女士", "2025年1月起有人在微博造谣我的车自燃。")
    item = store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.example/1"},
        [NewFile("window", "w.png", data=png_bytes())],
    )
    presenter = ErrorPresenter(store.data_dir, dialogs=False)
    set_presenter(presenter)
    window = MainWindow(store, Settings(tsa_urls=[url]))
    window.presenter = presenter
    qtbot.addWidget(window)
    window.tsa_watch.timer.setInterval(300)  # a minute in the app
    try:
        window.show()
        qtbot.waitUntil(lambda: window.tsa_watch.reachable is False, timeout=10_000)
        assert window.tsa_watch.pending == 1
        status = window.status_tsa.text()
        assert "not reachable" in status and "1 file(s) wait" in status
        qtbot.waitUntil(lambda: window.case is not None and not window.loading)
        assert window.item_model.index(0, 6).data() == "waiting"

        # The next poll finds the server, stamps the waiting file and re-reads the open case.
        with (
            network_back(dead.port, tsa.url),
            qtbot.waitSignals([window.tsa_watch.stamped, window.caseChanged], timeout=30_000),
        ):
            pass
        [token] = store.get_item(case.id, item.id).files_with_role("tsr")
        assert token.meta["stamps"]["sha256"] == item.files[0].sha256
        assert (
            check_token(
                store.blob_path(token.sha256).read_bytes(),
                item.files[0].sha256,
                [tsa.root_cert_path.read_bytes()],
            )
            == []
        )
        assert window.tsa_watch.reachable and window.tsa_watch.pending == 0
        assert window.status_tsa.text() == "Time-stamp server: reachable"
        assert window.item_model.index(0, 6).data() == "✓ stamped"
        assert "time-stamped" in window.statusBar().currentMessage()
    finally:
        window.close()
        set_presenter(None)


def test_the_waiting_count_names_items_and_forgets_a_withdrawn_one(
    qtbot, store, dead_tsa_url
) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.ui.errors import ErrorPresenter, set_presenter
    from evidence_app.ui.main_window import MainWindow

    case = store.create_case("离线取证", "李女士", "2025年1月起有人在微博造谣我的车自燃。")
    store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.example/1"},
        [
            NewFile("window", "w.png", data=png_bytes()),
            NewFile("mhtml", "p.mhtml", data=b"page"),
        ],
    )
    later = store.add_item(
        case.id, "other", {}, [NewFile("original", "x.png", data=png_bytes(color=(0, 90, 0)))]
    )
    presenter = ErrorPresenter(store.data_dir, dialogs=False)
    set_presenter(presenter)
    window = MainWindow(store, Settings(tsa_urls=[dead_tsa_url]))
    window.presenter = presenter
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.tsa_watch.reachable is False, timeout=10_000)
        assert "3 file(s) wait for a time-stamp (2 item(s))" in window.status_tsa.text()
        qtbot.waitUntil(lambda: window.case is not None and not window.loading)
        store.withdraw_item(case.id, later.id, "taken by mistake")
        window.reload_case()
        qtbot.waitUntil(
            lambda: "2 file(s) wait for a time-stamp (1 item(s))" in window.status_tsa.text(),
            timeout=10_000,
        )
    finally:
        window.close()
        set_presenter(None)
