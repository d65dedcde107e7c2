"""Issue #33 item 1: request bodies are bounded as they stream in, before asgi-csrf reads them.
Before: a 100 MB POST to /-/login with a CSRF cookie was read whole and parsed in the event
loop (21.8 s, other clients stalled up to 10.7 s)."""

from __future__ import annotations

import time

import pytest

from extract.serve import limits

from .helpers import csrf, post_verdict, reviews, run

CHUNK = 64 * 1024


async def _stream_post(ds, path: str, cookie: str, chunks_available: int, headers=()) -> tuple[int, int]:
    """POST to ``path`` through the whole ASGI app with a body of up to ``chunks_available``
    64 KB chunks and no Content-Length; (status, chunks the app read)."""
    read, sent = [0], []

    async def receive():
        read[0] += 1
        if read[0] > chunks_available:
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": b"a" * CHUNK, "more_body": True}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "http_version": "1.1", "method": "POST", "scheme": "http", "path": path,
             "raw_path": path.encode(), "query_string": b"", "root_path": "", "client": ("127.0.0.1", 1),
             "server": ("127.0.0.1", 80),
             "headers": [(b"host", b"localhost"), (b"cookie", f"ds_csrftoken={cookie}".encode()),
                         (b"content-type", b"application/x-www-form-urlencoded"), *headers]}
    await ds.app()(scope, receive, send)
    return next(m["status"] for m in sent if m["type"] == "http.response.start"), read[0]


@pytest.mark.parametrize("path, limit", [("/-/login", limits.FORM_LIMIT),
                                         ("/-/review/fact/se-heidner-nce", limits.FORM_LIMIT),
                                         ("/newsfacts/articles", limits.POST_LIMIT)])
def test_streamed_body_is_cut_off_at_its_limit(ds, path, limit):
    """A body with no Content-Length: read only up to the limit (before: 100 MB read whole)."""
    async def scenario():
        cookie = (await csrf(ds))[0]["ds_csrftoken"]
        status, chunks = await _stream_post(ds, path, cookie, chunks_available=320)  # 20 MB
        assert status == 413
        assert chunks <= limit // CHUNK + 2, f"read {chunks * CHUNK:,} bytes of a {limit:,}-byte limit"
    run(scenario())


def test_declared_large_body_is_refused_before_reading(ds):
    async def scenario():
        cookie = (await csrf(ds))[0]["ds_csrftoken"]
        started = time.perf_counter()
        status, chunks = await _stream_post(ds, "/-/login", cookie, chunks_available=1600,
                                            headers=[(b"content-length", str(100 * 1024 * 1024).encode())])
        assert (status, chunks) == (413, 0) and time.perf_counter() - started < 1.0
    run(scenario())


def test_large_login_form_is_413_and_a_normal_one_still_signs_in(ds):
    async def scenario():
        cookies, token = await csrf(ds)
        big = await ds.client.post("/-/login", cookies=cookies,
                                   data={"csrftoken": token, "username": "kari", "password": "x" * 200_000})
        assert big.status_code == 413 and "ds_actor" not in big.cookies
        ok = await ds.client.post("/-/login", cookies=cookies,
                                  data={"csrftoken": token, "username": "kari", "password": "kari-passord"})
        assert ok.status_code == 302 and "ds_actor" in ok.cookies
    run(scenario())


def test_multipart_post_is_415_not_500(ds):
    """Before: asgi-csrf 0.11 crashed on python-multipart's API (TypeError, 500)."""
    async def scenario():
        cookies, token = await csrf(ds)
        response = await ds.client.post("/-/login", cookies=cookies,
                                        files={"csrftoken": (None, token), "username": (None, "kari")})
        assert response.status_code == 415
    run(scenario())


def test_pages_carry_frame_and_content_policy_headers(ds):
    async def scenario():
        for path in ("/", "/-/review", "/-/login", "/newsfacts/articles", "/finnes-ikke"):
            headers = (await ds.client.get(path)).headers
            assert headers["x-frame-options"] == "DENY", path
            assert "frame-ancestors 'none'" in headers["content-security-policy"], path
            assert "object-src 'none'" in headers["content-security-policy"], path
    run(scenario())


def test_the_largest_valid_verdict_form_fits(ds, kb_path):
    """A 4,000-character note and the correction fields at 500 characters each, all of
    three-byte characters (9 bytes percent-encoded): about 76 KB."""
    fields = {f"field:{name}": "–" * 500 for name in ("text", "unit", "qualifier", "measure", "cluster",
                                                       "currency", "period", "value", "value_high")}
    async def scenario():
        response = await post_verdict(ds, "am-7-5-mill", verdict="rejected", note="–" * 4000, **fields)
        assert response.status_code == 302
    run(scenario())
    assert reviews(kb_path)[0]["note"] == "–" * 4000
