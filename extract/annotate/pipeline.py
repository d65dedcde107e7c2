"""``build_nlp`` under the name the shared speed tool (``../shared/tools/ref_speed.py --rules``)
imports it by; the pipeline is built in ``build.py``."""

from .build import build_nlp

__all__ = ["build_nlp"]
