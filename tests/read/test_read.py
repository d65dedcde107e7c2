"""Read stage: every dump format, archives, bounds and bad input."""

from __future__ import annotations

import gzip
import io
import json
import random
import tarfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extract.read import Limits, ReadError, iter_documents
from extract.types import Failure, NotAnArticle, RawDocument

HTML = "<html><body><article><h1>Klynga fekk NCE-status</h1><p>Dette er ein test.</p></article></body></html>"
TEXT = "Klyngen fikk Arena-status\n\nKlyngen har 20 medlemmer på Ås.\n"


def docs(path, **kwargs) -> list[RawDocument | Failure]:
    return list(iter_documents(path, **kwargs))


def failures(items) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


def only(items) -> RawDocument:
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


def test_html_and_text_files(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    html = only(docs(tmp_path / "a.html"))
    assert (html.source, html.kind, html.data) == ("a.html", "html", HTML.encode())
    assert only(docs(tmp_path / "b.txt")).kind == "text"


def test_windows_1252_page_bytes_are_kept_undecoded(tmp_path: Path) -> None:
    data = '<meta charset="windows-1252"><p>Næringsklyngen på Røros – «god»</p>'.encode("cp1252")
    (tmp_path / "side.htm").write_bytes(data)
    assert only(docs(tmp_path / "side.htm")).data == data


def test_directory_is_walked_in_sorted_order_with_relative_sources(tmp_path: Path) -> None:
    dump = tmp_path / "dump"
    (dump / "b").mkdir(parents=True)
    (dump / "b" / "z.txt").write_text(TEXT)
    (dump / "b" / "a.txt").write_text(TEXT)
    (dump / "c.html").write_text(HTML)
    (dump / ".DS_Store").write_bytes(b"\x00\x01")
    (dump / ".git").mkdir()
    (dump / ".git" / "x.txt").write_text(TEXT)
    assert [d.source for d in docs(dump)] == ["dump/b/a.txt", "dump/b/z.txt", "dump/c.html"]


def test_missing_path_raises_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file or directory"):
        docs(tmp_path / "finnes-ikke.jsonl")


def test_unknown_extension_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "rapport.xyz").write_bytes(b"?")
    [failure] = docs(tmp_path / "rapport.xyz")
    assert isinstance(failure, Failure) and failure.stage == "read"
    assert failure.message.startswith("unknown format: .xyz (expected .html, ")


@pytest.mark.parametrize("name", ["rapport.pdf", "bilde.PNG", "foto.jpg", "budsjett.xlsx", "notat.docx"])
def test_images_pdfs_and_office_files_are_not_articles(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"\x89PNG or %PDF")
    [skipped] = docs(tmp_path / name)
    assert isinstance(skipped, NotAnArticle) and "not an article" in skipped.message


def test_empty_file_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "tom.txt").write_bytes(b"  \n")
    assert failures(docs(tmp_path / "tom.txt"))[0].message == "empty file"


def test_jsonl_records_bad_lines_and_wrong_types(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "title": "Klyngen fikk NCE", "text": "Tekst.", "lang": "nb"}),
        "{ikke json",
        "",
        json.dumps([1, 2]),
        json.dumps({"title": 2023, "text": ["Første avsnitt.", "Andre avsnitt."],
                    "author": {"name": "Kari Nordmann"}, "published_time": "2023-01-05"}),
        json.dumps({"title": "Uten tekst", "url": "https://example.no/x"}),
        json.dumps({"title": "Feil type", "text": {"nested": True}}),
        json.dumps({"text": "Ok", "authors": ["Ola", 7, None], "modified": 5, "Description": True}),
    ]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = docs(tmp_path / "dump.jsonl")
    by_source = {i.source: i for i in items}
    assert by_source["dump.jsonl#1"].fields == {"id": "a1", "title": "Klyngen fikk NCE",
                                               "text": "Tekst.", "language": "nb"}
    assert by_source["dump.jsonl#2"].message.startswith("invalid JSON:")
    assert "dump.jsonl#3" not in by_source  # blank line
    assert by_source["dump.jsonl#4"].message == "expected a JSON object, got list"
    assert by_source["dump.jsonl#5"].fields == {
        "title": "2023", "text": "Første avsnitt.\n\nAndre avsnitt.", "authors": ["Kari Nordmann"],
        "published": "2023-01-05"}
    assert by_source["dump.jsonl#6"].message == "record has no text or html field (keys: title, url)"
    assert by_source["dump.jsonl#7"].message == "field 'text' has unusable type dict"
    assert by_source["dump.jsonl#8"].message == "field 'lead' is a boolean, expected text"


def test_jsonl_in_windows_1252_is_read(tmp_path: Path) -> None:
    line = '{"title": "Bærum", "text": "Klyngen på Fornebu får støtte."}\n'
    (tmp_path / "gammel.jsonl").write_bytes(line.encode("cp1252"))
    assert only(docs(tmp_path / "gammel.jsonl")).fields["title"] == "Bærum"


def test_json_object_and_array(tmp_path: Path) -> None:
    (tmp_path / "en.json").write_text(json.dumps({"headline": "Én sak", "body": "<p>Hei</p>"}))
    assert only(docs(tmp_path / "en.json")).fields == {"title": "Én sak", "html": "<p>Hei</p>"}
    records = [{"title": f"Sak {i}", "text": "Tekst " * 50} for i in range(30)] + [42]
    (tmp_path / "mange.json").write_text(json.dumps(records, indent=2))
    items = docs(tmp_path / "mange.json")
    assert [i.fields["title"] for i in items[:30]] == [f"Sak {i}" for i in range(30)]
    assert items[30].source == "mange.json#31" and "got int" in items[30].message


def test_invalid_json_array_keeps_earlier_elements(tmp_path: Path) -> None:
    (tmp_path / "brutt.json").write_text('[{"text": "Første"}, {"text": "Andre", }]')
    first, failure = docs(tmp_path / "brutt.json")
    assert first.fields == {"text": "Første"}
    assert failure.source == "brutt.json#2" and failure.message.startswith("invalid JSON")


def test_csv_rows(tmp_path: Path) -> None:
    (tmp_path / "saker.csv").write_bytes(
        'id;tittel\n'.replace(";", ",").encode()
        + b'' if False else
        ('id,title,text,html\n'
         'k1,Klyngen fikk Arena,"Første linje.\nAndre linje.",\n'
         'k2,Klynga fekk nei,,"<p>Søknaden vart avslått.</p>"\n'
         'k3,Uten innhold,,\n').encode("cp1252"))
    first, second, third = docs(tmp_path / "saker.csv")
    assert first.source == "saker.csv#1"
    assert first.fields == {"id": "k1", "title": "Klyngen fikk Arena",
                            "text": "Første linje.\nAndre linje."}
    assert second.fields["html"] == "<p>Søknaden vart avslått.</p>"
    assert isinstance(third, Failure)


def test_gzip_files(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Hei"}\n{"text": "Hallo"}\n'))
    items = docs(tmp_path)
    assert [(i.source, i.kind) for i in items] == [
        (f"{tmp_path.name}/a.html.gz", "html"), (f"{tmp_path.name}/d.jsonl.gz#1", "record"),
        (f"{tmp_path.name}/d.jsonl.gz#2", "record")]
    assert items[0].data == HTML.encode()


def test_corrupt_gzip_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "x.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    [failure] = docs(tmp_path / "x.txt.gz")
    assert failure.message.startswith("cannot read") and "end-of-stream" in failure.message


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_zip_members_with_unsafe_names_are_read_in_memory(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    _zip(work / "dump.zip", {"dir/a.html": HTML.encode(), "../../evil.txt": TEXT.encode(),
                             "/abs/b.txt": TEXT.encode(), "__MACOSX/._a.html": b"x",
                             "notes.md": b"# notat"})
    items = docs(work / "dump.zip")
    assert [i.source for i in items] == ["dump.zip!dir/a.html", "dump.zip!evil.txt",
                                         "dump.zip!abs/b.txt", "dump.zip!notes.md"]
    assert items[1].data == TEXT.encode()
    assert items[3].message.startswith("unknown format: .md")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["dump.zip", "work"]


def test_zip_bomb_and_oversized_members_are_skipped(tmp_path: Path) -> None:
    _zip(tmp_path / "bomb.zip", {"zeros.html": b"\0" * (30 * 1024 * 1024),
                                 "zeros.jsonl": b" " * (8 * 1024 * 1024),
                                 "ok.txt": TEXT.encode()})
    items = docs(tmp_path / "bomb.zip")
    assert "over the 20.0 MB limit" in items[0].message
    assert "possible zip bomb" in items[1].message
    assert items[2].data == TEXT.encode()
    small = docs(tmp_path / "bomb.zip", limits=Limits(max_bytes=1000))
    assert "over the 0.0 MB limit" in small[0].message and small[2].kind == "text"


def test_gzip_bomb_stops_reading(tmp_path: Path) -> None:
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(b" " * (5 * 1024 * 1024)))
    [failure] = docs(tmp_path / "bomb.jsonl.gz")
    assert "possible compression bomb" in failure.message


def test_oversized_jsonl_line_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    big = json.dumps({"text": "x" * 5000})
    (tmp_path / "d.jsonl").write_text(big + "\n" + '{"text": "liten"}\n')
    first, second = docs(tmp_path / "d.jsonl", limits=Limits(max_bytes=1000))
    assert first.source == "d.jsonl#1" and "longer than" in first.message
    assert second.source == "d.jsonl#2" and second.fields == {"text": "liten"}


def test_oversized_html_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "stor.html").write_text("<p>" + "ord " * 1000 + "</p>")
    [failure] = docs(tmp_path / "stor.html", limits=Limits(max_bytes=1000))
    assert "limit; skipped" in failure.message


def _tar_add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    archive.addfile(info, io.BytesIO(data))


def test_tar_gz_with_nested_zip_links_and_unsafe_names(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("indre.txt", TEXT)
    with tarfile.open(tmp_path / "dump.tar.gz", "w:gz") as archive:
        _tar_add(archive, "saker/a.html", HTML.encode())
        _tar_add(archive, "../utenfor.txt", TEXT.encode())
        _tar_add(archive, "saker/pakke.zip", inner.getvalue())
        _tar_add(archive, "saker/d.csv", b"title,text\nHei,Tekst\n")
        link = tarfile.TarInfo("saker/lenke.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
    items = docs(tmp_path / "dump.tar.gz")
    assert [i.source for i in items] == [
        "dump.tar.gz!saker/a.html", "dump.tar.gz!utenfor.txt",
        "dump.tar.gz!saker/pakke.zip!indre.txt", "dump.tar.gz!saker/d.csv#1",
        "dump.tar.gz!saker/lenke.txt"]
    assert items[4].message.startswith("not a regular file")
    assert not (tmp_path.parent / "utenfor.txt").exists()


def test_plain_tar_and_tgz(tmp_path: Path) -> None:
    for name, mode in (("a.tar", "w"), ("b.tgz", "w:gz")):
        with tarfile.open(tmp_path / name, mode) as archive:
            _tar_add(archive, "x.txt", TEXT.encode())
        assert only(docs(tmp_path / name)).source == f"{name}!x.txt"


def test_archives_nested_too_deep(tmp_path: Path) -> None:
    data = TEXT.encode()
    name = "x.txt"
    for level in range(3):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(name, data)
        data, name = buffer.getvalue(), f"l{level}.zip"
    (tmp_path / name).write_bytes(data)
    assert only(docs(tmp_path / name)).source == "l2.zip!l1.zip!l0.zip!x.txt"
    [failure] = docs(tmp_path / name, limits=Limits(max_depth=2))
    assert failure.source == "l2.zip!l1.zip!l0.zip" and "nested more than 2" in failure.message


def test_warc_gz_html_responses(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, status, ctype, body in [
            ("https://avis.example/nce", "200 OK", "text/html; charset=ISO-8859-1",
             "<p>Klyngen på Ås fikk NCE</p>".encode("latin-1")),
            ("https://avis.example/logo.png", "200 OK", "image/png", b"\x89PNG"),
            ("https://avis.example/borte", "404 Not Found", "text/html", b"<p>Fant ikke</p>"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    doc = only(docs(path))
    assert doc.source == "crawl.warc.gz!https://avis.example/nce"
    assert (doc.kind, doc.charset, doc.fields) == ("html", "ISO-8859-1",
                                                   {"url": "https://avis.example/nce"})
    assert doc.data == "<p>Klyngen på Ås fikk NCE</p>".encode("latin-1")


def test_binary_junk_with_known_extension_is_passed_on_for_parse(tmp_path: Path) -> None:
    (tmp_path / "junk.html").write_bytes(bytes(range(256)) * 10)
    assert only(docs(tmp_path / "junk.html")).kind == "html"  # parse rejects it


def test_large_gzipped_jsonl_streams_with_flat_memory(tmp_path: Path) -> None:
    words = "klynge status NCE Arena millioner kroner bedrifter Innovasjon Norge sier leder".split()
    rng = random.Random(7)
    path = tmp_path / "stor.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for i in range(6_000):  # ~5 MB uncompressed
            text = " ".join(rng.choice(words) for _ in range(100))
            out.write(json.dumps({"id": i, "text": text}) + "\n")
    tracemalloc.start()
    count = sum(1 for _ in iter_documents(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 6_000
    assert peak < 1.5 * 1024 * 1024


def test_malformed_warc_and_deeply_nested_json_are_failures(tmp_path: Path) -> None:
    (tmp_path / "junk.warc").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "trunc.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nabc")
    (tmp_path / "deep.jsonl").write_text("[" * 100_000 + '\n{"text": "ok"}\n')
    (tmp_path / "deep.json").write_text("[" * 100_000)
    items = docs(tmp_path)
    by_source = {i.source.split("/", 1)[1]: i for i in items}
    assert by_source["junk.warc"].message.startswith("cannot read warc: ")
    assert by_source["junk.warc"].message.isprintable() and len(by_source["junk.warc"].message) < 250
    assert by_source["trunc.warc!record-1"].message.startswith("truncated WARC record")
    assert by_source["deep.jsonl#1"].message == "invalid JSON: nested too deeply"
    assert by_source["deep.jsonl#2"].fields == {"text": "ok"}
    assert by_source["deep.json"].message == "invalid JSON: nested too deeply"


def test_json_array_split_across_tiny_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.read import records

    monkeypatch.setattr(records, "CHUNK", 1)
    (tmp_path / "a.json").write_text('[{"text": "Én"} , 3.5e2,\n{"text": "«to»", "title": 1e3}]')
    first, number, second = docs(tmp_path / "a.json")
    assert first.fields == {"text": "Én"}
    assert number.message == "expected a JSON object, got float"
    assert second.fields == {"text": "«to»", "title": "1000.0"}


def test_norwegian_column_names(tmp_path: Path) -> None:
    (tmp_path / "saker.csv").write_text(
        "overskrift;ingress;brødtekst;dato;forfatter;lenke\n"
        "Klynga fekk NCE;Kort om saka;Klynga fekk status.;2021-06-11;Ingrid Bø;https://example.no/a\n",
        encoding="utf-8")
    (tmp_path / "saker.jsonl").write_text(json.dumps(
        {"tittel": "Klyngen fikk Arena", "tekst": "Klyngen fikk status.", "publisert": "2020-01-02",
         "forfattere": ["Kari Lie", "Ola Dahl"], "avis": "Avisa"}, ensure_ascii=False) + "\n", encoding="utf-8")
    csv_doc, json_doc = docs(tmp_path)
    assert csv_doc.fields == {"title": "Klynga fekk NCE", "lead": "Kort om saka", "text": "Klynga fekk status.",
                              "published": "2021-06-11", "authors": ["Ingrid Bø"], "url": "https://example.no/a"}
    assert json_doc.fields == {"title": "Klyngen fikk Arena", "text": "Klyngen fikk status.",
                               "published": "2020-01-02", "authors": ["Kari Lie", "Ola Dahl"], "outlet": "Avisa"}
