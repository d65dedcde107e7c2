"""Batch processing of large dumps: engines (in-process, local worker processes, Dask),
the per-batch worker code, and progress reporting. ``extract.pipeline.run`` drives them;
see docs/batch.md.
"""

from .engines import DEFAULT_TIMEOUT, InlineEngine, LocalEngine, default_workers
from .work import Extracted, Extractor, Unchanged

__all__ = ["DEFAULT_TIMEOUT", "Extracted", "Extractor", "InlineEngine", "LocalEngine", "Unchanged",
           "default_workers"]
