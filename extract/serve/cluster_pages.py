"""The cluster pages: every cluster, and one cluster's names, status history, people and funding."""

from __future__ import annotations

from functools import partial
from urllib.parse import urlencode

from . import cluster as clusters
from .web import ensure_view, fetch_or_404, page_path, render


async def clusters_page(datasette, request):
    """Every cluster with a status history."""
    db = await ensure_view(datasette, request)
    return await render(datasette, request, "newsfacts_clusters.html", {
        "clusters": await db.execute_fn(clusters.clusters),
        "cluster_url": partial(page_path, datasette, "/-/cluster/"),
    })


async def cluster_page(datasette, request):
    """A cluster as reviewed: its names, status history as a timeline and a list with the
    reporting articles and evidence, the people with roles in it, the funding stated for it;
    with ``?raw=1`` each fact's extraction beside it and the facts reviewers rejected."""
    db, cluster_id, found = await fetch_or_404(datasette, request, "cluster_id", clusters.cluster, "klynge")
    raw = request.args.get("raw") == "1"
    here = page_path(datasette, "/-/cluster/", cluster_id)
    return await render(datasette, request, "newsfacts_cluster.html", {
        "cluster": found, "timeline": clusters.timeline_svg(found.events),
        "raw": raw, "switch_url": here if raw else f"{here}?raw=1",
        "clusters_url": datasette.urls.path("/-/cluster"),
        "history_url": datasette.urls.table(db.name, "status_history") + "?" + urlencode({"cluster_id": cluster_id}),
        "article_url": partial(page_path, datasette, "/-/review/article/"),
        "fact_url": partial(page_path, datasette, "/-/review/fact/"),
    })
