"""The reviewers file: a JSON object mapping reviewer name -> password hash.

Hashes are made with datasette-auth-passwords' ``hash_password``; ``signin`` checks them at /-/login.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from pathlib import Path

from datasette_auth_passwords.utils import hash_password

DEFAULT_REVIEWERS = Path("output/reviewers.json")
REVIEWERS_ENV = "NEWSFACTS_REVIEWERS"
SECRET_ENV = "DATASETTE_SECRET"
SECRET_FILE = "datasette-secret"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
PRIVATE = 0o600
MIN_PASSWORD = 10  # characters
WORLD_WRITABLE = 0o002  # others (not owner, not group) may write


class ReviewersFileError(ValueError):
    """A reviewers file that is not a JSON object of name -> password hash."""


class UnsafeSecretFile(RuntimeError):
    """A signing-secret file someone other than the serving user could have written."""


def reviewers_path(path: str | Path | None = None) -> Path:
    """The reviewers file: ``path``, else $NEWSFACTS_REVIEWERS, else output/reviewers.json."""
    return Path(path or os.environ.get(REVIEWERS_ENV) or DEFAULT_REVIEWERS)


def load_reviewers(path: str | Path) -> dict[str, str]:
    """Reviewer name -> password hash; empty if the file does not exist;
    ReviewersFileError if it is not a JSON object of strings."""
    path = Path(path)
    if not path.exists():
        return {}
    try:
        reviewers = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ReviewersFileError(f"reviewers file {path} is not valid JSON ({e})") from None
    if not isinstance(reviewers, dict) or not all(isinstance(v, str) for v in reviewers.values()):
        raise ReviewersFileError(f"reviewers file {path} is not a JSON object of name -> password hash")
    return reviewers


def add_reviewer(path: str | Path, name: str, password: str) -> None:
    """Add a reviewer (or replace their password) in the reviewers file."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"invalid reviewer name {name!r}: use letters, digits, '.', '_' or '-'")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"the password needs at least {MIN_PASSWORD} characters")
    path = Path(path)
    reviewers = load_reviewers(path)
    reviewers[name] = hash_password(password)
    write_private(path, json.dumps(reviewers, indent=2, sort_keys=True) + "\n")


def remove_reviewer(path: str | Path, name: str) -> bool:
    """Remove a reviewer from the reviewers file (ending their sessions); False if unknown."""
    path = Path(path)
    reviewers = load_reviewers(path)
    if reviewers.pop(name, None) is None:
        return False
    write_private(path, json.dumps(reviewers, indent=2, sort_keys=True) + "\n")
    return True


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a new file that is mode 600 from its creation,
    renamed over the old one (so an old file readable by others is replaced, not reused)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _private(path: Path) -> bool:
    return not path.stat().st_mode & 0o077


def check_secret_place(path: Path) -> None:
    """UnsafeSecretFile unless the secret file (if there is one) belongs to the serving user
    and its directory is neither writable by others nor another user's (who could plant or
    swap it)."""
    folder = path.parent if path.parent.exists() else None
    if folder is not None and (folder.stat().st_mode & WORLD_WRITABLE or folder.stat().st_uid not in (os.geteuid(), 0)):
        raise UnsafeSecretFile(f"{folder} is writable by other users: keep the signing secret elsewhere "
                               f"(--reviewers in a private directory, or ${SECRET_ENV})")
    if path.exists() and path.stat().st_uid != os.geteuid():
        raise UnsafeSecretFile(f"{path} belongs to another user: remove it or set ${SECRET_ENV}")


def signing_secret(reviewers_file: str | Path) -> str:
    """The secret Datasette signs sign-in cookies with: $DATASETTE_SECRET, else the
    ``datasette-secret`` file beside the reviewers file (created, mode 600, on first use),
    so restarting ``newsfacts serve`` does not sign reviewers out. A secret file others
    can read is replaced by a new secret (which signs everybody out); one another user
    owns, or in a directory others can write to, is refused (UnsafeSecretFile)."""
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV]
    path = Path(reviewers_file).with_name(SECRET_FILE)
    check_secret_place(path)
    secret = path.read_text(encoding="utf-8").strip() if path.exists() and _private(path) else ""
    if not secret:  # missing, emptied or readable by others: never sign with a known key
        secret = secrets.token_hex(32)
        write_private(path, secret + "\n")
    return secret
