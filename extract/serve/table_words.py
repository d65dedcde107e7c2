"""What Datasette's table page says in English about the rows shown ("where status = "GCE"
sorted by date descending", ``Filters.human_description_en``), said in Norwegian for the
Norwegian ``chrome/table.html``: columns and operators in the words of
``extract/data/labels.yaml``, the values searched and filtered for quoted as they are."""

from __future__ import annotations

from markupsafe import Markup, escape

from .formats import nb_word


def _value(value: str) -> Markup:
    return Markup('<q class="data">{}</q>').format(value)


def _joined(bits: list[Markup]) -> Markup:
    """``a``, ``a og b``, ``a, b og c``."""
    return Markup(" og ").join([Markup(", ").join(bits[:-1]), bits[-1]] if len(bits) > 1 else bits)


def nb_description(filters, request) -> Markup:
    """``der status = «GCE» og handling = «granted», sortert etter dato synkende`` (empty if
    the rows are neither searched, filtered nor sorted)."""
    bits = [Markup("søk etter ") + _value(request.args["_search"])] if request.args.get("_search") else []
    for column, lookup, value in filters.selections():
        operator = nb_word(lookup, "filter_ops")
        bit = escape(f"{nb_word(column, 'columns')} {operator}")
        no_argument = lookup in ("isnull", "notnull", "isblank", "notblank")
        bits.append(bit if no_argument else bit + Markup(" ") + _value(value))
    sort, sort_desc = request.args.get("_sort"), request.args.get("_sort_desc")
    sorted_by = (escape(f"sortert etter {nb_word(sort or sort_desc, 'columns')}")
                 + (" synkende" if sort_desc and not sort else "")) if sort or sort_desc else ""
    where = Markup("der ") + _joined(bits) if bits else Markup("")
    return Markup(", ").join(part for part in (where, sorted_by) if part)
