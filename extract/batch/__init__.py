"""Batch processing of large dumps: engines (in-process, local worker processes, Dask)
and the per-batch worker code. ``extract.pipeline.run`` drives them; see docs/batch.md.
"""

from .engines import DEFAULT_TIMEOUT, InlineEngine, LocalEngine, default_workers, local_engine
from .work import Extracted, Extractor, Unchanged

__all__ = ["DEFAULT_TIMEOUT", "Extracted", "Extractor", "InlineEngine", "LocalEngine", "Unchanged",
           "default_workers", "local_engine"]
