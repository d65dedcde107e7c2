"""Reviewer sign-in at /-/login: password checks off the event loop, throttled guessing,
signed session cookies bound to the reviewer's current password hash.

The password hashes live only here, in memory (read from the reviewers file, re-read
when it changes); nothing of them goes into Datasette's metadata or plugin config.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import secrets
import time
import weakref
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from datasette_auth_passwords.utils import verify_password
from datasette.utils.asgi import Response
from itsdangerous import BadSignature

from .reviewers import load_reviewers

COOKIE = "ds_actor"  # Datasette's name, so its menu offers "Log out" and /-/logout clears it
NAMESPACE = "newsfacts-session"  # not Datasette's "actor": its own cookie check never accepts ours
SESSION_SECONDS = 12 * 3600
MAX_FIELD = 1024  # characters of a name or password; longer is a failed attempt
_HASHING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="newsfacts-pbkdf2")
_SIGNINS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class Throttle:
    """Failed sign-ins per key (a name, a client address); after ``free`` failures a key
    waits ``base * 2 ** (failures - free)`` seconds (at most ``cap``) before its next try."""

    def __init__(self, free: int = 3, base: float = 1.0, cap: float = 300.0, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic):
        self.free, self.base, self.cap, self.max_keys, self.clock = free, base, cap, max_keys, clock
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()

    def _delay(self, failures: int) -> float:
        return 0.0 if failures < self.free else min(self.base * 2 ** (failures - self.free), self.cap)

    def wait(self, keys: list[str]) -> float:
        """Seconds until every key in ``keys`` may try again (0: now)."""
        now = self.clock()
        waits = [self._delay(n) - (now - last) for n, last in (self._failures.get(k, (0, now)) for k in keys)]
        return max([0.0, *waits])

    def attempt(self, keys: list[str]) -> None:
        """Count an attempt as failed up front, so concurrent guesses see it at once."""
        for key in keys:
            failures = self._failures.pop(key, (0, 0.0))[0]
            self._failures[key] = (failures + 1, self.clock())
        while len(self._failures) > self.max_keys:
            self._failures.popitem(last=False)

    def succeeded(self, keys: list[str]) -> None:
        for key in keys:
            self._failures.pop(key, None)


class Reviewers:
    """Reviewer name -> password hash, from a dict or a reviewers file re-read when it changes."""

    def __init__(self, source: dict[str, str] | str | Path | None):
        self.path = None if isinstance(source, dict) or source is None else Path(source)
        self._stamp: tuple | None = None
        self._hashes = dict(source) if isinstance(source, dict) else {}
        self._dummy = ""

    def hashes(self) -> dict[str, str]:
        if self.path is not None:
            try:
                stat = os.stat(self.path)
                stamp: tuple | None = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
            except FileNotFoundError:
                stamp = None
            if stamp != self._stamp:
                self._stamp, self._hashes = stamp, load_reviewers(self.path)
        return self._hashes

    def check_hash(self, name: str) -> str:
        """The hash to check a password for ``name`` against: for an unknown name a dummy
        with the iterations of a real one (the same time), which no password matches."""
        hashes = self.hashes()
        if not self._dummy:
            self._dummy = _dummy_hash(hashes)
        return hashes.get(name) or self._dummy


def _dummy_hash(hashes: dict[str, str]) -> str:
    """A hash in datasette-auth-passwords' format with a random digest (made without hashing)."""
    iterations = next((h.split("$")[1] for h in hashes.values() if h.count("$") == 3), "480000")
    digest = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
    return f"pbkdf2_sha256${iterations}${secrets.token_hex(16)}${digest}"


def fingerprint(password_hash: str) -> str:
    """What a session cookie carries of the hash: a new password (or none) ends the session."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:20]


class SignIn:
    """The sign-in state of one Datasette: its reviewers and the throttle."""

    def __init__(self, reviewers: Reviewers, throttle: Throttle | None = None):
        self.reviewers, self.throttle = reviewers, throttle or Throttle()

    def is_reviewer(self, name: str) -> bool:
        return name in self.reviewers.hashes()

    def session(self, datasette, name: str) -> str:
        """The signed cookie value for a session of ``name``."""
        return datasette.sign({"a": {"id": name}, "f": fingerprint(self.reviewers.hashes()[name]),
                               "e": int(time.time()) + SESSION_SECONDS}, NAMESPACE)

    def actor(self, datasette, cookie: str | None) -> dict | None:
        """The actor of a valid, unexpired session cookie whose password is still current."""
        try:
            session = datasette.unsign(cookie, NAMESPACE) if cookie else None
        except BadSignature:
            return None
        if not isinstance(session, dict) or int(session.get("e", 0)) < time.time():
            return None
        name = (session.get("a") or {}).get("id")
        current = self.reviewers.hashes().get(name)
        return {"id": name} if current and session.get("f") == fingerprint(current) else None

    def _verify(self, name: str, password: str) -> bool:
        """PBKDF2 (in a worker thread)."""
        return verify_password(password, self.reviewers.check_hash(name))

    async def check(self, name: str, password: str, client: str) -> tuple[bool, float]:
        """(signed in?, seconds to wait before trying again); hashes in a worker thread."""
        keys = [f"name:{name}", f"client:{client}"]
        wait = self.throttle.wait(keys)
        if wait > 0:
            return False, wait
        self.throttle.attempt(keys)
        loop = asyncio.get_running_loop()
        verified = await loop.run_in_executor(_HASHING, self._verify, name, password[:MAX_FIELD])
        ok = verified and len(password) <= MAX_FIELD  # a dummy hash (unknown name) never verifies
        if ok:
            self.throttle.succeeded(keys)
        return ok, 0.0


def attach(datasette, reviewers: dict[str, str] | str | Path | None) -> SignIn:
    """Give ``datasette`` its sign-in state (reviewers as a dict or a reviewers file)."""
    _SIGNINS[datasette] = SignIn(Reviewers(reviewers))
    return _SIGNINS[datasette]


def of(datasette) -> SignIn:
    """The sign-in state of ``datasette`` (no reviewers if ``attach`` was never called)."""
    if datasette not in _SIGNINS:
        attach(datasette, None)
    return _SIGNINS[datasette]


def return_path(datasette, value: str | None) -> str:
    """Where sign-in returns to: ``value`` if it is a path on this server (never another
    site: no '//' or backslash, nothing unprintable), else the review queue."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value and value.isprintable():
        return value
    return datasette.urls.path("/-/review")


async def _login_form(datasette, request, error: str | None, status: int = 200, back: str | None = None) -> Response:
    back = return_path(datasette, back if back is not None else request.args.get("next"))
    html = await datasette.render_template("newsfacts_login.html", {"error": error, "next": back}, request=request)
    return Response.html(html, status=status)


async def login_page(datasette, request):
    """GET: the sign-in form. POST: check name and password; on success a session cookie
    and back to the page in ``next`` (the review queue by default)."""
    if request.method != "POST":
        return await _login_form(datasette, request, None)
    if not request.cookies.get("ds_csrftoken"):  # Datasette checks the token only when cookies came
        return await _login_form(datasette, request, "Sign-in needs the form's token: reload the page.", 403)
    form = await request.post_vars()
    name, password, back = form.get("username", ""), form.get("password", ""), form.get("next", "")
    client = (request.scope.get("client") or ("?",))[0]
    signin = of(datasette)
    ok, wait = await signin.check(name, password, client)
    if wait:
        return await _login_form(datasette, request, f"Too many failed sign-ins: try again in {wait:.0f} s.", 429, back)
    if not ok:
        return await _login_form(datasette, request, "Invalid name or password", 403, back)
    response = Response.redirect(return_path(datasette, back))
    response.set_cookie(COOKIE, signin.session(datasette, name), max_age=SESSION_SECONDS,
                        httponly=True, samesite="lax")
    return response
