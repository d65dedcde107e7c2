"""The registry of the cluster programme's clusters (``data/cluster_registry.yaml``): each
cluster's name today, its aliases and former names, host, region, statuses with years, and
the sources that state them.

It links the names texts give one cluster ("NCE Subsea", "GCE Subsea", "GCE Ocean
Technology") to one entry. It never decides alone what a cluster is: the clusters component
still finds clusters no registry knows from their context ("klyngen X", "Arena X").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .lexicon import load

STATUSES = ("Arena", "Arena Pro", "NCE", "GCE", "moden klynge")
FIRST_YEAR, LAST_YEAR = 2002, 2024  # Arena began in 2002
_CLUSTER_FIELDS = {"name", "aliases", "former_names", "host", "region", "statuses", "sources"}
_STATUS_FIELDS = {"status", "from", "to"}


@dataclass(frozen=True)
class HeldStatus:
    status: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class RegistryCluster:
    name: str
    aliases: tuple[str, ...]
    former_names: tuple[str, ...]
    host: str | None
    region: str | None
    statuses: tuple[HeldStatus, ...]
    sources: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        """Every name the cluster goes by or went by."""
        return (self.name, *self.aliases, *self.former_names)


def strip_prefix(name: str, prefixes: list[str], *, any_case: bool = False) -> str:
    """``name`` without its programme prefix: "NCE Eyde" -> "Eyde" (with ``any_case`` also
    "nce Eyde")."""
    fold = str.lower if any_case else str
    for prefix in sorted(prefixes, key=len, reverse=True):
        if fold(name).startswith(fold(prefix) + " ") and len(name) > len(prefix) + 1:
            return name[len(prefix) + 1:]
    return name


def name_key(name: str, prefixes: list[str]) -> str:
    """What two writings of one name share: no programme prefix, case, dash kind or
    spacing ("GCE Blue  Maritime", "blue maritime" -> "blue maritime")."""
    text = strip_prefix(unicodedata.normalize("NFC", name).strip(), prefixes, any_case=True)
    text = re.sub(r"\s*[-–—]\s*", "-", text)
    return re.sub(r"\s+", " ", text).casefold()


class ClusterRegistry:
    """The registry's clusters and sources, with every name's entry."""

    def __init__(self, data: dict | None = None) -> None:
        data = load("cluster_registry") if data is None else data
        self.raw = data
        self.prefixes = list(load("clusters")["programme_prefixes"])
        self.sources: dict[str, dict] = dict(data.get("sources") or {})
        self.clusters = [_cluster(entry) for entry in data.get("clusters") or []]
        self._by_key: dict[str, RegistryCluster] = {}
        for cluster in self.clusters:
            for form in cluster.forms:
                self._by_key.setdefault(name_key(form, self.prefixes), cluster)

    def lookup(self, name: str) -> RegistryCluster | None:
        """The cluster ``name`` (any of its forms, with or without prefix) names, if known."""
        return self._by_key.get(name_key(name, self.prefixes))

    def is_former_name(self, name: str) -> bool:
        """Is ``name`` a name the cluster no longer goes by ("NCE Subsea", "Smart Water")?"""
        cluster = self.lookup(name)
        key = name_key(name, self.prefixes)
        return cluster is not None and any(name_key(f, self.prefixes) == key for f in cluster.former_names)

    def current_name(self, name: str) -> str:
        """The name the cluster goes by today ("NCE Subsea" -> "Ocean Technology"); an
        unknown name is its own."""
        cluster = self.lookup(name)
        return cluster.name if cluster else name

    def problems(self) -> list[str]:
        """What is wrong with the registry's data: fields, statuses, years, sources, and a
        name two clusters share. Empty when it is sound."""
        found = [f"source {key}: no title" for key, source in self.sources.items() if not source.get("title")]
        found += [f"source {key}: url {source['url']!r} is no web address" for key, source in self.sources.items()
                  if source.get("url") and not str(source["url"]).startswith(("http://", "https://"))]
        owners: dict[str, str] = {}
        for entry in self.raw.get("clusters") or []:
            found += _entry_problems(entry, self.sources)
            for form in [entry.get("name"), *(entry.get("aliases") or []), *(entry.get("former_names") or [])]:
                key = name_key(str(form), self.prefixes)
                if owners.setdefault(key, str(entry.get("name"))) != entry.get("name"):
                    found.append(f"{form!r} names both {owners[key]} and {entry.get('name')}")
        used = {key for entry in self.raw.get("clusters") or [] for key in entry.get("sources") or []}
        found += [f"source {key} is cited by no cluster" for key in self.sources if key not in used]
        return found


def _cluster(entry: dict) -> RegistryCluster:
    statuses = tuple(HeldStatus(s["status"], s.get("from"), s.get("to")) for s in entry.get("statuses") or [])
    return RegistryCluster(str(entry.get("name", "")), tuple(entry.get("aliases") or ()), tuple(entry.get("former_names") or ()),
                           entry.get("host"), entry.get("region"), statuses, tuple(entry.get("sources") or ()))


def _entry_problems(entry: dict, sources: dict) -> list[str]:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        return [f"an entry has no name: {entry!r}"]
    found = [f"{name}: unknown field {field!r}" for field in set(entry) - _CLUSTER_FIELDS]
    if not entry.get("statuses"):
        found.append(f"{name}: no status")
    for held in entry.get("statuses") or []:
        found += [f"{name}: unknown status field {field!r}" for field in set(held) - _STATUS_FIELDS]
        if held.get("status") not in STATUSES:
            found.append(f"{name}: unknown status {held.get('status')!r}")
        years = [held.get(key) for key in ("from", "to") if held.get(key) is not None]
        if any(not isinstance(y, int) or not FIRST_YEAR <= y <= LAST_YEAR for y in years):
            found.append(f"{name}: year out of {FIRST_YEAR}-{LAST_YEAR}: {held}")
        elif len(years) == 2 and years[0] > years[1]:
            found.append(f"{name}: status ends before it begins: {held}")
    if not entry.get("sources"):
        found.append(f"{name}: no source")
    found += [f"{name}: unknown source {key!r}" for key in entry.get("sources") or [] if key not in sources]
    return found


@cache
def registry() -> ClusterRegistry:
    """The registry of ``data/cluster_registry.yaml`` (loaded once)."""
    return ClusterRegistry()
