"""A crawled plain-text page from its lines, and the invented body and headline the page-head tests share."""

from __future__ import annotations

from extract.parse import parse_document
from extract.types import Article, RawDocument

BODY = {"nb": "Klyngen har fått status som Arena i tre år, og medlemmene har investert i nye prosjekter "
              "sammen med forskningsmiljøene i regionen siden oppstarten.",
        "nn": "Klynga har fått status som Arena i tre år, og medlemene har investert i nye prosjekt "
              "saman med forskingsmiljøa i regionen sidan oppstarten.",
        "en": "The cluster has been granted Arena status for three years, and its members have invested "
              "in new projects together with the research groups of the region since it started."}
HEADLINE = {"nb": "Tangklyngen i Lofoten får ny avtale med havnen", "nn": "Tareklynga i Sogn får ny avtale med hamna",
            "en": "Kelp cluster in Troms signs a new deal with the port"}


def parse(*lines: str) -> Article:
    """The article newsfacts reads from a plain-text page of these lines."""
    return parse_document(RawDocument(source="crawl/side.txt", kind="text", data="\n".join(lines).encode("utf-8")))
