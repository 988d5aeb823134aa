"""Email: sent through the configured SMTP server, skipped when there is none. A tiny SMTP
sink on a local port stands in for the server."""

from __future__ import annotations

import re
import socketserver
import threading
from contextlib import contextmanager

from feedback.services import mail
from tests.admin.conftest import post
from tests.conftest import parse_page


class _Sink(socketserver.StreamRequestHandler):
    """Just enough SMTP to accept messages."""

    received: list[str] = []

    def handle(self):
        self.wfile.write(b"220 sink\r\n")
        body: list[bytes] | None = None
        while line := self.rfile.readline():
            if body is not None:
                if line.strip() == b".":
                    self.received.append(b"".join(body).decode())
                    body = None
                    self.wfile.write(b"250 ok\r\n")
                else:
                    body.append(line)
                continue
            command = line[:4].upper()
            if command == b"DATA":
                body = []
                self.wfile.write(b"354 go\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@contextmanager
def smtp_sink(app):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_USE_TLS=False)
    _Sink.received.clear()
    try:
        yield _Sink.received
    finally:
        app.config.update(MAIL_SERVER=None)
        server.shutdown()
        server.server_close()


def test_without_a_mail_server_nothing_is_sent(app):
    with app.app_context():
        assert mail.send("someone@example.org", "Hello", "Body") is False


def test_a_message_reaches_the_server_with_its_subject_and_body(app):
    with app.app_context(), smtp_sink(app) as received:
        assert mail.send("someone@example.org", "Two\nlines", "The body text") is True
    assert len(received) == 1
    assert "To: someone@example.org" in received[0]
    assert "Subject: Two lines" in received[0] and "The body text" in received[0]


def test_with_a_mail_server_the_invite_is_emailed_not_shown(app, admin_client, db):
    with smtp_sink(app) as received:
        response = post(
            admin_client,
            "/admin/riverside/invites",
            email="pat@example.org",
            role="analyst",
            organisation="",
        )
    assert response.status_code == 200
    assert parse_page(response).select_one("#invite-link") is None
    assert len(received) == 1 and "To: pat@example.org" in received[0]
    assert re.search(r"/admin/invites/[\w-]+", received[0])
