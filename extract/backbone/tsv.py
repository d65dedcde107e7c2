"""The tab-separated word tables of ``data/`` made from NorNE train: "# " comment lines, a header row, rows."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable, Iterator


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a table as {column: value}, its comment lines skipped."""
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader((line for line in f if not line.startswith("# ")), delimiter="\t")


def write_rows(path: Path, comment: str, header: list[str], rows: Iterable[list[str]]) -> None:
    """Write a table: ``comment`` (each line gets "# "), the header, then the rows."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.writelines(f"# {line}\n" for line in comment.splitlines())
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
