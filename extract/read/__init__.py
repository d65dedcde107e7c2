"""Read stage: turn a dump on disk into a stream of RawDocument | Failure.

A dump is a file or a directory tree of ``.html/.htm``, ``.txt``, ``.jsonl``,
``.json``, ``.csv`` and ``.warc[.gz]`` files, or any of those inside ``.gz``,
``.zip``, ``.tar`` and ``.tar.gz``/``.tgz`` archives. The format is detected
from the name. Everything is streamed and bounded: no member or article larger
than ``Limits.max_bytes`` is held in memory, archives are never extracted to
disk, and a document that cannot be read becomes a ``Failure`` instead of
stopping the run.

Public API: ``iter_documents``, ``dump_name``, ``Limits``, ``ReadError``.
"""

from extract.read.limits import Limits, ReadError
from extract.read.walk import dump_name, iter_documents

__all__ = ["Limits", "ReadError", "dump_name", "iter_documents"]
