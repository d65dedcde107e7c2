"""Status events hold when what must not matter changes: 2,400 generated variants of the event
sentences (unseen cluster names of ten shapes, status spellings and wordings, list layouts, clause order,
Bokmål and Nynorsk; see event_variants.py). The pass rate must be at least 98 %."""

import pytest

from tests.annotate.event_variants import breakdown, extract_events, generate, score

COUNT, BAR = 2400, 0.98


@pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped
def test_generated_variants_keep_their_events():
    variants = generate(COUNT)
    rate, failures = score(variants, extract_events(variants))
    print(f"\n{len(variants)} variants, pass rate {rate:.3f}")
    print("\n".join(breakdown(variants, failures)))
    for variant, got in failures[:20]:
        print(f"[{variant.template} {variant.language} {variant.shape}] {variant.text!r}: "
              f"want {sorted(variant.expected)}, got {sorted(got)}")
    assert rate >= BAR
