"""ASGI middleware around all of Datasette (the ``asgi_wrapper`` hook): request bodies
bounded as they stream in, before asgi-csrf or any view reads them, and the headers that
keep pages out of other sites' frames.

asgi-csrf reads a form body whole, in the event loop, appending chunk to chunk (quadratic:
100 MB took 21.8 s and stalled every other client up to 10.7 s). Here a body over its
limit is refused with 413 as soon as it declares or reaches that size, and a body within
it is handed on in one message, so parsing it is cheap.
"""

from __future__ import annotations

import re

FORM_LIMIT = 128 * 1024  # bytes: sign-in, sign-out and verdict forms (any valid verdict, percent-encoded, fits)
POST_LIMIT = 1024 * 1024  # bytes: any other request body (Datasette's canned-query writes, tools)
SMALL_FORMS = re.compile(r"/-/(login|logout|review/fact/[^/]+|review/undo)")
BODILESS = {"GET", "HEAD", "OPTIONS"}
FORM_TYPES = (b"", b"application/x-www-form-urlencoded", b"application/json")
SECURITY_HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy",
     # Datasette's own pages carry inline scripts; nothing loads from another site
     b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
     b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
]


def body_limit(path: str) -> int:
    """The most bytes a request body to ``path`` may have."""
    return FORM_LIMIT if SMALL_FORMS.fullmatch(path) else POST_LIMIT


def _header(scope, name: bytes) -> bytes:
    return next((v for k, v in scope.get("headers", []) if k.lower() == name), b"")


async def refuse(send, status: int, message: str) -> None:
    """Answer with ``status`` and a one-line plain-text ``message``, closing the connection."""
    body = message.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def _declared_too_large(scope, limit: int) -> bool:
    length = _header(scope, b"content-length")
    return bool(length) and (not length.isdigit() or int(length) > limit)


async def read_body(receive, limit: int) -> bytes | None:
    """The whole body, or None once it passes ``limit`` bytes (or the client left)."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _replaying(body: bytes, receive):
    """A ``receive`` that gives ``body`` in one message, then what the client sends next."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replay():
        return pending.pop() if pending else await receive()

    return replay


def _with_security_headers(send):
    async def sending(message):
        if message["type"] == "http.response.start":
            names = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            message = dict(message, headers=[*message.get("headers", []), *extra])
        await send(message)

    return sending


def limit_requests(app):
    """``app`` behind the body limits and security headers described above."""

    async def limited(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        send = _with_security_headers(send)
        if scope["method"] in BODILESS:
            return await app(scope, receive, send)
        limit = body_limit(scope["path"])
        content_type = _header(scope, b"content-type").split(b";")[0].strip().lower()
        if content_type not in FORM_TYPES:
            return await refuse(send, 415, "Send skjemaer som application/x-www-form-urlencoded.")
        body = None if _declared_too_large(scope, limit) else await read_body(receive, limit)
        if body is None:
            return await refuse(send, 413, f"Forespørselen er større enn {limit} byte.")
        if not _is_utf8(body):  # asgi-csrf and Datasette would fail decoding it (500)
            return await refuse(send, 400, "Forespørselen er ikke UTF-8.")
        return await app(scope, _replaying(body, receive), send)

    return limited
