"""Builds the hostile corpus at test time (nothing big is committed).

``build(root)`` writes the files and returns, per top-level file name, what the run
must make of it: ``"article"`` (at least one sane article), ``"error"`` (at least one
recorded error), ``"either"``, or ``"no article"`` (errors allowed, articles not).
"""

from __future__ import annotations

import gzip
import io
import json
import random
import tarfile
import zipfile
from pathlib import Path

SENTENCE = "NCE Marin fikk 12 millioner kroner fra Innovasjon Norge 3. mars 2021, sier daglig leder Kari Nordmann. "


def _zeros_zip(path: Path, member: str, megabytes: int) -> None:
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open(member, "w", force_zip64=True) as f:
            for _ in range(megabytes):
                f.write(chunk)


def build(root: Path) -> dict[str, str]:
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    expect: dict[str, str] = {}

    # empty files of every kind
    for name in ("empty.html", "empty.txt", "empty.json", "empty.zip", "empty.gz"):
        (root / name).write_bytes(b"")
        expect[name] = "error"
    for name in ("empty.jsonl", "empty.csv"):  # zero records: nothing to store or record
        (root / name).write_bytes(b"")
        expect[name] = "no article"

    # binary junk under every extension
    junk = bytes(rng.getrandbits(8) for _ in range(64 * 1024))
    for name in ("junk.html", "junk.txt", "junk.jsonl", "junk.json", "junk.csv", "junk.zip", "junk.tar.gz",
                 "junk.warc.gz", "junk.txt.gz"):
        (root / name).write_bytes(junk)
        expect[name] = "either"  # junk may decode to a (nonsense) text article: sane, not a crash

    # invalid UTF-8 inside otherwise good text
    (root / "invalid-utf8.txt").write_bytes(
        b"Klyngen vokser\n\n" + SENTENCE.encode() + b"\xff\xfe\xc3\x28\xa0\xa1 " + SENTENCE.encode() + b"\xed\xa0\x80\n")
    expect["invalid-utf8.txt"] = "article"
    (root / "invalid-utf8.html").write_bytes(
        b"<html><head><meta charset='utf-8'><title>Ugyldig</title></head><body><article><h1>Ugyldig</h1><p>"
        + SENTENCE.encode() + b"\xc3\x28\xff</p><p>" + SENTENCE.encode() + b"</p></article></body></html>")
    expect["invalid-utf8.html"] = "article"

    # a 20 MB article (just under the reader's 20 MiB bound)
    paragraph = (SENTENCE * 8).encode() + b"\n\n"
    with (root / "huge.txt").open("wb") as f:
        f.write("Et enormt dokument\n\n".encode())
        written = 0
        while written < 20_000_000 - len(paragraph):
            f.write(paragraph)
            written += len(paragraph)
    expect["huge.txt"] = "article"
    # and one just over the bound
    with (root / "too-big.html").open("wb") as f:
        f.write(b"<html><body><p>")
        f.write(b"a " * (11 * 1024 * 1024))
        f.write(b"</p></body></html>")
    expect["too-big.html"] = "error"

    # 10,000-deep nested HTML
    depth = 10_000
    (root / "deep.html").write_text(
        "<html><head><title>Dyp</title></head><body>" + "<div>" * depth + f"<p>{SENTENCE}</p>"
        + "</div>" * depth + "</body></html>", encoding="utf-8")
    expect["deep.html"] = "either"
    (root / "deep-unclosed.html").write_text(
        "<html><body>" + "<span><b><i>" * depth + SENTENCE, encoding="utf-8")
    expect["deep-unclosed.html"] = "either"

    # compression bombs: zip, gzip, a zip inside a zip
    _zeros_zip(root / "bomb.zip", "bomb.txt", 60)
    expect["bomb.zip"] = "error"
    with gzip.open(root / "bomb.txt.gz", "wb", compresslevel=9) as f:
        chunk = b"\0" * (1024 * 1024)
        for _ in range(60):
            f.write(chunk)
    expect["bomb.txt.gz"] = "error"
    inner = root / "inner.zip.tmp"
    _zeros_zip(inner, "inner.txt", 40)
    with zipfile.ZipFile(root / "nested-bomb.zip", "w", compression=zipfile.ZIP_STORED) as zf:
        zf.write(inner, "level1.zip")
    inner.unlink()
    expect["nested-bomb.zip"] = "error"

    # archive members with ../ and absolute paths, and a symlink in a tar
    good = f"<html><body><article><h1>Sti</h1><p>{SENTENCE}</p></article></body></html>".encode()
    with zipfile.ZipFile(root / "traversal.zip", "w") as zf:
        zf.writestr("../../escape-zip.html", good)
        zf.writestr("/tmp/escape-abs.html", good)
        zf.writestr("ok/../../../escape-mid.txt", "Tittel\n\n" + SENTENCE)
    expect["traversal.zip"] = "either"
    with tarfile.open(root / "traversal.tar", "w") as tf:
        for name, data in (("../escape-tar.html", good), ("/etc/escape-abs.txt", ("Tittel\n\n" + SENTENCE).encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.html")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
        hard = tarfile.TarInfo("hard.html")
        hard.type = tarfile.LNKTYPE
        hard.linkname = "../../../../etc/passwd"
        tf.addfile(hard)
    expect["traversal.tar"] = "either"

    # JSON lines with wrong types (and one good line, which must get through)
    lines = [
        json.dumps({"id": 5, "title": ["a", "b"], "text": {"x": 1}}),
        json.dumps({"id": None, "text": 12345}),
        json.dumps([1, 2, 3]),
        json.dumps("just a string"),
        "null",
        json.dumps({"text": ["liste", "av", "avsnitt"], "published": {"year": 2021}}),
        json.dumps({"authors": 7, "title": 7, "published": 20210101, "text": "Tekst om Arena Pro. " + SENTENCE}),
        "{" * 5000 + "}" * 5000,
        "[" * 100_000 + "]" * 100_000,
        "{not json at all",
        json.dumps({"id": "god", "title": "God sak", "text": SENTENCE * 3}),
    ]
    (root / "wrong-types.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expect["wrong-types.jsonl"] = "article"
    (root / "wrong-types.json").write_text(json.dumps({"articles": "no"}), encoding="utf-8")
    expect["wrong-types.json"] = "either"
    (root / "wrong-types.csv").write_bytes(b"id,title,text\n1,\"unterminated,\n\x00\x00,\xff\xfe\n")
    expect["wrong-types.csv"] = "either"

    # an HTML page with script and style only
    (root / "script-only.html").write_text(
        "<html><head><style>body{color:red}</style><script>var tekst = 'NCE Marin fikk 5 millioner';</script>"
        "</head><body><script>document.write('<p>hei</p>')</script><style>p{}</style><noscript></noscript>"
        "</body></html>", encoding="utf-8")
    expect["script-only.html"] = "error"
    return expect
