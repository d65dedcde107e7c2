"""Reviewer sign-in at /-/login and sign-out at /-/logout: password checks off the event
loop, throttled guessing, signed session cookies bound to the reviewer's current password
hash, each with an id that sign-out revokes on the server.

The password hashes live only here, in memory (read from the reviewers file, re-read
when it changes); nothing of them goes into Datasette's metadata or plugin config.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import secrets
import sys
import time
import weakref
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from datasette_auth_passwords.utils import verify_password
from datasette.utils.asgi import Response
from itsdangerous import BadSignature

from .reviewers import ReviewersFileError, load_reviewers, write_private

COOKIE = "ds_actor"  # Datasette's name, so its menu offers "Log out" and /-/logout clears it
NAMESPACE = "newsfacts-session"  # not Datasette's "actor": its own cookie check never accepts ours
SESSION_SECONDS = 12 * 3600
MAX_FIELD = 1024  # characters of a name or password; longer is a failed attempt
REVOKED_FILE = "revoked-sessions.json"  # beside the reviewers file: ids of signed-out sessions
_HASHING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="newsfacts-pbkdf2")
_SIGNINS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class Throttle:
    """Failed sign-ins per key (a name, a client address); after ``free`` failures a key
    waits ``base * 2 ** (failures - free)`` seconds (at most ``cap``) before its next try.
    A key's count ends only with its own success or ``forget`` seconds without a failure."""

    def __init__(self, free: int = 3, base: float = 1.0, cap: float = 300.0, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic, forget: float = 3600.0):
        self.free, self.base, self.cap, self.max_keys, self.clock = free, base, cap, max_keys, clock
        self.forget = forget
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()

    def _count(self, key: str, now: float) -> tuple[int, float]:
        failures, last = self._failures.get(key, (0, now))
        return (0, now) if now - last > self.forget else (failures, last)

    def _delay(self, failures: int) -> float:
        return 0.0 if failures < self.free else min(self.base * 2 ** (failures - self.free), self.cap)

    def wait(self, keys: list[str]) -> float:
        """Seconds until every key in ``keys`` may try again (0: now)."""
        now = self.clock()
        waits = [self._delay(n) - (now - last) for n, last in (self._count(k, now) for k in keys)]
        return max([0.0, *waits])

    def attempt(self, keys: list[str]) -> None:
        """Count an attempt as failed up front, so concurrent guesses see it at once."""
        now = self.clock()
        for key in keys:
            failures = self._count(key, now)[0]
            self._failures.pop(key, None)
            self._failures[key] = (failures + 1, now)
        while len(self._failures) > self.max_keys:
            self._failures.popitem(last=False)

    def succeeded(self, keys: list[str], cleared: str) -> None:
        """A sign-in succeeded: its up-front count comes off every key in ``keys``, and the
        failures of ``cleared`` (the name signed in) end; the others' failures still count."""
        for key in keys:
            failures, last = self._failures.pop(key, (1, 0.0))
            if key != cleared and failures > 1:
                self._failures[key] = (failures - 1, last)


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
                self._stamp = stamp
                try:
                    self._hashes = load_reviewers(self.path)
                except (ReviewersFileError, OSError) as e:  # said once per change; the last good file stays
                    print(f"newsfacts: {e}; the reviewers read before stay in force", file=sys.stderr)
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


class SessionActor(dict):
    """The actor of one of our sessions (``session_id``: what sign-out revokes). Only
    ``SignIn.actor`` makes them: an actor decoded from any other cookie or token is a plain
    dict, and never a reviewer."""

    session_id = ""


class RevokedSessions:
    """Ids of signed-out sessions until they would have expired anyway, kept in a file
    beside the reviewers file (``REVOKED_FILE``) when there is one, so a restart keeps them."""

    def __init__(self, path: Path | None):
        self.path = path
        self._expiry: dict[str, int] = {}
        if path is not None and path.is_file():
            try:
                self._expiry = {k: int(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}
            except (ValueError, AttributeError, TypeError):
                print(f"newsfacts: {path} is not a JSON object of session ids; started afresh", file=sys.stderr)

    def __contains__(self, session_id: str) -> bool:
        return session_id in self._expiry

    def add(self, session_id: str, expires: int) -> None:
        now = time.time()
        self._expiry = {k: e for k, e in self._expiry.items() if e >= now}
        self._expiry[session_id] = expires
        if self.path is not None:
            write_private(self.path, json.dumps(self._expiry, sort_keys=True) + "\n")


class SignIn:
    """The sign-in state of one Datasette: its reviewers, the throttle, revoked sessions."""

    def __init__(self, reviewers: Reviewers, throttle: Throttle | None = None):
        self.reviewers, self.throttle = reviewers, throttle or Throttle()
        self.revoked = RevokedSessions(reviewers.path and reviewers.path.with_name(REVOKED_FILE))

    def is_reviewer(self, actor) -> bool:
        """True for the actor of a live session of ours whose name is a reviewer's."""
        return (isinstance(actor, SessionActor) and actor.session_id not in self.revoked
                and actor.get("id") in self.reviewers.hashes())

    def session(self, datasette, name: str) -> str:
        """The signed cookie value for a new session of ``name``."""
        return datasette.sign({"a": {"id": name}, "f": fingerprint(self.reviewers.hashes()[name]),
                               "s": secrets.token_urlsafe(12), "e": int(time.time()) + SESSION_SECONDS},
                              NAMESPACE)

    def _session(self, datasette, cookie: str | None) -> dict | None:
        try:
            session = datasette.unsign(cookie, NAMESPACE) if cookie else None
        except BadSignature:
            return None
        if not isinstance(session, dict) or not isinstance(session.get("e"), int) or session["e"] < time.time():
            return None
        return session if isinstance(session.get("s"), str) and session["s"] not in self.revoked else None

    def actor(self, datasette, cookie: str | None) -> SessionActor | None:
        """The actor of a valid, unexpired, not signed-out session cookie whose password is still current."""
        session = self._session(datasette, cookie)
        name = ((session or {}).get("a") or {}).get("id")
        current = self.reviewers.hashes().get(name) if isinstance(name, str) else None
        if not current or session.get("f") != fingerprint(current):
            return None
        actor = SessionActor(id=name)
        actor.session_id = session["s"]
        return actor

    def sign_out(self, datasette, cookie: str | None) -> None:
        """End the session of ``cookie`` on the server: its cookie is refused from now on."""
        session = self._session(datasette, cookie)
        if session is not None:
            self.revoked.add(session["s"], session["e"])

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
            self.throttle.succeeded(keys, cleared=keys[0])
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
        return await _login_form(datasette, request, "Innlogging krever skjemaets token: last siden på nytt.", 403)
    form = await request.post_vars()
    name, password, back = form.get("username", ""), form.get("password", ""), form.get("next", "")
    client = (request.scope.get("client") or ("?",))[0]
    signin = of(datasette)
    ok, wait = await signin.check(name, password, client)
    if wait:
        return await _login_form(datasette, request, f"For mange mislykkede innlogginger: prøv igjen om {wait:.0f} s.", 429, back)
    if not ok:
        return await _login_form(datasette, request, "Feil navn eller passord", 403, back)
    response = Response.redirect(return_path(datasette, back))
    response.set_cookie(COOKIE, signin.session(datasette, name), max_age=SESSION_SECONDS,
                        httponly=True, samesite="lax")
    return response


async def logout_page(datasette, request):
    """Datasette's /-/logout, which also ends the session on the server: GET asks, POST signs out."""
    if request.method != "POST":
        if not request.actor:
            return Response.redirect(datasette.urls.instance())
        html = await datasette.render_template("newsfacts_logout.html", {"actor": request.actor}, request=request)
        return Response.html(html)
    of(datasette).sign_out(datasette, request.cookies.get(COOKIE))
    response = Response.redirect(datasette.urls.instance())
    response.set_cookie(COOKIE, "", expires=0, max_age=0)
    datasette.add_message(request, "Du er nå logget ut", datasette.WARNING)
    return response
